// compiler-diff finding: reference-miscompile
// seed: 100036 mode: vector
// expected-hash: 0x6aa58f2f9043dc01
// direct pthread-skylake-avx512-AMD EPYC: hash 0x8b81beff9043dc01
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x6aa58f2f9043dc01
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x6aa58f2f9043dc01
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x6aa58f2f9043dc01
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
    short v1 = in[(max((ulong)(0xF24F1D257B3F292CL), (ulong)(lid))) & 63];
    ulong v2 = gid;
    long v3 = ((((long)((-((-(lid))))))) && (((((0x80000000u) << ((((short)(lid))) & 31))) ? (in[(23176L) & 63]) : (((((015750L) <= (gid))) ? (((lid) * (v2))) : ((~(lid))))))));
    short v4 = 0UL;
    int16 vec5 = (int16)((int)(((rotate((ushort)(v2), (ushort)(v1))) < (((18446744073709551614u) * (v4))))), (int)(((lid) ? (min((short)(v4), (short)(v3))) : (35811ul))), (int)(v1), (int)(umod_uint(gid, ((v3) < (in[(0377UL) & 63])))), (int)(((((01452000166U) ? (v4) : (gid))) && (((in[(((ulong)(gid))) & 63]) ? (v3) : (692UL))))), (int)(0x3e468e48cdf49c05ul), (int)(((((ushort)(5915692649117937335ul))) > (v4))), (int)(rotate((uint)(smul_long(v3, in[(((v2) > (0xaf219014bd7fd89el))) & 63])), (uint)(clamp((ulong)(0U), (ulong)1924773634UL, (ulong)4721500383913152353UL)))), (int)(gid), (int)(in[(max((short)(07077UL), (short)(v2))) & 63]), (int)((!(lid))), (int)(clz((int)(((ushort)(29339L))))), (int)(2147483648), (int)((((-(in[(max((short)(in[(((in[((~(in[(((in[((-(v2))) & 63]) ? (lid) : (in[(((short)(lid))) & 63]))) & 63]))) & 63]) << ((59041U) & 31))) & 63]), (short)(v3))) & 63]))) >= (clamp((char)(797U), (char)(-52L), (char)60L)))), (int)((!(abs((uint)(gid))))), (int)(((abs((int)(v4))) ? (v3) : (v4))));
    v1 = ((((umod_ulong(udiv_ulong(gid, v2), udiv_ulong(v2, vec5.s5))) >> ((((((v3) ? (gid) : (vec5.sb))) ? ((~(lid))) : (rotate((long)(v2), (long)(v3))))) & 63))) >> ((sneg_int(ssub_int(abs((uchar)(017652675354ul)), ((0x1BE) || (v1))))) & 63));
    v3 = ((((6737649655402993180) & (in[(((v2) && (0xfc0f12e8l))) & 63]))) <= (((((ulong)(gid))) | (036421567040UL))));
    for (int i6 = 0; i6 < 4; i6++) {
        vec5 = as_int16(abs(vec5));
        if (i6) break;
        for (int i8 = 0; i8 < 2; i8++) {
            if (((((i6) || (55779ul))) | (077777ul))) goto L7;
            char v9 = ((umod_uint(0x1cfU, ((short)(lid)))) ? (((popcount((int)(rotate((long)(in[(((0x81L) >> ((lid) & 63))) & 63]), (long)(0u))))) == (((((in[(abs((ulong)(0x7fffffffffffffffU))) & 63]) <= (gid))) ? (((i6) & (in[(max((short)(vec5.sb), (short)(v3))) & 63]))) : (((char)(vec5.sd))))))) : (((((((2147483646L) ? (0x8ul) : (01107142526767415551277UL))) * (((in[(((48503ul) ? (vec5[(((v3) | (in[(((long)(vec5.sb))) & 63]))) & 15]) : (vec5.s0))) & 63]) == (v3))))) ? (01747770110726045453305L) : (v4))));
        }
        L7: ;
    }
    v4 = ((abs((char)(((uint)(((short)(v4))))))) < (((ssub_int(mul_hi((ushort)(vec5.sd), (ushort)(in[(((v1) ? (vec5.s0) : (0x7ful))) & 63])), abs((short)(v2)))) ? (((min((int)(vec5[(((in[(((v4) != (v1))) & 63]) && (lid))) & 15]), (int)(017267357202))) == ((~(in[(abs((char)(0177776ul))) & 63]))))) : ((!(((9223372036854775807) == (v4))))))));
    v2 = ((((lid) & ((((-(lid))) != (((vec5.s9) * (663U))))))) > (v1));
    uint w10 = 0u;
    do {
        w10++;
        v1 = abs((int)(((mul_hi((char)((!(5))), (char)(((uint)(vec5[(v2) & 15]))))) >> ((popcount((ulong)(((uint)(in[(in[(vec5.s5) & 63]) & 63]))))) & 31))));
        v4 = 170194423ul;
    } while (w10 < 3u);
    v1 = ((v2) || (v3));
    {
        if (((min((short)(in[((!(vec5.s3))) & 63]), (short)(v2))) ? (vec5[(vec5.sf) & 15]) : (((031370604660ul) && (0x9u))))) goto L11;
        v2 <<= (ulong)(((((lid) != (((long)(v2))))) != (((short)(((int)(v4)))))));
        v2 = 05;
    }
    L11: ;
    vec5 = as_int16(abs(vec5));
    v4 = ((umod_ulong((((!(v4))) ? (0x7fU) : (vec5[(((long)(1ul))) & 15])), ((in[((-(in[(in[(min((short)(in[(v4) & 63]), (short)(0xBL))) & 63]) & 63]))) & 63]) ? (((in[((~(vec5.sc))) & 63]) < (020747534457U))) : (((0x725bUL) | (v2)))))) ? (sneg_int(((int)(v4)))) : (v1));
    if (((clz((long)(((v2) ? (in[(((0x81) ? (lid) : (v4))) & 63]) : (0xbc71e16aU))))) && (((short)(((v1) * (06242ul))))))) {
        vec5 = as_int16(abs(vec5));
    }
    vec5 = as_int16(abs(vec5));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)vec5.s0);
    h = mix(h, (ulong)vec5.s1);
    h = mix(h, (ulong)vec5.s2);
    h = mix(h, (ulong)vec5.s3);
    h = mix(h, (ulong)vec5.s4);
    h = mix(h, (ulong)vec5.s5);
    h = mix(h, (ulong)vec5.s6);
    h = mix(h, (ulong)vec5.s7);
    h = mix(h, (ulong)vec5.s8);
    h = mix(h, (ulong)vec5.s9);
    h = mix(h, (ulong)vec5.sa);
    h = mix(h, (ulong)vec5.sb);
    h = mix(h, (ulong)vec5.sc);
    h = mix(h, (ulong)vec5.sd);
    h = mix(h, (ulong)vec5.se);
    h = mix(h, (ulong)vec5.sf);
    out[gid] = h;
}
