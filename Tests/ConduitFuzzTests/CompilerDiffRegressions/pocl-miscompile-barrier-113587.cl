// compiler-diff finding: reference-miscompile
// seed: 113587 mode: barrier
// expected-hash: 0x38e51beeb3ef434b
// direct pthread-skylake-avx512-AMD EPYC: hash 0x17e39747393a51e1
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x38e51beeb3ef434b
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x38e51beeb3ef434b
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x38e51beeb3ef434b
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
ulong helper1(char p0, ulong p1) {
    long v2 = ((p0) - (((((((p0) ? (p1) : (p1))) & (((p1) ? (0x148) : (p1))))) << ((((p0) > ((~(7204297645140648427u))))) & 63))));
    for (int i3 = 0; i3 < 4; i3++) {
        for (int i4 = 0; i4 < 1; i4++) {
            p1 = clamp((ulong)(max((ulong)(sneg_int(((uchar)(p1)))), (ulong)(i3))), (ulong)6243UL, (ulong)764268407UL);
            v2 = ((0x8000000000000001l) * (((p0) * (udiv_ulong(sdiv_int(p0, p0), ((p1) - (0x5D8B3536l)))))));
            if ((~(smod_int(i4, p0)))) continue;
            ulong v5 = ((char)(((ushort)(((((ushort)(i4))) ? (i3) : (2147483647))))));
        }
        p0 &= (char)(((sneg_int(((p0) == (p1)))) == (((uint)(umod_ulong(v2, p1))))));
        v2 ^= (long)(smul_long(sneg_int(i3), 126L));
        if (023356021627) break;
    }
    return sneg_int(max((int)(((p1) ? (v2) : (p1))), (int)(((p0) < (p1)))));
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
    uint v6 = 0177UL;
    long v7 = helper1(((((uchar)(((v6) << ((v6) & 31))))) ? (gid) : (((((ushort)(v6))) >= (gid)))), ((v6) ? (((((ulong)(gid))) * (helper1(gid, v6)))) : (((v6) ? (lid) : (((v6) ? (020000000000L) : (0x781b)))))));
    short v8 = ((int)((!(((((in[(gid) & 63]) >> ((gid) & 31))) ? ((~(gid))) : (((lid) >> ((gid) & 31))))))));
    long v9 = (~(((long)(in[(sneg_long(v7)) & 63]))));
    short a10[4] = {in[(((4u) ? (lid) : (in[(lid) & 63]))) & 63], ((((lid) ? (in[(((lid) - (037u))) & 63]) : (0x2b66ul))) == (((uchar)(gid)))), ((lid) ? (max((uchar)(v7), (uchar)(0165513))) : (((v8) ? (v9) : (v9)))), ((v6) != (abs((long)(037777777777UL))))};
    tile[lid] = (uint)(v7);
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (short)tile[(lid + 12u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int r11 = 0; r11 < 1; r11++) {
        tile[lid] = (uint)v7 + (uint)r11;
        barrier(CLK_LOCAL_MEM_FENCE);
        v7 ^= (long)(tile[(lid + 13u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    uint w12 = 0u;
    do {
        w12++;
        v9 = (-(in[(((gid) >> ((v9) & 31))) & 63]));
        v7 = ((((((((in[(gid) & 63]) == (a10[(((uint)(0116370U) * (uint)(27197))) & 3]))) == ((!(in[(((a10[(((v8) ^ (v6))) & 3]) & (gid))) & 63]))))) ? (((((long)(0445464333712122764532))) & (helper1(03u, v7)))) : (((uint)(((uint)(v6))))))) < (sshl_int(((char)(helper1(a10[(clz((char)(v9))) & 3], 940698148ul))), ((-(843u))) & 31)));
    } while (w12 < 4u);
    uchar v13 = min((int)(min((char)(v7), (char)(a10[((-(ulong)(0x100000000l))) & 3]))), (int)(((((((long)(v7))) ? (((v6) >= (a10[(((uint)(067513u))) & 3]))) : (((char)(4L))))) || (in[((!(021353302503L))) & 63]))));
    for (int i14 = 0; i14 < (int)(in[(gid + 59u) & 63u] & 3u); i14++) {
        v7 = v6;
        if (v6) continue;
    }
    if (in[(031100553260L) & 63]) {
        v6 = in[(v9) & 63];
        char v15 = ((ulong)(a10[(0x40d7u) & 3]));
    } else {
        for (int i16 = 0; i16 < (int)(in[(gid + 46u) & 63u] & 3u); i16++) {
            for (int i17 = 0; i17 < 0; i17++) {
                uint v18 = ((v13) >> ((((((helper1(0655U, v8)) == (min((uchar)(v13), (uchar)(i16))))) ? (helper1(9u, ((char)(a10[(((short)(in[((!(v9))) & 63]))) & 3])))) : (sneg_int(i17)))) & 31));
                v7 = helper1(((((ulong)(((lid) ? (954066365ul) : (v13))))) << ((v8) & 63)), ((((uchar)(v9))) != (((abs((ulong)(v8))) - (v6)))));
            }
        }
    }
    v8 = v7;
    tile[lid] = (uint)(max((int)(v8), (int)(((short)(((gid) ? (0x2aeul) : (v8)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (uint)tile[(lid + 5u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    if (((((int)(((01717U) >= (a10[(((ulong)(03147UL) * (ulong)(01777777777777777777776ul))) & 3]))))) | (((((v13) | (gid))) == (sshl_long(v9, (v13) & 63)))))) {
        a10[(((ushort)(32766))) & 3] = abs((char)(gid));
    } else {
        v6 ^= (uint)(a10[((~(0x7FFFFFFF))) & 3]);
        v8 = 2147483647u;
    }
    for (int i19 = 0; i19 < (int)(in[(gid + 25u) & 63u] & 3u); i19++) {
        v7 ^= (long)(((int)(helper1(((0xffffffff) - (v8)), gid))));
        v7 = (-(in[(((v13) <= (v8))) & 63]));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
