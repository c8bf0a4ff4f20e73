// compiler-diff finding: mismatch
// seed: 26 mode: vector
// expected-hash: 0x4bd696e59e8de02a
// direct pthread-skylake-avx512-AMD EPYC: hash 0x4bd696e59e8de02a
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x3aea167f31215132
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x3aea167f31215132
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x4bd696e59e8de02a
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
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    char v1 = ((((((popcount((int)(3950763463))) & (((gid) < (in[(((lid) >= (gid))) & 63]))))) ? (((((ulong)(gid))) + (((gid) + (015677047405ul))))) : (lid))) ^ (((uchar)(((gid) - (rotate((int)(lid), (int)(in[((~(lid))) & 63]))))))));
    ushort v2 = (~((!((!(((0x4abd8c82) & (0x262U))))))));
    ulong4 vec3 = (ulong4)((ulong)(gid), (ulong)(((((ushort)(v2))) < (((in[(((01540302200645767732674ul) > (0x86A9L))) & 63]) + (lid))))), (ulong)((((!(3085855810703418436ul))) && (v2))), (ulong)(((((lid) ? (in[(((v1) * (in[(((int)(11264764961640051711u))) & 63]))) & 63]) : (2147483648UL))) && (((ushort)(v1))))));
    uint4 vec4 = vload4(0, in + (gid & 15u) * 4u);
    long2 vec5 = (long2)((long)(((((gid) ? (((gid) != (0xF704u))) : (((uint)(in[(((gid) >= (v2))) & 63]))))) == (((uchar)(in[(((v2) & (in[(((v1) == (lid))) & 63]))) & 63]))))));
    v1 = in[(gid) & 63];
    short v6 = ((clz((ushort)((~(abs((uchar)(1l))))))) ? (((((ushort)(v1))) >> ((((gid) > ((~(gid))))) & 31))) : (sshl_int(((((v1) < (50856UL))) ? (((v2) && (lid))) : ((!(3267175163186954990)))), (((uint)(abs((int)(v2))))) & 31)));
    short a7[8] = {((((int)(lid))) ? ((-(vec4.s1))) : (((11ul) * (v6)))), v2, clamp((ulong)(((in[(((uint)(0x10))) & 63]) ? (gid) : (in[(lid) & 63]))), (ulong)21418UL, (ulong)4423981135655919375UL), abs((short)(((gid) ? (v6) : (v6)))), (!(((0x83b1) >> ((v6) & 31)))), max((char)(((v1) ? (v2) : (2697977789))), (char)(udiv_ulong(2147483647ul, v2))), gid, v2};
    for (int i8 = 0; i8 < (int)(in[(gid + 23u) & 63u] & 3u); i8++) {
        short v9 = v2;
        long v10 = ((smod_int(((ushort)(umod_ulong(vec3.s3, 01012222673620664545110L))), ((((49381U) ? (0x80000000) : (lid))) != (min((ulong)(v6), (ulong)(gid)))))) >= (((sadd_int(v6, ((0x3UL) != (in[(lid) & 63])))) >> ((((((short)(i8))) ? (min((short)(vec5.s1), (short)(in[(udiv_ulong(01000000000000000000000L, 47339U)) & 63]))) : (max((ulong)(v1), (ulong)(vec3.s1))))) & 31))));
    }
    v2 = abs((uchar)((!(((((char)(0xba9402c724e4cf96U))) <= (((0xBDEFA8868C20D3FD) && (v6))))))));
    vec5 = as_long2(abs(vec5));
    v1 = (~(((((uint)(rotate((int)(a7[(((int)(v1))) & 7]), (int)(lid))))) == (v2))));
    vec5.s1 = (long)(((((((072135ul) && (a7[(((0200) > (v6))) & 7]))) + (abs((int)(0xD5D224D9ul))))) > (((int)(mul_hi((int)(0x1b5L), (int)(in[((!(v2))) & 63])))))));
    v6 = a7[(((a7[(a7[(((2147483649ul) || (lid))) & 7]) & 7]) <= (a7[(((vec3.s0) && (v6))) & 7]))) & 7];
    char v11 = v2;
    uchar v12 = v1;
    vec5 = as_long2(abs(vec5));
    switch ((((0xa928ul) > ((((!(a7[(((051l) < (013l))) & 7]))) <= (((vec3.s2) >= (v12))))))) & 7) {
    case 0: {
        v12 = (!(lid));
        v11++;
    }
    case 1: {
        switch ((((gid) <= (min((char)(((v1) >= (2575501362U))), (char)(smul_int(a7[(0x80l) & 7], a7[(((in[(((v2) && (959180163U))) & 63]) ? (a7[(0157563) & 7]) : (vec3.s3))) & 7])))))) & 7) {
        case 0: {
            for (int i13 = 0; i13 < 4; i13++) {
                vec5 = vec5 | (long)(mul_hi((uint)(sshl_int(((v11) >= (v1)), (01315) & 31)), (uint)(((((a7[((~(0xe931db7d2125b89UL))) & 7]) ? (v2) : (v11))) != ((-(vec4.s0)))))));
            }
            break;
        }
        case 2: {
            v11 = ((char)(a7[(((vec5.s0) < (vec3.s2))) & 7]));
            break;
        }
        case 3: {
            uint v14 = ((sneg_int(((((gid) ? (lid) : (v6))) <= (udiv_uint(v12, 012u))))) <= (abs((short)(v11))));
            break;
        }
        case 4: {
            vec4 = convert_uint4_sat(vec3);
            break;
        }
        default: {
            vec4 = as_uint4(abs(vec4));
        }
        }
        short v15 = max((uint)((((!(sadd_int(v2, v12)))) >> ((a7[((~(0x31c0U))) & 7]) & 31))), (uint)(in[(min((short)(v12), (short)(33115ul))) & 63]));
    }
    case 2: {
        int v16 = ((popcount((uchar)((!(((v11) & (v12))))))) ? (sdiv_int(((((v1) ? (a7[(((long)(v12))) & 7]) : (in[(((v11) == (in[(v1) & 63]))) & 63]))) && (v6)), ((udiv_ulong(in[(v2) & 63], 0775UL)) || (umod_uint(in[(abs((short)(v1))) & 63], v11))))) : (((uint)(a7[(((v12) ? (in[(((v11) ? (55255u) : (v11))) & 63]) : (4294967295UL))) & 7]))));
        vec5 = convert_long2(vec5);
        break;
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)vec3.s0);
    h = mix(h, (ulong)vec3.s1);
    h = mix(h, (ulong)vec3.s2);
    h = mix(h, (ulong)vec3.s3);
    h = mix(h, (ulong)vec4.s0);
    h = mix(h, (ulong)vec4.s1);
    h = mix(h, (ulong)vec4.s2);
    h = mix(h, (ulong)vec4.s3);
    h = mix(h, (ulong)vec5.s0);
    h = mix(h, (ulong)vec5.s1);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a7[e]);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
