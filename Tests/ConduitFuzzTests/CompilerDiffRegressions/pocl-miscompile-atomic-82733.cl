// compiler-diff finding: reference-miscompile
// seed: 82733 mode: atomic
// expected-hash: 0x5f237668566838a9
// direct pthread-skylake-avx512-AMD EPYC: hash 0x5f237a6856683f75
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x5f237668566838a9
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x5f237668566838a9
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x5f237668566838a9
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
    short v1 = ssub_int(rotate((int)(lid), (int)(clamp((int)(((int)(lid))), (int)(-1718212741L), (int)15L))), mul_hi((short)(in[(0x1D450AD01B89BC83ul) & 63]), (short)(lid)));
    uint v2 = sshl_int(((((((int)(lid))) >= (((gid) ? (v1) : (gid))))) != (smul_long(lid, 0x80000000L))), (clamp((int)(((char)((~(v1))))), (int)(-1664919328L), (int)1535855401L)) & 31);
    long a3[4] = {gid, gid, ((int)(256U)), (-((~(in[(umod_uint(v2, v2)) & 63]))))};
    uint g5 = 0u;
    L4: {
        g5++;
        if (mul_hi((int)(v2), (int)(v1))) {
            if (in[(((int)(v1))) & 63]) {
                int v6 = ((min((char)(((939943581U) == (((8689L) < (lid))))), (char)(((((char)(v1))) ? (01217U) : ((-(gid))))))) >= (((((ushort)(v1))) == (((((a3[(((ulong)(0xfffffffeul) + (ulong)(782))) & 3]) ? (v1) : (v1))) | (((0x7F2A6E5FE82B989L) >= (gid))))))));
                for (int i7 = 0; i7 < 2; i7++) {
                    --v2;
                    long v8 = ((rotate((long)(((((v1) > (05UL))) ^ ((-(lid))))), (long)(abs((uchar)(((v1) <= (01164613167203512651051UL))))))) <= ((((~(((uchar)(gid))))) ? (((i7) ? (((v6) ? (0x8001U) : (v6))) : (((lid) ? (in[(sshl_long(a3[(((127u) & (2860031219UL))) & 3], (a3[(min((short)(4294967296), (short)(v6))) & 3]) & 63)) & 63]) : (0x2dcu))))) : (((char)(((v2) ? (a3[((~(01316676512374475546665UL))) & 3]) : (in[(v6) & 63]))))))));
                    atomic_xor(&acc[1], (uint)(sneg_int(v1)));
                }
            } else {
                atomic_min(&counters[3], (uint)(gid));
                uchar v9 = v2;
            }
            atomic_min(&acc[3], (uint)(((((int)(abs((int)(0x80000000UL))))) ? (((long)(gid))) : (((((char)(v2))) & (0x1E0ul))))));
            v1++;
        }
    }
    if (g5 < 2u && (((((short)(lid))) != (((int)(0x636A)))))) goto L4;
    int v10 = min((int)(max((char)(0xefl), (char)(v2))), (int)(a3[((~(12U))) & 3]));
    v2 >>= ((uint)(lid) & 31);
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a3[e]);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
