// compiler-diff finding: reference-miscompile
// seed: 3001742 mode: barrier
// expected-hash: 0x3331c8163b33affa
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xbb9327409d5eaed8
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x3331c8163b33affa
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x3331c8163b33affa
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x3331c8163b33affa
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
ulong helper1(ulong p0) {
    char v2 = ((long)((-(p0))));
    char v3 = 1409278714u;
    if (((ulong)(((01777777777777777777776U) | (((v3) < (v3))))))) {
        v2 = v2;
        p0 = v3;
        if (((uint)(min((short)(sadd_int(v3, v2)), (short)(((ulong)(128u))))))) {
            if (v3) {
                v3 = p0;
                int v4 = ((short)(v3));
            }
        } else {
            int v5 = ((v2) & (p0));
        }
    } else {
        v2 = ((p0) <= (p0));
        if (((((long)(((v3) ^ (v3))))) >= (((max((long)(p0), (long)(934))) ^ (((0115242) | (010ul))))))) {
        } else {
        }
    }
    return 33415ul;
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
    uchar v6 = mul_hi((uint)(clamp((ulong)(min((long)(((gid) <= (lid))), (long)(clamp((ushort)(011731453470L), (ushort)7UL, (ushort)22097UL)))), (ulong)548591448UL, (ulong)2818893379343810146UL)), (uint)(0xcb9559e2bec224a3l));
    uchar v7 = ((((((1527148989) == (min((short)(v6), (short)(lid))))) ? (in[((~(in[(lid) & 63]))) & 63]) : (((udiv_uint(gid, gid)) - ((-(6109946119443653521U))))))) != (clamp((short)(01160), (short)(-2420L), (short)(-1884L))));
    uchar v8 = ((long)(((popcount((ushort)(min((ulong)(lid), (ulong)(9223372036854775807u))))) & (((((in[(((short)(in[(((42096u) + (v6))) & 63]))) & 63]) == (v6))) ? (((0xc2d0b74204acacb5U) != (in[(((v6) | (gid))) & 63]))) : (((int)(gid))))))));
    short v9 = ((((short)(((clamp((char)(in[(smul_long(0x55E210E2l, 0x42u)) & 63]), (char)(-103L), (char)(-32L))) ? (helper1(0xA5613287L)) : (umod_ulong(0x7FFFFFFFUL, in[(helper1(in[(0x64065558AE71E0BFul) & 63])) & 63])))))) ^ (((clamp((short)(((0xFFFFFFFFFFFFFFFF) - (in[(in[(((uint)(01422020410607717542353L))) & 63]) & 63]))), (short)(-32767L), (short)5L)) | (v6))));
    ulong v10 = 46654ul;
    long a11[4] = {((((01315U) + (gid))) < (0xfbd51d21a28e6e99)), (~(((v9) ? (017777777776u) : (lid)))), helper1(((ulong)(v6))), v10};
    for (int i12 = 0; i12 < 4; i12++) {
        v7 = 01020;
        char v13 = ((helper1(abs((char)((!(gid)))))) ? (v10) : (min((uchar)(12ul), (uchar)(v9))));
    }
    v8 = ((char)(05L));
    if (((uchar)(v7))) {
        v9 = helper1(abs((uchar)(((uchar)(sadd_long(a11[(helper1(in[(((in[(max((uchar)(0x718f3979f37eb59eul), (uchar)(a11[((!(v10))) & 3]))) & 63]) << ((in[((~(lid))) & 63]) & 31))) & 63])) & 3], v6))))));
        if ((!(((0x39FEL) < (((a11[(((ulong)(v10))) & 3]) ? (v8) : (676u))))))) {
            v8++;
            a11[((~(((0177777L) == (06L))))) & 3] = v9;
            v9 >>= ((short)((!(gid))) & 31);
        }
        v10 = ((ushort)(clamp((char)(a11[(0776) & 3]), (char)(-1L), (char)13L)));
    }
    tile[lid] = (uint)(min((long)(((((v6) ? (in[(((int)(v9))) & 63]) : (lid))) * (helper1(in[((-(0xFFFFFFFEUL))) & 63])))), (long)(helper1((!(in[(255u) & 63]))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v10 ^= (ulong)tile[(lid + 7u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int r14 = 0; r14 < 1; r14++) {
        tile[lid] = (uint)v9 + (uint)r14;
        barrier(CLK_LOCAL_MEM_FENCE);
        v9 ^= (short)(tile[(lid + 3u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    switch ((((mul_hi((uint)(in[((~(a11[(0xf81cdb04u) & 3]))) & 63]), (uint)(48205u))) << ((max((uint)((~(v6))), (uint)(v9))) & 31))) & 7) {
    case 4: {
        v10 = 6ul;
        v9 = min((int)(((((gid) && (in[(((ulong)(v8))) & 63]))) > (abs((ulong)(max((int)(lid), (int)(0200l))))))), (int)(((((short)(1224722127340902838))) | (in[(((lid) ? (63523) : (v7))) & 63]))));
    }
    default: {
        char v15 = ((sneg_int(((((v9) > (in[(((ulong)(0x2l))) & 63]))) & (((lid) || (a11[(mul_hi((uint)(a11[(((lid) ? (a11[(((ushort)(0x26Bul))) & 3]) : (gid))) & 3]), (uint)(678L))) & 3])))))) ? (clz((char)((!(((v10) && (a11[(0x80L) & 3]))))))) : (((((36600ul) && ((!(v7))))) && (in[(v9) & 63]))));
    }
    }
    for (int i16 = 0; i16 < (int)(in[(gid + 7u) & 63u] & 3u); i16++) {
        v9 = 10557132594649553234U;
        v8 = (-(helper1(((int)(clz((char)(v9)))))));
    }
    v9 = (short)exchange(tile, lid, (uint)(a11[(((v7) != (a11[(0x578CB43D45B70125L) & 3]))) & 3]), 4u);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    out[gid] = h;
}
