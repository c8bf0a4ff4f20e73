// compiler-diff finding: reference-miscompile
// seed: 5135 mode: atomic
// expected-hash: 0xe425896a08dbec51
// direct pthread-skylake-avx512-AMD EPYC: hash 0xbc7d99e5bb893ebe
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xe425896a08dbec51
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xe425896a08dbec51
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xe425896a08dbec51
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
uchar helper1(int p0, long p1, uint p2) {
    ushort v2 = ((((((abs((ushort)(p0))) < (mul_hi((uint)(01546), (uint)(p1))))) ? (((p1) ? (((p0) != (p1))) : ((!(p1))))) : (((((p2) && (p0))) || (p0))))) && (((short)(((((p2) - (0xa08226a1f9fe3f29L))) | (((p1) <= (p2))))))));
    v2 = ((((((short)(7))) <= (((char)(mul_hi((int)(01446U), (int)(v2))))))) <= (((((long)(((uint)(p2))))) >= (p2))));
    p0 >>= ((int)(p2) & 31);
    return (~((~(abs((uint)(p1))))));
}
ulong helper3(ulong p0) {
    p0 = ((((ushort)(((p0) ? (01032012546400372027046l) : (((uchar)(p0))))))) - (p0));
    switch ((((((986340828l) ^ (((p0) - (p0))))) ? (((long)(abs((short)(p0))))) : (((p0) | (p0))))) & 7) {
    case 3: {
        p0 = (!(((min((int)(((0x72A1769260513751l) ? (01302) : (p0))), (int)(p0))) < (p0))));
        p0 = p0;
        break;
    }
    default: {
        uchar v4 = p0;
    }
    }
    return p0;
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    short v5 = lid;
    short v6 = gid;
    uint v7 = ((ulong)(clamp((short)(((0u) > (rotate((uint)(v6), (uint)(lid))))), (short)(-14645L), (short)318L)));
    uint v8 = (!(max((ushort)(v5), (ushort)(0xc12669e1a217b69dU))));
    uint a9[8] = {min((long)(lid), (long)(((in[(((v7) ? (272636990) : (lid))) & 63]) & (v8)))), ((uint)((!(in[(v8) & 63])))), lid, ((((v6) != (in[(v7) & 63]))) ? ((-(v7))) : (((v5) == (in[(((v5) && (v6))) & 63])))), ((((v6) ? (lid) : (lid))) << ((udiv_uint(in[((-(gid))) & 63], v5)) & 31)), 0xD753UL, ((((0xe08afc1e) <= (4UL))) * (193UL)), (!(((uint)(v6))))};
    v5 = clamp((long)(lid), (long)754L, (long)40043L);
    v5 = lid;
    ushort v10 = v5;
    v7 = lid;
    atomic_xor(&acc[1], (uint)(((ushort)(v7))));
    v7 = ((ushort)(((v6) < ((~(((22) == (in[(((in[(((260) && (gid))) & 63]) ? (v7) : (gid))) & 63]))))))));
    v10 = clamp((ulong)(((((0x369ul) ? (((v6) || (v8))) : (0x7fffffffffffffffl))) | (a9[(((0U) ^ (32768))) & 7]))), (ulong)1UL, (ulong)30592UL);
    { uint *p = &v7; *p = (*p ^ (uint)(sadd_int(((127u) > (016661)), v10))) * 3u + 1u; }
    { uint *p = &v8; *p = (*p ^ (uint)(a9[(((0x27cl) ? (lid) : (v6))) & 7])) * 3u + 1u; }
    atomic_sub(&counters[0], (uint)(((((((0x80000001ul) >> ((v6) & 63))) << (((!(a9[(helper3(v8)) & 7]))) & 63))) == (lid))));
    for (int i11 = 0; i11 < (int)(in[(gid + 6u) & 63u] & 3u); i11++) {
        v10 = (-(434ul));
        if (((sneg_int(v10)) < (((v8) & (gid))))) continue;
        ulong v12 = ((v7) ? (helper1(mul_hi((int)(((short)(v6))), (int)(((ulong)(a9[(((0xFU) >> ((01240640306364026156171U) & 31))) & 7])))), abs((long)(((gid) ? (65536UL) : (020L)))), umod_uint(((v5) ? (v10) : (020000000000U)), v8))) : (((helper1(0xa4ce80a398c39fe9L, helper1(gid, in[(helper1(lid, in[((!(01267U))) & 63], a9[(((0377l) == (0x78ade18b6b489aedU))) & 7])) & 63], 0xCC64L), ((short)(in[(((short)(v8))) & 63])))) ? (((v8) != (i11))) : (clamp((short)(a9[(helper1(i11, v10, i11)) & 7]), (short)5L, (short)300L)))));
    }
    v5 >>= ((short)(umod_uint(max((ushort)(umod_uint(a9[(((long)(in[(((04U) ? (v7) : (v5))) & 63]))) & 7], 0xfe)), (ushort)((!(a9[(((ulong)(02131435166L))) & 7])))), ((lid) ? (max((int)(v8), (int)(gid))) : (((v8) ? (v5) : (gid)))))) & 31);
    v6 = ((ushort)(((((91U) != (((ulong)(017777777776UL))))) >= (((((ushort)(in[(v5) & 63]))) - (helper3(899138880152345042u)))))));
    atomic_add(&acc[0], (uint)(((uchar)(sneg_int(v5)))));
    v8 = max((short)(a9[(mul_hi((uint)(8U), (uint)(gid))) & 7]), (short)(a9[(((in[(((short)(0xd1983738))) & 63]) > (in[(((a9[(((lid) ? (in[(udiv_uint(gid, v5)) & 63]) : (in[(((in[(0UL) & 63]) - (v8))) & 63]))) & 7]) == (031777221660l))) & 63]))) & 7]));
    short v13 = sneg_int((!(helper3(((v6) ? (v5) : (gid))))));
    uint w14 = 0u;
    while (w14 < 4u) {
        w14++;
        short v15 = v10;
    }
    a9[(((ulong)(((ulong)(022142123372u) * (ulong)(5419392509798520901UL))) - (ulong)(0101716U))) & 7] = (!(((((in[((-(in[(((long)(0xb1a1l))) & 63]))) & 63]) + (v8))) - (((v8) ? (0x7f) : (53813))))));
    ulong v16 = sneg_int(((((((gid) ? (4294967296) : (lid))) != (clamp((ushort)(v7), (ushort)56193UL, (ushort)64141UL)))) <= (((ushort)(abs((ulong)(in[((!(in[(((lid) && (017777777777ul))) & 63]))) & 63])))))));
    for (int i17 = 0; i17 < (int)(in[(gid + 21u) & 63u] & 3u); i17++) {
        switch (((((!(((long)(v16))))) ? ((!((!(gid))))) : ((((!(in[(helper3(v16)) & 63]))) <= (helper1(0x7fffffffffffffffUL, i17, lid)))))) & 7) {
        case 1: {
            atomic_sub(&acc[0], (uint)((~(in[(in[(udiv_uint(in[(a9[(((0x6) ? (v8) : (in[(((a9[(((v8) ^ (v10))) & 7]) && (v6))) & 63]))) & 7]) & 63], a9[(((v6) || (i17))) & 7])) & 63]) & 63]))));
            break;
        }
        default: {
            switch ((in[(a9[(helper3(v5)) & 7]) & 63]) & 7) {
            case 3: {
                v6 = ((((char)((!(((v16) ? (0x8C71653FA198A2CEl) : (0x1D2ul))))))) < (((ssub_int(mul_hi((int)(0x2EDu), (int)(lid)), v13)) > (abs((char)(a9[(((ulong)(020000000001) ^ (ulong)(48L))) & 7]))))));
                break;
            }
            default: {
                v13--;
            }
            }
        }
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a9[e]);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v16);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
