// compiler-diff finding: reference-miscompile
// seed: 71187 mode: barrier
// expected-hash: 0x21aff3268defdc9f
// direct pthread-skylake-avx512-AMD EPYC: hash 0x41919b532fb054e5
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x21aff3268defdc9f
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x21aff3268defdc9f
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x21aff3268defdc9f
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
    ulong v1 = clamp((uint)(0422), (uint)49717UL, (uint)4066390715UL);
    ulong v2 = ((((udiv_uint(((0654u) && (v1)), lid)) ? (sneg_int(clamp((short)(in[(umod_ulong(gid, v1)) & 63]), (short)6877L, (short)8907L))) : (gid))) | (sshl_int(((int)(((gid) ? (v1) : (v1)))), (((min((ulong)(28990), (ulong)(060))) >> ((((077777u) ? (0177U) : (lid))) & 63))) & 31)));
    uint v3 = (~(0x3BDUL));
    ulong v4 = lid;
    uchar a5[8] = {((0xFFFFFFFFFFFFFFFEU) & (in[(((uchar)(365l))) & 63])), ((((v1) > (0xce100934L))) ? ((-(07525635424UL))) : ((~(lid)))), ((char)(lid)), ((((v4) - (v2))) ? ((~(v3))) : (((v4) == (gid)))), ((char)(v4)), ((sadd_long(gid, 0xdl)) != (((ulong)(v1)))), ((v2) >> ((((63658u) | (gid))) & 63)), ((((v2) ? (gid) : (v2))) ? (((int)(lid))) : (((v1) && (0x89B0637B23BE7E5AL))))};
    uchar v6 = ((255ul) && (v3));
    a5[(319ul) & 7] = sshl_int(((uchar)(min((uint)(in[(v2) & 63]), (uint)(a5[(((v4) || (lid))) & 7])))), (v6) & 31);
    v2 = ((long)(0405ul));
    v2 = clz((short)(clamp((long)(v2), (long)354L, (long)422665806L)));
    v3 ^= (uint)(abs((char)(((((v4) ? (lid) : (v2))) * (((ushort)(0x79c0u)))))));
    v3 = (uint)exchange(tile, lid, (uint)((((!(max((short)(in[(((v3) == (a5[((~(031560123035))) & 7]))) & 63]), (short)(v2))))) ^ (v4))), 2u);
    uint w7 = 0u;
    while (w7 < 2u) {
        w7++;
        v6++;
    }
    uint w8 = 0u;
    while (w8 < 1u) {
        w8++;
        v4 = ((((in[(gid) & 63]) ? (((((v3) >= (v6))) | (((10UL) >> ((v1) & 63))))) : ((~(((int)(v4))))))) ? (((((((in[(in[(((v3) <= (v6))) & 63]) & 63]) | (lid))) ? (max((int)(lid), (int)(lid))) : (((int)(v1))))) != (v2))) : ((!(((mul_hi((uint)(v6), (uint)(a5[(((v4) ? (0x99B66F02C165B369UL) : (gid))) & 7]))) < (lid))))));
        if (((int)(max((long)(240L), (long)(sneg_int(a5[((!(a5[((~(v2))) & 7]))) & 7])))))) {
            switch ((sshl_int(((short)(((982u) ? (v1) : (v3)))), (((rotate((ushort)(610l), (ushort)(a5[(65534L) & 7]))) ? (((gid) <= (10L))) : (((ushort)(lid))))) & 31)) & 7) {
            case 1: {
                uchar v9 = (((~(smul_int(a5[(((in[(udiv_ulong(v2, in[(((a5[((~(012L))) & 7]) && (v6))) & 63])) & 63]) - (lid))) & 7], ((36647l) != (13759718266777951247U)))))) | (((((((lid) ? (0x94D01F64l) : (v2))) == (clamp((short)(lid), (short)(-28687L), (short)9L)))) ? ((~(max((short)(v1), (short)(v4))))) : (((int)(((short)(0505376114402145053227UL))))))));
                break;
            }
            case 5: {
                long v10 = v6;
            }
            case 7: {
                if (lid) {
                    v4 = mul_hi((uchar)(((gid) | ((((!(v6))) > (((a5[(((long)(455))) & 7]) || (lid))))))), (uchar)(abs((int)(v6))));
                }
                v6 = ((((((0200000UL) * (v6))) >= (((a5[(((v1) ? (0x61f566ad626aab90) : (v2))) & 7]) == (((int)(lid))))))) == ((((~(((a5[(((0x8676784e) * (in[(gid) & 63]))) & 7]) ? (v4) : (07u))))) || (((((v1) | (0xccced947))) < (umod_ulong(v2, v4)))))));
            }
            }
            for (int i11 = 0; i11 < (int)(in[(gid + 49u) & 63u] & 3u); i11++) {
                a5[(12u) & 7] = 06501557320;
                if (((((in[(((v1) != (v4))) & 63]) >> (((!(v4))) & 31))) + (lid))) {
                    switch ((v3) & 7) {
                    case 4: {
                        switch ((a5[(03) & 7]) & 7) {
                        case 4: {
                            uint w12 = 0u;
                            while (w12 < 2u) {
                                w12++;
                                v3 = in[(((a5[(((ulong)(0x116u) ^ (ulong)(13477769275461582263ul))) & 7]) & (v1))) & 63];
                                int v13 = ((v3) || ((((((!(i11))) != (i11))) < (in[(in[(((0x93UL) >= (v4))) & 63]) & 63]))));
                                if (((((ushort)(in[(((v1) + (gid))) & 63]))) && (i11))) break;
                            }
                            break;
                        }
                        }
                        a5[(((long)(((long)(in[(((01162) >= (v4))) & 63]))))) & 7] = abs((uint)(6440582008923222779ul));
                        break;
                    }
                    case 7: {
                        v4 &= (ulong)(sshl_int(v6, (max((ulong)(((long)(v4))), (ulong)(((v3) ? (0177U) : (lid))))) & 31));
                        break;
                    }
                    }
                }
                if ((-(((gid) >> ((14L) & 31))))) continue;
                for (int i14 = 0; i14 < 0; i14++) {
                    v6 = v2;
                    if (((i11) ? (popcount((uchar)(i11))) : (lid))) {
                    } else {
                    }
                }
            }
        } else {
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
    h = mix(h, (ulong)v6);
    out[gid] = h;
}
