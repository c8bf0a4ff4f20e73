// compiler-diff finding: reference-miscompile
// seed: 114017 mode: barrier
// expected-hash: 0x686a33bafc6c559d
// direct pthread-skylake-avx512-AMD EPYC: hash 0xc655a2d54f36d26e
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x686a33bafc6c559d
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x686a33bafc6c559d
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x686a33bafc6c559d
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
    short v1 = 0x7ffeu;
    char v2 = 4294967296L;
    ushort v3 = ((((lid) ? (9223372036854775807l) : (((((9223372036854775809u) ? (127) : (127l))) ? (((int)(in[(((2473713115L) ? (v1) : (v1))) & 63]))) : (((v1) ? (gid) : (v2))))))) ? (((ulong)((((~(gid))) ^ (((lid) * (v1))))))) : ((~((((!(lid))) ? (lid) : (((v2) ? (0x7Bl) : (01331ul))))))));
    short v4 = ((v1) ? (abs((long)(((((uint)(v3))) + (((0x8189097B12806A6Bl) || (v1))))))) : ((((((!(4294967295l))) || ((!(v2))))) ? (v1) : (((lid) != (((gid) - (0xbu))))))));
    v1 = ((((gid) <= (((abs((ushort)(in[(((v1) || (in[(((446UL) > (v4))) & 63]))) & 63]))) ? (((v1) && (v4))) : (abs((ulong)(in[(((077777UL) ? (01617773066074144625777ul) : (v3))) & 63]))))))) || (((sneg_int(v2)) || (((abs((ushort)(v4))) ? (((v3) ? (15l) : (in[(((v1) ? (lid) : (lid))) & 63]))) : (((int)(in[(((012u) >> ((v3) & 31))) & 63]))))))));
    char v5 = ((long)(((in[(max((uchar)(38400u), (uchar)(3917551178909931929ul))) & 63]) ? (gid) : (((short)(0x5167u))))));
    tile[lid] = (uint)(umod_ulong(mul_hi((ulong)(v1), (ulong)(017L)), abs((uint)(mul_hi((int)(gid), (int)(v3))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v2 ^= (char)tile[(lid + 3u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v5 = mul_hi((int)(4l), (int)((~(((ssub_int(v3, v3)) ? (((v5) & (v5))) : ((~(in[(((v4) & (v1))) & 63]))))))));
    uint v6 = (((-(056743UL))) * (((min((char)(in[((!(0xbb50c46da29fcb2dL))) & 63]), (char)(((0x2L) | (lid))))) >> ((v2) & 31))));
    if ((~((!(min((short)(0x22Eul), (short)(v4))))))) {
        if (((long)(popcount((uchar)(((in[((~(v1))) & 63]) <= (v1))))))) {
            v2 = (~(((char)(mul_hi((uint)(rotate((uint)(0464651722214721477353ul), (uint)(v6))), (uint)(smul_int(v3, v5)))))));
            v2 = lid;
            ulong v7 = 0xFDDD8E3FBC154560u;
        }
    } else {
        v3 = umod_uint(((char)(((ushort)(((uint)(v4)))))), udiv_uint(((((v1) ? (9223372036854775807l) : (v3))) && (v1)), 0xC39Eu));
    }
    { uint *p = &v6; *p = (*p ^ (uint)(v2)) * 3u + 1u; }
    tile[lid] = (uint)(((uint)((-(((017305523673ul) << ((128u) & 63)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (uint)tile[(lid + 15u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong a8[4] = {((((v4) ? (gid) : (v4))) * (((int)(in[(((uchar)(v2))) & 63])))), ((umod_ulong(32767ul, in[(umod_uint(gid, v2)) & 63])) ^ (((gid) > (v3)))), max((ulong)(v4), (ulong)(((lid) * (v1)))), 0xe193};
    v2 = (!(min((ushort)(v4), (ushort)(((uint)(((uchar)(v5))))))));
    uint g10 = 0u;
    L9: {
        g10++;
        a8[(((smul_int(v2, v5)) ? (((a8[((-(44422u))) & 3]) << ((65534ul) & 63))) : (((gid) ? (v6) : (a8[((-(0xffffffffffffffff))) & 3]))))) & 3] = 010536634404L;
    }
    if (g10 < 2u && ((!(0x41b4a70e427a72e1UL)))) goto L9;
    a8[(((uint)(((0113334516) >> ((0xFUL) & 31))) << ((01742540667200576234564L) & 31))) & 3] = (~(((char)(clamp((short)(lid), (short)(-14675L), (short)854L)))));
    ushort v11 = v5;
    for (int r12 = 0; r12 < 1; r12++) {
        tile[lid] = (uint)v1 + (uint)r12;
        barrier(CLK_LOCAL_MEM_FENCE);
        v1 ^= (short)(tile[(lid + 12u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int r13 = 0; r13 < 3; r13++) {
        tile[lid] = (uint)v4 + (uint)r13;
        barrier(CLK_LOCAL_MEM_FENCE);
        v4 ^= (short)(tile[(lid + 6u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    { uint *p = &v6; *p = (*p ^ (uint)(((in[(1058282586) & 63]) ? (571) : (((ulong)(in[(udiv_uint(lid, v1)) & 63])))))) * 3u + 1u; }
    if (((long)(v3))) {
        v11 = ((udiv_ulong(((((v11) > (v3))) ^ (01000000000000000000000l)), ((uint)(0xCC40U)))) && (((((long)(v2))) ^ (v1))));
        v4 = ((abs((ulong)(((((v4) ? (gid) : (lid))) ? (v3) : (((v5) || (v1))))))) >= (sneg_int(((((v1) ? (606UL) : (in[(((long)(in[(clamp((uint)(a8[(((char)(017UL))) & 3]), (uint)52439UL, (uint)3278497356UL)) & 63]))) & 63]))) != ((!(a8[((~(024571504033l))) & 3])))))));
        a8[(19918UL) & 3] = ((((ulong)(sshl_int(v3, (gid) & 31)))) && (a8[(((326) <= (0563UL))) & 3]));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)v11);
    out[gid] = h;
}
