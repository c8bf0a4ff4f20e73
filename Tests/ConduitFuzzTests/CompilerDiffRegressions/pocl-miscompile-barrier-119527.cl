// compiler-diff finding: reference-miscompile
// seed: 119527 mode: barrier
// expected-hash: 0xee6aa49a20a73237
// direct pthread-skylake-avx512-AMD EPYC: hash 0x10783af5ed9647c6
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xee6aa49a20a73237
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xee6aa49a20a73237
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xee6aa49a20a73237
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
char helper1(uint p0) {
    char v2 = ((p0) << ((3987243868) & 31));
    if ((!(((((ushort)(v2))) ^ (((uint)(p0))))))) {
        ulong v3 = max((ushort)(max((long)(v2), (long)(((p0) - (((int)(v2))))))), (ushort)(((sneg_int(((591l) == (v2)))) >> ((((((v2) < (2847171503L))) ? (((v2) * (p0))) : (((v2) ? (v2) : (p0))))) & 31))));
        p0 = udiv_ulong(((((((v2) + (p0))) ? (v2) : (((v2) <= (0x5faff3dbUL))))) ^ (((((uchar)(v3))) || (((p0) * (p0)))))), v3);
    }
    v2 >>= ((char)(((ulong)((~(p0))))) & 31);
    return ((short)(((mul_hi((ulong)(0x6EE4L), (ulong)(p0))) != (p0))));
}
uchar helper4(uint p0, long p1) {
    ushort v5 = p1;
    p1 = abs((uchar)(sneg_int(max((uchar)(helper1(p0)), (uchar)(sadd_int(v5, v5))))));
    v5 = p1;
    return ((((v5) | ((!(898u))))) ? (((uchar)(((v5) ? (p1) : (v5))))) : (ssub_int(sdiv_int(14, 01434), ((9116l) < (v5)))));
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
    uint v6 = (((((((~(0777777777777777777777UL))) << ((((gid) & (gid))) & 63))) != (01000000000000000000001UL))) != (lid));
    ushort v7 = ((((((v6) >= (05133436766))) * (((max((char)(lid), (char)(in[(((lid) ? (lid) : (0x8000u))) & 63]))) + (((gid) >> ((0x63A8FDBEFC5FD2E2ul) & 31))))))) && (((int)(min((int)(01707245465170317451351), (int)(v6))))));
    ushort a8[4] = {v7, ((v7) < (min((long)(v7), (long)(in[(((short)(10428u))) & 63])))), (~(((020316071454u) ^ (v7)))), ((((ushort)(v6))) ? (in[(lid) & 63]) : (in[((!(v7))) & 63]))};
    ushort v9 = min((long)(((v6) + (min((int)(((v6) & (0344l))), (int)(((a8[(((lid) && (v7))) & 3]) == (0x8a77U))))))), (long)(0x3CEB08469F5ABF6D));
    v6 &= (uint)(((0273u) >> ((smul_int(((a8[(((0x4FE7B50Eul) ? (v6) : (a8[(((836ul) <= (0x25EU))) & 3]))) & 3]) >> ((0x4C59584B1B2F614E) & 31)), ((a8[(lid) & 3]) ? (v9) : (a8[(rotate((short)(024366624735l), (short)(in[(popcount((uchar)(lid))) & 63]))) & 3])))) & 31)));
    uint w10 = 0u;
    do {
        w10++;
        for (int i11 = 0; i11 < (int)(in[(gid + 19u) & 63u] & 3u); i11++) {
            v7 = i11;
        }
        uint v12 = (~(((short)(((ushort)(clamp((char)(0x2l), (char)(-12L), (char)56L)))))));
    } while (w10 < 4u);
    v6 = (uint)exchange(tile, lid, (uint)(lid), 8u);
    v9 &= (ushort)(((short)(v7)));
    v6 = ((ulong)(sshl_int(sneg_int(v7), (((0144032UL) + ((!(v7))))) & 31)));
    v6 = lid;
    for (int i13 = 0; i13 < 4; i13++) {
        v7 = clz((uchar)(ssub_int(smod_int(a8[(((v7) >> ((v9) & 31))) & 3], ssub_int(v7, a8[(((ulong)(432u) - (ulong)(0x1UL))) & 3])), ((helper4(a8[(a8[(helper4(v7, a8[(((ulong)(2117895967) - (ulong)(0x7fffL))) & 3])) & 3]) & 3], 020000000000)) == (((0x66ul) ? (a8[(0335040215240273431100) & 3]) : (in[(((uchar)(i13))) & 63])))))));
        ushort v14 = helper1(((((v7) ? (((in[(((ushort)(lid))) & 63]) + (in[(v6) & 63]))) : (((0103360U) ? (in[(((01262704713412235246321U) <= (gid))) & 63]) : (i13))))) ^ (((v7) != (((v6) * (0353UL)))))));
        if (helper1(sdiv_long(lid, 195L))) break;
    }
    char v15 = a8[(((uint)(43u))) & 3];
    for (int i16 = 0; i16 < (int)(in[(gid + 56u) & 63u] & 3u); i16++) {
        v15 = (~(((short)(05530u))));
    }
    if (((short)(sadd_int(((013U) ? (a8[(((a8[(((ushort)(59601U))) & 3]) ? (a8[(rotate((int)(v7), (int)(v15))) & 3]) : (834l))) & 3]) : (v7)), ((v15) && (v15)))))) {
        uint w17 = 0u;
        do {
            w17++;
            v6 = lid;
            v7 = min((ushort)((((~(((a8[(v15) & 3]) - (v6))))) + (032307351216ul))), (ushort)(((((clamp((ulong)(v15), (ulong)8UL, (ulong)6938UL)) | (((int)(in[(((ushort)(v15))) & 63]))))) == (abs((uchar)(((v9) > (v7))))))));
            if (v9) break;
        } while (w17 < 4u);
        ushort v18 = ((((((int)(((gid) < (a8[(((int)(gid))) & 3]))))) - (v6))) - (v7));
        v7 = smul_long(((lid) >> ((lid) & 31)), ((helper4(v15, ((uint)(9223372036854775808u)))) ? (v18) : (((long)(((v6) > (v7)))))));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v15);
    out[gid] = h;
}
