// compiler-diff finding: reference-miscompile
// seed: 10591 mode: vector
// expected-hash: 0x7768958c85a5e4aa
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xd680a21485a5e4aa
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x7768958c85a5e4aa
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x7768958c85a5e4aa
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x7768958c85a5e4aa
// Conduit compiler-diff, mode vector
int sadd_int(int a, int b) { long r = (long)a + (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
int ssub_int(int a, int b) { long r = (long)a - (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
int smul_int(int a, int b) { long r = (long)a * (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
int sdiv_int(int a, int b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : a / b; }
int smod_int(int a, int b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : a % b; }
int sneg_int(int a) { return a == (-2147483647 - 1) ? a : -a; }
int sshl_int(int a, int b) { return (int)((uint)a << (b & 31)); }
long sadd_long(long a, long b) { return ((b > 0 && a > 9223372036854775807L - b) || (b < 0 && a < (-9223372036854775807L - 1L) - b)) ? a : a + b; }
long ssub_long(long a, long b) { return ((b < 0 && a > 9223372036854775807L + b) || (b > 0 && a < (-9223372036854775807L - 1L) + b)) ? a : a - b; }
long smul_long(long a, long b) {
    if (a == 0 || b == 0) return 0L;
    if (a == -1L) return b == (-9223372036854775807L - 1L) ? a : -b;
    if (b == -1L) return a == (-9223372036854775807L - 1L) ? a : -a;
    long p = (long)((ulong)a * (ulong)b);
    return (p / b == a && p % b == 0L) ? p : a;
}
long sdiv_long(long a, long b) { return (b == 0L || (a == (-9223372036854775807L - 1L) && b == -1L)) ? a : a / b; }
long smod_long(long a, long b) { return (b == 0L || (a == (-9223372036854775807L - 1L) && b == -1L)) ? a : a % b; }
long sneg_long(long a) { return a == (-9223372036854775807L - 1L) ? a : -a; }
long sshl_long(long a, long b) { return (long)((ulong)a << (b & 63L)); }
uint udiv_uint(uint a, uint b) { return b == 0u ? a : a / b; }
uint umod_uint(uint a, uint b) { return b == 0u ? a : a % b; }
ulong udiv_ulong(ulong a, ulong b) { return b == 0UL ? a : a / b; }
ulong umod_ulong(ulong a, ulong b) { return b == 0UL ? a : a % b; }
ulong mix(ulong h, ulong v) { return (h ^ v) * 0x100000001B3UL; }
short helper1(ushort p0, int p1) {
    long v2 = ((sneg_int(((((uint)(p1))) <= (rotate((int)(p0), (int)(p0)))))) <= (((p0) >= ((((!(03L))) ? (2284679483ul) : (((char)(2685986041L))))))));
    for (int i3 = 0; i3 < 3; i3++) {
        p0 = smul_int(((uchar)(((ulong)(sneg_int(p0))))), p0);
        p0 = max((ushort)(mul_hi((int)(i3), (int)(((p0) | (((p0) >> ((i3) & 31))))))), (ushort)((!(((uint)(v2))))));
        p1 = ((p1) || (((((((1899910687950727947u) ^ (0x54A628FE6CB863F1UL))) ? (smod_int(15, i3)) : (((p0) | (3096571722))))) >= ((((-(0x0U))) * (min((int)(i3), (int)(p1))))))));
        uchar v4 = p1;
    }
    return sshl_int(((sneg_int(p0)) ? (p0) : (((v2) && (p0)))), (((v2) || (sneg_int(p0)))) & 31);
}
uint helper5(ulong p0, uchar p1, short p2) {
    uchar v6 = ((((uint)((~(((p1) != (p2))))))) >= (((((01401166252451372350760) ? (p0) : (((p2) == (p2))))) >> ((p1) & 63))));
    uint w7 = 0u;
    while (w7 < 1u) {
        w7++;
        uint w8 = 0u;
        while (w8 < 1u) {
            w8++;
            p0 = p2;
            if (((clz((ushort)(v6))) <= ((!(13816596152636267067U))))) continue;
        }
    }
    p2 = ((((p0) < (p1))) & ((~(helper1(smod_int(p2, v6), 14215252922954446176ul)))));
    short a9[4] = {((short)(((uchar)(p0)))), v6, 65534L, ((((v6) == (0x21l))) + ((-(01577104613252321453317U))))};
    return ((clamp((char)(a9[(((p2) ? (v6) : (v6))) & 3]), (char)48L, (char)91L)) & (sneg_long(((p0) ? (13376l) : (p2)))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    ushort v10 = ((ushort)(((short)(((((gid) <= (in[(helper1(gid, gid)) & 63]))) ^ ((-(in[(((gid) ? (in[(lid) & 63]) : (01151233257615251450431L))) & 63]))))))));
    ushort v11 = ((((gid) || (clamp((uchar)(01717142722), (uchar)16UL, (uchar)71UL)))) > (helper5(gid, ((long)(((v10) >= (v10)))), ((ulong)(((char)(lid)))))));
    char v12 = (~((((~(gid))) >= (rotate((int)(((uint)(v10))), (int)(((char)(v10))))))));
    ushort v13 = abs((uint)(v11));
    uchar v14 = smod_int((~(ssub_int(min((short)(v10), (short)(v11)), ((lid) && (gid))))), ((sadd_int(((uchar)(v13)), clz((uchar)(v11)))) ? (v12) : (clamp((int)(gid), (int)16L, (int)912L))));
    ushort a15[8] = {((long)(v13)), v13, ((((gid) ? (v10) : (0177777u))) < (((v13) ? (14L) : (032641261105L)))), ((23131ul) << ((clamp((short)(v13), (short)957L, (short)27937L)) & 63)), ((uchar)(((short)(v11)))), (~(sneg_int(v14))), ((long)((-(0xD4B09CFBu)))), ((udiv_ulong(in[(clamp((uint)(v10), (uint)25396UL, (uint)65535UL)) & 63], 01674000443247500462436UL)) ? (ssub_int(v14, v11)) : (helper5(v14, in[(((0xEF0BU) ? (v10) : (v11))) & 63], in[(((28743u) > (gid))) & 63])))};
    int16 vec16 = (int16)((int)(gid), (int)(sshl_int(((short)(gid)), ((~(lid))) & 31)), (int)((!(((short)(in[(((long)(013UL))) & 63]))))), (int)(((helper1(in[(min((short)(0165464), (short)(gid))) & 63], 0142506ul)) + (((31540) ? (gid) : (v13))))), (int)(v14), (int)(((ushort)((~(a15[(1395752734u) & 7]))))), (int)(((long)(v11))), (int)(helper1((!(14l)), ((v14) & (v13)))), (int)(((uint)((-(in[(((int)(a15[((-(11UL))) & 7]))) & 63]))))), (int)(clamp((ushort)((!(v13))), (ushort)0UL, (ushort)23124UL)), (int)(helper1(((a15[((!(0xAEE183D2CE51E0A2))) & 7]) ? (lid) : (v13)), (~(in[(((ulong)(v12))) & 63])))), (int)(((((v11) ? (a15[(sneg_int(v12)) & 7]) : (a15[(clamp((uint)(031035035535l), (uint)806785263UL, (uint)3422984189UL)) & 7]))) ? (a15[(ssub_long(a15[(((uint)(0x7fffffff) - (uint)(0xFFFF))) & 7], 03527l)) & 7]) : (((v13) ? (in[(v10) & 63]) : (gid))))), (int)(v12), (int)((!(a15[(01052L) & 7]))), (int)(((v11) != (((gid) < (a15[(077776u) & 7]))))), (int)(((((0xD32E) ? (v10) : (in[(helper5(0200u, 0xAul, gid)) & 63]))) ? (v10) : (helper1(v11, 839)))));
    v13 = v11;
    v10 = rotate((int)(in[(a15[(((uint)(0x3L))) & 7]) & 63]), (int)(((helper1(((010546UL) ? (in[((-(683U))) & 63]) : (v10)), min((long)(0xddacU), (long)(vec16[(sshl_int(v13, (18446744073709551614ul) & 31)) & 15])))) >> ((0x4600U) & 31))));
    v14 = sneg_int(abs((short)(mul_hi((uint)(abs((long)(vec16.s0))), (uint)(((v13) > (v10)))))));
    v11 = ((char)(v11));
    switch ((((((umod_uint(v14, 015U)) - (((v11) ? (v12) : (v11))))) << ((((uint)(v10))) & 31))) & 7) {
    case 5: {
        a15[((~(((uint)(037777777777u) ^ (uint)(14U))))) & 7] = ((v11) < (((sneg_int(0400)) != (min((long)(v14), (long)(v14))))));
        break;
    }
    default: {
        vec16 = max(vec16, vec16);
    }
    }
    v11 = ((helper5(helper1(((in[(((lid) ? (v12) : (lid))) & 63]) - (in[(max((ushort)(vec16[(min((ushort)(in[(min((int)(0xC099419Eul), (int)(lid))) & 63]), (ushort)(a15[(0766015565060100110151u) & 7]))) & 15]), (ushort)(10323969868916413174ul))) & 63])), a15[(v11) & 7]), v12, gid)) & (abs((uint)(0x705c3dc5))));
    uint w17 = 0u;
    while (w17 < 1u) {
        w17++;
        if (a15[(((v13) ? (0x9b23be59u) : (a15[((~(3598433717L))) & 7]))) & 7]) {
            v13 = ((in[(((uint)(v13))) & 63]) ? (sadd_int(a15[(0x8l) & 7], v12)) : (abs((ulong)(((((01334600243164052560214l) | (0x263b528f))) != (((vec16.sc) ? (0247300616756357044602ul) : (v11))))))));
        }
        vec16 = vec16 | vec16;
    }
    v11 = vec16[(((0x69F189FD70919B77) ? (v12) : (01514UL))) & 15];
    for (int i18 = 0; i18 < (int)(in[(gid + 4u) & 63u] & 3u); i18++) {
        for (int i19 = 0; i19 < (int)(in[(gid + 37u) & 63u] & 3u); i19++) {
            vec16.lo = vec16.even;
            v13 = smul_int(((int)(udiv_uint(gid, ((a15[(((i19) ^ (a15[((~(v12))) & 7]))) & 7]) || (vec16[(i18) & 15]))))), sdiv_int(((((char)(a15[(abs((char)(in[(((ushort)(54179))) & 63]))) & 7]))) != (((long)(v13)))), v10));
            if (((((long)(v13))) && (vec16.sa))) break;
            uint w20 = 0u;
            do {
                w20++;
                v12 = a15[(022017220551ul) & 7];
            } while (w20 < 2u);
        }
        vec16.hi = vec16.odd;
        vec16 = convert_int16(vec16);
    }
    vec16 = as_int16(abs(vec16));
    for (int i21 = 0; i21 < 0; i21++) {
        for (int i22 = 0; i22 < 2; i22++) {
            a15[(popcount((short)(((i21) ? (0x4737) : (vec16[(min((char)(v10), (char)(0x7ffe))) & 15]))))) & 7] = ((udiv_uint(vec16.s5, ((i22) ? (v14) : (lid)))) ? (vec16[(((char)(vec16.s7))) & 15]) : (helper1(126U, abs((ulong)(gid)))));
            vec16 = convert_int16(vec16);
            vec16.s4 = (int)(((((((v14) ? (v12) : (v10))) ^ (v13))) <= (v10)));
            switch ((max((ulong)(ssub_long(helper1(i21, v11), ((i21) ? (2555916001700680230) : (v10)))), (ulong)(rotate((int)(vec16.s9), (int)(((a15[(((char)(32767l))) & 7]) <= (vec16[(((uchar)(0x7FFFUL))) & 15]))))))) & 7) {
            case 2: {
                switch ((v11) & 7) {
                case 0: {
                    char v23 = helper5(((uint)(((((short)(020000000001ul))) ? ((~(in[(((v12) < (a15[(0x6F4E6644u) & 7]))) & 63]))) : (v12)))), (((!(popcount((int)(0x35C))))) < ((~(0x8000000000000001u)))), v10);
                    vec16 = convert_int16(vec16);
                    break;
                }
                case 1: {
                    ushort v24 = sshl_int((((!(((v10) == (vec16.s6))))) > (((uint)(((gid) | (32766L)))))), (((long)(((((v10) && (13UL))) ^ (helper1(0132707u, 0x828u)))))) & 31);
                    break;
                }
                case 2: {
                    uint v25 = max((uint)(((short)(v13))), (uint)(((int)(((((lid) <= (i21))) && (helper1(gid, v14)))))));
                    break;
                }
                case 5: {
                    break;
                }
                default: {
                }
                }
            }
            case 5: {
            }
            }
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a15[e]);
    h = mix(h, (ulong)vec16.s0);
    h = mix(h, (ulong)vec16.s1);
    h = mix(h, (ulong)vec16.s2);
    h = mix(h, (ulong)vec16.s3);
    h = mix(h, (ulong)vec16.s4);
    h = mix(h, (ulong)vec16.s5);
    h = mix(h, (ulong)vec16.s6);
    h = mix(h, (ulong)vec16.s7);
    h = mix(h, (ulong)vec16.s8);
    h = mix(h, (ulong)vec16.s9);
    h = mix(h, (ulong)vec16.sa);
    h = mix(h, (ulong)vec16.sb);
    h = mix(h, (ulong)vec16.sc);
    h = mix(h, (ulong)vec16.sd);
    h = mix(h, (ulong)vec16.se);
    h = mix(h, (ulong)vec16.sf);
    out[gid] = h;
}
