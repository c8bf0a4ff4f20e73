// compiler-diff finding: reference-miscompile
// seed: 85988 mode: atomic
// expected-hash: 0xdd0a6104fa2f83a9
// direct pthread-skylake-avx512-AMD EPYC: hash 0xe69edcdc8808aef5
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xdd0a6104fa2f83a9
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xdd0a6104fa2f83a9
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xdd0a6104fa2f83a9
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
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    uchar v1 = ((((((((int)(lid))) | (((014223) | (gid))))) | (in[(udiv_uint(lid, gid)) & 63]))) <= (clamp((short)(((((int)(8U))) ? (lid) : (mul_hi((char)(lid), (char)(lid))))), (short)11L, (short)372L)));
    char v2 = (!(((((((gid) != (v1))) ^ (gid))) == (((v1) <= (((gid) == (gid))))))));
    uint v3 = ((1U) >> ((lid) & 31));
    uint v4 = max((ushort)(((mul_hi((char)(min((uint)(in[(v1) & 63]), (uint)(0205l))), (char)(((in[(((ulong)(v1))) & 63]) <= (in[(0x80000000u) & 63]))))) != (abs((int)(((lid) <= (2033852624441392386))))))), (ushort)(sadd_int(sneg_int(min((int)(lid), (int)(in[(max((int)(gid), (int)(in[((~(893l))) & 63]))) & 63]))), ((lid) <= (((0x80000000L) == (gid)))))));
    short a5[8] = {min((ushort)(ssub_long(v3, 0xd91a83f6L)), (ushort)(((lid) < (v4)))), min((uchar)(abs((uchar)(v2))), (uchar)(v3)), ((sshl_int(v2, (v3) & 31)) ? (gid) : ((~(0xfffffffffffffffeU)))), 0x3ul, ((abs((uint)(lid))) ^ (((0xee4b254af1c37f6el) ? (v3) : (in[(v1) & 63])))), min((uchar)(umod_uint(014, v4)), (uchar)(((int)(lid)))), min((ulong)((-(gid))), (ulong)(((v2) ^ (v2)))), popcount((uint)(((v1) >> ((in[(in[(((uchar)(in[(((gid) ? (v3) : (v2))) & 63]))) & 63]) & 63]) & 31))))};
    v1 >>= ((uchar)((!(((v4) & (popcount((ulong)(v4))))))) & 31);
    v4++;
    for (int i7 = 0; i7 < 3; i7++) {
        for (int i8 = 0; i8 < 4; i8++) {
            {
                v4 = ((((sshl_long(2511693011L, (((v4) | (in[(((gid) < (v4))) & 63]))) & 63)) != (a5[(((0xfffeL) < (0156574065423275520006l))) & 7]))) | (((ulong)(mul_hi((ushort)(v3), (ushort)(((07353210717UL) << ((v3) & 63))))))));
                if (((((i8) > (v4))) - (umod_uint(in[(((gid) >= (v4))) & 63], a5[(v3) & 7])))) goto L9;
                if (((abs((ulong)(((ushort)(7717563505800409744L))))) + (((mul_hi((int)(0470563062356437512077UL), (int)(0x10l))) >= (((0x32DUL) != (0x3D2))))))) {
                    a5[((~(((uint)(15119917246555625176UL))))) & 7] = ((((long)(in[(0xE017U) & 63]))) ? (((mul_hi((uint)(a5[(((ulong)(v1))) & 7]), (uint)(a5[(((ulong)(0x21bul) * (ulong)(026375531341l))) & 7]))) >> ((((short)(in[(sshl_int(012, (1571192323) & 31)) & 63]))) & 31))) : ((-(((ulong)(v1))))));
                } else {
                    a5[(rotate((ushort)(((v3) == (a5[((!(v4))) & 7]))), (ushort)(((v3) * (v3))))) & 7] = in[((!(v3))) & 63];
                    ulong v10 = abs((short)(((rotate((short)(((long)(a5[(((ulong)(0x8E08) * (ulong)(0314546110056231163352))) & 7]))), (short)(lid))) ? (sneg_int(min((short)(a5[(max((short)(gid), (short)(i7))) & 7]), (short)(a5[(((v1) >> ((v3) & 31))) & 7])))) : (((sneg_int(a5[(((ulong)(10980925568925081820UL) + (ulong)(0xAU))) & 7])) || (((in[(5ul) & 63]) << ((i8) & 31))))))));
                    a5[(abs((char)(((v4) - (i8))))) & 7] = ((ushort)(popcount((ulong)(((0x1u) <= (v4))))));
                }
                { uint *p = &v3; *p = (*p ^ (uint)(((v3) | (v3)))) * 3u + 1u; }
            }
            L9: ;
            atomic_min(&acc[3], (uint)(sneg_int(((uchar)(in[(((a5[(((ulong)(01666224305656440731577ul) + (ulong)(480ul))) & 7]) ? (4190U) : (i8))) & 63])))));
            uint g12 = 0u;
            L11: {
                g12++;
                v3 = ((long)(((a5[(((ushort)(017730703631UL))) & 7]) ? (((ushort)(min((uint)(i7), (uint)(lid))))) : (((min((char)(0x2l), (char)(v2))) && (gid))))));
            }
            if (g12 < 3u && ((!(gid)))) goto L11;
            if (((v3) * (((gid) > (v2))))) continue;
            v4 = ((0x6B76E549ul) & ((~((!(((int)(13793263984967322555u))))))));
        }
        if (((((uint)(v3))) ? ((~(v1))) : (v3))) goto L6;
        if (((uint)(((lid) ? (((v1) >= (i7))) : (udiv_ulong(0173342363241057643525u, gid)))))) {
            v1 = v1;
            atomic_sub(&acc[0], (uint)(((in[(((v1) >> ((v2) & 31))) & 63]) && (v4))));
            atomic_xor(&counters[1], (uint)(abs((short)((~(((v4) >= (v2))))))));
        }
    }
    L6: ;
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a5[e]);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
