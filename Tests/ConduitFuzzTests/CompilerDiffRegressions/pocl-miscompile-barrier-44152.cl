// compiler-diff finding: reference-miscompile
// seed: 44152 mode: barrier
// expected-hash: 0x7b259b9a15aec70d
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x9f32cb84262e79c5
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x7b259b9a15aec70d
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x7b259b9a15aec70d
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x7b259b9a15aec70d
// Conduit compiler-diff, mode barrier
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
long helper1(long p0, ushort p1, uchar p2) {
    ushort v2 = p1;
    short v3 = (~(sneg_int(v2)));
    for (int i5 = 0; i5 < 1; i5++) {
        if (v3) goto L4;
        v2 >>= ((ushort)((((!(((v3) && (126u))))) ? (p1) : (((int)(sdiv_int(v2, v3)))))) & 31);
        p2 = sneg_int(p1);
    }
    L4: ;
    return 0130613u;
}
long helper6(int p0, int p1, short p2) {
    if (sneg_int(((p2) ? (((p0) <= (p1))) : (p1)))) {
        p0 >>= ((int)(((ulong)(((p0) >= ((-(0xed0ad573ul))))))) & 31);
    }
    return max((uint)(sneg_int(((p1) ? (p1) : (p0)))), (uint)(abs((int)(p0))));
}
uint exchange(__local uint *t, uint l, uint v, uint k) {
    t[l] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    uint r = t[(l + k) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    return r ^ (v >> 3);
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint tile[16];
    int v7 = ((helper6(04ul, in[(((0xeebe1eeU) ^ (lid))) & 63], ((clamp((char)(0xffU), (char)(-99L), (char)(-19L))) == (lid)))) >= (((((ushort)(((ushort)(lid))))) >> (((-(min((ulong)(lid), (ulong)(lid))))) & 31))));
    int v8 = helper6(abs((int)(((((gid) ? (lid) : (v7))) < (((uint)(in[(((ulong)(128U))) & 63])))))), 01542245723371611000460ul, lid);
    char v9 = ((((uchar)(rotate((uint)(v7), (uint)(smul_long(v7, 0365340462365017103372)))))) ? (((int)(sneg_long(helper1(015432445670, lid, lid))))) : (v8));
    uint v10 = min((uint)(mul_hi((int)(umod_uint(((in[(((07337007276l) | (0x6fba905dbddb2fe1UL))) & 63]) ? (159u) : (in[(min((ulong)(gid), (ulong)(9223372036854775809u))) & 63])), (~(3)))), (int)(((((v9) && (v8))) > (((uint)(v7))))))), (uint)(helper1(min((ushort)(((v8) ? (v7) : (v9))), (ushort)(((v9) && (lid)))), ((char)(0201l)), ((in[(sshl_int(v9, (v9) & 31)) & 63]) & (lid)))));
    tile[lid] = (uint)(((ushort)(helper1(((v10) <= (943)), ((2147483646ul) << ((v10) & 63)), ((uint)(in[(v10) & 63]))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v10 ^= (uint)tile[(lid + 11u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    { uint *p = &v10; *p = (*p ^ (uint)(sdiv_int(sshl_int(v8, (lid) & 31), ((4) <= (lid))))) * 3u + 1u; }
    tile[lid] = (uint)(((udiv_uint(abs((int)(0x80000000UL)), gid)) ^ (helper6(((uchar)(gid)), sneg_int(v7), 01217l))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (int)tile[(lid + 2u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    { uint *p = &v10; *p = (*p ^ (uint)(6505401678153611333UL)) * 3u + 1u; }
    if (((((in[(0x8000000000000000) & 63]) ? (((v7) > (v9))) : (((int)(v9))))) | (v10))) {
        switch ((((((abs((char)(in[(0xDB05UL) & 63]))) ? (((ulong)(gid))) : (((v7) ? (0x4F607E81UL) : (0452356473264672065335L))))) <= ((~((~(68u))))))) & 7) {
        case 3: {
            v8 = helper6(((int)(((short)(helper1(v9, v10, 0174643112615514106564))))), ((v8) ? ((~(037741674427))) : (((umod_uint(lid, gid)) & ((-(gid)))))), ((sshl_int(((v10) && (v10)), (((in[(in[(((in[(((v10) ? (v10) : (gid))) & 63]) ? (v8) : (0x8U))) & 63]) & 63]) - (lid))) & 31)) * (min((uint)(((0x8000ul) ? (0xE2BL) : (v9))), (uint)((!(03)))))));
            break;
        }
        case 5: {
            v8 ^= (int)(sadd_long(0x22F1L, udiv_uint(((uchar)(v7)), v10)));
            { uint *p = &v10; *p = (*p ^ (uint)(helper1(((in[(v10) & 63]) ? (0x4A00DB9894ED3E5BU) : (v7)), ((gid) <= (in[(mul_hi((int)(0x307L), (int)(v7))) & 63])), ((gid) << ((0x10U) & 31))))) * 3u + 1u; }
            break;
        }
        case 6: {
            v7 = v9;
        }
        default: {
            v7 = (!(min((ulong)(gid), (ulong)(abs((long)(sadd_int(v7, v8)))))));
        }
        }
        for (int i11 = 0; i11 < 1; i11++) {
            if (((lid) ? (in[(((33536UL) ? (v9) : (v8))) & 63]) : (clamp((long)(((v10) <= (in[(abs((char)(v9))) & 63]))), (long)9659L, (long)2147483648L)))) {
                v10 &= (uint)(0x787Cl);
                uint v12 = ((gid) - (i11));
            }
            v7 = clz((int)(0x5l));
        }
    }
    v9 = ((ulong)(((rotate((int)(gid), (int)(sadd_long(2661860081L, v8)))) ? ((-(rotate((uint)(in[(helper1(lid, 01647055136613301526633u, in[(((in[(in[(lid) & 63]) & 63]) ? (0530565555325366565561L) : (v9))) & 63])) & 63]), (uint)(v9))))) : (sneg_long(helper6(in[((-(v10))) & 63], 0170275l, 0x4f58fc43))))));
    v10 = v9;
    v10 &= (uint)(clz((uint)(lid)));
    ulong v13 = ((v8) > (umod_ulong(abs((ulong)(udiv_uint(0x7, 027402375401u))), ((ushort)(((v7) ^ (v8)))))));
    v13 >>= ((ulong)(((v10) <= (((046727U) << ((((int)(03L))) & 31))))) & 63);
    if (v10) {
        v13 &= (ulong)(((sneg_long(helper1(v13, v13, v13))) ? (((ulong)(helper6(v13, v8, 0456UL)))) : (((clz((uchar)(v9))) ? (((in[(rotate((uint)(363U), (uint)(v8))) & 63]) << ((in[(v10) & 63]) & 31))) : ((!(in[(v9) & 63])))))));
    } else {
        uint w14 = 0u;
        while (w14 < 3u) {
            w14++;
            for (int i16 = 0; i16 < 4; i16++) {
                if (in[(((0xDEA76A903FA504D4l) * (i16))) & 63]) goto L15;
                v7 = sadd_long(smod_long(helper1(((0x8000000000000001) <= (0x100000000L)), 057UL, ((077777) <= (v13))), 9l), ((uchar)(((helper6(v8, lid, lid)) ? ((!(v7))) : (((v9) ? (v9) : (v13)))))));
                v7 = (((((((!(v9))) ^ (helper6(gid, v7, v13)))) ^ (((abs((uchar)(i16))) < ((!(lid))))))) >> ((4294967295U) & 63));
            }
            L15: ;
            switch ((((sneg_int(((0x23A464C64D11903Dul) || (lid)))) & (helper6(((v8) ? (v8) : (v9)), max((uchar)(11), (uchar)(2837132249)), v8)))) & 7) {
            case 6: {
                for (int i17 = 0; i17 < 4; i17++) {
                    v9 = ((0x26EC) ? (((char)(helper1(v8, (!(i17)), ((int)(i17)))))) : (648u));
                    v9 = clamp((ushort)(((max((uint)((~(v9))), (uint)(((v8) & (v13))))) ? ((-(gid))) : ((~(clamp((char)(i17), (char)(-59L), (char)0L)))))), (ushort)26199UL, (ushort)65535UL);
                    uint g19 = 0u;
                    L18: {
                        g19++;
                        v10--;
                    }
                    if (g19 < 4u && ((((-(in[(((int)(lid))) & 63]))) ? (((i17) ? (v8) : (in[(((v8) && (32768U))) & 63]))) : (clamp((char)(v7), (char)0L, (char)2L))))) goto L18;
                }
                break;
            }
            case 7: {
                break;
            }
            default: {
            }
            }
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
