// compiler-diff finding: reference-miscompile
// seed: 2459 mode: atomic
// expected-hash: 0xfba81e0fc9853c00
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x455e5cf083f2bfb9
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xfba81e0fc9853c00
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xfba81e0fc9853c00
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xfba81e0fc9853c00
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
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong v1 = gid;
    ulong v2 = (((((!(((gid) ? (v1) : (gid))))) >= ((-(017ul))))) ? (((ushort)((((-(v1))) ^ (((gid) ? (2645195821u) : (017UL))))))) : (((((((701u) << ((10l) & 31))) + (((in[((-(in[(((lid) ? (020251467002l) : (in[(((uint)(v1))) & 63]))) & 63]))) & 63]) && (v1))))) == (gid))));
    v2 = ((((0xffffl) ? (min((int)(((int)(0x2b30))), (int)(((lid) >> ((v1) & 31))))) : (((((ulong)(0xdb14d506197499c8U))) ? (((v1) ? (v1) : (63147L))) : (((in[((~(lid))) & 63]) != (v1))))))) || (((ushort)(((max((uchar)(v2), (uchar)(v1))) | (3934746751095304093))))));
    int v3 = ((ulong)(((((((lid) + (0x245))) ? ((~(lid))) : (01546UL))) ? (((((lid) > (gid))) != ((-(711U))))) : (lid))));
    v1--;
    for (int i4 = 0; i4 < (int)(in[(gid + 38u) & 63u] & 3u); i4++) {
        v2 = i4;
        v1 = gid;
    }
    atomic_sub(&acc[0], (uint)(v1));
    --v1;
    v1 = ((gid) >= (v2));
    if (max((long)((-((~(lid))))), (long)((~(((836) ? (v1) : (317ul))))))) {
        if (((((in[((!(3688679985))) & 63]) <= (v1))) ? ((((-(gid))) ^ (((long)(v1))))) : (0xfb2a465eaf086319L))) {
            switch ((((((uint)(((v3) & (in[(lid) & 63]))))) - (min((int)(lid), (int)(sshl_int(v3, (v1) & 31)))))) & 7) {
            case 6: {
                switch ((((lid) != ((~(((lid) ? (v2) : (v2))))))) & 7) {
                case 0: {
                    v2 = ((in[(((6199186614781776000U) >= (lid))) & 63]) << (((!(v2))) & 31));
                    break;
                }
                case 2: {
                    for (int i5 = 0; i5 < (int)(in[(gid + 45u) & 63u] & 3u); i5++) {
                        int v6 = ((lid) ? ((((((!(0x10u))) ? (gid) : (clamp((ulong)(gid), (ulong)28360UL, (ulong)2072927650UL)))) && (((((v2) ? (i5) : (i5))) ? (((v2) ? (i5) : (0x6U))) : (((v3) == (v2))))))) : (in[(((ushort)(0145151u))) & 63]));
                        v1 = ((((long)(min((ulong)(((v6) | (0270311104211151142347UL))), (ulong)(((gid) | (9223372036854775807u))))))) ? (sshl_int((~(05)), (2147483646l) & 31)) : (((((((0xa) ^ (01712747341122155105317))) ? (((0x2l) ^ (v3))) : ((!(lid))))) | (v2))));
                        v3 >>= ((int)(max((long)(((uchar)(((9402370813878212238ul) > (v3))))), (long)(((((v1) ^ (in[(v6) & 63]))) ? (((in[(i5) & 63]) ? (lid) : (i5))) : (rotate((int)(in[((!(i5))) & 63]), (int)(v3))))))) & 31);
                        atomic_xor(&counters[1], (uint)(((char)(v2))));
                    }
                    switch ((((v3) | (lid))) & 7) {
                    case 4: {
                        v3 = ((((lid) - (((v2) ? (((gid) & (lid))) : (((in[((~(v3))) & 63]) != (v2))))))) > (sneg_int(min((short)(((lid) ? (lid) : (v1))), (short)(((v3) > (254)))))));
                        switch ((((mul_hi((uint)((!(0x707E759))), (uint)(abs((short)(gid))))) == (v3))) & 7) {
                        case 2: {
                            long v7 = in[(((01177u) >> ((v1) & 31))) & 63];
                            atomic_sub(&acc[0], (uint)((!(((in[(2147483648u) & 63]) >= (smul_long(lid, v7)))))));
                            break;
                        }
                        case 6: {
                            v1 = clamp((int)(sneg_int(((lid) >= (((ulong)(lid)))))), (int)128L, (int)18442L);
                            break;
                        }
                        default: {
                            switch ((v3) & 7) {
                            case 1: {
                                atomic_add(&acc[0], (uint)(lid));
                                uint w8 = 0u;
                                while (w8 < 3u) {
                                    w8++;
                                    atomic_xor(&acc[1], (uint)(v3));
                                    v2 = max((long)(v2), (long)(in[(65534UL) & 63]));
                                }
                                break;
                            }
                            case 2: {
                                break;
                            }
                            default: {
                            }
                            }
                        }
                        }
                        break;
                    }
                    }
                    break;
                }
                case 5: {
                    break;
                }
                case 6: {
                    break;
                }
                default: {
                }
                }
                break;
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
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
