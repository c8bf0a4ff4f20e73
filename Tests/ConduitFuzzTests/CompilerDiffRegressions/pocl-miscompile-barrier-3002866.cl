// compiler-diff finding: reference-miscompile
// seed: 3002866 mode: barrier
// expected-hash: 0x42bd0f28e7a56c33
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xb06064dda548d9cf
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x42bd0f28e7a56c33
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x42bd0f28e7a56c33
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x42bd0f28e7a56c33
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
    uint v1 = gid;
    int v2 = ((v1) * (v1));
    uchar a3[4] = {((((v2) * (lid))) ? (((char)(lid))) : (v1)), ((char)(((0x25L) | (v1)))), (~(179)), ((((025121155466ul) | (v2))) - (v1))};
    switch ((((abs((long)(0x8000000000000000))) + (in[(((ulong)(in[(((lid) | (a3[(((0x80000000UL) << ((0x61052DB6u) & 63))) & 3]))) & 63]))) & 63]))) & 7) {
    case 1: {
        v1 = (~(lid));
    }
    case 5: {
        v2 = lid;
        v1 = ((smul_int(((((v1) ? (0xeu) : (022631615345UL))) && (16278426178047668466UL)), clamp((char)(max((long)(v1), (long)(in[(udiv_ulong(in[(((v2) >= (v1))) & 63], 0x7FFFFFFFFFFFFFFFU)) & 63]))), (char)(-3L), (char)0L))) < (((012025050271L) >> ((smul_int(v2, ((in[(((v2) > (a3[(01106UL) & 3]))) & 63]) < (a3[(((0x3L) & (a3[((!(0540))) & 3]))) & 3])))) & 63))));
    }
    }
    v1 = ((((((ulong)(v1))) || (((ulong)(abs((long)(lid))))))) - (((popcount((char)(((v2) ? (gid) : (v1))))) & (min((ulong)(smul_int(v2, v2)), (ulong)(v2))))));
    v1++;
    tile[lid] = (uint)(rotate((uint)((((~(v1))) < (((ushort)(a3[(((gid) ? (lid) : (v2))) & 3]))))), (uint)((-(((a3[(127L) & 3]) ? (10ul) : (gid)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v1 ^= (uint)tile[(lid + 3u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v2 = (!(((((((a3[(((uchar)(06ul))) & 3]) ^ (v2))) != (0x8f43))) & (min((ushort)(gid), (ushort)(smod_long(0xFFFFFFFFL, v2)))))));
    ulong v4 = ((min((ushort)(((((0x9d4d3ee23853d15eul) >> ((in[(((uint)(gid))) & 63]) & 63))) ? (((ulong)(lid))) : (2327742700ul))), (ushort)(min((char)(((gid) ? (gid) : (930751498L))), (char)(((in[(((long)(gid))) & 63]) ? (020361612621ul) : (v1))))))) >> ((sneg_int(((in[(abs((int)(4217166547L))) & 63]) ? (a3[((~(01543u))) & 3]) : (((a3[(smod_long(0x6Al, v2)) & 3]) >> ((in[(v2) & 63]) & 31)))))) & 31));
    v2 = (((!(057313U))) ? ((-(((((ulong)(a3[(udiv_ulong(0xD51D1D1F26B27B0A, gid)) & 3]))) ^ (v4))))) : (((ssub_long(abs((char)(v4)), ((lid) ? (a3[((-(v1))) & 3]) : (320l)))) & (max((int)(((0x5D17A4E6UL) >= (0xb46ca038a90ae4del))), (int)(v1))))));
    v2 = (int)exchange(tile, lid, (uint)(((((ushort)(max((char)(v1), (char)(lid))))) == (in[(((int)(in[(v1) & 63]))) & 63]))), 4u);
    short v5 = v2;
    if (((v4) * (rotate((int)(((031267) < (0x389u))), (int)(mul_hi((int)(v1), (int)(33460))))))) {
        for (int i6 = 0; i6 < 1; i6++) {
            v5 = v4;
            v2 = ((315u) ? (((clz((char)(0102262121237131160040))) == (i6))) : (((short)(((lid) << ((((v1) - (gid))) & 31))))));
            if (((((a3[(((0x5u) != (0x94C408E5))) & 3]) >> ((v5) & 31))) && (i6))) continue;
        }
    }
    { uint *p = &v1; *p = (*p ^ (uint)(in[(((v5) ? (v5) : (a3[(v2) & 3]))) & 63])) * 3u + 1u; }
    v2 = ((sshl_int(clz((ushort)(((255071391ul) < (108l)))), (((((v2) ? (lid) : (in[(clamp((long)(a3[(umod_ulong(v4, gid)) & 3]), (long)15L, (long)2233872824L)) & 63]))) * ((~(v5))))) & 31)) ^ (((lid) ? (popcount((int)(((ulong)(a3[(((a3[(min((ushort)(gid), (ushort)(lid))) & 3]) ? (v1) : (v1))) & 3]))))) : (sneg_int(((char)(v1)))))));
    for (int r7 = 0; r7 < 1; r7++) {
        tile[lid] = (uint)v2 + (uint)r7;
        barrier(CLK_LOCAL_MEM_FENCE);
        v2 ^= (int)(tile[(lid + 8u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int i8 = 0; i8 < 3; i8++) {
        tile[lid] = (uint)(((clamp((long)(((v5) ? (017777777776l) : (i8))), (long)35733L, (long)3542115456L)) ? (v2) : (((((i8) < (gid))) > (gid)))));
        barrier(CLK_LOCAL_MEM_FENCE);
        v5 ^= (short)tile[(lid + 2u) % 16u];
        barrier(CLK_LOCAL_MEM_FENCE);
        uint w9 = 0u;
        while (w9 < 3u) {
            w9++;
            v2 = ((((((ulong)(((v1) <= (2830257441u))))) || (umod_uint((~(0xF1FAA9C9)), ((i8) <= (gid)))))) ? (1690860545ul) : (((clamp((long)(((uchar)(v4))), (long)224L, (long)32769L)) > ((((-(v4))) != (max((int)(15L), (int)(0xb6d6dd32dfc88d30))))))));
            for (int i10 = 0; i10 < 2; i10++) {
                v2 = abs((uint)((((((-(v4))) && (((v5) ? (gid) : (v4))))) * (v1))));
                v5++;
                if (((udiv_uint(in[(((ulong)(in[(((v5) | (v2))) & 63]))) & 63], v2)) ? (((v5) ? (0x5D30U) : (v5))) : (((uchar)(3U))))) continue;
                v5 = ((umod_uint(clamp((uint)(((v2) == (v1))), (uint)11UL, (uint)1648277211UL), rotate((int)(((gid) ? (lid) : (v2))), (int)((!(in[(((i10) > (lid))) & 63])))))) - (ssub_int(((((0x80000000U) & (v5))) ? (sneg_int(a3[(0x2ddU) & 3])) : ((~(0x34B)))), ((2147483646) >> ((abs((long)(054064ul))) & 31)))));
            }
        }
        for (int i11 = 0; i11 < 2; i11++) {
            v1 = sneg_int(((int)(((abs((long)(v5))) ? (((long)(v2))) : (((a3[((-(9762u))) & 3]) < (i8)))))));
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a3[e]);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    out[gid] = h;
}
