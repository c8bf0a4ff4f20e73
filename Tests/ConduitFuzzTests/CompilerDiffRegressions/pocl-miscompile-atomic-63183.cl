// compiler-diff finding: reference-miscompile
// seed: 63183 mode: atomic
// expected-hash: 0x3013b3409cbe4bff
// direct pthread-skylake-avx512-AMD EPYC: hash 0x3316ec4dc8e83fca
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x3013b3409cbe4bff
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x3013b3409cbe4bff
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x3013b3409cbe4bff
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
long helper1(short p0) {
    int v2 = (!(020000000000L));
    v2 = v2;
    uchar v3 = ((((((uchar)(((v2) | (p0))))) ? (((max((int)(v2), (int)(p0))) | (p0))) : (sneg_int(ssub_int(p0, p0))))) <= (v2));
    for (int i4 = 0; i4 < 3; i4++) {
        switch ((((min((int)(abs((int)(v3))), (int)(((v3) ? (p0) : (0x702E))))) ? (((((v2) && (p0))) != (((p0) >= (v2))))) : (smul_int(i4, ((v3) == (p0)))))) & 7) {
        case 2: {
            v3 = smod_int(v2, ((uchar)(min((ushort)(p0), (ushort)(sadd_int(v3, v3))))));
            break;
        }
        }
        v2 = sdiv_int(clamp((ushort)(((((0100000u) ? (p0) : (p0))) ? (abs((long)(0x9EEDAF1141E3EAD4l))) : ((!(i4))))), (ushort)0UL, (ushort)48692UL), p0);
    }
    return p0;
}
ulong helper5(short p0, uint p1) {
    short v6 = (!(((((p0) >> ((((ushort)(p1))) & 31))) || (p1))));
    p0 = ((((((sneg_int(v6)) ? (((char)(v6))) : (((p1) >> ((p1) & 31))))) + (((((p0) < (p0))) ? ((~(p1))) : (((ulong)(v6))))))) ^ (((((((p0) ? (p0) : (v6))) >> ((((0) < (v6))) & 31))) && (helper1((-(p1)))))));
    p1 = sneg_int(sdiv_int(((p0) != (((p1) ? (v6) : (0xC308C85F2AD3F84DU)))), (!(((v6) <= (p0))))));
    return sshl_int(((p0) >= (mul_hi((ulong)(p1), (ulong)(1723154633l)))), (((int)(sdiv_int(v6, p0)))) & 31);
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    uint v7 = (((-(gid))) ? (((((uchar)((!(gid))))) >= (gid))) : ((-((~(((lid) >> ((lid) & 31))))))));
    short v8 = gid;
    short v9 = ((((((ssub_int(v8, 0145313)) >= (((gid) ? (gid) : (020000000000U))))) ? (v8) : (((int)((-(lid))))))) < ((!(v8))));
    long v10 = ((umod_ulong(((helper1(v8)) && (((v9) || (v8)))), (-(((057401ul) ? (01665004011004011724122L) : (lid)))))) < ((!(((((442u) ^ (lid))) ? (((in[(popcount((uchar)(in[(((v9) && (in[(((v9) ^ (gid))) & 63]))) & 63]))) & 63]) + (v9))) : (((v7) || (012UL))))))));
    long v11 = v8;
    uchar a12[4] = {v11, ((in[(((0x43D41DDDul) ? (0x100U) : (036225553226))) & 63]) ? (((int)(v9))) : (((uint)(v9)))), ((char)(clamp((long)(v8), (long)0L, (long)171787577L))), min((uchar)(abs((char)(0x4bdea6a3564ab6c2UL))), (uchar)(((v11) ^ (v10))))};
    a12[((~(max((char)(025532615516), (char)(a12[(((uint)(0x400fbe4b7b6ac178L))) & 3]))))) & 3] = rotate((short)(((14817l) ? (gid) : (v11))), (short)(((int)(((v7) ? (a12[(((uchar)(0x1ED42E1859030C6EUL))) & 3]) : (v8))))));
    a12[(((udiv_ulong(01000000000000000000000ul, v9)) * (((a12[(((uchar)(652))) & 3]) ? (in[(9L) & 63]) : (38427UL))))) & 3] = ((char)(((((a12[(((char)(5L))) & 3]) < (v7))) != (((0x225ul) - (0102036U))))));
    { uint *p = &v7; *p = (*p ^ (uint)(helper5(v7, v9))) * 3u + 1u; }
    for (int i13 = 0; i13 < 0; i13++) {
        atomic_xor(&acc[1], (uint)(helper5(v8, ((((v8) && (v10))) & (i13)))));
        uint w14 = 0u;
        while (w14 < 4u) {
            w14++;
            a12[(a12[(((ushort)(0x155UL))) & 3]) & 3] = ((short)(v8));
        }
        if (a12[(0x1D6UL) & 3]) continue;
        if (gid) {
            for (int i15 = 0; i15 < 1; i15++) {
                int v16 = v11;
                if (((v7) ? (((((in[(0x100000000) & 63]) == (lid))) != (((in[(v10) & 63]) < (a12[((!(6))) & 3]))))) : (i15))) {
                    v10 ^= (long)(((((((v8) ? (v8) : (v16))) || (((i13) ? (a12[(clamp((int)(in[(i15) & 63]), (int)(-301996774L), (int)1538296504L)) & 3]) : (v9))))) ? (((((lid) ? (0165102436256047376336U) : (a12[(((uchar)(7657316938513657561U))) & 3]))) ? (mul_hi((short)(0x4cL), (short)(0x134u))) : (((v8) & (i15))))) : (helper1(clamp((uint)(01467), (uint)1UL, (uint)46823UL)))));
                    switch ((abs((char)((!((!(v9))))))) & 7) {
                    case 1: {
                        atomic_sub(&counters[0], (uint)(v11));
                        break;
                    }
                    case 6: {
                        a12[(((char)(037777777777))) & 3] = v11;
                        uint w17 = 0u;
                        do {
                            w17++;
                            atomic_max(&counters[2], (uint)(((v11) ? (clamp((short)((-(in[((~(03L))) & 63]))), (short)(-12513L), (short)2038L)) : ((((~(v7))) + (helper5(v7, i13)))))));
                            if (((int)(((v10) && (040000000000u))))) break;
                        } while (w17 < 3u);
                        break;
                    }
                    }
                    switch (((!((~(v11))))) & 7) {
                    case 4: {
                        a12[(sneg_int(v9)) & 3] = v9;
                        break;
                    }
                    case 6: {
                        v11 ^= (long)(mul_hi((int)(((a12[(((0x2DAul) || (0777777777777777777776ul))) & 3]) * (0xd0e586043521b98dL))), (int)(((char)(((i13) <= (0332253005224143753037)))))));
                        break;
                    }
                    }
                } else {
                    if (a12[(((short)(in[(((in[(lid) & 63]) > (lid))) & 63]))) & 3]) {
                        for (int i18 = 0; i18 < 4; i18++) {
                        }
                    }
                }
                if (((ushort)(sneg_long(0x2L)))) continue;
            }
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a12[e]);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
