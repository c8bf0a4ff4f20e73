// compiler-diff finding: reference-miscompile
// seed: 41942 mode: barrier
// expected-hash: 0xcf0985ab060b4e88
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x6f7fb5042c191a10
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xcf0985ab060b4e88
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xcf0985ab060b4e88
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xcf0985ab060b4e88
// Conduit compiler-diff, mode barrier
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
char helper1(uint p0, uint p1, uint p2) {
    p2 = ((((min((uchar)(p2), (uchar)(((p2) * (p1))))) ? (p1) : (p0))) <= (((int)(((((p0) - (p0))) ? (abs((uint)(p1))) : (0l))))));
    p2 = ((char)(((((0x1u) >> ((mul_hi((int)(0655451477716416103510), (int)(p0))) & 31))) ? (p1) : (clamp((uchar)(((p1) + (p0))), (uchar)4UL, (uchar)7UL)))));
    p0 = (!(p0));
    p1 = p0;
    return (~((((-(p1))) || (((p0) ? (p2) : (p2))))));
}
uint exchange(__local uint *t, uint l, uint v, uint k) {
    t[l] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    uint r = t[(l + k) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    return r ^ (v >> 3);
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint tile[16];
    short v2 = (!(helper1(in[(((0x1CA) - (lid))) & 63], lid, ((((0x28bl) && (873l))) ^ (abs((ulong)(lid)))))));
    int v3 = 15L;
    char v4 = ((helper1(((0x1e8UL) ? (((v2) ? (0670UL) : (lid))) : (((v2) ? (0xAC42F648L) : (0x5CFCul)))), helper1(((gid) ? (v3) : (16)), lid, 0xd388UL), 3778)) ? (abs((char)(umod_uint(clamp((ushort)(in[(((in[(clz((uint)(v3))) & 63]) ? (v3) : (v2))) & 63]), (ushort)1UL, (ushort)7965UL), rotate((uint)(5l), (uint)(2147483646U)))))) : (((((sdiv_long(63547L, gid)) && (((v2) && (0x2DD9u))))) ? ((!(helper1(01302, in[(((0x1) > (v2))) & 63], gid)))) : ((-(026034u))))));
    uchar v5 = helper1(((((v4) ? (((ulong)(32768l))) : (v2))) | (((char)(((0x8ul) + (in[(((ulong)(v2))) & 63])))))), ((uchar)((((!(v3))) == (((ulong)(017)))))), (-(((((in[(min((char)(v2), (char)(gid))) & 63]) ? (v4) : (in[(((0x7ffffffeUL) < (10))) & 63]))) ? (gid) : (clz((short)(lid)))))));
    short v6 = v5;
    int a7[4] = {v4, (!(v4)), rotate((int)(((888ul) <= (0x2954acf2bc94aeb7))), (int)(((v3) >> ((gid) & 31)))), v3};
    a7[(v5) & 3] = v4;
    v6 = (~(abs((uint)(((((v2) ? (11199) : (v3))) ? (sneg_int(a7[(((0x6) & (0xF28DC4647A6BBB49l))) & 3])) : (min((ushort)(2U), (ushort)(v3))))))));
    for (int i8 = 0; i8 < 2; i8++) {
        ulong v9 = ((((((char)(helper1(gid, v3, v2)))) != (a7[(((short)(0x7ffffffffffffffe))) & 3]))) ? (((helper1(((short)(gid)), ((v2) ? (2319106817UL) : (gid)), helper1(v5, 9535659644163450998ul, 0x90e4u))) ? (v4) : ((~(((lid) ^ (i8))))))) : (clz((uint)(((040000000000ul) ? (((i8) ? (0xFFFFFFFFFFFFFFFEUL) : (in[(((i8) ^ (a7[(((uint)(0x2d5e) ^ (uint)(857U))) & 3]))) & 63]))) : (min((ushort)(v6), (ushort)(i8))))))));
        uint g11 = 0u;
        L10: {
            g11++;
            v9 = ((abs((long)(01000000000000000000001ul))) >= (((((smod_int(v3, v3)) != (helper1(10, v9, a7[(gid) & 3])))) ? (((0x13Au) | ((!(v6))))) : (helper1(((013545724131U) ? (i8) : (lid)), helper1(v3, lid, v9), ((0x8000000000000000ul) * (0x395U)))))));
            short v12 = 0L;
        }
        if (g11 < 3u && (((((v3) < (07L))) && (v9)))) goto L10;
        v6 = ((((((v2) ? (a7[(((0xbUL) ^ (0x0ul))) & 3]) : (((long)(v3))))) ? (((int)(v4))) : (((((ulong)(v2))) * (min((ushort)(013L), (ushort)(5881779129646114512UL))))))) ? ((!(((uchar)(((uchar)(0xE01A5C6))))))) : (in[(v5) & 63]));
        if (((ulong)(((v2) ? (v6) : (v4))))) break;
    }
    a7[((~(((023271172421) >= (2528520232971506119L))))) & 3] = sshl_int((~(helper1(0, a7[(v5) & 3], in[(a7[((~(0xB0F))) & 3]) & 63]))), (lid) & 31);
    int v13 = (((((((!(v3))) < (a7[((!(0xE6262DD93F738289))) & 3]))) || (((ssub_int(v6, a7[(((long)(a7[(clamp((ushort)(v2), (ushort)0UL, (ushort)0UL)) & 3]))) & 3])) >= (((uchar)(a7[(0x9270763daf5c56c7U) & 3]))))))) ? (sneg_int(((v3) < (helper1(v5, v4, a7[(a7[(((ushort)(65536))) & 3]) & 3]))))) : (((0xeb7735c1u) & (((uchar)(((4288953035) >= (v4))))))));
    v2 = sdiv_int(sadd_int(helper1(((uchar)(a7[(1496815201l) & 3])), clamp((uint)(gid), (uint)33758UL, (uint)3613870328UL), ((short)(v5))), ((ushort)(((077776ul) - (v5))))), ((int)(a7[(042445u) & 3])));
    tile[lid] = (uint)(a7[(017777777777) & 3]);
    barrier(CLK_LOCAL_MEM_FENCE);
    v2 ^= (short)tile[(lid + 7u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int i14 = 0; i14 < 0; i14++) {
        v13 = i14;
        char v15 = in[(((int)(lid))) & 63];
    }
    if (((7ul) * (((a7[(((uint)(0x23d3c2a0) ^ (uint)(0x154C))) & 3]) >= (((in[(in[(a7[(((uchar)(033221U))) & 3]) & 63]) & 63]) & (0575UL))))))) {
        v3 = ((v3) - (((((char)((!(in[(((v3) ^ (a7[(((v6) * (lid))) & 3]))) & 63]))))) - (((in[(((0x58cdl) >> ((in[(((in[(((v2) ? (037777777776) : (0x7F))) & 63]) - (v2))) & 63]) & 63))) & 63]) & (((a7[(in[(in[(((v2) && (126ul))) & 63]) & 63]) & 3]) <= (01615))))))));
    }
    tile[lid] = (uint)(((((smod_int(v5, v4)) ? (0x7ffe) : (udiv_ulong(0xF530C254C81943C2ul, in[((~(in[(((v5) | (lid))) & 63]))) & 63])))) + ((-(((uint)(v13)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v5 ^= (uchar)tile[(lid + 9u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v5 = (uchar)exchange(tile, lid, (uint)((!((!(clz((char)(v2))))))), 5u);
    for (int i16 = 0; i16 < 3; i16++) {
        v3 |= (int)(sdiv_int(((int)(i16)), mul_hi((int)(((v5) != (v6))), (int)(helper1(010052163754UL, v5, 0xfffffffffffffffe)))));
        v6 = (~((((!(a7[(((ushort)(v6))) & 3]))) ? (((((long)(0121162L))) ? (in[((~(4018819746U))) & 63]) : (sneg_long(3749426129l)))) : (((uint)(((10u) || (01122255157253066230143U))))))));
        v4 = (((((~(((v13) ^ (a7[(((0xe4249187be200b9) & (0146372))) & 3]))))) && (((long)(((4050993513U) < (a7[(lid) & 3]))))))) > ((((~((~(v5))))) * (gid))));
        if (((((a7[(((043ul) & (255))) & 3]) ? (lid) : (i16))) >> ((0177777L) & 31))) continue;
        v13 = ((((((helper1(v13, v6, 0x12F2u)) - (0xe724a2b7fb96d3a4ul))) > (((long)(abs((short)(v2))))))) ? (smod_int(((a7[(min((int)(in[((~(0L))) & 63]), (int)(v13))) & 3]) ? ((!(a7[(0xFFFE) & 3]))) : (((gid) ? (v13) : (0xE9CB)))), ((((in[(043UL) & 63]) + (i16))) ? (mul_hi((int)(a7[(((053410) == (0777777777777777777777l))) & 3]), (int)(in[((~(0x8630ul))) & 63]))) : (v3)))) : (061234ul));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a7[e]);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
