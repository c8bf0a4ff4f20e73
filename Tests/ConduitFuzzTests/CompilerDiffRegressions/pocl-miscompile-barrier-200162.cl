// compiler-diff finding: reference-miscompile
// seed: 200162 mode: barrier
// expected-hash: 0x5980b7a20cac7d00
// direct pthread-skylake-avx512-AMD EPYC: hash 0xd7ed2a15fe86980d
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x5980b7a20cac7d00
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x5980b7a20cac7d00
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x5980b7a20cac7d00
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
char helper1(char p0, ushort p1) {
    ulong v2 = ((int)(ssub_int(popcount((ushort)(((p1) < (0x21dda7efa761895eUL)))), sshl_int(p0, (sneg_int(p0)) & 31))));
    v2 = 0x141Bu;
    uint a3[4] = {((p0) && (p0)), (!(((p1) ? (p1) : (p1)))), p0, 0400};
    return a3[(((0xbb7bfa886881e835) ? (v2) : (p0))) & 3];
}
uchar helper4(ushort p0) {
    uint w5 = 0u;
    while (w5 < 1u) {
        w5++;
        p0 = ((((p0) == ((~(mul_hi((uint)(0xad19l), (uint)(p0))))))) & (((((((1692783138689340412UL) ? (p0) : (p0))) ? (p0) : (umod_ulong(01000000000000000000000L, p0)))) - (helper1(min((ushort)(8231917803238379843), (ushort)(1995703605)), abs((int)(0xffffffffL)))))));
        long v6 = ((uchar)(((short)(p0))));
        if (((p0) || (helper1(v6, v6)))) continue;
    }
    return ((p0) & (0x27U));
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
    short v7 = ((0x1C4AU) ? (sadd_long(0704705740710222377123, ((((gid) - (gid))) - (((lid) ? (lid) : (lid)))))) : (((31620) * (gid))));
    int v8 = in[(v7) & 63];
    ulong v9 = (!(rotate((int)(abs((uchar)(clamp((long)(gid), (long)2L, (long)2563823911L)))), (int)(((in[((~(lid))) & 63]) <= ((~(01u))))))));
    char v10 = v7;
    uchar a11[4] = {sshl_int((~(v7)), (((lid) ? (gid) : (v10))) & 31), (~((!(0x7fffffffffffffffU)))), abs((ulong)(lid)), gid};
    v10 = (char)exchange(tile, lid, (uint)(umod_uint((((!(a11[(((040000000000l) < (0x7U))) & 3]))) > ((~(2645244391l)))), lid)), 9u);
    for (int i12 = 0; i12 < (int)(in[(gid + 26u) & 63u] & 3u); i12++) {
        for (int i13 = 0; i13 < 0; i13++) {
            v8 = i13;
            for (int i14 = 0; i14 < 2; i14++) {
                v9 = (~(((short)(((char)(0xd1ddUL))))));
                v7 = a11[((!(1842448000))) & 3];
                if (((sshl_int(v8, (022030611575UL) & 31)) ? (((0127263u) ? (lid) : (57757))) : (((9993347810270703309ul) - (v9))))) break;
                v7 = v7;
            }
        }
        uint w15 = 0u;
        while (w15 < 4u) {
            w15++;
            v7 = rotate((uint)((!(((abs((ulong)(a11[(((int)(012UL))) & 3]))) || (helper1(gid, 0xA055E708BD0E29B6l)))))), (uint)(sshl_int(helper1(((v10) ? (i12) : (a11[(520118640025643816u) & 3])), sneg_int(v7)), (((((v9) >> ((a11[((~(8l))) & 3]) & 63))) >> ((((i12) == (21866L))) & 63))) & 31)));
            v7 = (((-(((uint)(015404635261L))))) ? (((abs((long)(((0x8000000000000000U) - (v9))))) ^ (a11[(in[(helper1(v7, a11[(((0xD69E0A54ul) >> ((0x7FFFFFFFFFFFFFFFUL) & 63))) & 3])) & 63]) & 3]))) : (((((int)(((v7) != (497ul))))) <= (max((int)(max((ulong)(in[(((i12) >= (016U))) & 63]), (ulong)(in[(smul_int(v10, i12)) & 63]))), (int)(((char)(v9))))))));
        }
    }
    v8 ^= (int)(v9);
    v10 = (char)exchange(tile, lid, (uint)(v8), 3u);
    long v16 = lid;
    a11[(((((a11[(in[(v16) & 63]) & 3]) && (0x1B26L))) ? (in[(a11[((-(lid))) & 3]) & 63]) : (((lid) & (in[(((0xa) || (9))) & 63]))))) & 3] = 0xedd5ad76cfce30c3u;
    v8 = in[(((0u) == (in[(v10) & 63]))) & 63];
    switch ((clamp((uchar)(rotate((int)(((in[(((gid) ^ (0xe3ddUL))) & 63]) & (in[(in[(abs((uchar)(54109UL))) & 63]) & 63]))), (int)(((024642323636U) + (a11[(((10531L) && (4UL))) & 3]))))), (uchar)1UL, (uchar)25UL)) & 7) {
    case 3: {
        if (((short)((!(0x7fffffffffffffffUL))))) {
            v8 = ((((((rotate((int)(v7), (int)(gid))) ? (helper4(v7)) : ((~(in[(v9) & 63]))))) ? (gid) : (((sneg_int(v10)) ? (((v8) + (v9))) : (((v9) ? (3650927152l) : (v8))))))) ? (smul_long(in[((!(0x375ul))) & 63], v16)) : (rotate((uint)(((((0x6457A89C) ? (v16) : (011UL))) | (((in[(((0362U) << ((a11[((-(3297221042U))) & 3]) & 31))) & 63]) & (v8))))), (uint)(a11[((-(42571ul))) & 3]))));
            char v17 = ((long)(((uint)(abs((uint)(v9))))));
            uint v18 = v7;
        } else {
            for (int i19 = 0; i19 < 3; i19++) {
                long v20 = ((char)(((ushort)(helper4((!(a11[(((char)(0157630L))) & 3])))))));
                v10 = (~(sneg_int(((((ulong)(a11[(((uchar)(0x60afUL))) & 3]))) ? (((v16) >= (gid))) : (((v7) < (i19)))))));
                v16 = (!(lid));
            }
            v7 = helper4(a11[((-(127u))) & 3]);
            if ((!((-(((v10) ? (016UL) : (01372))))))) {
            }
        }
        break;
    }
    case 4: {
        break;
    }
    case 6: {
        break;
    }
    case 7: {
    }
    default: {
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)v16);
    out[gid] = h;
}
