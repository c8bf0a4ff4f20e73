// compiler-diff finding: reference-miscompile
// seed: 62483 mode: atomic
// expected-hash: 0x890c346ecac90f7a
// direct pthread-skylake-avx512-AMD EPYC: hash 0x379dba1d79b19ac6
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x890c346ecac90f7a
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x890c346ecac90f7a
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x890c346ecac90f7a
// Conduit compiler-diff, mode atomic
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
uchar helper1(ushort p0, uchar p1) {
    uint v2 = p1;
    p1 = v2;
    switch ((((p0) ? ((!(0xA93Bu))) : (min((ulong)(((ushort)(v2))), (ulong)(((0) ^ (0x5c7))))))) & 7) {
    case 1: {
        v2 = ((((((ulong)(sneg_int(4)))) | (p1))) & (((p1) ? (((((p1) & (v2))) <= (((uint)(3714922319468923622ul))))) : (sneg_int(((v2) == (0400)))))));
        break;
    }
    case 2: {
        p1 = ((int)(((uchar)(sshl_int(p1, (p1) & 31)))));
        if (((p0) >> ((((clz((ushort)(p0))) > (v2))) & 31))) {
            ulong v3 = ((clz((char)(((max((short)(p0), (short)(p1))) && (((0xB1B3DD239F5A2AF9l) ? (p1) : (p0))))))) >> ((((long)((((!(v2))) == (v2))))) & 31));
            p1 = p0;
        }
        break;
    }
    case 7: {
        switch ((clz((int)(udiv_ulong(18446744073709551615UL, ((p1) ? (p0) : (4145616195ul)))))) & 7) {
        case 0: {
            for (int i4 = 0; i4 < 2; i4++) {
                v2 = ((uchar)(((((v2) - (i4))) ^ (((long)(((v2) ^ (0))))))));
                p1 = ((017040666741) ? (0115) : (clamp((uchar)((!(sneg_int(i4)))), (uchar)13UL, (uchar)255UL)));
            }
        }
        case 1: {
            break;
        }
        case 4: {
            break;
        }
        case 5: {
            break;
        }
        default: {
        }
        }
        break;
    }
    default: {
    }
    }
    return ((sadd_int(p0, (!(56250)))) >> ((min((long)(061157541017053021236u), (long)(rotate((ushort)(p1), (ushort)(v2))))) & 31));
}
ushort helper5(uint p0) {
    p0 = ((p0) < (sneg_int(max((int)(p0), (int)(((p0) ? (p0) : (0xAF6Aul)))))));
    switch ((((((((p0) && (p0))) ^ (((p0) > (p0))))) ? (((((0x6890D2368AF83C43UL) ? (p0) : (p0))) ? (rotate((uchar)(p0), (uchar)(p0))) : ((!(p0))))) : (helper1(p0, (~(p0)))))) & 7) {
    case 1: {
        p0 <<= (uint)(p0);
    }
    case 5: {
        p0 = clamp((ushort)(((((((ushort)(0xf7770b46d6ae1668L))) || (((p0) << ((p0) & 31))))) ? (sneg_int(((p0) > (p0)))) : (((p0) * ((!(p0))))))), (ushort)15UL, (ushort)24280UL);
        ulong v6 = ((uint)(3334861244u));
        break;
    }
    default: {
        switch ((helper1(p0, 0xD72DC8765FA1E347)) & 7) {
        case 2: {
            p0 = ((((((int)((!(p0))))) - (0xffffU))) >> (((!(p0))) & 31));
            p0 = helper1(((p0) << (((-(p0))) & 31)), max((short)(clamp((int)(((p0) & (0x32e))), (int)(-2L), (int)53220L)), (short)(p0)));
            break;
        }
        default: {
            p0 = ((01u) <= ((~(p0))));
        }
        }
    }
    }
    return p0;
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    int v7 = ((char)(gid));
    ulong v8 = clamp((ulong)(0UL), (ulong)227UL, (ulong)2147483647UL);
    uint v9 = popcount((char)(popcount((int)(((ulong)((~(in[(((v8) ? (lid) : (lid))) & 63]))))))));
    long a10[4] = {lid, 011150357620l, v8, sshl_int(helper5(0xA442F7D24C47B428ul), (v8) & 31)};
    uchar v11 = (~(((((min((ushort)(gid), (ushort)(in[(((v7) ? (lid) : (011752l))) & 63]))) ? (((7861450289180262976u) ? (a10[(((int)(0320U))) & 3]) : (0x4bb6u))) : (06614655174))) ? (((clamp((short)(v7), (short)572L, (short)27386L)) ? (v8) : (((v9) ^ (v9))))) : (((((in[(((lid) + (gid))) & 63]) ? (in[(udiv_uint(v7, v9)) & 63]) : (v9))) ? (lid) : (0x17el))))));
    v7 = (~(helper5(0x798d5f1172993874ul)));
    { uint *p = &v9; *p = (*p ^ (uint)(sneg_long(((v11) ? (a10[(v9) & 3]) : (v11))))) * 3u + 1u; }
    if (((017) >= (9223372036854775808U))) {
        atomic_sub(&counters[0], (uint)(((((((in[(((short)(gid))) & 63]) ? (v8) : (2147483649ul))) > (((gid) > (v7))))) ? (smul_int(popcount((int)(2737694528ul)), helper5(0170335ul))) : (((in[(max((short)(0x135u), (short)(895l))) & 63]) < (helper5(v8)))))));
        v8 = (((!(((((a10[(0x7995UL) & 3]) ? (0xA20513F5E744E2A8UL) : (lid))) ? (((v8) != (v9))) : (((a10[(((v9) ? (a10[(lid) & 3]) : (a10[(((v8) << ((v11) & 63))) & 3]))) & 3]) ? (a10[(((in[(((char)(a10[(((a10[(((2099772367L) ? (v9) : (0x3U))) & 3]) ^ (0x69BA4977))) & 3]))) & 63]) ? (a10[((!(in[(((v11) * (v8))) & 63]))) & 3]) : (v8))) & 3]) : (v8))))))) < (01530));
    }
    for (int i12 = 0; i12 < (int)(in[(gid + 46u) & 63u] & 3u); i12++) {
        v8 = ((v11) >= (v11));
    }
    v9 |= (uint)(((lid) ? (((udiv_uint(v9, in[(((gid) && (in[(min((uchar)(0x5eb), (uchar)(gid))) & 63]))) & 63])) + (0176))) : (umod_ulong(0xAB9DC4780035FAEAul, ((uchar)(v7))))));
    for (int i13 = 0; i13 < (int)(in[(gid + 10u) & 63u] & 3u); i13++) {
        for (int i14 = 0; i14 < 3; i14++) {
            {
                v11 = v11;
                if (sshl_int(((v9) && (a10[(in[(clamp((uint)(v11), (uint)1UL, (uint)4038212371UL)) & 63]) & 3])), (((long)(in[(v11) & 63]))) & 31)) goto L15;
                v11 = ssub_long(udiv_uint(((uint)(v11)), gid), 4294967296l);
            }
            L15: ;
            v7 = sadd_long(lid, ssub_long(rotate((long)(in[(3747895101) & 63]), (long)(a10[(12u) & 3])), popcount((int)(((a10[(((int)(514945447ul))) & 3]) ? (i14) : (in[(smod_long(0xBA55294B058D85CL, in[(((183ul) != (lid))) & 63])) & 63]))))));
        }
        v8 = v8;
    }
    v11 = udiv_uint(lid, lid);
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
