// compiler-diff finding: reference-miscompile
// seed: 3001964 mode: scalar
// expected-hash: 0x9b6178664157da19
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x3e1001178c3ef3d9
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x9b6178664157da19
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x9b6178664157da19
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x9b6178664157da19
// Conduit compiler-diff, mode scalar
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
ushort helper1(char p0, short p1, long p2) {
    uint v2 = 0x81ul;
    p2 >>= ((long)(clamp((ulong)(smul_long(p2, ((15568L) ? (v2) : (p0)))), (ulong)30846UL, (ulong)1516153496UL)) & 63);
    p0 = 0xABC41C884E670E7F;
    { uint *p = &v2; *p = (*p ^ (uint)(popcount((ushort)(p1)))) * 3u + 1u; }
    p1 >>= ((short)(p0) & 31);
    p2 = p2;
    return ((ushort)(p2));
}
long helper3(uint p0, uchar p1, short p2) {
    p2 = 01304UL;
    ulong v4 = ((((p2) - (((p1) ? (abs((ulong)(0xDE28A661))) : (popcount((uint)(p0))))))) * (((long)(((((p0) <= (p2))) <= (0xAl))))));
    p0 = (((~(p1))) >> ((((abs((long)(((0x160l) == (p2))))) || (v4))) & 31));
    p1 = helper1(sneg_int(p1), ((v4) ? ((!(((ulong)(0xDB20L))))) : (rotate((int)(sadd_long(014L, p0)), (int)(p2)))), p0);
    v4 >>= ((ulong)((((-(((p1) ? (p0) : (p2))))) ^ (((p1) && (((p1) == (01402126526071170304527))))))) & 63);
    return max((int)(p0), (int)(umod_uint(smod_int(p1, p2), ((p0) & (p1)))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    int v5 = ((((9271769962664035899u) ? (min((ushort)((!(56362L))), (ushort)((~(gid))))) : (((((ushort)(lid))) >> (((!(in[(helper3(in[(((int)(gid))) & 63], in[(((in[(in[(((ushort)(0x6f35d52eUL))) & 63]) & 63]) >> ((in[(umod_uint(lid, lid)) & 63]) & 31))) & 63], 0x60bcul)) & 63]))) & 31))))) == ((((-(umod_uint(lid, lid)))) + (lid))));
    int v6 = (~((-(clamp((uint)(((int)(gid))), (uint)65535UL, (uint)4294967295UL)))));
    uchar v7 = v6;
    ushort v8 = ((int)((!(((((long)(gid))) >= (lid))))));
    ulong v9 = ((v7) != ((-((-(((0777777777777777777777U) & (gid))))))));
    long v10 = 9l;
    for (int i11 = 0; i11 < 3; i11++) {
        long v12 = ((long)(((popcount((short)(((ulong)(gid))))) | (((((ulong)(gid))) & (((short)(lid))))))));
        if (((long)(v12))) continue;
        v10 = v7;
    }
    short v13 = ((mul_hi((int)(((((short)(37L))) ? (v9) : (v7))), (int)(v5))) || (v5));
    v10 = v10;
    v8 >>= ((ushort)(in[(v7) & 63]) & 31);
    v10 = ((in[(helper1(gid, 750u, in[(max((ushort)(lid), (ushort)(in[(ssub_long(0x33A, 2147483647L)) & 63]))) & 63])) & 63]) > ((!(v13))));
    for (int i14 = 0; i14 < 0; i14++) {
        v6 >>= ((int)(v5) & 31);
        v9 = max((ushort)(((((in[((!(022421))) & 63]) || (v6))) & (sdiv_long((!(0x383U)), (~(v10)))))), (ushort)(clz((uchar)(((in[(((uint)(lid))) & 63]) > (136ul))))));
    }
    --v13;
    int a15[4] = {((((v9) <= (v7))) >= (((v13) >= (v10)))), abs((int)(v13)), ((((0x81E06983L) <= (in[(((uint)(v13))) & 63]))) + (gid)), ((uint)((-(in[(((in[(helper3(v13, 9223372036854775806ul, 07l)) & 63]) * (v6))) & 63]))))};
    long v16 = ((min((short)((~(((uint)(a15[(0xFF) & 3]))))), (short)(helper3((~(0x44)), ((uchar)(in[(((a15[(037754175560u) & 3]) < (v5))) & 63])), max((ushort)(030700414212), (ushort)(v10)))))) <= (udiv_ulong((((~(in[(566544145U) & 63]))) ? (lid) : (((0132512ul) | (v9)))), v7)));
    v6 = (~(((ushort)((((-(2u))) ? ((!(v13))) : ((~(in[(((4UL) ? (037172L) : (v10))) & 63]))))))));
    v9 = ((max((uchar)(smul_int(((01717U) <= (0x0l)), ((65536L) == (gid)))), (uchar)((((!(0x7F4A918Aul))) != ((!(gid))))))) == (v16));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v13);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a15[e]);
    h = mix(h, (ulong)v16);
    out[gid] = h;
}
