// compiler-diff finding: mismatch, analysed: PoCL miscompiles abs((long)LONG_MIN) in both builds (docs/pocl-miscompiles.md)
// seed: 80052 mode: barrier
// expected-hash: 0x52ddaaf325c773a4
// direct pthread-skylake-avx512-AMD EPYC: hash 0x64b7a0c12d66c50f
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x52ddaaf325c773a4
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x52ddaaf325c773a4
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x8c9f8d55780cc783
// Conduit compiler-diff, mode barrier
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
    ulong v1 = (-(lid));
    int v2 = (~((~(gid))));
    ushort v3 = popcount((int)(gid));
    uint w4 = 0u;
    while (w4 < 2u) {
        w4++;
        v2 = abs((uint)(lid));
    }
    uint v5 = ((((((umod_ulong(v1, gid)) ? (gid) : (((0x8461EE5C766BA6D4) || (in[(((short)(gid))) & 63]))))) && (v3))) < (sneg_int(((05356757167) >= (((in[((~(0x8f80U))) & 63]) ? (v1) : (v3)))))));
    if (((v5) || (v3))) {
        v1 = ((lid) < (((smul_int(((int)(lid)), v2)) ? (054760ul) : (in[((!(v5))) & 63]))));
        v1 = ((ulong)(udiv_ulong(((mul_hi((ulong)(v3), (ulong)(06))) << ((v2) & 63)), ((((v3) == (in[(((ulong)(2147483648ul))) & 63]))) <= (((ushort)(v3)))))));
        v5 = 2147483648;
    }
    tile[lid] = (uint)(((((((lid) & (v2))) ? (((v1) ? (in[(((uint)(v5))) & 63]) : (gid))) : (((v2) & (gid))))) >= (((rotate((uint)(066423U), (uint)(lid))) ? (((0377u) >= (891ul))) : (v1)))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v2 ^= (int)tile[(lid + 1u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v1 = ((((clamp((uchar)((-(v5))), (uchar)0UL, (uchar)57UL)) <= ((((-(lid))) << ((((v2) && (in[(gid) & 63]))) & 31))))) == (((((((v5) <= (lid))) != (v3))) ? (in[(((v3) & (v1))) & 63]) : ((~(((lid) ? (v2) : (v2))))))));
    v2 ^= (int)(((((370) | (((v3) ? (gid) : (0xBCD6U))))) * (v2)));
    long v6 = rotate((uint)(((((((v2) | (gid))) || (v1))) ? (((v5) >= (0u))) : (((sneg_int(v2)) ? (((v3) <= (0177776))) : (((v2) < (lid))))))), (uint)((!((~(((gid) < (v1))))))));
    { uint *p = &v5; *p = (*p ^ (uint)(v6)) * 3u + 1u; }
    for (int r7 = 0; r7 < 3; r7++) {
        tile[lid] = (uint)v6 + (uint)r7;
        barrier(CLK_LOCAL_MEM_FENCE);
        v6 ^= (long)(tile[(lid + 5u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    uchar a8[8] = {((((ulong)(v1))) != (((v1) ? (v5) : (gid)))), (((~(256ul))) >= ((~(in[(((gid) >= (gid))) & 63])))), ((((024634633302) ? (0x1) : (02U))) * (min((char)(lid), (char)(v5)))), ((v2) | (abs((long)(01000000000000000000000)))), smod_int(((03) >> ((0206) & 31)), v3), (~((!(v1)))), ((clamp((char)(v2), (char)(-4L), (char)116L)) ? (v5) : (((in[(((v5) ? (v2) : (06122U))) & 63]) * (0xDB37F056ul)))), v2};
    a8[((-(0377u))) & 7] = in[(popcount((int)(v5))) & 63];
    v6 = abs((int)(0x7FFFFFFFl));
    v6 = lid;
    for (int i9 = 0; i9 < 4; i9++) {
        v2 = v1;
        v2 = 4294967296ul;
    }
    for (int i10 = 0; i10 < 4; i10++) {
        switch (((!(clz((uint)(((040000000000l) == (0762434140515367744541u))))))) & 7) {
        case 0: {
            uint w11 = 0u;
            do {
                w11++;
                v5 = ((((((uint)(((ulong)(v5))))) != (v3))) >> ((a8[(((v2) ^ (v3))) & 7]) & 31));
                for (int i12 = 0; i12 < 0; i12++) {
                    v3 = ((((ushort)((((!(v5))) > (((3385936012L) ? (a8[((~(0x3b8ul))) & 7]) : (lid))))))) ? (sshl_int(smod_int(sshl_int(a8[(smul_long(0103676L, a8[(((char)(10369UL))) & 7])) & 7], (i12) & 31), ((uchar)(0xFFFFFFFEul))), (((uint)(sneg_int(v2)))) & 31)) : ((~(((lid) ? (mul_hi((uchar)(2UL), (uchar)(v1))) : (i10))))));
                    v3 = ((a8[(((char)(2147483648ul))) & 7]) <= (((((short)((~(0101252UL))))) < (mul_hi((ushort)(((uint)(0))), (ushort)(((v6) == (a8[((-(ulong)(0x13L))) & 7]))))))));
                }
            } while (w11 < 4u);
            v1 = ((((clamp((ulong)(((lid) || (0200u))), (ulong)4611686018427387903UL, (ulong)7019583270998409680UL)) | (clamp((char)(((0xF3EBl) ? (v2) : (v1))), (char)5L, (char)21L)))) & (((((((uint)(v6))) - (((uint)(lid))))) ^ (((((0x7fUL) << ((0xadfd66900ff2d77d) & 63))) <= (((gid) << ((gid) & 31))))))));
        }
        case 1: {
            switch ((((v3) <= (((ulong)(lid))))) & 7) {
            case 0: {
                if (((((((a8[(0135UL) & 7]) && (0243055661052135460721u))) > (a8[(0x374ul) & 7]))) + (gid))) {
                }
                break;
            }
            case 6: {
                break;
            }
            case 7: {
                break;
            }
            }
            break;
        }
        case 3: {
            break;
        }
        case 5: {
            break;
        }
        }
        if (((((i10) + (3u))) ? (v1) : (((v5) ? (a8[(0x10000U) & 7]) : (a8[(((ulong)(01u) * (ulong)(0xb19be58b51b3bfe2UL))) & 7]))))) continue;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a8[e]);
    out[gid] = h;
}
