// compiler-diff finding: reference-miscompile
// seed: 85782 mode: barrier
// expected-hash: 0x68d590a0ad3b8a9b
// direct pthread-skylake-avx512-AMD EPYC: hash 0x25c6944a9dd9ec4e
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x68d590a0ad3b8a9b
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x68d590a0ad3b8a9b
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x68d590a0ad3b8a9b
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
uint helper1(char p0, ushort p1, uint p2) {
    char v2 = ((((sshl_int(((p1) || (p1)), (((ulong)(p1))) & 31)) || (((int)(((p1) > (p1))))))) >= (((((ushort)(p2))) - (0x1u))));
    v2 >>= ((char)(smod_int(((v2) == (((616L) ? (0x6748U) : (v2)))), p1)) & 31);
    p0 = p1;
    p0++;
    return ((sshl_int(v2, (p1) & 31)) ? (((((p0) > (p2))) < (((p2) ^ (v2))))) : (min((long)((!(0x131Cul))), (long)(((p0) ? (p2) : (p2))))));
}
char helper3(int p0) {
    p0 = ((p0) ? (helper1(clz((uint)(((uint)(p0)))), ((uchar)((~(0x9L)))), ((uint)(p0)))) : (p0));
    uint w4 = 0u;
    do {
        w4++;
        p0 = ((((((uint)(sshl_int(p0, (p0) & 31)))) << ((0x7FFFFFFFFFFFFFFFu) & 31))) || (((158ul) ? (min((uchar)(clz((short)(p0))), (uchar)(((ushort)(p0))))) : (popcount((uint)(p0))))));
        if ((!(((01345735263460672542576) ? (0176UL) : (p0))))) break;
    } while (w4 < 2u);
    p0 = 0xb2656e88;
    p0 = p0;
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
    char v5 = ((helper3(((((gid) < (0xCu))) ? (lid) : (01324l)))) ? (rotate((uint)(((in[(((lid) & (gid))) & 63]) ? (lid) : (in[(popcount((ulong)(0x87502018L))) & 63]))), (uint)(((abs((char)(gid))) ? ((!(lid))) : (0x387CE2F9904E82EBl))))) : (lid));
    ulong v6 = ((uint)(((gid) ? (popcount((short)(((gid) ? (134l) : (gid))))) : (((((gid) ^ (lid))) ? (((in[(abs((short)(0xeb712ea5))) & 63]) & (v5))) : (v5))))));
    v5--;
    --v6;
    v6 &= (ulong)(abs((uchar)(4294967296)));
    for (int i7 = 0; i7 < (int)(in[(gid + 43u) & 63u] & 3u); i7++) {
        v5 = 060151;
    }
    long v8 = ((((long)(((((in[(((uint)(lid))) & 63]) - (gid))) ? (((v5) ? (lid) : (v6))) : (((int)(gid))))))) * (((lid) + (0x7FFFFFFFFFFFFFFEU))));
    for (int i9 = 0; i9 < (int)(in[(gid + 11u) & 63u] & 3u); i9++) {
        v6 = 399;
        if ((!(v6))) break;
    }
    tile[lid] = (uint)(lid);
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (ulong)tile[(lid + 10u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (ulong)(((((((v5) ? (gid) : (lid))) ? (2058414451l) : (in[(((709) == (v6))) & 63]))) ? (023342314315L) : (((helper3(in[(((gid) != (gid))) & 63])) ? (v5) : (helper3(gid))))));
    v5 &= (char)(017407326305ul);
    v8 >>= ((long)(((((((v6) == (16ul))) ? (((in[(in[(((v8) && (gid))) & 63]) & 63]) < (in[(sneg_long(0x5b69dd73L)) & 63]))) : (v5))) >= (max((ushort)(((gid) > (v6))), (ushort)(max((ushort)(in[(in[(helper1(gid, lid, v6)) & 63]) & 63]), (ushort)(in[(umod_ulong(01573467526626772111453, v8)) & 63]))))))) & 63);
    uint a10[8] = {((v5) != ((~(3)))), 0130ul, ((((in[(abs((uchar)(v8))) & 63]) ? (gid) : (0x6ul))) + (((v5) || (01205223746120342633123L)))), (!(smod_long(v8, in[(((lid) ? (in[(((v5) >= (v6))) & 63]) : (v8))) & 63]))), ((clamp((ushort)(v6), (ushort)7UL, (ushort)8UL)) && (013457202341U)), ((uint)(((gid) | (in[(v6) & 63])))), popcount((uint)(((in[(((v8) ? (v5) : (v5))) & 63]) || (0x3BAL)))), v8};
    v6 <<= ((ulong)(abs((ushort)(((((gid) ? (v5) : (in[(((7693240817511392067U) * (lid))) & 63]))) ? (((a10[(v6) & 7]) ? (a10[(v5) & 7]) : (gid))) : (((uchar)(v6))))))) & 63);
    for (int r11 = 0; r11 < 1; r11++) {
        tile[lid] = (uint)v6 + (uint)r11;
        barrier(CLK_LOCAL_MEM_FENCE);
        v6 ^= (ulong)(tile[(lid + 7u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v8 = (long)exchange(tile, lid, (uint)(sadd_long(((((v6) > (gid))) ^ (v8)), ((in[(03431605222L) & 63]) > (v8)))), 4u);
    for (int r12 = 0; r12 < 2; r12++) {
        tile[lid] = (uint)v8 + (uint)r12;
        barrier(CLK_LOCAL_MEM_FENCE);
        v8 ^= (long)(tile[(lid + 4u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    short v13 = max((int)(v8), (int)(a10[(min((long)(0x3145U), (long)(in[(helper3(v6)) & 63]))) & 7]));
    for (int r14 = 0; r14 < 2; r14++) {
        tile[lid] = (uint)v13 + (uint)r14;
        barrier(CLK_LOCAL_MEM_FENCE);
        v13 ^= (short)(tile[(lid + 3u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
