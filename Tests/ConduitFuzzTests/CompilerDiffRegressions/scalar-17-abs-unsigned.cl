// compiler-diff finding: mismatch
// seed: 17 mode: scalar
// expected-hash: 0xfcdd9d298174dfd4
// direct pthread-skylake-avx512-AMD EPYC: hash 0xfcdd9d298174dfd4
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x3bc3c4cb9491ebc
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x3bc3c4cb9491ebc
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xfcdd9d298174dfd4
// Conduit compiler-diff, mode scalar
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
int helper1(long p0) {
    int v2 = ((mul_hi((uint)(((ssub_long(p0, p0)) ^ ((!(p0))))), (uint)(p0))) > (((ushort)(abs((short)(p0))))));
    long v3 = ((p0) != (sadd_long(((v2) >> ((p0) & 31)), ((long)(p0)))));
    short v4 = ((((((ushort)(abs((int)(v3))))) >> ((0xED8AF02BACB9340F) & 31))) <= (udiv_ulong((!(smod_long(5369L, v3))), ((ulong)(v3)))));
    return ((ulong)(((v2) < (((v4) < (v3))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v5 = sshl_int(((((0x1c2a) ? (((gid) ? (lid) : (lid))) : (gid))) && (((udiv_uint(53452U, in[(gid) & 63])) & (((lid) ? (gid) : (lid)))))), (((((abs((ulong)(lid))) >> ((((0x10dU) << ((gid) & 31))) & 63))) * (((int)(((lid) == (lid))))))) & 31);
    ulong v6 = ((v5) <= (clz((uchar)(((long)(lid))))));
    v5 = 0x7c03c7e6u;
    v5 = ((lid) ? (((ulong)(popcount((ushort)(gid))))) : (v6));
    v5 ^= (uchar)(lid);
    v6 = lid;
    v5 = ((long)(gid));
    uint w7 = 0u;
    while (w7 < 2u) {
        w7++;
        switch ((lid) & 7) {
        case 1: {
            v5 = v6;
            break;
        }
        case 2: {
            v6 <<= ((ulong)(((clz((ushort)(in[(gid) & 63]))) ? (helper1(ssub_int(v5, v5))) : ((((~(in[(((ushort)(v5))) & 63]))) ^ (((v5) > (v6))))))) & 63);
            break;
        }
        case 3: {
            v5 = umod_uint(((gid) ? (abs((uint)((~(lid))))) : (((min((long)(lid), (long)(5450475421621963272))) > (v5)))), ((((((v6) ? (0xDB) : (012UL))) ? (((v6) ? (v5) : (in[(v6) & 63]))) : (lid))) ? (helper1(((68594865U) >= (v6)))) : (((ushort)((~(gid)))))));
            for (int i8 = 0; i8 < (int)(in[(gid + 47u) & 63u] & 3u); i8++) {
                uint v9 = lid;
            }
            break;
        }
        case 5: {
            v5 = ((in[(((v5) >= (in[(((gid) > (lid))) & 63]))) & 63]) * (lid));
            short v10 = 6393114119105644828U;
            break;
        }
        }
        v6 >>= ((ulong)((!(abs((ushort)(sneg_int(v5)))))) & 63);
    }
    v6 = ((sshl_int(((((v5) ? (lid) : (v5))) >= (((uchar)(0x5abau)))), (((uint)(v6))) & 31)) | (((((uchar)(in[(((8U) < (in[(v5) & 63]))) & 63]))) ^ (((int)(((ushort)(lid))))))));
    if (((uchar)(sdiv_long(((long)(v5)), max((uint)(v5), (uint)(gid)))))) {
        v5 = sdiv_int(helper1(((smod_long(v5, 8L)) >= (((gid) == (lid))))), ((v5) >> ((((int)(((lid) * (v5))))) & 31)));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    out[gid] = h;
}
