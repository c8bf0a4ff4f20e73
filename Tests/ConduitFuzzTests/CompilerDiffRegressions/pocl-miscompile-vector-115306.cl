// compiler-diff finding: reference-miscompile
// seed: 115306 mode: vector
// expected-hash: 0x84343096edf64d39
// known reference bug: abs-of-the-most-negative-value
// direct pthread-skylake-avx512-AMD EPYC: hash 0xce6321b616282027
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x84343096edf64d39
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x84343096edf64d39
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x84343096edf64d39
// Conduit compiler-diff, mode vector
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
char helper1(char p0, uchar p1, int p2) {
    --p0;
    long v2 = udiv_ulong(((0642UL) ^ (((((0132141u) <= (0x628e92fbL))) ? ((~(126l))) : (p2)))), ((497) | (sneg_int((~(p2))))));
    char a3[4] = {((popcount((uchar)(p0))) >> ((((p2) >= (p0))) & 31)), p0, v2, 927l};
    return abs((char)(((short)(((4127192675) ? (p0) : (p0))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uint v4 = ((((((uint)(((lid) < (lid))))) | (((((char)(lid))) - ((-(lid))))))) ? (((((((char)(20929))) || (((gid) << ((0145363) & 31))))) < (((((int)(lid))) ? (0x4L) : (helper1(lid, gid, gid)))))) : (((((ushort)(gid))) ? (min((uchar)((-(in[(((0x0l) <= (037416542522))) & 63]))), (uchar)(gid))) : (mul_hi((long)(lid), (long)(lid))))));
    short v5 = helper1((((((-(v4))) ? (lid) : (min((ushort)(lid), (ushort)(gid))))) || (min((short)(abs((ulong)(lid))), (short)(((in[(((gid) <= (gid))) & 63]) ? (lid) : (gid)))))), gid, 0x265U);
    char2 vec6 = (char2)((char)(helper1((!(gid)), ((in[(max((ulong)(in[(9223372036854775807L) & 63]), (ulong)(v4))) & 63]) == (gid)), ((char)(in[(v4) & 63])))), (char)((-(((v5) ? (0x6U) : (in[(((v4) & (v4))) & 63]))))));
    long v7 = ((((((char)(((vec6.s1) ? (v5) : (in[(((in[(((gid) >> ((lid) & 31))) & 63]) > (v4))) & 63]))))) ? (((((short)(0145634))) ? (((long)(vec6.s0))) : (v4))) : ((~(((032506420303UL) - (vec6[(((0x9U) >= (in[(((ulong)(vec6.s0))) & 63]))) & 1]))))))) ? (sneg_int((~(helper1(v4, 3684UL, in[((~(v5))) & 63]))))) : (((ushort)(((v5) ? (helper1(in[(((int)(vec6.s0))) & 63], gid, 705U)) : (((01624ul) ? (v5) : (in[(((int)(vec6.s1))) & 63]))))))));
    int v8 = gid;
    v4 = abs((char)((!(lid))));
    for (int i9 = 0; i9 < (int)(in[(gid + 47u) & 63u] & 3u); i9++) {
        v7 = ((uint)(((int)(v7))));
        v8 = smul_long(v8, ((((((v4) <= (0x89A6u))) || (((in[(((ulong)(v5))) & 63]) >> ((lid) & 31))))) ? (((clamp((ushort)(v7), (ushort)34247UL, (ushort)58605UL)) < (((in[(ssub_long(v7, vec6[(popcount((int)(v5))) & 1])) & 63]) << ((07764674106l) & 31))))) : (smod_long(((long)(in[(helper1(128, v4, 0174310l)) & 63])), lid))));
    }
    uint w10 = 0u;
    do {
        w10++;
        { uint *p = &v4; *p = (*p ^ (uint)(((uchar)(gid)))) * 3u + 1u; }
    } while (w10 < 4u);
    vec6 = vec6 & (char)(((umod_uint(gid, ((01613U) < (vec6[(((uchar)(in[(clamp((int)(v5), (int)(-1073608051L), (int)(-2L))) & 63]))) & 1])))) >> ((3326073236l) & 31)));
    short v11 = (!(((((long)(((v8) != (v4))))) < ((((~(0x1B5UL))) && ((~(lid))))))));
    short v12 = ((((((ulong)(helper1(in[(((0713522303236770735715L) == (v11))) & 63], vec6.s0, v7)))) > (gid))) & (((((599L) | (clamp((int)(v4), (int)13L, (int)799495049L)))) >= ((~(((v8) >= (v8))))))));
    vec6 = vec6 & (char)(udiv_ulong(856737598ul, helper1((~(0xF)), lid, helper1(lid, 0x443A96FD, gid))));
    v11 = ((((((v7) && (helper1(v8, in[(03600571157l) & 63], v5)))) ? (((((lid) < (v11))) & (v4))) : (clamp((short)(((int)(vec6.s0))), (short)0L, (short)0L)))) < (abs((ushort)(((((v5) | (v7))) ? (01622) : ((~(v4))))))));
    ulong v13 = helper1(rotate((char)(lid), (char)((!(vec6.s0)))), (~(in[(((in[(((0x8A09UL) << ((0x28cu) & 63))) & 63]) ? (0x84109CC06C7303D5) : (v8))) & 63])), ((in[(1119107685L) & 63]) <= (min((short)(((vec6.s1) ? (in[(((0101037l) ? (0x3a32bb2dU) : (v12))) & 63]) : (v12))), (short)(((in[(((ulong)(vec6.s1))) & 63]) != (v5)))))));
    uchar v14 = v8;
    int v15 = umod_ulong(((((ulong)(v4))) ^ (v11)), umod_ulong(0x71fe0fa7da93ff96UL, clz((uint)(clz((char)(gid))))));
    v11 = ((((((((in[(((char)(vec6.s1))) & 63]) - (1ul))) > (((v8) ^ (in[(v13) & 63]))))) ? (abs((short)(((0x6573E2A5L) == (65534L))))) : (helper1(helper1(in[(((734L) && (in[(((in[(v12) & 63]) <= (0235301737176306240262UL))) & 63]))) & 63], 2147483647, in[((!(v4))) & 63]), ((v4) + (in[(min((char)(in[(rotate((short)(v7), (short)(3622535962L))) & 63]), (char)(v15))) & 63])), ((8L) >= (vec6.s1)))))) > (((char)(((v13) > (((lid) ? (v5) : (v5))))))));
    vec6.s0 = (char)(v12);
    int a16[4] = {((((uint)(lid))) < (clamp((ushort)(v15), (ushort)0UL, (ushort)50821UL))), ((rotate((uchar)(v8), (uchar)(v11))) - (((lid) ? (0xC968DD6086F33230U) : (in[(((vec6[(((v11) || (v12))) & 1]) >= (vec6[(sdiv_long(v12, v7)) & 1]))) & 63])))), ((((3596820596l) >= (v11))) >= (((char)(1298601115ul)))), sdiv_long(((long)(v8)), ((017656500041u) != (in[(0xa100b3dbu) & 63])))};
    uint w17 = 0u;
    while (w17 < 2u) {
        w17++;
        v5 = ((sshl_int(vec6.s0, (((uchar)(v8))) & 31)) | (((abs((ushort)(((ulong)(in[(sneg_int(vec6[(((v4) > (in[(((v12) ? (v8) : (0132633))) & 63]))) & 1])) & 63]))))) ? ((~(0x8ul))) : (smod_int(((short)(0x7fUL)), ((v5) & (0116)))))));
        v4 = (!(((char)(v8))));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)vec6.s0);
    h = mix(h, (ulong)vec6.s1);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    h = mix(h, (ulong)v15);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a16[e]);
    out[gid] = h;
}
