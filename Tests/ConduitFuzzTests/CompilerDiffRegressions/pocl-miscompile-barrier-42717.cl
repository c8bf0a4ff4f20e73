// compiler-diff finding: reference-miscompile
// seed: 42717 mode: barrier
// expected-hash: 0xe5db5d98df39d27a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x3e54384a051629de
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xe5db5d98df39d27a
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xe5db5d98df39d27a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xe5db5d98df39d27a
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
uint helper1(short p0) {
    switch ((((((long)(((p0) | (0146403ul))))) >= (((((0x2590042u) ? (14UL) : (p0))) <= (mul_hi((int)(p0), (int)(p0))))))) & 7) {
    case 4: {
        p0 = p0;
        break;
    }
    case 5: {
        p0 = ((ssub_int(sneg_int(p0), (!(p0)))) ^ (p0));
        break;
    }
    default: {
        if (01U) {
            long v2 = (((!(((abs((short)(p0))) <= (((0xEu) >> ((p0) & 31))))))) | (((uchar)(p0))));
            if ((!(((ulong)(v2))))) {
                p0 >>= ((short)(((p0) <= (((clamp((short)(v2), (short)15L, (short)230L)) ? (p0) : ((!(0x5F93))))))) & 31);
            }
        }
    }
    }
    return sadd_int(p0, p0);
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
    ushort v3 = in[(((ushort)(in[(((in[(((gid) || (gid))) & 63]) ? (lid) : (gid))) & 63]))) & 63];
    uint v4 = ((0xD5892D83u) != (v3));
    char v5 = v3;
    ulong v6 = ((clamp((int)(clamp((long)((~(v4))), (long)(-1425769154796899371L), (long)13L)), (int)(-1885933378L), (int)1246079549L)) ? (helper1(((umod_uint(lid, v3)) >= (((v4) ? (v4) : (679593960)))))) : (((in[(((1265570181ul) || (011511065374ul))) & 63]) < ((((!(v5))) > (v3))))));
    int a7[4] = {min((uint)(abs((long)(129UL))), (uint)(umod_uint(v3, 017777777776u))), max((long)(((uint)(037777777776UL))), (long)(max((long)(in[(v6) & 63]), (long)(v3)))), (~(helper1(0173015l))), clamp((char)(helper1(gid)), (char)(-121L), (char)16L)};
    v4 = ((0x38dUL) ? (((uchar)(v3))) : (in[(((v5) || (lid))) & 63]));
    a7[(0130) & 3] = ((a7[((~(v4))) & 3]) < (v6));
    for (int i8 = 0; i8 < 1; i8++) {
        int v9 = ((((char)(max((ushort)(((a7[(((ulong)(0x97b7UL) ^ (ulong)(0x7FFFFFFFUL))) & 3]) ? (v3) : (gid))), (ushort)(((a7[(((ulong)(0xb8b4bbbb0623ac5cul))) & 3]) & (0xBC5A7D02u))))))) ? ((-(0272101015316626407264u))) : (v6));
        for (int r10 = 0; r10 < 2; r10++) {
            tile[lid] = (uint)v4 + (uint)r10;
            barrier(CLK_LOCAL_MEM_FENCE);
            v4 ^= (uint)(tile[(lid + 7u) % 16u] & 7u);
            barrier(CLK_LOCAL_MEM_FENCE);
        }
        v4 = ((1613429862) ? (helper1(((short)(helper1(gid))))) : (((((044702U) - (min((short)(v5), (short)(0414ul))))) ? (lid) : (((int)(((char)(in[(((a7[(((gid) ? (v4) : (v6))) & 3]) == (a7[((!(9223372036854775807))) & 3]))) & 63]))))))));
        for (int i11 = 0; i11 < 2; i11++) {
            v3 = ((smul_int(((((v5) ? (020306400537) : (v4))) ? (((v9) > (in[(clz((char)(a7[((!(0x41A149C4U))) & 3]))) & 63]))) : (((i8) ? (v9) : (a7[(((a7[(((uchar)(0x61A7ul))) & 3]) ? (v9) : (v4))) & 3])))), ((sneg_int(11)) >> ((clamp((long)(v9), (long)(-2439478888448842011L), (long)4237832362L)) & 31)))) && (in[(((v9) > (gid))) & 63]));
            v5 ^= (char)(((0xa) ? (((((0xA) || (0x9B544E32777678CBU))) ? ((-(v6))) : (((short)(i8))))) : (((1557142227892480688UL) >= (smod_long(a7[(03u) & 3], 25690l))))));
        }
    }
    v6 = in[(((long)(v6))) & 63];
    for (int i12 = 0; i12 < (int)(in[(gid + 60u) & 63u] & 3u); i12++) {
        v5 >>= ((char)(((ulong)(in[(udiv_uint(v5, in[(abs((uchar)(246ul))) & 63])) & 63]))) & 31);
        if (a7[(((711U) >= (0450643223271122347710ul))) & 3]) continue;
    }
    uint v13 = ((uint)(402U));
    v4 = (~(((((0x6l) ? (a7[(helper1(gid)) & 3]) : (((63040ul) ? (lid) : (37403U))))) | (popcount((short)(v4))))));
    for (int r14 = 0; r14 < 3; r14++) {
        tile[lid] = (uint)v6 + (uint)r14;
        barrier(CLK_LOCAL_MEM_FENCE);
        v6 ^= (ulong)(tile[(lid + 9u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v5 = helper1(((long)(in[(helper1(v4)) & 63])));
    for (int r15 = 0; r15 < 3; r15++) {
        tile[lid] = (uint)v4 + (uint)r15;
        barrier(CLK_LOCAL_MEM_FENCE);
        v4 ^= (uint)(tile[(lid + 1u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    short v16 = ((((min((int)(((in[(helper1(v6)) & 63]) ? (01242226363556066237544ul) : (in[(((a7[(((char)(0x2F))) & 3]) < (605u))) & 63]))), (int)((!(v13))))) != ((!(((gid) | (v4))))))) ? (helper1(((max((uint)(gid), (uint)(v13))) && (((v4) ? (v13) : (02163611340UL)))))) : (014ul));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a7[e]);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v16);
    out[gid] = h;
}
