// compiler-diff finding: reference-miscompile
// seed: 70458 mode: atomic
// expected-hash: 0x4b0458f40300d33c
// direct pthread-skylake-avx512-AMD EPYC: hash 0xe4eae9e7b1b32c40
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x4b0458f40300d33c
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x4b0458f40300d33c
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x4b0458f40300d33c
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
int helper1(short p0) {
    int v2 = ((uchar)(((((((p0) ? (020026232ul) : (p0))) + (((p0) != (p0))))) && (p0))));
    p0 = ((ushort)(((((ushort)(((p0) ? (p0) : (p0))))) ? (clamp((ulong)(((short)(v2))), (ulong)340UL, (ulong)402UL)) : (p0))));
    p0 = p0;
    uint a3[8] = {((p0) && (rotate((ulong)(p0), (ulong)(p0)))), ((((711U) + (p0))) ? (((p0) ? (p0) : (v2))) : (0x12f6L)), max((long)(v2), (long)(((long)(v2)))), v2, ((((long)(0100000))) > (sshl_int(v2, (v2) & 31))), (((~(v2))) && (((v2) && (0xb0475d6au)))), ((ulong)(p0)), ((int)(sadd_int(p0, p0)))};
    return max((ulong)(((((short)(0724U))) ^ (a3[(((v2) | (0x305))) & 7]))), (ulong)(popcount((uchar)(p0))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    long v4 = ((((((0x7Ful) ? (((0xfffffffffffffffeU) ^ (in[(((long)(lid))) & 63]))) : (gid))) ? (abs((uchar)((~(lid))))) : (lid))) < ((!(((uchar)(gid))))));
    char v5 = ((((((v4) != (((v4) >= (v4))))) >= (popcount((long)(((char)(gid))))))) ^ (v4));
    ushort v6 = ((((int)(((uchar)(((lid) - (06230716640U))))))) || (0x72u));
    uchar a7[8] = {v5, 0455l, gid, ((long)(((ushort)(lid)))), in[(((v5) >> ((gid) & 31))) & 63], lid, helper1(33227UL), ((ulong)(2147483648))};
    uchar v8 = ((((((clamp((uint)(v5), (uint)4UL, (uint)4294967294UL)) || (((int)(in[(((uint)(11u))) & 63]))))) ? (((smod_long(0x3dL, lid)) != (((a7[((~(lid))) & 7]) ? (v4) : (a7[(clz((char)(a7[(clz((ulong)(a7[(0x607a6e8ab0326654L) & 7]))) & 7]))) & 7]))))) : (v6))) | (((clz((ushort)(((ulong)(gid))))) | (a7[(helper1(gid)) & 7]))));
    if (clamp((uchar)(clz((uint)(v8))), (uchar)85UL, (uchar)134UL)) {
        ulong v9 = ((ushort)(0x265UL));
        v5 = ((char)(mul_hi((long)(((in[(v5) & 63]) ? (in[(((uchar)(gid))) & 63]) : (((short)(in[(((gid) || (0))) & 63]))))), (long)(((((v9) ? (lid) : (0x341))) & (helper1(v8)))))));
    }
    v6 = ((ulong)(lid));
    atomic_min(&acc[3], (uint)(16UL));
    if (((sneg_int(clamp((int)(0x5U), (int)14L, (int)24264L))) ? (((short)(((char)(05UL))))) : (lid))) {
        uint w10 = 0u;
        while (w10 < 4u) {
            w10++;
            atomic_add(&acc[0], (uint)(((ushort)(((gid) * (((v4) && (128L))))))));
            if (rotate((ulong)(v8), (ulong)(((int)(v8))))) continue;
        }
        for (int i11 = 0; i11 < 3; i11++) {
            v5 = abs((int)(((helper1(((v6) ? (032001625774u) : (a7[(((v6) >= (128U))) & 7])))) ? ((!(i11))) : (((((v5) & (0xD7L))) ? (((a7[(32766ul) & 7]) + (0x964d64cfe1f274e2UL))) : (gid))))));
            if (mul_hi((int)(((v5) ? (lid) : (v5))), (int)(rotate((char)(016105551327UL), (char)(gid))))) break;
        }
        ulong v12 = helper1(gid);
    }
    v8 = 0x12cb29385cff8730u;
    v5--;
    switch ((((((((v6) ? (v4) : (v5))) ? (((0xC) ? (v4) : (v6))) : ((-(0x274eu))))) && (rotate((int)((-(256ul))), (int)(udiv_uint(a7[(((ulong)(0x279ul))) & 7], lid)))))) & 7) {
    case 1: {
        v6--;
        short v13 = ((((uint)(v8))) >= (gid));
    }
    case 7: {
        uint v14 = min((ushort)(((helper1(((a7[(0xD5861D14ul) & 7]) * (13385118604164745566U)))) ? (((ushort)(((in[(a7[(((v5) || (in[(((0x6D1B833FCF68F569U) ? (v8) : (lid))) & 63]))) & 7]) & 63]) ? (v4) : (011u))))) : (((((025171103014UL) ? (v8) : (v5))) ? (helper1(in[((!(v6))) & 63])) : (014L))))), (ushort)(popcount((uchar)(max((short)(((long)(lid))), (short)(((v6) ^ (0x9A8E8A5B918BE441u))))))));
        for (int i15 = 0; i15 < (int)(in[(gid + 15u) & 63u] & 3u); i15++) {
            atomic_min(&counters[3], (uint)(v6));
            for (int i16 = 0; i16 < (int)(in[(gid + 56u) & 63u] & 3u); i16++) {
                v6 = (~(ssub_int(((i15) & (abs((char)(v6)))), sadd_int(rotate((int)(v6), (int)(v5)), i16))));
                if (((helper1(a7[(((gid) ? (i16) : (658L))) & 7])) <= (helper1(0x82)))) continue;
            }
            if (mul_hi((short)(rotate((ushort)(013526ul), (ushort)(in[(((v8) >> ((in[(helper1(8848776677241791956u)) & 63]) & 31))) & 63]))), (short)(((0x2056d6fc09f3da82ul) - (a7[(i15) & 7]))))) break;
            uint w17 = 0u;
            while (w17 < 2u) {
                w17++;
                v4 = 015u;
                { uint *p = &v14; *p = (*p ^ (uint)(((((int)(v6))) | (((i15) > (lid)))))) * 3u + 1u; }
            }
        }
        break;
    }
    }
    if (sneg_int(v8)) {
        long v18 = in[(((uint)(a7[((!(gid))) & 7]))) & 63];
        atomic_max(&acc[2], (uint)(abs((long)(lid))));
        v4 = 0x4597DF74u;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a7[e]);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
