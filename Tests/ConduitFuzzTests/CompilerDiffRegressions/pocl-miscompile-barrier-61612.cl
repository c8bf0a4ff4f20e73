// compiler-diff finding: reference-miscompile
// seed: 61612 mode: barrier
// expected-hash: 0xe9b0339cd8ebb05b
// direct pthread-skylake-avx512-AMD EPYC: hash 0xea030c6dd8229885
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xe9b0339cd8ebb05b
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xe9b0339cd8ebb05b
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xe9b0339cd8ebb05b
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
uint helper1(short p0) {
    ulong v2 = smul_int(((sneg_int(((p0) != (264ul)))) & (p0)), (~(((mul_hi((char)(p0), (char)(p0))) > (((0370201746726032544704u) <= (p0)))))));
    uint w3 = 0u;
    while (w3 < 2u) {
        w3++;
        switch ((p0) & 7) {
        case 0: {
            int v4 = ((int)(((((min((int)(v2), (int)(0202361052016265517771U))) && (((v2) != (p0))))) | (p0))));
            v2 = sshl_int(v4, (v4) & 31);
            break;
        }
        case 3: {
            p0 = ((uchar)(0215u));
            break;
        }
        case 6: {
            v2 = 0x80;
        }
        default: {
            uchar v5 = v2;
        }
        }
        v2 = ((((v2) - (clamp((long)(smod_int(p0, p0)), (long)11L, (long)115438389L)))) ? (((0x7527dce1L) <= (v2))) : (umod_ulong(p0, ((v2) >> (((~(v2))) & 63)))));
    }
    return 0xF1BBl;
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
    short v6 = lid;
    ushort v7 = clamp((ulong)(((long)(((01434074762666637264564u) ? (gid) : (lid))))), (ulong)4611686018427387904UL, (ulong)4894971676431878648UL);
    uchar v8 = ((((clamp((uchar)(clamp((uint)(lid), (uint)3045529255UL, (uint)3547648802UL)), (uchar)58UL, (uchar)230UL)) ? (((short)(clamp((short)(lid), (short)(-24569L), (short)(-21269L))))) : (gid))) < ((~(v6))));
    uint v9 = gid;
    uchar v10 = ((v6) | (v8));
    uchar a11[4] = {(((!(gid))) != ((~(0100000L)))), ((((v6) - (v9))) ? (((0x85661f05UL) >= (lid))) : (0x11el)), (~(smod_int(v7, v10))), ((ulong)((!(v10))))};
    a11[(((ulong)(03) ^ (ulong)(((0xcc68L) ^ (0x3UL))))) & 3] = mul_hi((ushort)(helper1(((v7) != (gid)))), (ushort)(abs((short)(((a11[(((uchar)(in[(mul_hi((short)(94), (short)(gid))) & 63]))) & 3]) & (11UL))))));
    v6 = sdiv_long(min((long)(v9), (long)(((ushort)(v10)))), ((sneg_int(sneg_int(v8))) ? (((ushort)(((ulong)(v7))))) : (((v9) > (126)))));
    v7 = (ushort)exchange(tile, lid, (uint)(((((sshl_int(a11[(((int)(8501675197795089488ul))) & 3], (v8) & 31)) ? (gid) : (((v9) > (v8))))) + (sneg_int(((int)(0x620e)))))), 15u);
    v9 |= (uint)(((v9) ? ((((!(0xba9eaaa6UL))) != (((ushort)(gid))))) : (((0x80A7) ? (popcount((uchar)(v9))) : (((0x16) < (lid)))))));
    tile[lid] = (uint)(sneg_int(smul_int(v8, v10)));
    barrier(CLK_LOCAL_MEM_FENCE);
    v7 ^= (ushort)tile[(lid + 15u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    { uint *p = &v9; *p = (*p ^ (uint)(helper1(max((uchar)(v9), (uchar)(gid))))) * 3u + 1u; }
    for (int r12 = 0; r12 < 1; r12++) {
        tile[lid] = (uint)v9 + (uint)r12;
        barrier(CLK_LOCAL_MEM_FENCE);
        v9 ^= (uint)(tile[(lid + 13u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v10 |= (uchar)(((uint)(rotate((int)(v6), (int)((!(3359368275477697481L)))))));
    int v13 = mul_hi((uint)(((gid) ? (rotate((uchar)(1UL), (uchar)(((ushort)(gid))))) : ((~((!(v7))))))), (uint)(sneg_int(((short)(((a11[(((010) ^ (65311UL))) & 3]) - (04u)))))));
    uint g15 = 0u;
    L14: {
        g15++;
        for (int i16 = 0; i16 < 1; i16++) {
            if (((((((v13) + (in[((~(2147483648ul))) & 63]))) <= (((16u) < (i16))))) | (((sneg_int(i16)) ? (helper1(0xB2436402E87C618A)) : (sneg_int(v6)))))) {
                a11[((-(max((uint)(in[(abs((ushort)(v10))) & 63]), (uint)(v9))))) & 3] = (!(((((v7) ? (v8) : (in[(helper1(in[(011u) & 63])) & 63]))) ? (v9) : (01355l))));
                a11[(0121461u) & 3] = ((short)(((ushort)(v10))));
            }
            ulong v17 = ((abs((char)(0xbea649da25b6164fL))) > (1387573347l));
        }
        long v18 = ((v13) ? (smul_int((((!(v10))) >> ((max((long)(v8), (long)(a11[(((short)(0x15Du))) & 3]))) & 31)), ((short)(((gid) * (v7)))))) : (udiv_ulong(((((uint)(a11[((-(17661342901439094606u))) & 3]))) ? (((4561) ? (a11[((-(4294967296u))) & 3]) : (0200000ul))) : ((!(0124377)))), ((int)((!(v13)))))));
    }
    if (g15 < 4u && (udiv_uint((!(in[(((ushort)(gid))) & 63])), umod_uint(v9, v8)))) goto L14;
    { uint *p = &v9; *p = (*p ^ (uint)(((ulong)(a11[(0x80U) & 3])))) * 3u + 1u; }
    a11[(sneg_int(a11[(((0131355472517377571150) < (a11[(a11[(((372589670) <= (02u))) & 3]) & 3]))) & 3])) & 3] = max((uint)((!(0xbfe5065db61422d7l))), (uint)(((((v13) >= (16781ul))) ? (v10) : (0x7L))));
    v7 = helper1(a11[(0xA3A8u) & 3]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
