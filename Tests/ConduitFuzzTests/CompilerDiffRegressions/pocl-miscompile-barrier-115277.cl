// compiler-diff finding: reference-miscompile
// seed: 115277 mode: barrier
// expected-hash: 0x56f07e840427016c
// known reference bug: abs-of-the-most-negative-value
// direct pthread-skylake-avx512-AMD EPYC: hash 0xb9672d4e5302f940
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x56f07e840427016c
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x56f07e840427016c
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x56f07e840427016c
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
char helper1(int p0) {
    ulong v2 = ((((((abs((int)(p0))) ? (mul_hi((short)(p0), (short)(p0))) : (((p0) >= (p0))))) + (1041406303U))) ? (((((((p0) ? (0200l) : (2035664057L))) == (max((int)(p0), (int)(p0))))) < (((((01126L) | (p0))) ^ (0x58462DE3))))) : ((!(((char)(((p0) ? (20885) : (0xFFFFFFFFUL))))))));
    for (int i4 = 0; i4 < 3; i4++) {
        if (clz((uint)(((v2) ? (p0) : (p0))))) goto L3;
        uint w5 = 0u;
        do {
            w5++;
            v2 = ((short)(v2));
        } while (w5 < 2u);
    }
    L3: ;
    return p0;
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
    short v6 = in[(((lid) < (in[(in[(((in[(lid) & 63]) <= (0x54B8C2D0l))) & 63]) & 63]))) & 63];
    ulong v7 = (~((~(((021624101544L) & (clz((uchar)(lid))))))));
    ushort v8 = ((v6) > (helper1(((v6) ? (gid) : (((gid) ^ (0146340ul)))))));
    char v9 = (~(max((ulong)(sneg_int(((int)(in[(clamp((uint)(07100117663), (uint)897UL, (uint)1162150316UL)) & 63])))), (ulong)(((char)(((128UL) != (v6))))))));
    ulong a10[4] = {(((-(gid))) ? (gid) : (v6)), 862, in[(v6) & 63], ((char)(udiv_ulong(v7, gid)))};
    v9 = (((-((~(((gid) + (gid))))))) ? (abs((short)(clamp((char)(3130160L), (char)5L, (char)65L)))) : (((v9) | (helper1(0x145l)))));
    v7 = (ulong)exchange(tile, lid, (uint)((~(a10[(((v6) <= (v7))) & 3]))), 8u);
    if (gid) {
        if (a10[((~(v7))) & 3]) {
            v8 = ((short)(gid));
            uchar v11 = 763l;
            v7 = (!(((((v9) ? (((v6) && (61235))) : (v8))) ? (udiv_ulong(abs((uint)(v9)), 101UL)) : (a10[(((01734150404500207571632UL) >> ((6660801160473403100UL) & 63))) & 3]))));
        } else {
            v9 = ((((ushort)((!(a10[((!(lid))) & 3]))))) == (helper1((-(((v6) | (lid)))))));
        }
        if (lid) {
            v6 = ((v6) ? (0x3l) : (clamp((ulong)((((-(a10[(((short)(v8))) & 3]))) >> ((min((int)(v8), (int)(v8))) & 63))), (ulong)0UL, (ulong)37UL)));
            short v12 = abs((ulong)(((in[(((820959322420851756L) <= (02330174664L))) & 63]) || (clz((ushort)(helper1(a10[(((ushort)(014l))) & 3])))))));
        }
        long v13 = ((char)(((gid) + (v9))));
    }
    v8 = ((helper1(((((a10[((!(013u))) & 3]) <= (v8))) > (clz((ushort)(v9)))))) >> ((((mul_hi((uchar)(v6), (uchar)(((714) | (a10[(((short)(0xE792CCFF28C3CFD5))) & 3]))))) ? (v8) : (01524U))) & 31));
    v7 = a10[(clz((ushort)(9223372036854775806UL))) & 3];
    if (sneg_long(sneg_long(0L))) {
        uint w14 = 0u;
        while (w14 < 1u) {
            w14++;
            v7 = v9;
        }
        uchar v15 = ((((short)(((uint)((~(v8))))))) & ((((-(in[(((in[(abs((long)(a10[((~(35949L))) & 3]))) & 63]) ? (54416L) : (a10[(((0x9) != (032436166734U))) & 3]))) & 63]))) - (v8))));
        a10[((((-(in[(((short)(v9))) & 63]))) | (v8))) & 3] = abs((uint)(umod_uint(abs((uint)(v8)), ((int)(v8)))));
    } else {
        uint w16 = 0u;
        do {
            w16++;
            a10[(((uint)(((5U) >= (0x24bL))) << ((8u) & 31))) & 3] = min((uchar)(((short)(((uchar)(0x4))))), (uchar)(((lid) & ((~(v9))))));
            uint v17 = (~(((in[(((a10[(v7) & 3]) | (a10[(((v9) >> ((gid) & 31))) & 3]))) & 63]) ^ (helper1((~(a10[(((0x7fffl) < (7191ul))) & 3])))))));
        } while (w16 < 3u);
        v7 = ((short)(popcount((ushort)(((((ulong)(lid))) ? (min((int)(lid), (int)(a10[(((uchar)(0747621063406557052201ul))) & 3]))) : (((ulong)(v7))))))));
    }
    uint v18 = ((abs((long)(((((gid) ^ (0xe350ul))) << (((~(v8))) & 63))))) ? (((((v7) ? (v6) : (((uchar)(v7))))) ? (((uint)(((in[(((v8) ? (a10[(01503ul) & 3]) : (v6))) & 63]) < (v9))))) : (sneg_int(helper1(lid))))) : (((((long)(((lid) * (lid))))) ? (((in[(v8) & 63]) >> ((((lid) ? (gid) : (2768140725l))) & 31))) : ((~(((lid) ^ (v8))))))));
    v9 = ((v7) != (v7));
    tile[lid] = (uint)(sadd_long(((((0177777) <= (v7))) <= (((44683) ^ (0275516700713307722035u)))), 014262652601l));
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (short)tile[(lid + 4u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    int v19 = 58601u;
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v18);
    h = mix(h, (ulong)v19);
    out[gid] = h;
}
