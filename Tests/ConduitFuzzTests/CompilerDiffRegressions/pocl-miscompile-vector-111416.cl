// compiler-diff finding: reference-miscompile
// seed: 111416 mode: vector
// expected-hash: 0xe8943093b92f8fbc
// known reference bug: abs-of-the-most-negative-value
// direct pthread-skylake-avx512-AMD EPYC: hash 0xc0f7d419b92f8fbc
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xe8943093b92f8fbc
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xe8943093b92f8fbc
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xe8943093b92f8fbc
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
int helper1(int p0) {
    ulong v2 = (((!(((sadd_int(p0, p0)) + (((01534016715137505062247UL) | (p0))))))) ? (((((p0) > ((!(p0))))) ? (p0) : (p0))) : (p0));
    p0 = udiv_ulong(v2, v2);
    v2 = sneg_int(((sneg_long(3737931664)) ? (p0) : (((((p0) ? (v2) : (v2))) < (((03612252317l) ? (p0) : (v2)))))));
    return umod_ulong(v2, (!(((char)(v2)))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v3 = ((min((ulong)(smod_long(((long)(gid)), ((ushort)(gid)))), (ulong)((~(((int)(gid))))))) ? (((short)(in[(((int)(lid))) & 63]))) : (((((ulong)(((ulong)(gid))))) || ((((-(gid))) != (in[(gid) & 63]))))));
    uchar v4 = ((((int)((~(v3))))) == (40445u));
    char v5 = abs((uchar)(rotate((char)(in[(((char)(lid))) & 63]), (char)(2508818487ul))));
    uint v6 = 011;
    int3 vec7 = (int3)((int)(sshl_int(((((v5) >= (v5))) >= (helper1(v5))), (helper1(abs((char)(gid)))) & 31)));
    ulong8 vec8 = (ulong8)((ulong)(gid));
    vec7 = as_int3(abs(vec7));
    if (((uint)((~(clamp((short)(v4), (short)(-28299L), (short)8625L)))))) {
        v3 = abs((short)(((gid) ? (smul_int(helper1(vec8.s6), ((vec7.s0) >= (v4)))) : (((max((ushort)(gid), (ushort)(v6))) ? ((!(in[(v4) & 63]))) : (helper1(in[(vec7.s2) & 63])))))));
        v3 = max((char)((((!(((013701741365l) <= (v3))))) * (01143622362213455703620u))), (char)(smod_int(v5, helper1(rotate((uint)(v5), (uint)(lid))))));
    }
    v4 = ((((((helper1(v5)) && (((0651025633746602300273UL) ? (v6) : (vec7.s2))))) ? (gid) : (((in[(sneg_int(v4)) & 63]) + (((char)(in[(helper1(in[(((v4) != (in[(((long)(vec8[(popcount((uchar)(v3))) & 7]))) & 63]))) & 63])) & 63]))))))) ^ (((char)(v3))));
    vec8 = shuffle(vec8, (ulong8)(helper1((!(in[(max((long)(in[(((vec7.s0) >= (v4))) & 63]), (long)(in[(((in[(sdiv_long(1247241351l, lid)) & 63]) < (v3))) & 63]))) & 63])))) ^ (ulong8)(151, 155, 16, 73, 239, 150, 53, 141));
    v4 = v4;
    v6 &= (uint)(helper1((!(vec8.s4))));
    if ((~(((char)(((char)(gid))))))) {
        v4 = ((popcount((int)(((0x18c) ? (((vec7.s1) && (v4))) : ((!(vec7.s1))))))) == (((((sneg_long(0x2ea2c83884402b0cL)) <= (((in[(((lid) != (v6))) & 63]) ? (01421240044u) : (1u))))) ? (((((0x988183E1ul) ^ (vec7.s2))) * ((~(32767U))))) : (helper1(sneg_int(v3))))));
        vec7 = as_int3(abs(vec7));
    } else {
        for (int i9 = 0; i9 < 4; i9++) {
            switch ((((((((short)(in[((!(vec7.s0))) & 63]))) ? (i9) : (((uchar)(lid))))) != (v6))) & 7) {
            case 5: {
                for (int i10 = 0; i10 < (int)(in[(gid + 61u) & 63u] & 3u); i10++) {
                    long v11 = helper1(((((smod_int(v5, v4)) ? (((uint)(in[(v3) & 63]))) : (v6))) != (((((lid) || (in[(382ul) & 63]))) != (v4)))));
                    switch ((sneg_int(((in[(vec7.s1) & 63]) >= (((03U) ? (v3) : (32767L)))))) & 7) {
                    case 0: {
                        uint w12 = 0u;
                        do {
                            w12++;
                            v11 = ((gid) + (((((ushort)(((vec8.s7) - (v4))))) >> ((0135742l) & 31))));
                            v4--;
                        } while (w12 < 3u);
                        if (((helper1(8773327010602043152ul)) > ((-(((v6) ? (v3) : (017777777777UL))))))) {
                            if (min((long)(0xb85cUL), (long)(v3))) {
                                switch ((v3) & 7) {
                                case 4: {
                                    v5 = (!(((01403475210552143654172L) > ((~(((int)(0377))))))));
                                }
                                case 5: {
                                    v5 = gid;
                                    break;
                                }
                                case 6: {
                                    vec8.hi = vec8.lo;
                                    long v13 = udiv_uint(((uchar)(vec7.s0)), ((((char)(((gid) << ((vec8.s4) & 31))))) ? (((((0x63CDUL) + (v4))) == (helper1(i9)))) : (gid)));
                                }
                                }
                                short v14 = v3;
                            } else {
                                switch ((gid) & 7) {
                                case 3: {
                                    vec7 = as_int3(abs(vec7));
                                    for (int i15 = 0; i15 < 0; i15++) {
                                        v3 = ((helper1((((!(vec7.s1))) != (i10)))) < ((~(in[(((i15) | (lid))) & 63]))));
                                        if (smul_int(((in[(lid) & 63]) ? (v3) : (v3)), ((v5) | (0xc9)))) continue;
                                    }
                                    break;
                                }
                                case 4: {
                                    break;
                                }
                                case 5: {
                                }
                                default: {
                                }
                                }
                            }
                        }
                        break;
                    }
                    }
                }
                break;
            }
            }
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)vec7.s0);
    h = mix(h, (ulong)vec7.s1);
    h = mix(h, (ulong)vec7.s2);
    h = mix(h, (ulong)vec8.s0);
    h = mix(h, (ulong)vec8.s1);
    h = mix(h, (ulong)vec8.s2);
    h = mix(h, (ulong)vec8.s3);
    h = mix(h, (ulong)vec8.s4);
    h = mix(h, (ulong)vec8.s5);
    h = mix(h, (ulong)vec8.s6);
    h = mix(h, (ulong)vec8.s7);
    out[gid] = h;
}
