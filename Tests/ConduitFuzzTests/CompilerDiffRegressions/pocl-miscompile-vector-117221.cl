// compiler-diff finding: reference-miscompile
// seed: 117221 mode: vector
// expected-hash: 0xc2c33f9153b571b8
// known reference bug: abs-of-the-most-negative-value
// direct pthread-skylake-avx512-AMD EPYC: hash 0xee5b2e9a53b571b8
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xc2c33f9153b571b8
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xc2c33f9153b571b8
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xc2c33f9153b571b8
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
long helper1(uint p0, uchar p1) {
    ushort v2 = (~(((p0) ? (udiv_uint(umod_uint(p0, 0x66DDu), ((p0) ? (p0) : (p1)))) : (p1))));
    v2 = ((06ul) < ((~(max((char)(abs((short)(7839463446348061881UL))), (char)(((10u) + (p0))))))));
    p0 = ((((sdiv_int(((p1) <= (0147015)), ((p1) == (v2)))) ? ((((~(v2))) >= (((p0) ^ (p0))))) : (((long)(((p1) | (v2))))))) || (((((sshl_int(p1, (01164U) & 31)) <= (p0))) ^ (0x9E6F43D1B2D44AD2))));
    p1 = ((((char)(((((01660u) ? (p1) : (v2))) <= (((p0) * (0xffffffffffffffffl))))))) ? (v2) : (udiv_uint(((p0) ^ (abs((int)(p1)))), ((p0) * (p1)))));
    for (int i3 = 0; i3 < 0; i3++) {
        long v4 = ((v2) | (ssub_int(i3, (~(((p1) >= (v2)))))));
        short v5 = ((((0455) ? ((!(v4))) : (((ushort)((!(0xffffffffffffffff))))))) == (p0));
        p1 = v5;
    }
    return (~(((v2) & (v2))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    ushort v6 = ((clamp((char)(gid), (char)0L, (char)97L)) <= (clz((ushort)(in[(((ulong)(lid))) & 63]))));
    int v7 = ((((sneg_int(((int)(v6)))) >= (0x341f8d445c62b1e2UL))) <= (abs((char)(((((v6) ? (in[(((uchar)(130UL))) & 63]) : (in[(in[(((129L) >= (v6))) & 63]) & 63]))) ? (((in[(((gid) <= (gid))) & 63]) && (lid))) : (lid))))));
    int v8 = ((gid) < (clamp((long)(((lid) - (((v7) && (v6))))), (long)14L, (long)127L)));
    uint v9 = v7;
    ushort v10 = sneg_int(017777777777);
    uchar a11[4] = {043462, clamp((long)(v8), (long)635L, (long)1761283409385738014L), helper1(0xc1c6ul, ((v9) && (01410771160424055664345l))), ((min((char)(gid), (char)(v8))) | (popcount((uint)(lid))))};
    int16 vec12 = (int16)((int)((~(v8))), (int)(((lid) ? (sshl_long(2452556729721556490, (gid) & 63)) : (((lid) - (lid))))), (int)(popcount((ulong)(((in[(abs((int)(14l))) & 63]) ? (v7) : (v9))))), (int)(v7), (int)(v10), (int)(077777U), (int)(a11[(clz((ulong)(gid))) & 3]), (int)(((smul_int(v6, v6)) & (helper1(v7, in[(helper1(v6, v9)) & 63])))), (int)((((~(v8))) | (gid))), (int)(0xb01U), (int)(((0xe319397fl) ? (v7) : (((uchar)(a11[(gid) & 3]))))), (int)((~(((long)(v10))))), (int)(a11[(((short)(12UL))) & 3]), (int)(((((v9) - (lid))) || (((char)(lid))))), (int)(((((v9) ? (v9) : (0x283))) ? (sadd_long(0x4cL, v8)) : (ssub_int(v7, a11[(((int)(in[(v8) & 63]))) & 3])))), (int)(((ushort)(a11[(((ulong)(1772451970) ^ (ulong)(567ul))) & 3]))));
    short4 vec13 = (short4)((short)(ssub_long(smod_long(a11[(sneg_int(v7)) & 3], 0150327514272600336244), min((char)(a11[(helper1(lid, a11[(smod_int(vec12[(in[(025616L) & 63]) & 15], a11[(in[(04240402114L) & 63]) & 3])) & 3])) & 3]), (char)(0237323227740433727174ul)))), (short)((((-(0424754552773465372435U))) + (ssub_int(v6, vec12.s8)))), (short)(((clamp((long)(vec12[(helper1(0UL, v9)) & 15]), (long)(-8019767208603355346L), (long)52255L)) & (((v6) ? (13u) : (in[(a11[(((char)(in[((~(vec12[(gid) & 15]))) & 63]))) & 3]) & 63]))))), (short)(smul_int(vec12.s4, ((char)(vec12[(((vec12.se) ? (in[(((v8) ? (vec12[(in[(((12) & (0x3cd0e7c53362a0b6UL))) & 63]) & 15]) : (v7))) & 63]) : (v9))) & 15])))));
    ushort v14 = ((char)(((229200738) ? (((((v6) == (in[(a11[(sneg_int(vec12.s2)) & 3]) & 63]))) ? (((in[(helper1(gid, a11[((-(0x765F694BU))) & 3])) & 63]) != (v10))) : (016L))) : (a11[(((v10) ? (lid) : (v9))) & 3]))));
    switch ((sneg_long(7006919133377476261l)) & 7) {
    case 0: {
        ushort v15 = 779l;
        break;
    }
    case 1: {
        vec12.sd = (int)(max((ushort)(abs((uint)(29323l))), (ushort)(udiv_ulong(((gid) ? (01057655762174020742654U) : (vec13[(v10) & 3])), in[(v9) & 63]))));
        ushort v16 = gid;
    }
    default: {
        v10 = ((a11[(0x7ffffffffffffffe) & 3]) <= (126UL));
    }
    }
    long v17 = vec12.sc;
    vec12 = vec12 >> (int)(mul_hi((uint)(((lid) + (v10))), (uint)(clamp((uint)(v6), (uint)15UL, (uint)1707468848UL))));
    ushort v18 = sadd_long(((gid) ? (sdiv_long(helper1(14439UL, vec12[(((0100000) ^ (v8))) & 15]), ((in[(((ushort)(v8))) & 63]) ? (v9) : (v8)))) : ((((~(v8))) ? ((~(0130471L))) : (((uchar)(in[((!(v9))) & 63])))))), a11[(((063675) > (22L))) & 3]);
    v18 = ((((helper1(((a11[(sshl_int(0400, (a11[(0x9F6DL) & 3]) & 31)) & 3]) <= (v8)), 07016u)) | ((~(((lid) <= (v6))))))) || (vec12.s3));
    vec12 = as_int16(abs(vec12));
    vec12 = shuffle2(vec12, vec12, (uint16)(((((gid) & (in[(udiv_uint(lid, v18)) & 63]))) << ((mul_hi((char)(0xeb9e37fcbd4ba786ul), (char)(2920710791332074221))) & 31))) ^ (uint16)(245, 212, 85, 33, 69, 212, 105, 87, 151, 127, 227, 185, 30, 67, 29, 185));
    a11[(((short)(((ulong)(0x80u) * (ulong)(25819UL))))) & 3] = 4203111364;
    vec12 = select(vec12, vec12, vec12 != vec12);
    for (int i19 = 0; i19 < (int)(in[(gid + 29u) & 63u] & 3u); i19++) {
        vec13 = vec13 ^ (short)(((short)(((a11[(((v9) != (v10))) & 3]) ? (((v14) ? (217) : (v7))) : ((!(a11[(((ulong)(0x8D28L) - (ulong)(0x39fU))) & 3])))))));
    }
    uint w20 = 0u;
    while (w20 < 2u) {
        w20++;
        ulong v21 = 15804L;
    }
    uchar v22 = (((~(in[(popcount((char)(in[((!(v10))) & 63]))) & 63]))) >> ((popcount((uchar)(((uchar)(((int)(v9))))))) & 31));
    switch ((4294967295) & 7) {
    case 0: {
        vec13.odd = vec13.even;
        break;
    }
    case 3: {
        v18 >>= ((ushort)(lid) & 31);
    }
    case 4: {
        switch ((0xbL) & 7) {
        case 0: {
            v17 = a11[(sadd_long(v17, a11[(((v14) ^ (a11[(((long)(a11[((-(2147483648ul))) & 3]))) & 3]))) & 3])) & 3];
            break;
        }
        case 1: {
            v9 = abs((uchar)(((uchar)(((ushort)(((gid) >= (in[(((vec13.s0) ^ (0xfe))) & 63]))))))));
            v10 = rotate((uchar)(helper1(v7, vec12.s8)), (uchar)((!((!(((char)(v14))))))));
            break;
        }
        case 5: {
            { uint *p = &v9; *p = (*p ^ (uint)(in[((!(0xCA1L))) & 63])) * 3u + 1u; }
            v17 = ((((sneg_int(((uchar)(v17)))) ? (((sdiv_int(vec12[(((ulong)(010343ul))) & 15], vec12.sa)) < (((vec13.s2) * (in[(((v8) <= (a11[((!(0xd395504fU))) & 3]))) & 63]))))) : (((((v14) <= (v17))) ? (v9) : (vec12[((!(v18))) & 15]))))) ? (((popcount((ushort)(0xbL))) ? (a11[((-(0xe0b1a363U))) & 3]) : (((ushort)(clamp((long)(v17), (long)5325L, (long)2147483646L)))))) : (((a11[((!(784))) & 3]) - (lid))));
            break;
        }
        case 7: {
            for (int i23 = 0; i23 < (int)(in[(gid + 44u) & 63u] & 3u); i23++) {
                v18 = (~(((long)(i23))));
                for (int i24 = 0; i24 < 3; i24++) {
                    vec13 = as_short4(abs(vec13));
                    short v25 = ((0x84eb367a50e648e8) ? (helper1((((~(in[(((uint)(a11[(min((char)(a11[(0x9UL) & 3]), (char)(0x0ul))) & 3]))) & 63]))) >= (((017777777777) || (gid)))), helper1(rotate((int)(vec13[(((0177ul) - (i23))) & 3]), (int)(v7)), sneg_int(020)))) : (((((gid) || (((01431500414534330010453UL) || (v9))))) & ((((~(v17))) ? (gid) : ((!(0401l))))))));
                    if (((min((uint)((!(i24))), (uint)(in[(((in[((-(0x398UL))) & 63]) << ((a11[(smod_int(v6, a11[(((697u) ^ (352l))) & 3])) & 3]) & 31))) & 63]))) < (smul_long(min((long)(vec12.s3), (long)(i23)), ((lid) ? (lid) : (vec13[(((020000000000L) ? (0x2L) : (in[(((uint)(01423364053663560265653))) & 63]))) & 3])))))) {
                    }
                }
            }
            break;
        }
        default: {
        }
        }
        break;
    }
    case 7: {
        break;
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)vec12.s0);
    h = mix(h, (ulong)vec12.s1);
    h = mix(h, (ulong)vec12.s2);
    h = mix(h, (ulong)vec12.s3);
    h = mix(h, (ulong)vec12.s4);
    h = mix(h, (ulong)vec12.s5);
    h = mix(h, (ulong)vec12.s6);
    h = mix(h, (ulong)vec12.s7);
    h = mix(h, (ulong)vec12.s8);
    h = mix(h, (ulong)vec12.s9);
    h = mix(h, (ulong)vec12.sa);
    h = mix(h, (ulong)vec12.sb);
    h = mix(h, (ulong)vec12.sc);
    h = mix(h, (ulong)vec12.sd);
    h = mix(h, (ulong)vec12.se);
    h = mix(h, (ulong)vec12.sf);
    h = mix(h, (ulong)vec13.s0);
    h = mix(h, (ulong)vec13.s1);
    h = mix(h, (ulong)vec13.s2);
    h = mix(h, (ulong)vec13.s3);
    h = mix(h, (ulong)v14);
    h = mix(h, (ulong)v17);
    h = mix(h, (ulong)v18);
    h = mix(h, (ulong)v22);
    out[gid] = h;
}
