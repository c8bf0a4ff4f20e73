// compiler-diff finding: reference-miscompile
// seed: 110147 mode: barrier
// expected-hash: 0xa8cc6e4caf1983a5
// direct pthread-skylake-avx512-AMD EPYC: hash 0x7c4a64233c451ea2
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xa8cc6e4caf1983a5
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xa8cc6e4caf1983a5
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xa8cc6e4caf1983a5
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
long helper1(ushort p0, short p1) {
    char v2 = sneg_int(smod_int(mul_hi((char)(sadd_int(p0, p0)), (char)(p0)), rotate((char)(((uint)(p0))), (char)(clamp((int)(p0), (int)(-2147483648L), (int)9L)))));
    p1 = ((sshl_long(((long)(p1)), (p1) & 63)) ^ (p1));
    for (int i3 = 0; i3 < 1; i3++) {
        switch (((!(((((p1) == (i3))) ? (((0x6U) ? (i3) : (p0))) : (((i3) | (p1))))))) & 7) {
        case 3: {
            p1 = ((p1) & (((0106541u) == (((mul_hi((char)(p0), (char)(i3))) < (popcount((int)(p0))))))));
            break;
        }
        case 6: {
            v2 = v2;
            p1 = ((((v2) ? ((((-(0xb240e310390f6426))) ? (((3847567641ul) < (p1))) : (abs((uint)(p1))))) : (min((char)(((0645561144UL) || (p1))), (char)((!(i3))))))) > (((sneg_int(sdiv_int(p1, p1))) ? (((((p0) - (0200UL))) == (((p0) == (666))))) : (((p0) != (((uint)(03612320336UL))))))));
            break;
        }
        }
        switch ((((((long)(p0))) && (i3))) & 7) {
        case 0: {
            v2 = i3;
        }
        case 2: {
            if (((((((v2) ? (i3) : (p0))) < (v2))) ? (v2) : (min((uchar)(p0), (uchar)(((0xB30D48B6CF6118) ? (i3) : (i3))))))) {
                if ((!(((((p0) >= (p1))) >> ((v2) & 31))))) {
                    p0 = ((i3) ? (0) : (((int)(((((p1) ? (p1) : (p1))) ? ((~(12u))) : ((~(v2))))))));
                    p0 = 394184964u;
                }
            } else {
                p0 = ((((int)(((ulong)(((long)(129UL))))))) == ((~(clamp((int)(1126157987UL), (int)(-351814507L), (int)45910L)))));
            }
        }
        case 3: {
            break;
        }
        }
    }
    return smul_int(ssub_int(((p0) > (39441ul)), 010), ((char)(((v2) & (024506463375u)))));
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
    ulong v4 = ((uchar)(((ulong)(in[(umod_uint(lid, gid)) & 63]))));
    ushort v5 = v4;
    ushort v6 = ((((char)(in[((!(126l))) & 63]))) ^ (in[((~(v4))) & 63]));
    long v7 = max((int)(((((((in[(v4) & 63]) * (gid))) > (2l))) < (((lid) >= (((lid) | (in[(helper1(gid, 0400UL)) & 63]))))))), (int)(((uint)(clamp((int)(((0x28) >> ((0104100ul) & 31))), (int)1L, (int)8L)))));
    uchar a8[8] = {clz((char)(helper1(gid, gid))), gid, clz((ulong)(((ulong)(v5)))), ((helper1(in[(gid) & 63], v5)) ? ((!(v7))) : (((lid) - (v4)))), abs((short)(gid)), max((uchar)(v6), (uchar)(((in[((~(01362L))) & 63]) < (v4)))), 0x8UL, ((((long)(gid))) == (((lid) >= (lid))))};
    char v9 = a8[(((ulong)(53587) ^ (ulong)(0x13E15B78D15DCFFAU))) & 7];
    uint w10 = 0u;
    while (w10 < 4u) {
        w10++;
        switch ((helper1(ssub_int(((uchar)(in[(((gid) ? (in[(((ushort)(in[(((in[(((lid) > (v9))) & 63]) || (v6))) & 63]))) & 63]) : (lid))) & 63])), ((int)(v9))), clamp((char)(0xe2aff146eaf8e917UL), (char)13L, (char)27L))) & 7) {
        case 2: {
            v4 = in[(0x10) & 63];
            v9 = ((short)((((~(((v5) | (in[(((short)(0x85543CE461AF9F08u))) & 63]))))) >> ((((in[(((v5) ? (a8[(((in[((~(gid))) & 63]) - (v6))) & 7]) : (256l))) & 63]) == (((v9) + (2u))))) & 31))));
            break;
        }
        case 6: {
            ulong v11 = lid;
            break;
        }
        }
        if (((helper1(in[(((uchar)(gid))) & 63], ((ushort)(in[(lid) & 63])))) > (helper1(((lid) != (v6)), ((uchar)(v7)))))) {
            v6 = popcount((ulong)(((ushort)(smod_int(abs((uchar)(lid)), ((char)(in[(4159824314216736361l) & 63])))))));
        } else {
            v4 = ((((in[((~(a8[((!(gid))) & 7]))) & 63]) & (((int)(min((int)(in[(helper1(0x55A9EF12l, 7870385994530634570)) & 63]), (int)(v7))))))) < (in[(ssub_int(v5, a8[((!(v9))) & 7])) & 63]));
            a8[(033721373005l) & 7] = lid;
            v7 ^= (long)(((helper1(((short)(lid)), udiv_uint(017u, 0xEU))) != (sneg_long((~(v7))))));
        }
    }
    int v12 = ((a8[(((ulong)(03l))) & 7]) ^ (helper1(((v5) == (a8[(v9) & 7])), helper1(udiv_uint(in[(((in[(clamp((ulong)(in[(min((char)(a8[(((short)(024647000155151025625ul))) & 7]), (char)(v9))) & 63]), (ulong)0UL, (ulong)262UL)) & 63]) ? (0xcd76) : (a8[(abs((ulong)(lid))) & 7]))) & 63], v5), ((v6) < (a8[(0x7fffffffffffffffUL) & 7]))))));
    tile[lid] = (uint)(((((short)(v7))) <= (((((in[(((gid) ? (a8[(((ulong)(2718331946) - (ulong)(0xac27cab502a45d66L))) & 7]) : (lid))) & 63]) || (010466641075L))) ? (mul_hi((uchar)(gid), (uchar)(v6))) : (in[(025412504075l) & 63])))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (ushort)tile[(lid + 11u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    tile[lid] = (uint)(0x238u);
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (ushort)tile[(lid + 4u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 = 014440457343l;
    for (int r13 = 0; r13 < 1; r13++) {
        tile[lid] = (uint)v7 + (uint)r13;
        barrier(CLK_LOCAL_MEM_FENCE);
        v7 ^= (long)(tile[(lid + 15u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (clamp((uint)(((in[(v7) & 63]) ? (helper1(0x8D59UL, a8[((~(a8[(((in[(((ulong)(024324657155ul))) & 63]) && (13173028313370451026U))) & 7]))) & 7])) : (((786) > (v9))))), (uint)1648666913UL, (uint)2147483649UL)) {
        uint g15 = 0u;
        L14: {
            g15++;
            uint v16 = 13902446764317140360u;
        }
        if (g15 < 2u && ((~(((0x1UL) & (0201712706172726231542L)))))) goto L14;
        v7 = ((((a8[(((in[(helper1(v7, v6)) & 63]) | (5))) & 7]) ^ (((((13792586689147480000u) > (13448))) ? (((a8[(0x2b00ee4U) & 7]) < (in[(((21027) ? (v9) : (0611L))) & 63]))) : (((ushort)(v4))))))) * (((v5) * (popcount((ulong)(((long)(in[(((gid) | (v12))) & 63]))))))));
    } else {
        for (int i17 = 0; i17 < (int)(in[(gid + 38u) & 63u] & 3u); i17++) {
            a8[(v5) & 7] = v5;
            if (0356UL) continue;
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
