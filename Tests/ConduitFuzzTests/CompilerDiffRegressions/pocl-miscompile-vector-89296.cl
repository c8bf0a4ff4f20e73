// compiler-diff finding: reference-miscompile
// seed: 89296 mode: vector
// expected-hash: 0xf3e066931bd8fcd8
// direct pthread-skylake-avx512-AMD EPYC: hash 0xb88a76086d23bcd8
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xf3e066931bd8fcd8
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xf3e066931bd8fcd8
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xf3e066931bd8fcd8
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
ulong helper1(int p0, short p1, long p2) {
    uint v2 = ((p0) || (037777777777UL));
    v2 = (!(((((((233) || (p1))) || (((p2) ? (v2) : (p1))))) - (v2))));
    p2 &= (long)(((ushort)(abs((uchar)(((v2) | (p1)))))));
    { uint *p = &v2; *p = (*p ^ (uint)(p1)) * 3u + 1u; }
    v2 = ((max((uint)(p1), (uint)(p2))) * (rotate((short)(((((p0) == (p0))) == (((p1) ? (p2) : (v2))))), (short)(((int)(((p2) ? (027354L) : (p2))))))));
    long v3 = ((((v2) ? (((v2) >> ((v2) & 31))) : (((((v2) || (132u))) && (((p0) ? (0x5F91ul) : (v2))))))) >= (4294967296UL));
    return ((v2) ? (((short)(((0xd45b9f58U) ? (581L) : (v2))))) : (v2));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    ushort v4 = ((((max((uchar)(((lid) || (0x80000000L))), (uchar)(gid))) || (((gid) ? (((3306u) << ((lid) & 31))) : (((ushort)(lid))))))) <= (((((ulong)(((uint)(lid))))) ? (((char)(((lid) >> ((lid) & 31))))) : (clz((uchar)((!(lid))))))));
    ulong v5 = ((0x7E9311E3) >> ((((((in[(((gid) & (v4))) & 63]) != (sshl_int(v4, (in[(((gid) ? (lid) : (in[(min((int)(lid), (int)(lid))) & 63]))) & 63]) & 31)))) > (((((gid) * (lid))) & (lid))))) & 31));
    ulong v6 = v4;
    int v7 = ((((char)(rotate((short)(((331) < (gid))), (short)(((in[(rotate((uint)(gid), (uint)(in[(in[(sneg_int(v4)) & 63]) & 63]))) & 63]) != (lid))))))) ? (mul_hi((char)(((v5) <= (lid))), (char)(((helper1(lid, lid, 0xfa136210)) <= (max((short)(v4), (short)(55011L))))))) : ((-(v6))));
    ushort8 vec8 = (ushort8)((ushort)(helper1(helper1(0763, v4, gid), (!(v7)), gid)), (ushort)(popcount((uchar)(helper1(in[(abs((short)(gid))) & 63], v6, v6)))), (ushort)(((((v4) || (13458634290840739684U))) >= (((0xBDul) ? (v4) : (in[(in[(lid) & 63]) & 63]))))), (ushort)(v6), (ushort)(smod_long(4294967295, umod_uint(lid, gid))), (ushort)(helper1(0x7f, v7, sneg_int(0))), (ushort)(udiv_ulong((!(v7)), umod_ulong(v4, v6))), (ushort)(gid));
    vec8 = shuffle2(vec8, vec8, (ushort8)(abs((long)(sneg_int(v4)))) ^ (ushort8)(195, 37, 43, 51, 214, 55, 67, 145));
    uchar v9 = v6;
    vec8 = convert_ushort8(vec8);
    v9 = (((-(helper1(((in[(((short)(v4))) & 63]) << ((0102527) & 31)), gid, (!(v5)))))) ? (v7) : (((helper1(v7, ((0x7974FBDAul) + (lid)), ((v6) + (v9)))) - (clz((ulong)(((v7) ? (gid) : (2590738314165265376l))))))));
    v4 = max((int)(((((((0x5UL) >= (in[(((vec8[(v9) & 7]) >= (in[(v7) & 63]))) & 63]))) ? ((~(gid))) : (min((ulong)(v7), (ulong)(v7))))) | (((((gid) & (0720l))) >> ((((gid) ? (gid) : (0xA1FD09A0U))) & 63))))), (int)((!(((((v6) | (v9))) >> ((v4) & 63))))));
    v4 = vec8.s2;
    v4 = in[(smul_int(vec8[(((in[(((ushort)(lid))) & 63]) >> ((0x287f1bc7222a5c86U) & 31))) & 7], v7)) & 63];
    vec8 = vec8 << (ushort)(v4);
    vec8.lo = vec8.odd;
    for (int i10 = 0; i10 < (int)(in[(gid + 15u) & 63u] & 3u); i10++) {
        ulong v11 = sneg_long(((long)(ssub_long(v7, ((32769l) & (0453575242422135635017))))));
        vec8.even = vec8.lo;
    }
    v9 = ((v4) >> ((gid) & 31));
    v9 = helper1(clz((long)(v6)), v7, abs((long)(gid)));
    long v12 = v5;
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)vec8.s0);
    h = mix(h, (ulong)vec8.s1);
    h = mix(h, (ulong)vec8.s2);
    h = mix(h, (ulong)vec8.s3);
    h = mix(h, (ulong)vec8.s4);
    h = mix(h, (ulong)vec8.s5);
    h = mix(h, (ulong)vec8.s6);
    h = mix(h, (ulong)vec8.s7);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
