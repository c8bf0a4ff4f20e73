// compiler-diff finding: reference-miscompile
// seed: 41917 mode: barrier
// expected-hash: 0x115de3d07bbd78dd
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xb88a2a00e9f8d658
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x115de3d07bbd78dd
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x115de3d07bbd78dd
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x115de3d07bbd78dd
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
long helper1(uchar p0) {
    p0 = ((((short)(smod_int(p0, sneg_int(p0))))) > (((p0) ^ (((min((int)(0xF7D5FEFBL), (int)(p0))) < (((p0) >= (126))))))));
    p0 = ((long)(p0));
    return ((((min((ulong)(0126625), (ulong)(p0))) != (((p0) ? (p0) : (p0))))) ^ (((p0) ? (((p0) ? (p0) : (p0))) : ((~(0x0l))))));
}
uint helper2(int p0, long p1) {
    uint v3 = ((long)(((p0) < (abs((ulong)((~(p0))))))));
    v3 = ((char)(250UL));
    switch ((((015ul) == ((((~(017026445423))) == (((p1) ? (p0) : (p1))))))) & 7) {
    case 1: {
        p1 = abs((long)(((max((uchar)(((v3) - (v3))), (uchar)(((uchar)(p0))))) == (abs((long)(clz((char)(v3))))))));
    }
    case 2: {
        p1 = mul_hi((uint)(((((uint)((!(v3))))) != (((ushort)(((p1) && (v3))))))), (uint)(((p0) != (0x244UL))));
        break;
    }
    case 3: {
        ulong v4 = ((umod_uint(v3, ((int)(((v3) < (0420237251257421116620U)))))) < ((~((!(mul_hi((int)(v3), (int)(0x5cfd310eU))))))));
        break;
    }
    case 4: {
        for (int i5 = 0; i5 < 1; i5++) {
            v3 = p0;
        }
        break;
    }
    default: {
        {
            v3 = 0x906b77f9788e7c8ful;
            if (((ulong)((~(p0))))) goto L6;
            p0 = clamp((char)(((int)(p0))), (char)(-1L), (char)6L);
            v3 = ((sadd_long(max((long)(((01u) < (3738162822))), (long)(((char)(p1)))), (!(ssub_long(v3, p1))))) | (p0));
        }
        L6: ;
    }
    }
    return (((!(((uint)(v3))))) < (((p1) ? (v3) : (((p0) && (v3))))));
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
    char v7 = helper2(((long)(sneg_int(((lid) > (in[(gid) & 63]))))), (~(((((gid) ? (gid) : (gid))) + (11U)))));
    char v8 = lid;
    ushort v9 = ((((uint)(umod_uint(((v8) == (lid)), (-(gid)))))) - (max((uchar)(gid), (uchar)(udiv_uint((~(gid)), lid)))));
    char v10 = ((smul_long((~(((gid) == (62220u)))), ((v9) ? (((long)(v8))) : (((v8) != (gid)))))) == (((v8) | ((((~(in[(((61380) ? (6580ul) : (lid))) & 63]))) ? (helper2(in[(((char)(v7))) & 63], v8)) : (umod_uint(gid, gid)))))));
    switch ((((((((v10) ? (01000000000000000000000) : (0x72fcf2d9UL))) << ((sadd_int(v7, v8)) & 63))) + (((short)(v10))))) & 7) {
    case 7: {
        v8 = 01374;
        break;
    }
    }
    int a11[4] = {((((in[((!(in[(max((long)(gid), (long)(0x13b0U))) & 63]))) & 63]) > (v10))) != (lid)), v7, ((ushort)(((long)(0x5844)))), ((ushort)(gid))};
    short v12 = a11[(((v9) ? (v9) : (020000000000UL))) & 3];
    a11[((((-(uint)(02))) > (0x0U))) & 3] = ((016ul) ? (((in[(((10745942276974426965u) ? (v12) : (v8))) & 63]) | (v9))) : (abs((ulong)(mul_hi((int)(v9), (int)(027601562003l))))));
    v9 = (((((!(helper1(v9)))) ? (((helper2(gid, gid)) + (((v8) != (873l))))) : (((a11[(0xcf6dfbcU) & 3]) ? (((2147483646) < (a11[(((0x100000000ul) >> ((0xd705ae06ul) & 63))) & 3]))) : (((in[(((lid) && (gid))) & 63]) ? (gid) : (v10))))))) ? (v8) : (((char)(clz((uint)(in[(popcount((int)(in[(helper2(lid, v7)) & 63]))) & 63]))))));
    a11[((((-(0322417531245401667514UL))) >> ((((uchar)(0xD))) & 63))) & 3] = ((((mul_hi((uint)(lid), (uint)(gid))) ? (helper2(v7, v8)) : (((short)(v8))))) * (v12));
    for (int i13 = 0; i13 < (int)(in[(gid + 36u) & 63u] & 3u); i13++) {
        for (int i14 = 0; i14 < 2; i14++) {
            v10 &= (char)((~(((((a11[(((i14) < (gid))) & 3]) ? (in[(v8) & 63]) : (v8))) ? (020553325376) : (((4207556695ul) && (in[(popcount((char)(i13))) & 63])))))));
            long v15 = sshl_int(a11[(((v10) <= (0x6DD5CF728FABAD2CL))) & 3], (0400l) & 31);
        }
    }
    v10 = a11[((!(0xEFD8UL))) & 3];
    v9 = helper1(((((v12) ? (((v10) <= (in[(max((long)(in[(max((short)(v8), (short)(v8))) & 63]), (long)(v12))) & 63]))) : (v10))) ? ((((~(a11[(sneg_int(a11[(((ulong)(6ul) ^ (ulong)(06u))) & 3])) & 3]))) ? (((gid) <= (a11[(((03623514345U) | (0177776))) & 3]))) : (v10))) : (abs((ulong)(((v12) >> ((v7) & 31)))))));
    v10 = (char)exchange(tile, lid, (uint)(((0x7FFFFFFFFFFFFFFFu) <= (v9))), 13u);
    v9 |= (ushort)(((v7) == (v12)));
    v10 = (char)exchange(tile, lid, (uint)((((-(abs((int)(lid))))) ? (popcount((ushort)(mul_hi((int)(016L), (int)(v10))))) : (((((uchar)(lid))) & (sadd_int(v8, a11[(0xffffffffffffffffL) & 3])))))), 4u);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
