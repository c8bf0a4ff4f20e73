// compiler-diff finding: reference-miscompile
// seed: 80053 mode: atomic
// expected-hash: 0xd59f26381613ba99
// direct pthread-skylake-avx512-AMD EPYC: hash 0x56604256679a5e71
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xd59f26381613ba99
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xd59f26381613ba99
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xd59f26381613ba99
// Conduit compiler-diff, mode atomic
int sadd_int(int a, int b) { long r = a; r += b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
int ssub_int(int a, int b) { long r = a; r -= b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
int smul_int(int a, int b) { long r = a; r *= b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
int sdiv_int(int a, int b) { if (b == 0) return a; if (b == -1) { b = 1; if (a != (-2147483647 - 1)) a = -a; } return a / b; }
int smod_int(int a, int b) { if (b == 0) return a; if (b == -1) { if (a != (-2147483647 - 1)) a = 0; return a; } a %= b; return a; }
int sneg_int(int a) { if (a != (-2147483647 - 1)) a = -a; return a; }
int sshl_int(int a, int b) { b &= 31; uint u = (uint)a; u <<= b; a = (int)u; return a; }
long sadd_long(long a, long b) {
    if (b > 0 && a > 9223372036854775807L - b) return a;
    if (b < 0 && a < (-9223372036854775807L - 1L) - b) return a;
    a += b;
    return a;
}
long ssub_long(long a, long b) {
    if (b < 0 && a > 9223372036854775807L + b) return a;
    if (b > 0 && a < (-9223372036854775807L - 1L) + b) return a;
    a -= b;
    return a;
}
long smul_long(long a, long b) {
    if (a == 0 || b == 0) return 0L;
    if (b == -1L) { if (a != (-9223372036854775807L - 1L)) a = -a; return a; }
    if (a == -1L) { if (b == (-9223372036854775807L - 1L)) return a; b = -b; return b; }
    ulong p = (ulong)a;
    p *= (ulong)b;
    if ((long)p / b != a || (long)p % b != 0L) return a;
    a = (long)p;
    return a;
}
long sdiv_long(long a, long b) { if (b == 0L) return a; if (b == -1L) { if (a != (-9223372036854775807L - 1L)) a = -a; return a; } a /= b; return a; }
long smod_long(long a, long b) { if (b == 0L) return a; if (b == -1L) { if (a != (-9223372036854775807L - 1L)) a = 0L; return a; } a %= b; return a; }
long sneg_long(long a) { if (a != (-9223372036854775807L - 1L)) a = -a; return a; }
long sshl_long(long a, long b) { b &= 63L; ulong u = (ulong)a; u <<= b; a = (long)u; return a; }
uint udiv_uint(uint a, uint b) { return b == 0u ? a : a / b; }
uint umod_uint(uint a, uint b) { return b == 0u ? a : a % b; }
ulong udiv_ulong(ulong a, ulong b) { return b == 0UL ? a : a / b; }
ulong umod_ulong(ulong a, ulong b) { return b == 0UL ? a : a % b; }
ulong mix(ulong h, ulong v) { return (h ^ v) * 0x100000001B3UL; }
int helper1(short p0, char p1) {
    long v2 = sshl_int(((int)(p0)), (((max((long)(((p1) > (0xE512AAEB))), (long)(((9) & (p0))))) || (((((p1) || (p0))) == (p0))))) & 31);
    p0 = ((((short)(rotate((long)(sneg_int(p0)), (long)(sneg_int(p0)))))) ? (0x3ce) : (((short)(popcount((long)(((v2) ? (v2) : (v2))))))));
    ulong v3 = ((v2) != (clamp((uchar)(((((p0) ? (v2) : (p0))) | (sneg_int(p0)))), (uchar)200UL, (uchar)255UL)));
    return ((((min((ulong)(v2), (ulong)(v2))) <= (sshl_int(p0, (p1) & 31)))) != (v2));
}
long helper4(short p0, uchar p1) {
    uchar v5 = p1;
    if (helper1(((max((long)(v5), (long)(p0))) ? (sneg_int(p0)) : (v5)), ((uint)(((p0) >> ((60895ul) & 31)))))) {
        if (popcount((ushort)(sneg_int(((v5) >= (v5)))))) {
            p0 = ((((((sdiv_int(p0, p0)) >> (((!(016376113500572235031))) & 31))) ? (((((uint)(p0))) ? (p1) : (((p0) ? (p0) : (p1))))) : (p0))) < (min((ulong)((((!(p1))) | (((char)(p0))))), (ulong)(01712440021546533405311L))));
        } else {
            p1 = ((p0) >> ((((uchar)(((uint)(v5))))) & 31));
            p0++;
        }
        for (int i6 = 0; i6 < 2; i6++) {
            for (int i7 = 0; i7 < 4; i7++) {
                v5 = i6;
                for (int i8 = 0; i8 < 3; i8++) {
                    p1 = ((((short)(p1))) ^ (((((((i8) >= (i7))) ? (((p1) != (p0))) : (i7))) ? ((~(clamp((ulong)(p1), (ulong)1UL, (ulong)14048UL)))) : (min((char)(v5), (char)(((i7) ? (2147483646l) : (i8))))))));
                    if (((((char)(p1))) ? (((i6) ? (1759631360UL) : (i6))) : ((!(p0))))) break;
                }
            }
            if (((uint)(clamp((ulong)(10), (ulong)396UL, (ulong)2147483648UL)))) break;
        }
    } else {
    }
    return ((((((ulong)(p0))) < (((v5) > (p0))))) ? (0xaff0l) : (((short)(((long)(p0))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    short v9 = ((char)(((helper4(lid, ((29678u) && (0645L)))) ? (0x572Dl) : (((char)(lid))))));
    ushort v10 = 01000000000000000000000UL;
    int v11 = ((ulong)(((((umod_uint(in[(udiv_ulong(v10, 16322044871823313315ul)) & 63], lid)) ? (2998096349u) : (clamp((ushort)(v10), (ushort)885UL, (ushort)13476UL)))) ? (v10) : (((char)((!(v10))))))));
    ushort v12 = umod_uint(gid, ((((((char)(lid))) ? (helper1(847747668U, 03ul)) : (in[(helper1(lid, v10)) & 63]))) ? ((~(((v9) & (v11))))) : (((in[(v11) & 63]) - (max((char)(52491UL), (char)(030421705400)))))));
    short a13[8] = {v10, v12, (~(sdiv_int(v10, v11))), ((((in[(gid) & 63]) ? (v12) : (v9))) && (v11)), ((((short)(0x7Fl))) ? (abs((int)(020000000000UL))) : (in[(((in[(sneg_int(0xc0df)) & 63]) ? (in[(((v9) <= (in[(0160) & 63]))) & 63]) : (0x7cba3dbc93dbb028UL))) & 63])), min((short)(((846340051UL) ? (in[(max((char)(v11), (char)(v11))) & 63]) : (0x6U))), (short)(((0154122ul) ? (v9) : (0xFFFFFFFFL)))), popcount((short)(((char)(2958798511u)))), helper1(v10, v9)};
    a13[((((!(0100001))) >= (((0x73) > (01161710476773617402713ul))))) & 7] = (~(((ulong)(((int)(0262051147571625733122l))))));
    a13[((((-(lid))) > (((lid) && (gid))))) & 7] = ((((lid) == (abs((long)(v12))))) <= (helper4(rotate((int)(v9), (int)(01215220015)), ((in[(clamp((uint)(718l), (uint)1UL, (uint)60282UL)) & 63]) - (v12)))));
    for (int i15 = 0; i15 < 3; i15++) {
        if (((ulong)(v11))) goto L14;
        atomic_sub(&counters[0], (uint)(((((helper1(0x73266849U, 1569878241L)) ? (((char)(gid))) : (((gid) ? (lid) : (gid))))) ? (sneg_int(((v9) < (v9)))) : (lid))));
    }
    L14: ;
    if (sneg_int(max((char)(sneg_long(0xFBAl)), (char)(helper4(v10, in[(v11) & 63]))))) {
        a13[(056413ul) & 7] = 0x25fe8443l;
    } else {
        atomic_sub(&counters[0], (uint)(((((sadd_int(v11, v11)) ? (((int)(v10))) : (((v11) > (in[((~(v9))) & 63]))))) >= (((uint)(udiv_uint(in[(clz((int)(lid))) & 63], v9)))))));
    }
    a13[(035167ul) & 7] = ((020255404465U) ? (((ulong)(((in[(v10) & 63]) && (v11))))) : (01243ul));
    uint w16 = 0u;
    while (w16 < 4u) {
        w16++;
        uint v17 = ((short)(helper4(((char)(helper1(v12, v10))), abs((ulong)(v10)))));
        v10 = ((v17) + (((v17) >> ((((((long)(v10))) & (gid))) & 31))));
    }
    short v18 = (!(udiv_ulong((~(umod_uint(v9, lid))), udiv_ulong(udiv_ulong(01104441420256747066227l, in[(in[(clamp((uint)(075345677270372571743UL), (uint)1717477660UL, (uint)2147483648UL)) & 63]) & 63]), v11))));
    uchar v19 = helper1((((!(020000000000))) >= ((!((!(0153745UL)))))), in[(udiv_uint(a13[(((127) && (0xA775u))) & 7], 011U)) & 63]);
    switch ((((uint)(sadd_int(rotate((short)(v19), (short)(v9)), ((a13[(0xCU) & 7]) != (v12)))))) & 7) {
    case 5: {
        v19++;
        break;
    }
    }
    v10 = 175887609UL;
    v10 = clamp((short)(((helper1(gid, max((ulong)(v11), (ulong)(0x3AAu)))) > ((((!(a13[(((v12) && (022235017371u))) & 7]))) > (sshl_int(v10, (v12) & 31)))))), (short)0L, (short)226L);
    switch ((((uchar)(((sneg_int(v12)) == (v19))))) & 7) {
    case 1: {
        atomic_add(&counters[0], (uint)(((((((char)(v10))) ? (((uint)(0x1A5L))) : (((v18) >> ((v11) & 31))))) ? (popcount((ulong)(((14) - (in[(((in[(popcount((short)(v11))) & 63]) && (16901602473086445473U))) & 63]))))) : (((helper4(in[(((v19) >= (in[(((ushort)(v19))) & 63]))) & 63], v18)) == (sneg_int(v12)))))));
        int v20 = abs((uchar)(sneg_int(50799)));
        break;
    }
    case 2: {
        atomic_xor(&acc[1], (uint)(helper4(abs((long)(((a13[(0xFF170FB2226AB866u) & 7]) >= (v11)))), smod_int(((v12) || (a13[(smod_int(v18, v12)) & 7])), sneg_int(v12)))));
        break;
    }
    case 3: {
        a13[(((v10) != (((uint)(in[(057245ul) & 63]))))) & 7] = ((v19) ? (helper4(v9, ((in[(((11ul) * (a13[(((v12) && (in[(in[(helper1(013, v18)) & 63]) & 63]))) & 7]))) & 63]) != (a13[(((gid) ? (v10) : (gid))) & 7])))) : (((v19) | (v19))));
        v10 = ((((helper4(((v10) > (69u)), udiv_uint(lid, v11))) - (0x54e2d347422895b4ul))) - (sneg_int(v11)));
    }
    case 5: {
        atomic_add(&acc[0], (uint)(((helper4(((lid) + (01000000000000000000001l)), helper1(in[(smod_long(in[(((in[(((v9) >= (01000000000000000000001ul))) & 63]) ^ (067552l))) & 63], 2217574389)) & 63], v9))) ? (((((ulong)(39432335L))) ? (((in[(((uchar)(v10))) & 63]) > (a13[(((short)(v18))) & 7]))) : (((lid) | (v9))))) : (v10))));
        long v21 = mul_hi((uint)((-(in[(((v12) ? (gid) : (v19))) & 63]))), (uint)(52238));
    }
    }
    switch ((helper1(((smod_long(v10, 2942476048L)) != (helper1(020000000000ul, a13[(((int)(01342))) & 7]))), ((((a13[(((01400310604246636605334ul) == (v9))) & 7]) > (0377))) * (((539) ? (in[((!(28893))) & 63]) : (v9)))))) & 7) {
    case 4: {
        uint w22 = 0u;
        do {
            w22++;
            v11 |= (int)(helper4(((clamp((ulong)(v11), (ulong)64UL, (ulong)188UL)) & (((a13[(((0x391u) & (02161740267ul))) & 7]) >= (02)))), ((((a13[(((long)(3092292846UL))) & 7]) & (a13[(((a13[(0162u) & 7]) && (0100612))) & 7]))) || (a13[(((v19) ? (v9) : (a13[(((537u) << ((561) & 31))) & 7]))) & 7]))));
        } while (w22 < 4u);
        break;
    }
    case 7: {
        v12 = v11;
        break;
    }
    default: {
        short v23 = ((helper4((((!(0x9l))) ? (max((char)(0322), (char)(in[(((v18) ? (gid) : (01163217047515022273706L))) & 63]))) : (((short)(0x7U)))), 016l)) ? (abs((short)(0224ul))) : (((in[(clamp((ulong)(0x48B3l), (ulong)5UL, (ulong)257407462UL)) & 63]) + (helper1(((1039199798U) && (v11)), helper4(v12, in[(max((int)(lid), (int)(0400l))) & 63]))))));
    }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a13[e]);
    h = mix(h, (ulong)v18);
    h = mix(h, (ulong)v19);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
