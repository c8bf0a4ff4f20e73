// compiler-diff finding: reference-miscompile
// seed: 84888 mode: atomic
// expected-hash: 0x4ccdfdfbb83e2cbc
// direct pthread-skylake-avx512-AMD EPYC: hash 0x859fe104da603cb0
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x4ccdfdfbb83e2cbc
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x4ccdfdfbb83e2cbc
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x4ccdfdfbb83e2cbc
// Conduit compiler-diff, mode atomic
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
char helper1(ulong p0) {
    ulong v2 = ((((abs((char)(((p0) ? (p0) : (p0))))) ^ (p0))) || (smod_int(((char)(p0)), ((((3021666242u) ? (05L) : (0204270524452733373142ul))) == (4035015060420175269)))));
    v2 = v2;
    v2 = ((short)(min((long)(v2), (long)(((int)(popcount((int)(v2))))))));
    ushort v3 = ((((ushort)((((!(p0))) ? (((p0) && (v2))) : (((p0) - (8029356113631933022U))))))) != (((((v2) * (((0x6U) ? (v2) : (v2))))) >= (((((int)(p0))) ? (((p0) ^ (p0))) : (v2))))));
    uchar v4 = ((clamp((int)(((int)(((v2) && (05276333124U))))), (int)861079006L, (int)1255216847L)) ? (ssub_int(clz((uchar)(((3261928551L) >= (v3)))), ((int)((-(v2)))))) : (((char)(v2))));
    return max((short)(((((v2) ? (v4) : (p0))) <= (abs((int)(v4))))), (short)(v2));
}
long helper5(char p0, int p1) {
    ushort a6[4] = {p1, p0, ((p0) < (((p1) & (p1)))), ((sadd_int(p0, p1)) ? (((int)(p0))) : (0x967638b1u))};
    for (int i7 = 0; i7 < 2; i7++) {
        p0 = p0;
        if (((i7) || (((0x43ECFED4u) >> ((i7) & 31))))) continue;
        a6[(smod_int((~(p1)), i7)) & 3] = ((((a6[(1688594583135853971L) & 3]) >= (p0))) != (((((a6[(((0xdd6a0326u) == (0102774u))) & 3]) && (0x95L))) ? (0x2ffUL) : (clamp((ulong)(p1), (ulong)8434UL, (ulong)6674896675159188009UL)))));
    }
    return p1;
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    short v8 = (((-(lid))) || (((lid) ? (clamp((short)(((0x3d4U) & (in[(((long)(gid))) & 63]))), (short)0L, (short)7471L)) : (helper5(((254l) | (lid)), lid)))));
    char v9 = abs((uchar)(helper1(((short)(0146L)))));
    uint v10 = v8;
    short a11[8] = {v8, ((((ushort)(v9))) ? ((-(lid))) : (((char)(in[(abs((ushort)(lid))) & 63])))), ((helper1(v10)) != (clz((char)(in[(((gid) + (in[(((int)(gid))) & 63]))) & 63])))), max((int)(helper1(lid)), (int)((-(0xFFFFFFFFFFFFFFFEul)))), lid, v9, v10, ((char)(((0xf00b2ac5ul) + (0136767ul))))};
    atomic_xor(&counters[1], (uint)(((clamp((long)((!(v10))), (long)178L, (long)383L)) ? (lid) : (((v10) ? (abs((long)(v10))) : (gid))))));
    for (int i12 = 0; i12 < (int)(in[(gid + 31u) & 63u] & 3u); i12++) {
        uint w13 = 0u;
        do {
            w13++;
            long v14 = ((short)((~(min((ushort)(0x7), (ushort)(((v9) != (v10))))))));
            v10 = ((((sshl_long(((gid) ? (v14) : (0xFFFFL)), (helper1(32767L)) & 63)) ? ((!(v10))) : (((ulong)(020l))))) >> ((i12) & 63));
        } while (w13 < 1u);
        v9++;
    }
    uint v15 = ((v9) < (helper5(((((ulong)(v8))) | (((v10) + (0x6ul)))), 14898124826815035321UL)));
    for (int i16 = 0; i16 < 1; i16++) {
        atomic_xor(&acc[1], (uint)(in[(((v10) * (gid))) & 63]));
        v15 = (~(((min((uchar)(sneg_int(a11[(sdiv_long(15l, in[(v10) & 63])) & 7])), (uchar)(((v15) ? (gid) : (077777l))))) <= (01416L))));
        if (i16) continue;
        ulong v17 = i16;
    }
    uint g19 = 0u;
    L18: {
        g19++;
        uint g21 = 0u;
        L20: {
            g21++;
            uint w22 = 0u;
            while (w22 < 4u) {
                w22++;
                v10 += (uint)(((((((ushort)(v9))) < (((v8) | (v15))))) & (((ushort)((!(lid)))))));
                v15 = ((((((((a11[(min((short)(v9), (short)(v15))) & 7]) ? (lid) : (0177777L))) ^ (((lid) < (0xFB209868L))))) ? (gid) : ((~(((0xc7u) ^ (v8))))))) > (43760));
            }
            uint w23 = 0u;
            while (w23 < 3u) {
                w23++;
                v9 = ((helper1(v9)) || (v9));
                v9 = mul_hi((short)(((((((a11[(((uchar)(0357))) & 7]) ^ (0x135l))) ? (abs((int)(2875386182))) : (in[(((a11[(((int)(v9))) & 7]) ? (v9) : (lid))) & 63]))) ? (((ulong)(((a11[(((lid) >= (lid))) & 7]) ? (gid) : (v10))))) : (((int)(((v15) == (a11[(((in[(in[(((a11[(((0xfffffffffffffffeul) << ((2017614047UL) & 63))) & 7]) & (037777777777ul))) & 63]) & 63]) > (v8))) & 7]))))))), (short)((~(clz((int)(v10))))));
            }
        }
        if (g21 < 3u && (smul_int(v8, ((030505212307l) ? (v9) : (a11[(((ulong)(0x2EA9B5F6A72BAB6U) - (ulong)(4))) & 7]))))) goto L20;
        for (int i24 = 0; i24 < 4; i24++) {
            atomic_add(&counters[0], (uint)((((!(helper1(in[(((v15) ? (v15) : (v15))) & 63])))) ? (sneg_int(a11[(0x7a4b) & 7])) : (helper5(((v9) >> ((gid) & 31)), ((in[(0ul) & 63]) ? (7078142047047029595) : (a11[(((0x4u) == (0x10U))) & 7])))))));
            v8 = ((ushort)(0x7L));
            uint w25 = 0u;
            while (w25 < 3u) {
                w25++;
                atomic_max(&acc[2], (uint)((~(((((0116256UL) ? (gid) : (v9))) ? (helper5(0611ul, gid)) : (helper1(gid)))))));
            }
            if (udiv_uint(((uint)(0xa2c0cbd3)), ((i24) & (a11[(((uchar)(a11[(((short)(0xE2777AE0l))) & 7]))) & 7])))) break;
            v15 = 045161L;
        }
    }
    if (g19 < 4u && (v10)) goto L18;
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)v15);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
