// compiler-diff finding: reference-miscompile
// seed: 10228 mode: atomic
// expected-hash: 0x2cd2e6790569aa47
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x9bcd733f6ce34e50
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x2cd2e6790569aa47
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x2cd2e6790569aa47
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x2cd2e6790569aa47
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
int helper1(short p0, long p1, long p2) {
    p0 = ((short)(((abs((int)(p1))) && (mul_hi((uint)(((548UL) != (p0))), (uint)((!(p1))))))));
    short v2 = mul_hi((int)(smul_long((!(abs((long)(0x367l)))), p1)), (int)((~(((((p2) < (p2))) & (p0))))));
    p1 = ((uchar)(((p0) ? (((((p1) ? (p1) : (v2))) ? (((01421702073L) ? (p2) : (p2))) : (((0x100000000L) != (p0))))) : (((((char)(p1))) ? (((p0) ? (581l) : (v2))) : (((p2) & (0x2ce05577l))))))));
    return (~(0x4u));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    uint v3 = ((lid) ? (((gid) + ((-(((uint)(53306259))))))) : (((((umod_uint(in[(ssub_long(gid, 01626L)) & 63], 016524301761)) <= (((lid) > (gid))))) <= (((((lid) ? (gid) : (in[(((gid) ? (lid) : (gid))) & 63]))) - (lid))))));
    ulong v4 = (-(udiv_uint(((((lid) != (0xeUL))) != (max((char)(v3), (char)(032506113157075746146l)))), (-(((01053L) ? (07772U) : (gid)))))));
    long a5[8] = {((v4) >= (1097496675u)), 03535253214516541077u, gid, helper1(popcount((int)(v3)), ((in[(lid) & 63]) ? (lid) : (v3)), lid), ((((v4) <= (v3))) & (helper1(v3, 76U, lid))), clz((int)(in[(((uint)(v4))) & 63])), mul_hi((uint)(umod_uint(lid, in[(clamp((ushort)(gid), (ushort)10857UL, (ushort)65535UL)) & 63])), (uint)(v4)), smul_int(((lid) && (8782500249963632061)), (!(lid)))};
    if (((((short)(a5[(v3) & 7]))) ? (((int)(((7U) | (0x8UL))))) : (abs((short)(gid))))) {
        v3 |= (uint)(sdiv_long(((((ulong)(in[(abs((ulong)(0xfe))) & 63]))) ? (in[(rotate((int)(0x1), (int)(in[(abs((long)(0473))) & 63]))) & 63]) : (sdiv_long(012L, in[((-(lid))) & 63]))), ((in[(((in[(((in[(((0x178) ? (a5[(((ulong)(126u) - (ulong)(2400507349UL))) & 7]) : (v4))) & 63]) ? (v3) : (lid))) & 63]) <= (a5[(((v4) ? (in[(v4) & 63]) : (in[(v3) & 63]))) & 7]))) & 63]) == (a5[(0x92c5d2c6abdd5204) & 7]))));
        ushort v6 = ((long)(v4));
    }
    v3 = gid;
    ulong v7 = ((((026356312752) > ((!(((a5[(32767UL) & 7]) ? (in[(((uchar)(lid))) & 63]) : (0xf13ff18c))))))) >= (((0x7ul) <= (popcount((int)(helper1(0x60A2145484DBC474l, a5[(((in[(((0x3C4u) != (a5[(((0x7u) ? (v3) : (lid))) & 7]))) & 63]) ? (a5[(((lid) != (012l))) & 7]) : (013160l))) & 7], gid)))))));
    if (((a5[(((uchar)(683UL))) & 7]) > (((in[(min((ulong)(v3), (ulong)(in[((~(lid))) & 63]))) & 63]) ? (((a5[(((0410210634ul) >> ((0ul) & 63))) & 7]) | (lid))) : (((46244l) ? (v7) : (a5[(((short)(0132053UL))) & 7]))))))) {
        atomic_max(&counters[2], (uint)(min((long)(((((v4) ? (8ul) : (v3))) + ((!(a5[(clz((int)(0xE))) & 7]))))), (long)((~(((ulong)(gid))))))));
    }
    v7 = ((0177ul) == ((~(((((uint)(v4))) == ((~(0xE575L))))))));
    for (int i8 = 0; i8 < (int)(in[(gid + 9u) & 63u] & 3u); i8++) {
        v7 = (((-(udiv_ulong((-(v4)), sneg_int(017))))) + (a5[(((uchar)(14L))) & 7]));
        v7 = (!(in[(((a5[((!(a5[(0112353ul) & 7]))) & 7]) < (a5[((!(0x2D42))) & 7]))) & 63]));
        switch ((in[(((ulong)(in[(((lid) << ((i8) & 31))) & 63]))) & 63]) & 7) {
        case 0: {
            switch (((((!(((i8) == (v7))))) && (helper1(v7, gid, ((v7) * (in[(helper1(v3, 0xa29a9cbbl, a5[((!(6ul))) & 7])) & 63])))))) & 7) {
            case 2: {
                short v9 = umod_uint(((int)((((-(in[(v7) & 63]))) ? (((lid) & (gid))) : (((a5[(((v4) ? (a5[(0x30al) & 7]) : (0xbf0c3606UL))) & 7]) <= (0x43362def)))))), lid);
                a5[(0x7) & 7] = ((((((v3) != (in[(((0676L) || (i8))) & 63]))) + (05UL))) & (helper1((!(lid)), smul_long(a5[(((i8) >> ((v3) & 31))) & 7], gid), helper1(gid, v3, a5[((~(a5[(sneg_long(0x7FFFl)) & 7]))) & 7]))));
                break;
            }
            default: {
                v7 = ((((short)(((((in[(clamp((char)(v3), (char)5L, (char)9L)) & 63]) ? (0x89B7L) : (gid))) ? (((i8) || (v3))) : (((v7) ? (v3) : (in[(((v4) - (a5[(((520u) != (in[(((lid) > (v3))) & 63]))) & 7]))) & 63]))))))) >= ((~((((~(16UL))) * (((in[(((long)(lid))) & 63]) ? (lid) : (in[(((828u) >= (gid))) & 63]))))))));
            }
            }
            v7 *= (ulong)(helper1(((uchar)(abs((ulong)(in[((~(0x84d7a34))) & 63])))), ((in[(((v4) ? (gid) : (lid))) & 63]) * (helper1(070757L, v7, gid))), mul_hi((uint)((~(04374461202L))), (uint)(((gid) ? (a5[(helper1(0x113D, i8, 0x6CUL)) & 7]) : (v7))))));
        }
        case 2: {
            atomic_xor(&acc[1], (uint)(abs((long)(max((ulong)(v3), (ulong)(01000000000000000000000u))))));
            break;
        }
        case 3: {
            v3 = v3;
            break;
        }
        case 5: {
            v3 = ((in[(min((uint)(v7), (uint)(in[((-(040000000000U))) & 63]))) & 63]) ? (((026UL) == ((-(umod_ulong(i8, v4)))))) : (((v4) >= (((ulong)(((in[(rotate((int)(gid), (int)(gid))) & 63]) ? (v4) : (v4))))))));
            char v10 = ((uint)(abs((ulong)(((long)(01U))))));
        }
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a5[e]);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
