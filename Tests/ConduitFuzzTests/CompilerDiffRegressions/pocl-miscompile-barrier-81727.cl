// compiler-diff finding: reference-miscompile
// seed: 81727 mode: barrier
// expected-hash: 0xdf3fd887dd14f0c0
// direct pthread-skylake-avx512-AMD EPYC: hash 0x2c200c494f152008
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xdf3fd887dd14f0c0
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xdf3fd887dd14f0c0
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xdf3fd887dd14f0c0
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
ushort helper1(long p0) {
    ushort v2 = ((((uint)(((((38970L) ^ (06264564663ul))) ? (0220UL) : (((p0) != (p0))))))) ? (ssub_long(015, p0)) : (p0));
    int a3[4] = {((p0) && (p0)), clamp((uchar)(57771U), (uchar)77UL, (uchar)92UL), v2, smod_long(((1282044971l) == (v2)), ((p0) ? (v2) : (p0)))};
    for (int i4 = 0; i4 < 2; i4++) {
        v2 = ((popcount((uint)(((ushort)(0777777777777777777776ul))))) * (((int)(a3[(clamp((short)(v2), (short)(-20550L), (short)799L)) & 3]))));
        p0 ^= (long)(((min((ulong)(((i4) ? (i4) : (07L))), (ulong)(((i4) ? (3084591349U) : (3381912771))))) > (i4)));
        int v5 = sneg_int((!(p0)));
        if (((((p0) ? (i4) : (p0))) ^ (p0))) break;
        for (int i6 = 0; i6 < 3; i6++) {
            long v7 = ((ushort)(((((min((short)(0177u), (short)(p0))) != (rotate((int)(v5), (int)(i4))))) == (udiv_ulong(((0112262U) && (a3[(((v2) & (i6))) & 3])), ((i4) ? (i4) : (01336707302162502433501l)))))));
            v5 = 0xffffffff;
        }
    }
    return (!((!(((long)(v2))))));
}
uchar helper8(ulong p0, int p1) {
    int v9 = helper1(((p1) | (((((int)(020000000000l))) ? (((p1) ? (p1) : (p0))) : (clamp((uchar)(p1), (uchar)3UL, (uchar)254UL))))));
    uint w10 = 0u;
    do {
        w10++;
        p1 = (~(abs((int)(p1))));
        if (p0) break;
    } while (w10 < 4u);
    p0 = helper1(((p1) == ((~(((uint)(p0)))))));
    uint v11 = helper1(clamp((ulong)(((uint)(((v9) ? (v9) : (p0))))), (ulong)1354491242UL, (ulong)4611686018427387903UL));
    return clz((ushort)(((((p1) ? (07U) : (p0))) ? (01735553106352331317270UL) : (((long)(v11))))));
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
    uchar v12 = ((sneg_int(helper8(((lid) != (gid)), helper1(lid)))) <= (((long)((((!(gid))) != (lid))))));
    uint v13 = ((uchar)(in[(v12) & 63]));
    ushort v14 = 0423545170047171126032UL;
    ushort v15 = ((((((int)(rotate((short)(lid), (short)(in[(lid) & 63]))))) ? (((short)(abs((uint)(13941070405660307338u))))) : (v13))) ^ (helper1((~(0xAE342CA7)))));
    int v16 = helper8(in[(popcount((uint)(0x9721))) & 63], clz((short)(helper8(lid, ((v12) < (gid))))));
    char a17[4] = {27303L, 8762865370883335393, max((short)(clamp((long)(gid), (long)(-3584726452140921344L), (long)21668L)), (short)(((v16) ? (01000000000000000000001ul) : (v13)))), min((char)(((v14) ? (gid) : (0752676374ul))), (char)((!(v12))))};
    uint w18 = 0u;
    while (w18 < 4u) {
        w18++;
        v14 = v14;
        uint v19 = ((((max((ulong)((-(in[(helper8(v16, 975329641l)) & 63]))), (ulong)(0xAul))) ? ((((!(a17[(((in[(((short)(v12))) & 63]) ? (0) : (lid))) & 3]))) < (((101547362L) < (v15))))) : (min((uint)(helper1(32768UL)), (uint)((-(lid))))))) < (popcount((ulong)(((v15) && (((uint)(v16))))))));
        if (((((01460u) + (50015U))) || ((!(in[(((v15) != (in[(a17[(0x8000000000000001) & 3]) & 63]))) & 63]))))) continue;
    }
    char v20 = 0x6f88;
    if (rotate((uchar)(umod_ulong(helper1(v16), ((gid) ? (v12) : (17225760739863015543ul)))), (uchar)(helper8(((ulong)(v13)), ((7646804675537572431UL) - (lid)))))) {
        v20 = v13;
    } else {
        --v13;
    }
    v20 = (char)exchange(tile, lid, (uint)((((!(sadd_int(a17[((~(0717345342713022677604UL))) & 3], v15)))) > (((((long)(0100000u))) ? (((uint)(lid))) : (helper8(a17[(v20) & 3], v20)))))), 13u);
    tile[lid] = (uint)(2147483649L);
    barrier(CLK_LOCAL_MEM_FENCE);
    v20 ^= (char)tile[(lid + 2u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    { uint *p = &v13; *p = (*p ^ (uint)(helper8(abs((ushort)(lid)), ((int)(v12))))) * 3u + 1u; }
    { uint *p = &v13; *p = (*p ^ (uint)(abs((uint)(((lid) ? (v16) : (v16)))))) * 3u + 1u; }
    tile[lid] = (uint)(((short)(helper1(min((long)(v14), (long)(v13))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v16 ^= (int)tile[(lid + 15u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    int v21 = (((!(((((8UL) ? (lid) : (v13))) & (((024007570334L) ? (lid) : (0x4u))))))) ? (0540) : (v16));
    v13 ^= (uint)(v21);
    if (v13) {
        v12 &= (uchar)((~(128u)));
    } else {
        a17[(((uint)(((35467ul) && (314UL))) - (uint)(0x187))) & 3] = helper1(((uchar)(((v13) >> ((in[(((v15) != (0x25A))) & 63]) & 31)))));
    }
    for (int r22 = 0; r22 < 3; r22++) {
        tile[lid] = (uint)v16 + (uint)r22;
        barrier(CLK_LOCAL_MEM_FENCE);
        v16 ^= (int)(tile[(lid + 15u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v12 = 07;
    v13 = ((ushort)(((a17[(((01543765373213716271772l) >= (0x120))) & 3]) ^ (smod_int(((0xBF7EB2F53026227) ? (a17[(((15U) << ((0xA483365Bu) & 31))) & 3]) : (v20)), sadd_int(v14, v21))))));
    v20 = (~(v14));
    ushort v23 = (~(((((uint)(v16))) | (v14))));
    for (int i24 = 0; i24 < (int)(in[(gid + 60u) & 63u] & 3u); i24++) {
        v20 >>= ((char)(017777777777u) & 31);
    }
    switch ((((((abs((int)(in[(((ushort)(lid))) & 63]))) | (0xBED486303E62EF04))) && (((sneg_int(v15)) != (((gid) + (a17[(((0x3B7F4414) < (0113026122541751114406))) & 3]))))))) & 7) {
    case 3: {
        switch ((mul_hi((ushort)(((((0x4) ? (032464531307UL) : (214))) < (((v13) ? (a17[((-(0503UL))) & 3]) : (v16))))), (ushort)(abs((ulong)((!(0176))))))) & 7) {
        case 6: {
            v15--;
            v16 = mul_hi((char)(smul_int(sneg_int(smul_int(v14, v20)), ((char)(32768U)))), (char)((!(((((in[((-(in[(((12u) ? (v15) : (a17[(v16) & 3]))) & 63]))) & 63]) || (v14))) ^ (((ushort)(lid))))))));
        }
        default: {
            v20 = clamp((long)(helper8((!(v16)), sadd_long(ssub_int(v16, v15), ssub_long(06672213364l, a17[((~(0600u))) & 3])))), (long)10L, (long)11L);
        }
        }
    }
    default: {
        for (int i25 = 0; i25 < 3; i25++) {
            v13 = a17[(((0xdba8f524999847b0l) >> ((18446744073709551615u) & 63))) & 3];
            ulong v26 = ((((((ushort)(helper1(in[(((04U) + (v23))) & 63])))) | (sneg_int(sneg_int(v12))))) | (((clamp((ulong)(((short)(014462714363))), (ulong)716501039UL, (ulong)1995802142UL)) ? (((sadd_long(0xdU, 9L)) >> ((((int)(v16))) & 63))) : (helper1(((v23) ? (i25) : (i25)))))));
            v21 = clamp((int)(((popcount((char)(((short)(in[(v23) & 63]))))) * (v26))), (int)1L, (int)11L);
        }
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    h = mix(h, (ulong)v15);
    h = mix(h, (ulong)v16);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a17[e]);
    h = mix(h, (ulong)v20);
    h = mix(h, (ulong)v21);
    h = mix(h, (ulong)v23);
    out[gid] = h;
}
