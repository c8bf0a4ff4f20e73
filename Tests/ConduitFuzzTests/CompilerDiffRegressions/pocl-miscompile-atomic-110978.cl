// compiler-diff finding: reference-miscompile
// seed: 110978 mode: atomic
// expected-hash: 0x592056cdbcee8360
// direct pthread-skylake-avx512-AMD EPYC: hash 0xa69b5cafec5beb00
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x592056cdbcee8360
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x592056cdbcee8360
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x592056cdbcee8360
// Conduit compiler-diff, mode atomic
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
long helper1(ushort p0, uint p1) {
    uint v2 = ((p0) < (((32766) ? (((((3703245791u) ^ (01541L))) & (((p1) ? (p1) : (0377u))))) : (sadd_long(((p0) ? (4294967296) : (0xf402u)), p1)))));
    { uint *p = &v2; *p = (*p ^ (uint)(sadd_long(((long)(p0)), (~(v2))))) * 3u + 1u; }
    ushort v3 = ((int)(p1));
    return sshl_int(((((ulong)(p1))) || (((p0) >= (v2)))), (((uint)(((037777777777l) == (013))))) & 31);
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong v4 = (~(0x298u));
    char v5 = (!(v4));
    uint v6 = (!(abs((short)(max((long)(helper1(v5, v4)), (long)(sneg_int(v5)))))));
    short v7 = v6;
    ushort v8 = ((lid) ? (mul_hi((char)(((((in[(((char)(v6))) & 63]) | (v7))) > (max((ushort)(0xF65BUL), (ushort)(gid))))), (char)(03412254573U))) : (((((in[(((gid) << ((gid) & 31))) & 63]) >= (clamp((int)(v6), (int)(-129766351L), (int)43530L)))) || (((char)(((ulong)(lid))))))));
    v6 &= (uint)(helper1(umod_uint(((0xFD1C) ? (v6) : (gid)), max((int)(v6), (int)(4389442483361688705L))), ((udiv_uint(v6, 035437u)) << ((((0x0UL) && (v7))) & 31))));
    atomic_add(&counters[0], (uint)(v8));
    atomic_max(&acc[2], (uint)(abs((ushort)(helper1(rotate((ushort)(v6), (ushort)(gid)), ((int)(in[(((in[(lid) & 63]) ^ (0x35l))) & 63])))))));
    atomic_sub(&acc[0], (uint)(helper1(clamp((char)(((159ul) ? (111) : (v6))), (char)(-98L), (char)(-38L)), ((char)(clamp((int)(gid), (int)477L, (int)680L))))));
    for (int i9 = 0; i9 < (int)(in[(gid + 55u) & 63u] & 3u); i9++) {
        v5 = ((ulong)(v7));
        v7 = ((uchar)(0x5c15f8e0ul));
    }
    v7 |= (short)(gid);
    --v5;
    for (int i10 = 0; i10 < 4; i10++) {
        v8 >>= ((ushort)(((helper1(sdiv_long(0x80000000L, i10), ((0130UL) ? (6426696118960216607ul) : (9UL)))) == (037777777777UL))) & 31);
        v7 = ((((clamp((char)(v8), (char)(-91L), (char)(-47L))) && (((((0x80000000ul) < (305ul))) ? (v7) : (((gid) + (i10))))))) > (((136l) ? (((((v8) ? (lid) : (0x2b0L))) >> ((v7) & 63))) : (min((long)(v8), (long)(i10))))));
    }
    uint w11 = 0u;
    while (w11 < 4u) {
        w11++;
        atomic_sub(&acc[0], (uint)(((v8) < (((((lid) & (in[(v5) & 63]))) < (min((ushort)(in[(mul_hi((long)(lid), (long)(gid))) & 63]), (ushort)(v8))))))));
        if (((udiv_uint(v6, v7)) ? ((~(gid))) : (((v4) < (v4))))) break;
    }
    v4 = helper1(in[((-(gid))) & 63], (((!(abs((ulong)(v6))))) ? (v6) : (((helper1(in[(umod_ulong(01036745416343372636523ul, v6)) & 63], lid)) ? (014l) : (((v6) || (0771L)))))));
    { uint *p = &v6; *p = (*p ^ (uint)((!(((8028790410313133659U) - (0100000U)))))) * 3u + 1u; }
    for (int i12 = 0; i12 < (int)(in[(gid + 13u) & 63u] & 3u); i12++) {
        uint v13 = abs((uchar)(gid));
        v5 >>= ((char)(v8) & 31);
        ushort v14 = popcount((short)(abs((long)(((((v8) && (lid))) && (((short)(0x7ffffffffffffffful))))))));
    }
    if ((~(helper1(((v4) & (v7)), (-(0x10000UL)))))) {
        uint g16 = 0u;
        L15: {
            g16++;
            v8 = sneg_int(((uchar)(((gid) ? (((0x4151ul) ? (v8) : (0x2B55u))) : (((ushort)(v7)))))));
            atomic_min(&acc[3], (uint)(udiv_uint(((uint)(rotate((ushort)(gid), (ushort)(v7)))), (~(v7)))));
        }
        if (g16 < 1u && (((ushort)(helper1(03U, 0155466UL))))) goto L15;
        atomic_add(&acc[0], (uint)(min((int)(((v5) ? (v6) : ((~(lid))))), (int)(((((v5) ? (033714l) : (v4))) == (((01465410560336211432414UL) < (0x100ul))))))));
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
