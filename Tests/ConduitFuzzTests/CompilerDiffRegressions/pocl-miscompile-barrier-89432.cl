// compiler-diff finding: reference-miscompile
// seed: 89432 mode: barrier
// expected-hash: 0xf0d2d2e779256dbd
// direct pthread-skylake-avx512-AMD EPYC: hash 0xbe36a04e8ec0e048
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xf0d2d2e779256dbd
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xf0d2d2e779256dbd
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xf0d2d2e779256dbd
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
    long v1 = (!(lid));
    uchar v2 = ((581U) < (56388UL));
    int v3 = ((((in[(1883708766152758502U) & 63]) ? (((lid) < (((ushort)(gid))))) : (v2))) >= (((((ulong)(((v2) <= (v2))))) ? (((sdiv_long(in[(((5439293829706356964u) + (0x2u))) & 63], v1)) && (smul_long(01621U, 0204251716731164702352l)))) : ((((!(0xF5CB4F3012FB510EL))) | (min((ushort)(v1), (ushort)(v2))))))));
    v1 ^= (long)(lid);
    int v4 = ((ulong)(((short)(v1))));
    v2 ^= (uchar)(v2);
    v3 = ((((32766) & (v3))) >> ((sneg_long(49428L)) & 31));
    uint g6 = 0u;
    L5: {
        g6++;
        for (int i7 = 0; i7 < (int)(in[(gid + 15u) & 63u] & 3u); i7++) {
            v2 = 0x9D35554F4E5BEC59L;
            if (((char)(((v4) || (0xfeul))))) continue;
        }
        v4 = 07217253451UL;
    }
    if (g6 < 3u && (((clamp((long)(0x53U), (long)645L, (long)1029526091L)) >= (((uchar)(v3)))))) goto L5;
    v3 = (((((~(((gid) & (v3))))) ? (((min((short)(v1), (short)(gid))) & (((ulong)(v1))))) : (udiv_ulong(sneg_int(v2), ((ulong)(036042124101)))))) ? (v2) : (gid));
    int v8 = ((char)(((((ssub_long(01334u, v1)) || (((v2) ? (v3) : (v1))))) >> ((((((ushort)(v1))) >> ((((v2) ? (7897799814909133932u) : (0x8000000000000001U))) & 31))) & 31))));
    for (int r9 = 0; r9 < 2; r9++) {
        tile[lid] = (uint)v3 + (uint)r9;
        barrier(CLK_LOCAL_MEM_FENCE);
        v3 ^= (int)(tile[(lid + 6u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    tile[lid] = (uint)(((((ushort)(((ulong)(gid))))) <= ((((-(in[(sadd_int(v3, v3)) & 63]))) ? (((0x9776U) ? (0x3A9u) : (v3))) : (((in[(((in[(v2) & 63]) ? (867152090l) : (v2))) & 63]) & (gid)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (int)tile[(lid + 6u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v3 = ((in[(smul_int(v8, v4)) & 63]) > (017777777776l));
    switch (((~(0xa71d))) & 7) {
    case 0: {
        {
            if ((~(((v2) & (v3))))) goto L10;
            v1 = sdiv_int(((((uchar)(in[((!(0x3Cl))) & 63]))) == ((!(rotate((short)(0x3DDU), (short)(v8)))))), ((char)(abs((ulong)(((v3) ^ (0x2c1l)))))));
            char v11 = ((uchar)((-((~(((uint)(v3))))))));
        }
        L10: ;
        for (int i12 = 0; i12 < (int)(in[(gid + 39u) & 63u] & 3u); i12++) {
            uint v13 = (((!(((v4) > (((in[(((short)(lid))) & 63]) != (v1))))))) ? (lid) : (smul_long(((long)(i12)), min((long)(abs((uchar)(0xFFu))), (long)(min((short)(3509392921ul), (short)(v4)))))));
            v3 = ((((v2) == (((v8) || (((gid) < (0102777l))))))) > (((mul_hi((int)(17843), (int)((~(v3))))) ? (((sadd_int(v3, i12)) <= (((v2) <= (gid))))) : (smul_long(smod_long(18, 0200L), ((i12) ? (i12) : (in[(((lid) >= (i12))) & 63])))))));
        }
    }
    case 4: {
        v1 = clz((uchar)(max((char)(popcount((uint)(((short)(v3))))), (char)((~((~(v4))))))));
    }
    case 5: {
        v3 = ((((((long)((~(9223372036854775806L))))) < (((uchar)(((309L) == (v3))))))) <= (((char)(((ushort)((!(v8))))))));
        break;
    }
    default: {
        uchar v14 = 0660l;
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v8);
    out[gid] = h;
}
