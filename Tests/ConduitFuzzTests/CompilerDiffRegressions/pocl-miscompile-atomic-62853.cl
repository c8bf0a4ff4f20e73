// compiler-diff finding: reference-miscompile
// seed: 62853 mode: atomic
// expected-hash: 0xe13a6c3e615dda19
// direct pthread-skylake-avx512-AMD EPYC: hash 0x9316e5f0e251ef0a
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xe13a6c3e615dda19
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xe13a6c3e615dda19
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xe13a6c3e615dda19
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
    long v1 = ((((((0x80000001) != ((~(gid))))) ? (((gid) - (gid))) : (lid))) * (((uchar)((((~(lid))) - (((lid) || (in[(gid) & 63]))))))));
    ushort v2 = ((((((uchar)(gid))) ? (((((gid) <= (lid))) & (((int)(0103455))))) : (((((uchar)(gid))) >> ((((lid) ^ (0x716b0623))) & 31))))) ? ((!(((((v1) ? (0xFFFFFFFEUL) : (in[(((8276581853883844202ul) != (v1))) & 63]))) ^ (((short)(lid))))))) : (((((((v1) ? (v1) : (lid))) == (in[(((023440l) != (v1))) & 63]))) + (lid))));
    short v3 = ((uchar)(max((ushort)(v2), (ushort)(smul_long(((v1) < (v1)), v1)))));
    char v4 = ((ulong)(mul_hi((ulong)(((((in[(((in[(mul_hi((ushort)(v2), (ushort)(v3))) & 63]) ? (01U) : (gid))) & 63]) * (gid))) - (abs((short)(015U))))), (ulong)(abs((ushort)(v3))))));
    ushort v5 = (!(((ulong)(((((017777777777u) <= (v3))) ? (v3) : (((v2) == (4294967296L))))))));
    ulong a6[8] = {((sneg_int(v2)) && (((char)(v3)))), ((smul_int(v3, v4)) >> ((in[(popcount((int)(v2))) & 63]) & 31)), v1, v5, ((uint)(((v5) >= (v2)))), smul_int(((short)(v4)), abs((char)(v3))), sadd_long(v4, sneg_long(v1)), ((sneg_long(v1)) >= (((v4) ^ (lid))))};
    uint w7 = 0u;
    while (w7 < 4u) {
        w7++;
        v1 ^= (long)(v5);
        if (58953UL) break;
    }
    for (int i8 = 0; i8 < 1; i8++) {
        switch ((((smod_int(i8, (~(v4)))) >> ((((uchar)(clz((uchar)(gid))))) & 31))) & 7) {
        case 0: {
            a6[((((-(0377U))) < ((~(035401336631l))))) & 7] = ((ushort)((-(((gid) ? (a6[(((v1) ? (v1) : (v4))) & 7]) : (0x2303F0F24D5B0CD7ul))))));
            break;
        }
        case 4: {
            for (int i9 = 0; i9 < 0; i9++) {
                for (int i10 = 0; i10 < 0; i10++) {
                    v1 = ((v3) ? (i8) : (((ushort)((~((~(v3))))))));
                    long v11 = ((long)(((uint)(umod_uint((!(i10)), in[(sshl_int(v4, (i10) & 31)) & 63])))));
                    atomic_sub(&counters[0], (uint)(((((max((ushort)(in[(abs((ulong)(i10))) & 63]), (ushort)(a6[(3006190808834983085u) & 7]))) | (rotate((long)(a6[(v4) & 7]), (long)(01021015430346714262501u))))) || ((~(clz((ushort)(gid))))))));
                }
                v5 = (((((((~(v3))) >= (((lid) || (v4))))) ? (((long)(((in[((~(0x1f9ul))) & 63]) || (v4))))) : (smod_int(0107012, 0x10000)))) == (v3));
                uint w12 = 0u;
                while (w12 < 4u) {
                    w12++;
                    v4 = (((!(((((0x13f0ebb5) ? (in[(((254l) ? (i8) : (01151010206536546451164L))) & 63]) : (lid))) >= (((char)(v2))))))) ? (((0x1B4) <= (((popcount((uchar)(v4))) && (0177l))))) : (((lid) == (sneg_int(((char)(in[(((v2) > (v2))) & 63])))))));
                }
                if (0x7fffffffL) break;
            }
            atomic_xor(&acc[1], (uint)(clamp((uchar)(0x4C53u), (uchar)130UL, (uchar)191UL)));
            break;
        }
        case 5: {
            for (int i13 = 0; i13 < (int)(in[(gid + 23u) & 63u] & 3u); i13++) {
                atomic_max(&acc[2], (uint)(v3));
                v3 = ((((((umod_ulong(a6[(578UL) & 7], v2)) ? (mul_hi((uchar)(gid), (uchar)(v3))) : (((v3) ? (a6[(v5) & 7]) : (i8))))) ? (sneg_int(((v1) < (v4)))) : (in[(max((char)(0xfffffffel), (char)(v5))) & 63]))) < (smul_int(((umod_ulong(0x8649eb5d8863c5e3l, 0xea79d3c1)) ? (((v5) != (lid))) : (v4)), sshl_int(clz((char)(in[(a6[(rotate((ushort)(i8), (ushort)(31266U))) & 7]) & 63])), (v5) & 31))));
                a6[(((clamp((short)(i8), (short)(-6596L), (short)1612L)) ? (((in[(((ushort)(0xdf7f3cd0))) & 63]) + (v5))) : ((-(in[(((a6[(((uint)(0xB8C6u))) & 7]) != (lid))) & 63]))))) & 7] = v4;
                if (smul_int(v3, ((uchar)((~(v5)))))) {
                    uchar v14 = ((((in[(((0x0l) != (v1))) & 63]) | (smod_int(((uchar)(v2)), (~(v2)))))) && (((i8) || (v2))));
                } else {
                    for (int i15 = 0; i15 < 3; i15++) {
                        v3 >>= ((short)(((int)(v2))) & 31);
                        if (udiv_ulong(a6[(a6[(ssub_long(in[((!(a6[(((ulong)(011l) << ((014) & 63))) & 7]))) & 63], 034073306353l)) & 7]) & 7], v5)) continue;
                    }
                    v2 = (~(3L));
                }
            }
            a6[(abs((long)(v4))) & 7] = a6[(((int)(14ul))) & 7];
        }
        case 7: {
            uchar v16 = ((((026601524164L) | (min((ulong)(((46865L) <= (i8))), (ulong)(((int)(lid))))))) && ((!(((max((ushort)(lid), (ushort)(v2))) ? (min((short)(v2), (short)(gid))) : (((uchar)(gid))))))));
            break;
        }
        }
        if (((umod_uint(in[(v5) & 63], lid)) ^ (v3))) break;
    }
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
    h = mix(h, (ulong)v5);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a6[e]);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
