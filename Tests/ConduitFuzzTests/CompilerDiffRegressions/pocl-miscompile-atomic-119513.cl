// compiler-diff finding: reference-miscompile
// seed: 119513 mode: atomic
// expected-hash: 0xcb66892d94a98c12
// direct pthread-skylake-avx512-AMD EPYC: hash 0x2da148103fe9de6
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xcb66892d94a98c12
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xcb66892d94a98c12
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xcb66892d94a98c12
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
    int v1 = (-(lid));
    uchar v2 = ((((((((in[(((2l) ? (in[(((gid) * (in[((!(v1))) & 63]))) & 63]) : (lid))) & 63]) ? (lid) : (0xE119ABE1AE5ED48Eul))) < (((lid) - (in[((~(v1))) & 63]))))) ? (gid) : (((((gid) ^ (in[(((v1) ? (v1) : (in[(v1) & 63]))) & 63]))) ? (clamp((ushort)(1879724165), (ushort)549UL, (ushort)27501UL)) : (abs((uchar)(4064631789U))))))) >> ((((clamp((int)(((in[(abs((uchar)(lid))) & 63]) ? (0x5U) : (in[(gid) & 63]))), (int)(-1665040870L), (int)(-30562608L))) - (lid))) & 31));
    uchar v3 = 0xC;
    short v4 = v3;
    long a5[8] = {ssub_int(((v4) || (023207555615)), ((v3) >> ((v2) & 31))), abs((uchar)((~(v2)))), (~(max((uchar)(v1), (uchar)(in[(udiv_uint(v3, lid)) & 63])))), ((char)(v4)), 931u, ((ulong)(((in[(lid) & 63]) < (v2)))), (!(sneg_int(v1))), ((smul_int(v4, v3)) ? (in[(0100346l) & 63]) : (((in[(clamp((uchar)(in[(((0x1AFUL) && (01525L))) & 63]), (uchar)2UL, (uchar)224UL)) & 63]) ? (v4) : (in[(((v2) == (v4))) & 63]))))};
    long v6 = min((ulong)(clz((long)(abs((ulong)(a5[((~(v1))) & 7]))))), (ulong)(((lid) ? (a5[(0156006UL) & 7]) : (clamp((long)(((int)(gid))), (long)(-2918672664986559923L), (long)1351565141L)))));
    if (a5[(((ulong)(0167074205062666000775) + (ulong)(0x125u))) & 7]) {
        a5[((!((!(0x36f))))) & 7] = (((~(((int)(v6))))) ? (v3) : (((v3) || (564UL))));
    }
    v6 = ((((long)(((uint)(((in[(((long)(0x80000000u))) & 63]) + (v2))))))) != (min((long)(v2), (long)((!(((v2) ? (026662273540) : (v6))))))));
    v2 = lid;
    ulong v7 = v1;
    atomic_xor(&acc[1], (uint)(max((char)(sdiv_long(abs((uint)(in[(((in[(a5[(((8L) <= (0452654220210760160233L))) & 7]) & 63]) > (lid))) & 63])), ((29162) ? (a5[(((0x80ul) <= (010l))) & 7]) : (a5[(((0x7FFFU) ? (a5[((!(036506l))) & 7]) : (0L))) & 7])))), (char)(((uint)((!(a5[(((3700886084759909203) || (01650ul))) & 7]))))))));
    long v8 = sadd_int(clamp((short)((((~(v7))) || (((v4) >= (15u))))), (short)(-23977L), (short)17020L), ((uchar)(((char)(sneg_int(v3))))));
    v6 = ((clamp((ulong)(((long)(((v3) & (0x15L))))), (ulong)17201UL, (ulong)551284412UL)) << ((sneg_int(v4)) & 63));
    for (int i9 = 0; i9 < (int)(in[(gid + 32u) & 63u] & 3u); i9++) {
        v3 = (!((~(((((lid) ? (i9) : (in[(((v7) & (0x8))) & 63]))) << ((((int)(035177133375))) & 31))))));
        ulong v10 = 0xF4794226911616F5l;
        if (v6) continue;
    }
    switch ((mul_hi((ushort)(((((38099UL) - (10ul))) || (((014332357621) >= (v4))))), (ushort)(0177l))) & 7) {
    case 0: {
        v7 = in[((-(013U))) & 63];
        break;
    }
    case 3: {
        v1 = v1;
        atomic_add(&acc[0], (uint)(clamp((uchar)(((((gid) <= (a5[(((01742) < (1479806366ul))) & 7]))) - (017777777776UL))), (uchar)46UL, (uchar)99UL)));
        break;
    }
    case 4: {
        v1 ^= (int)(((uchar)(sneg_int(((v8) && (v3))))));
        atomic_xor(&acc[1], (uint)(((long)(abs((long)(lid))))));
        break;
    }
    }
    v7 = rotate((uchar)((~(((a5[((!(030217472057U))) & 7]) > (v4))))), (uchar)(((((3327122223ul) != (abs((char)(v6))))) >> ((((((0171775U) << ((0705) & 31))) - (v7))) & 31))));
    v6 = umod_ulong(v7, ((((long)(clz((short)(v7))))) == (((uchar)(((43953u) <= (v6)))))));
    if (0130747) {
        if (((((uchar)((~(0xff46U))))) ? (((int)(a5[(0x16DUL) & 7]))) : (v4))) {
            v6 ^= (long)(max((long)(lid), (long)(((uint)(clamp((int)(in[(0146521u) & 63]), (int)1210769199L, (int)1455071276L))))));
        }
    }
    if (((((ulong)(((v2) ? (v4) : (lid))))) | (ssub_int(((lid) || (lid)), v3)))) {
        uint g12 = 0u;
        L11: {
            g12++;
            if (v1) {
                if (clamp((uint)(((7062181387106804298u) >> ((udiv_uint(16191u, v1)) & 63))), (uint)13UL, (uint)41302UL)) {
                    uint w13 = 0u;
                    do {
                        w13++;
                        atomic_xor(&counters[1], (uint)(((((((v3) >= (v4))) - (umod_ulong(v7, a5[(((v8) != (v6))) & 7])))) | (0xBl))));
                    } while (w13 < 1u);
                } else {
                    switch ((a5[(((a5[(((01343) ^ (v2))) & 7]) ? (v6) : (031531453044u))) & 7]) & 7) {
                    case 4: {
                        a5[(((((10) ^ (in[(in[(((v2) * (gid))) & 63]) & 63]))) ^ (((v2) != (in[((~(v7))) & 63]))))) & 7] = ((((((int)(0x100l))) ? (min((long)(0x471bdbc45d536918UL), (long)(a5[(((0x3bbu) || (453l))) & 7]))) : (((short)(v2))))) <= (a5[(((long)(0xcea8))) & 7]));
                        atomic_xor(&counters[1], (uint)(((((smod_long(v8, v3)) ? (((v7) | (2402708954))) : (((v7) >= (a5[(01013363104610651530263U) & 7]))))) >= (lid))));
                        break;
                    }
                    case 7: {
                        v7 = smul_long((((!(((v4) ? (v8) : (0x3a9))))) && (((((ushort)(01206131474561721023034L))) && ((~(v3)))))), v6);
                        break;
                    }
                    }
                    uint w14 = 0u;
                    do {
                        w14++;
                        uchar v15 = min((uint)(((ssub_int(((0x80000000UL) && (0x95aca3851030e53d)), (!(05655460044L)))) ? (gid) : (((uint)(sneg_int(529)))))), (uint)(mul_hi((char)(((((0764u) ? (0x6L) : (v3))) && (((v7) || (in[(((a5[(((ulong)(016UL) ^ (ulong)(16760683820679141367UL))) & 7]) ? (v7) : (v6))) & 63]))))), (char)(min((long)(((in[((~(v6))) & 63]) ? (59934L) : (in[(rotate((ulong)(in[(((01212115643605421272067) > (in[(umod_uint(0x101, in[(((ushort)(507559598L))) & 63])) & 63]))) & 63]), (ulong)(0x3))) & 63]))), (long)(((ushort)(v2))))))));
                    } while (w14 < 2u);
                }
            }
        }
        if (g12 < 1u && (min((ushort)(clamp((char)(v8), (char)72L, (char)108L)), (ushort)(((long)(v1)))))) goto L11;
    } else {
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
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a5[e]);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
