// compiler-diff finding: reference-miscompile
// seed: 41146 mode: vector
// expected-hash: 0x72147ba0a098e308
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xbdad5a1aa098e308
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x72147ba0a098e308
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x72147ba0a098e308
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x72147ba0a098e308
// Conduit compiler-diff, mode vector
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
    ushort v1 = min((long)((((~(((uchar)(lid))))) - (((((in[(((lid) * (in[(((0x139aUL) >> ((gid) & 63))) & 63]))) & 63]) >> ((lid) & 31))) + (lid))))), (long)(((((((short)(in[((!(lid))) & 63]))) ? (mul_hi((uint)(gid), (uint)(gid))) : (0x80DC21BCE9795C6FL))) ? ((!(gid))) : (((((in[(lid) & 63]) << ((lid) & 31))) ? (((lid) > (10l))) : (umod_uint(gid, lid)))))));
    int v2 = ((gid) ? (((gid) * (max((int)((-(13UL))), (int)((-(lid))))))) : ((((((!(014UL))) ? (((gid) - (24910u))) : (lid))) ? (gid) : (umod_uint(((lid) & (v1)), ((v1) != (lid)))))));
    uint v3 = (!(((9149778349821797394) < (clamp((int)(max((long)(0x6a22UL), (long)(42512ul))), (int)(-1318835716L), (int)9L)))));
    uint v4 = (-((-(v3))));
    int a5[4] = {v2, ((0x8000ul) >> ((((013ul) >> ((lid) & 63))) & 63)), sdiv_int(ssub_int(v1, v2), ((in[(((ushort)(v1))) & 63]) < (gid))), ((01500UL) && (((0x21bU) ? (lid) : (v3))))};
    int8 vec6 = (int8)((int)(rotate((int)(a5[(((uchar)(9223372036854775809u))) & 3]), (int)(((in[((!(0xa1ecL))) & 63]) ? (a5[(((lid) ? (a5[(max((short)(v1), (short)(v2))) & 3]) : (0x10b))) & 3]) : (((in[(0x122bfd60U) & 63]) != (v2))))))));
    ulong8 vec7 = (ulong8)((ulong)(umod_uint(((gid) ? (0x362u) : (lid)), (-(in[((~(gid))) & 63])))), (ulong)(((udiv_uint(v1, v4)) != (in[(((a5[(((gid) ? (in[(((v3) <= (vec6[(((ulong)(a5[(((ulong)(0477645353010451472701u))) & 3]))) & 7]))) & 63]) : (vec6.s5))) & 3]) != (a5[(clz((char)(in[(((0147u) ? (0x100000000UL) : (a5[(59089u) & 3]))) & 63]))) & 3]))) & 63]))), (ulong)(((int)((~(9u))))), (ulong)(8298612697827364954UL), (ulong)(((ushort)(sadd_int(vec6[(mul_hi((uint)(0x25ABul), (uint)(16))) & 7], v2)))), (ulong)(((int)(v3))), (ulong)(((5019249660452464541l) < (((015ul) != (0x5e49U))))), (ulong)(((((01552251303045031253034) ? (v4) : (3067343639UL))) & (gid))));
    ushort8 vec8 = (ushort8)((ushort)(v1), (ushort)((((-(in[(((long)(gid))) & 63]))) ? (udiv_uint(472u, vec6.s6)) : (((uint)(a5[(((v3) - (lid))) & 3]))))), (ushort)(ssub_int(((a5[(((uint)(0xE1) << ((1279473797l) & 31))) & 3]) || (0x30C2)), (!(a5[(((32769ul) == (in[(((0357) && (in[(v4) & 63]))) & 63]))) & 3])))), (ushort)(abs((uint)(((ulong)(a5[(((int)(0xd9c3u))) & 3]))))), (ushort)(((((035152215425U) != (a5[(v2) & 3]))) || (((gid) ? (626u) : (v4))))), (ushort)((((!(vec7.s4))) == (((0x7l) | (in[(max((ushort)(vec7.s1), (ushort)(gid))) & 63]))))), (ushort)(((((0x5L) ? (in[(clz((uint)(a5[((!(0x7d7fe7cel))) & 3]))) & 63]) : (a5[((-(8553u))) & 3]))) <= (((vec6.s2) > (gid))))), (ushort)((!(((v4) | (in[(((uint)(0x618AC966UL))) & 63]))))));
    v3 = (((((-(abs((long)(36859))))) << ((025635u) & 63))) ? (((((((ulong)(v3))) > (((a5[(in[(v3) & 63]) & 3]) & (vec8.s3))))) ^ (((((v3) != (v2))) ? (((0700U) ? (vec8.s7) : (a5[(((uchar)(625UL))) & 3]))) : (vec8[((!(0x8000l))) & 7]))))) : (udiv_uint(v4, (-((~(v4)))))));
    v4--;
    v1 = smul_int(((int)(827L)), ((((((ushort)(0ul))) == (((vec8.s6) > (vec7.s6))))) >> (((~((!(vec8.s6))))) & 31)));
    if ((!(v3))) {
        uint v9 = ((((((a5[(((012) < (5094281815902030069ul))) & 3]) & (a5[(popcount((uchar)(0xF64C9D6BUL))) & 3]))) == (gid))) ^ ((~(vec6[((!(0x3CAl))) & 7]))));
    } else {
        int v10 = in[((!(v2))) & 63];
    }
    for (int i11 = 0; i11 < 2; i11++) {
        if (((((i11) < (((char)(lid))))) - (umod_uint(((lid) >> ((in[(max((long)(a5[((-(01650075625132145466545u))) & 3]), (long)(i11))) & 63]) & 31)), (!(v2)))))) {
            v1++;
        } else {
            vec7 = as_ulong8(abs(vec7));
        }
        ushort v12 = vec8[(abs((ushort)(in[((!(v2))) & 63]))) & 7];
    }
    uint v13 = ((ulong)(((((clamp((long)(0xffffffffffffffff), (long)10L, (long)435L)) > (((lid) || (in[(in[(((uchar)(in[(((lid) >= (v4))) & 63]))) & 63]) & 63]))))) | (((01773647107177337103143l) * (((int)(vec7[(((v2) || (vec7.s1))) & 7]))))))));
    v2 = ((uint)(((((v3) << ((((v1) < (a5[(0xDu) & 3]))) & 31))) ? (((((v2) > (v13))) && (lid))) : (((char)(0xDE2F1785599FEF63))))));
    a5[(((((int)(0xC163C10BUL))) < ((-(ulong)(0432423716376127546714l))))) & 3] = abs((ushort)(((((gid) > (in[(v4) & 63]))) ? (9223372036854775808U) : (popcount((short)(01301705006202734204727ul))))));
    for (int i14 = 0; i14 < 2; i14++) {
        a5[(((min((ushort)(v13), (ushort)(v4))) != (((char)(a5[(sneg_int(vec8.s0)) & 3]))))) & 3] = v13;
        vec8 = vec8 - vec8;
    }
    v2 |= (int)((~((!(((a5[((~(a5[(3523037667068081479U) & 3]))) & 3]) ? (in[(((char)(a5[((!(1276159049l))) & 3]))) & 63]) : (lid)))))));
    vec7.s6 = (ulong)(((v4) ? (((ulong)(smul_int(a5[(((ulong)(053l) * (ulong)(0x18ul))) & 3], v1)))) : (vec6.s1)));
    vec7 = convert_ulong8(vec7);
    vec6 = as_int8(abs(vec6));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a5[e]);
    h = mix(h, (ulong)vec6.s0);
    h = mix(h, (ulong)vec6.s1);
    h = mix(h, (ulong)vec6.s2);
    h = mix(h, (ulong)vec6.s3);
    h = mix(h, (ulong)vec6.s4);
    h = mix(h, (ulong)vec6.s5);
    h = mix(h, (ulong)vec6.s6);
    h = mix(h, (ulong)vec6.s7);
    h = mix(h, (ulong)vec7.s0);
    h = mix(h, (ulong)vec7.s1);
    h = mix(h, (ulong)vec7.s2);
    h = mix(h, (ulong)vec7.s3);
    h = mix(h, (ulong)vec7.s4);
    h = mix(h, (ulong)vec7.s5);
    h = mix(h, (ulong)vec7.s6);
    h = mix(h, (ulong)vec7.s7);
    h = mix(h, (ulong)vec8.s0);
    h = mix(h, (ulong)vec8.s1);
    h = mix(h, (ulong)vec8.s2);
    h = mix(h, (ulong)vec8.s3);
    h = mix(h, (ulong)vec8.s4);
    h = mix(h, (ulong)vec8.s5);
    h = mix(h, (ulong)vec8.s6);
    h = mix(h, (ulong)vec8.s7);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
