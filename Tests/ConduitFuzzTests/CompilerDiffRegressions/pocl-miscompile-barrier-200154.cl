// compiler-diff finding: reference-miscompile
// seed: 200154 mode: barrier
// expected-hash: 0x70c0b42a869a9ba4
// direct pthread-skylake-avx512-AMD EPYC: hash 0x924f5e114951e015
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x70c0b42a869a9ba4
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x70c0b42a869a9ba4
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x70c0b42a869a9ba4
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
    uint v1 = ((((ulong)(((((in[((~(gid))) & 63]) || (in[(((0x5DL) ^ (gid))) & 63]))) ? (gid) : (max((long)(gid), (long)(gid))))))) << (((~(gid))) & 63));
    uchar v2 = (!((-(((((lid) < (gid))) ? (((v1) ? (gid) : (01540ul))) : ((!(in[(((0163ul) ? (v1) : (gid))) & 63]))))))));
    ushort v3 = ((abs((int)(((in[(min((uint)(gid), (uint)(v2))) & 63]) | ((-(gid))))))) && ((-(v1))));
    long v4 = clamp((long)(((smod_int((!(032736552747L)), ((2268749370136915099l) > (v2)))) < (v2))), (long)2L, (long)2147483646L);
    uchar a5[8] = {sneg_int(v3), ((((3868527920) ? (0x7el) : (in[(((v4) && (v1))) & 63]))) || (((v2) ^ (v1)))), v1, (-(abs((int)(v2)))), ((ushort)(((0xa2e3a9d9L) >> ((v4) & 63)))), ((abs((uchar)(14ul))) * (umod_ulong(lid, 01000000000000000000001ul))), ((popcount((int)(in[(((v1) | (20860u))) & 63]))) ? (((uchar)(v1))) : (clamp((uchar)(v4), (uchar)17UL, (uchar)181UL))), (~(in[((!(0x89D26FFCl))) & 63]))};
    a5[(((uint)(((short)(0107041))) * (uint)((!(0x5UL))))) & 7] = in[(a5[(min((char)(lid), (char)(v2))) & 7]) & 63];
    switch (((!(v4))) & 7) {
    case 0: {
        v3 >>= ((ushort)(((clz((uint)((-(in[((~(v4))) & 63]))))) ? (v3) : (((v2) ? ((~(01742UL))) : (((0125144L) || (v4))))))) & 31);
        v4 = mul_hi((int)(((8u) < (((smul_long(0xabcf24e0U, v4)) ? (sneg_int(a5[(((ulong)(6u) ^ (ulong)(10l))) & 7])) : (((lid) ? (v3) : (lid))))))), (int)(((06) ? (((0600544604614560145160) ? (smod_long(v4, v3)) : (((short)(gid))))) : (rotate((uint)(((a5[(((0x104U) || (016))) & 7]) - (lid))), (uint)(((in[(((in[(((a5[((!(020000000000U))) & 7]) == (in[(((2245166426886413736L) <= (a5[(129ul) & 7]))) & 63]))) & 63]) << ((077777) & 31))) & 63]) > (lid))))))));
        break;
    }
    case 5: {
        uchar v6 = (((((~(((in[(((ulong)(06l))) & 63]) << ((lid) & 31))))) ^ (((smul_long(v4, v1)) != (clz((uchar)(gid))))))) || ((((~((!(01431644556653011126235UL))))) != (0200UL))));
    }
    case 6: {
        for (int i7 = 0; i7 < 3; i7++) {
            a5[((~((!(01043ul))))) & 7] = ((0xd00da17cu) + (((v4) ? (clz((short)(v2))) : (in[((~(v3))) & 63]))));
            v3 = (~(((v1) >= (((((lid) && (v3))) ? (((uchar)(in[(((a5[(sneg_int(32768)) & 7]) & (lid))) & 63]))) : (((gid) > (in[(ssub_long(i7, v4)) & 63]))))))));
        }
        ushort v8 = v1;
    }
    }
    ulong v9 = (-(((ulong)(((short)(0x10ul))))));
    v9 = (ulong)exchange(tile, lid, (uint)((((-(gid))) << ((((int)(((0x6u) & (v1))))) & 31))), 7u);
    v4 = ((ulong)(((long)(((((uint)(59))) ^ (a5[(((uint)(2369381642u))) & 7]))))));
    if ((((((-(in[(mul_hi((int)(lid), (int)(gid))) & 63]))) || (((v2) != (gid))))) ? ((((-(v1))) || (((a5[(0x7FFFFFFFFFFFFFFEu) & 7]) ? (gid) : (574))))) : (((((a5[(gid) & 7]) > (v4))) > (((a5[(((026521274470) < (602l))) & 7]) > (in[(((v4) < (v4))) & 63]))))))) {
        v3 = 05UL;
        ulong v10 = ((long)(min((int)(((long)(((in[(((4879165177757062645U) | (v4))) & 63]) ? (v4) : (lid))))), (int)(v4))));
        v10 = v3;
    } else {
        if (((((((ushort)(v4))) ^ (((v3) ? (10677411989290899572ul) : (gid))))) ? (((sadd_int(v3, v2)) >= ((~(v4))))) : (((mul_hi((uint)(a5[(0xB757D50AD4743DC9u) & 7]), (uint)(v4))) > (sdiv_long(26675l, v3)))))) {
            v2 = v9;
        }
        uint w11 = 0u;
        while (w11 < 2u) {
            w11++;
            uint w12 = 0u;
            do {
                w12++;
                uint w13 = 0u;
                while (w13 < 1u) {
                    w13++;
                    switch ((((ulong)(((ulong)(((15861UL) || (v4))))))) & 7) {
                    case 0: {
                        v1 = ((max((ulong)(((((v2) >> ((01003U) & 31))) >= (((short)(v4))))), (ulong)(((((0x335u) & (010770773431l))) >= (v9))))) == (((short)((((!(v1))) ? (((ushort)(v3))) : (abs((long)(a5[(((lid) ? (a5[(((ulong)(0746476277672766053003u))) & 7]) : (013321020537u))) & 7]))))))));
                        break;
                    }
                    case 1: {
                        v1 = 4079870926U;
                        break;
                    }
                    case 7: {
                        break;
                    }
                    }
                }
                if (((((in[(((v3) ? (in[(033506013067l) & 63]) : (gid))) & 63]) < (a5[(((v9) != (a5[(((0x31883f8c87e7c817u) != (a5[((-(0176671ul))) & 7]))) & 7]))) & 7]))) ? (((v9) + (v3))) : (((uchar)(in[((!(v2))) & 63]))))) break;
            } while (w12 < 1u);
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a5[e]);
    h = mix(h, (ulong)v9);
    out[gid] = h;
}
