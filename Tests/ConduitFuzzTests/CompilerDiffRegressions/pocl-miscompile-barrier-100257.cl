// compiler-diff finding: reference-miscompile
// seed: 100257 mode: barrier
// expected-hash: 0x26097845e7229fdc
// direct pthread-skylake-avx512-AMD EPYC: hash 0xe0787f4fced82168
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x26097845e7229fdc
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x26097845e7229fdc
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x26097845e7229fdc
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
uchar helper1(short p0) {
    int v2 = umod_ulong(0xe5ul, ((ssub_int(((7) < (077777ul)), p0)) >= (p0)));
    p0 = min((short)(((((sdiv_long(01611l, v2)) * (((02ul) & (v2))))) <= ((!(clamp((char)(63), (char)9L, (char)127L)))))), (short)(((ushort)((~(((uint)(0xB6B9EFA7C2E6E0F5))))))));
    switch ((v2) & 7) {
    case 0: {
        if ((~(((short)(p0))))) {
            p0 = ((max((ulong)(((p0) >> ((((0xbd73fc77u) == (v2))) & 31))), (ulong)(((max((uchar)(v2), (uchar)(v2))) ? (sneg_int(v2)) : (p0))))) == (((((uint)(((v2) - (0x80000000ul))))) && (p0))));
            for (int i3 = 0; i3 < 1; i3++) {
                p0 = v2;
                p0 = ((((((max((ulong)(p0), (ulong)(0xC9D2u))) || (clamp((int)(0x7FFFFFFFFFFFFFFFl), (int)(-166678357L), (int)(-1L))))) == (((i3) ? ((!(p0))) : (ssub_int(v2, v2)))))) ? (12306785099096968915u) : (v2));
            }
        } else {
            p0 = ((((776U) << ((((((p0) ? (0xa8c8UL) : (v2))) >> ((((uchar)(37719461))) & 63))) & 31))) >= (0xA20D));
        }
        v2 = clz((uchar)(abs((uchar)(rotate((ulong)(sneg_int(v2)), (ulong)(((p0) ? (v2) : (p0))))))));
    }
    case 2: {
        v2 = ((((ulong)(max((long)(v2), (long)(mul_hi((short)(v2), (short)(p0))))))) * (((uchar)(((v2) ? (((p0) < (v2))) : (((0UL) << ((p0) & 63))))))));
    }
    default: {
    }
    }
    return ((clamp((uint)(((uchar)(p0))), (uint)32766UL, (uint)2147483647UL)) <= (popcount((short)(((p0) != (040000000000))))));
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
    long v4 = ((ulong)((~(((lid) <= (rotate((ulong)(gid), (ulong)(0xBBCDCAE5u))))))));
    ushort v5 = helper1(047304u);
    ulong v6 = ((((uint)(clamp((uchar)(min((uint)(lid), (uint)(v4))), (uchar)1UL, (uchar)179UL)))) != (v4));
    ulong v7 = mul_hi((int)((~(helper1(3171105210652628654u)))), (int)(v6));
    if (sneg_int((~(abs((short)(gid)))))) {
        v5 = gid;
    } else {
        uint w8 = 0u;
        while (w8 < 3u) {
            w8++;
            v5 = ((((v4) > (helper1(((short)(lid)))))) && (v7));
        }
        ushort v9 = sadd_int(((((ulong)(in[(034162UL) & 63]))) > (((020000000000) < (((v6) <= (32768U)))))), helper1(in[((!(0x8L))) & 63]));
        v6 = min((int)(((0xCB) > (helper1(sshl_int(v9, (v9) & 31))))), (int)((((((!(0x937DCFCC03460991))) & ((!(01263555016343654112465u))))) ? (abs((int)((!(025555U))))) : (v7))));
    }
    uint v10 = 01214704674166215643441ul;
    char v11 = ((v7) < (((in[(udiv_uint(016U, lid)) & 63]) ? (clamp((short)(((in[((!(32766u))) & 63]) ? (v6) : (033703U))), (short)(-21798L), (short)0L)) : (((in[(sshl_int(0632, (0164217UL) & 31)) & 63]) ^ (in[(in[(sdiv_long(lid, 45010l)) & 63]) & 63]))))));
    for (int r12 = 0; r12 < 3; r12++) {
        tile[lid] = (uint)v5 + (uint)r12;
        barrier(CLK_LOCAL_MEM_FENCE);
        v5 ^= (ushort)(tile[(lid + 12u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int i13 = 0; i13 < (int)(in[(gid + 44u) & 63u] & 3u); i13++) {
        v7 = v11;
        v4 = ((int)(((int)(v11))));
        if ((-(abs((int)(v7))))) continue;
    }
    v4 = (long)exchange(tile, lid, (uint)(((((ushort)((~(in[((~(v4))) & 63]))))) ^ (helper1((-(v6)))))), 11u);
    v4 ^= (long)(((short)(((uchar)(helper1(011L))))));
    if (((((int)(((0x14ab88e238df5095l) == (v7))))) & (helper1(min((ushort)(v5), (ushort)(0377)))))) {
        v5 = ((gid) ? (((int)(745707930L))) : ((((-(min((ulong)(lid), (ulong)(gid))))) || (((((char)(v4))) && ((!(v5))))))));
    }
    char v14 = helper1(sshl_int(((lid) ? (01375) : (helper1(v10))), (umod_uint(((in[(((v5) ^ (v4))) & 63]) ? (in[(((uint)(gid))) & 63]) : (v11)), in[(((v4) ? (lid) : (in[(((254) ? (gid) : (in[(((long)(lid))) & 63]))) & 63]))) & 63])) & 31));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v14);
    out[gid] = h;
}
