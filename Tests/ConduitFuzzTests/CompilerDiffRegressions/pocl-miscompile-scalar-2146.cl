// compiler-diff finding: reference-miscompile
// seed: 2146 mode: scalar
// expected-hash: 0xf1f4d4cf1692dd18
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xe2024ed6c97fae58
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xf1f4d4cf1692dd18
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xf1f4d4cf1692dd18
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xf1f4d4cf1692dd18
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
int helper1(short p0, long p1, uchar p2) {
    p0 = ((p0) | (p2));
    p1 = ((uchar)(min((long)(((((p1) ^ (p2))) <= ((~(p0))))), (long)(0xb95112b0l))));
    return ((smul_long(((p2) != (p1)), p1)) ? (((p1) >> ((smod_long(p1, 0x1edu)) & 63))) : (((rotate((int)(p2), (int)(39171u))) == (((p0) ? (p1) : (p0))))));
}
uchar helper2(char p0) {
    short v3 = ((((((short)(((int)(0124340152151275057224ul))))) >= (((((p0) ? (p0) : (p0))) >= (helper1(014137240055u, 0x8750u, p0)))))) & (p0));
    switch ((((((p0) || (p0))) >> ((((((p0) >= (v3))) < (v3))) & 31))) & 7) {
    case 0: {
        long v4 = (((~(v3))) ^ (p0));
        break;
    }
    }
    p0 = smod_int(((((uint)(v3))) ? (((((uint)(p0))) || (sshl_int(p0, (p0) & 31)))) : (v3)), ((popcount((short)(((v3) ^ (p0))))) ? (((((1570352116u) + (v3))) && (((p0) || (p0))))) : (((((int)(p0))) != (helper1(p0, 16910, 359u))))));
    for (int i5 = 0; i5 < 0; i5++) {
        p0 = p0;
        p0 = ((long)(((((short)(((v3) | (v3))))) ? (((((p0) ? (v3) : (v3))) ? (32768l) : (0733l))) : (((1031517141l) ? (max((ushort)(p0), (ushort)(i5))) : (040000000000UL))))));
        v3 |= (short)(((uint)(min((short)(((ushort)(129l))), (short)(((uchar)(01326760536273773471620l)))))));
        if (v3) break;
        v3 &= (short)(sneg_int(i5));
    }
    return helper1(ssub_int(((p0) ? (v3) : (p0)), helper1(v3, v3, p0)), (!(((p0) ? (p0) : (v3)))), 0x1EDC8DF9DD39F5FBL);
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    ulong v6 = (((~((((-(gid))) - (((gid) ? (0200613055542157106306ul) : (964))))))) * (0x4u));
    uchar v7 = ((clz((short)((~(helper1(in[(lid) & 63], 160u, v6)))))) < (((uchar)(0ul))));
    uint a8[4] = {((((v6) < (0x6dc58b7cul))) >> ((((v7) ? (in[((!(gid))) & 63]) : (v6))) & 31)), v7, abs((long)(01000000000000000000000)), sneg_int(helper2(9l))};
    v6 &= (ulong)((!(((((v6) ? (a8[(((lid) ? (lid) : (lid))) & 3]) : (v6))) ? (in[(lid) & 63]) : (0x96597FC35F93A281)))));
    switch ((((helper2(((0x2eb) || (0x4CL)))) ? (a8[((~(0x604EU))) & 3]) : (((int)(((027506367413UL) << ((lid) & 63))))))) & 7) {
    case 0: {
        v7 = v6;
        switch ((((char)(0xCAB42B2566E48AACul))) & 7) {
        case 0: {
            uint w9 = 0u;
            while (w9 < 3u) {
                w9++;
                v7 = ((short)(sneg_int(helper2(a8[(((gid) * (a8[(((in[((!(v7))) & 63]) * (v6))) & 3]))) & 3]))));
                switch ((((helper1(((a8[((!(gid))) & 3]) < (0x2)), a8[(sdiv_long(4277827239U, 0x1L)) & 3], helper1(in[(v7) & 63], v6, 0x261ul))) | ((!(((lid) || (v7))))))) & 7) {
                case 3: {
                    v7 = ((short)(rotate((int)(((((uchar)(lid))) ? (helper2(in[((-(a8[(((ulong)(0x10ul))) & 3]))) & 63])) : (0xE5C0325C929FC61Cl))), (int)(abs((char)(((gid) >= (0xee6f967aeed899d3))))))));
                    break;
                }
                case 5: {
                    v6 = gid;
                    v7 = v7;
                }
                case 6: {
                    if (((((((0163500ul) ? (807830055) : (v6))) | (077777U))) ^ ((~(sshl_int(v7, (gid) & 31)))))) {
                        ushort v10 = ((lid) ? (helper2((-(((uint)(0x631DBAF8u)))))) : (clamp((uchar)(((char)(((gid) != (0506570477136000132430U))))), (uchar)189UL, (uchar)255UL)));
                        uint v11 = ((a8[(((ulong)(032501231374L) << ((10UL) & 63))) & 3]) > ((((!(((short)(gid))))) ? (((int)(a8[(((uchar)(v6))) & 3]))) : (((max((long)(lid), (long)(lid))) ? (((long)(v10))) : (((char)(a8[(lid) & 3]))))))));
                        switch ((((v11) && (max((int)(abs((long)(a8[(min((uchar)(lid), (uchar)(lid))) & 3]))), (int)(helper1(01U, v11, v10)))))) & 7) {
                        case 5: {
                            ulong v12 = ((in[(v11) & 63]) - (a8[(clamp((uchar)(v11), (uchar)11UL, (uchar)13UL)) & 3]));
                            v7 = (!(v10));
                        }
                        case 6: {
                            for (int i13 = 0; i13 < 4; i13++) {
                                ulong v14 = (!(v10));
                                v10 = rotate((uint)(((helper2(((gid) ? (v11) : (a8[(gid) & 3])))) ? (max((int)(((18446744073709551615u) ? (lid) : (v11))), (int)(((0xffb4ce9cL) & (in[(in[(((i13) & (a8[(((127) & (32769))) & 3]))) & 63]) & 63]))))) : (sdiv_long(0x7Fu, ((long)(v7)))))), (uint)((((~(gid))) * ((~(abs((ushort)(i13))))))));
                                v7 = sshl_int(((helper1((-(020000000000)), (!(704u)), in[(((uint)(gid))) & 63])) || (helper1(min((int)(3U), (int)(0x80000000)), v10, a8[(((i13) < (015147056300u))) & 3]))), (lid) & 31);
                                v10 = ((ulong)(i13));
                            }
                            if (((3468237889UL) ? (v11) : (helper1(v7, ((lid) <= (61045)), smul_int(v10, v7))))) {
                                int v15 = ((((int)(((((2267634254l) ^ (lid))) ? (helper2(v11)) : (a8[(gid) & 3]))))) ? (0777777777777777777776U) : (mul_hi((int)(((((int)(v10))) ? (((v6) ? (lid) : (015))) : (0x9509u))), (int)(((((v10) >= (v6))) || (in[(745ul) & 63]))))));
                                if (sdiv_long(((sneg_long(39271L)) ^ (a8[(((ulong)(3090839061L) << ((0x85D6840AUL) & 63))) & 3])), clz((int)(clamp((uchar)(v15), (uchar)197UL, (uchar)254UL))))) {
                                }
                            } else {
                            }
                        }
                        default: {
                        }
                        }
                    } else {
                    }
                    break;
                }
                case 7: {
                    break;
                }
                default: {
                }
                }
            }
            break;
        }
        case 3: {
            break;
        }
        default: {
        }
        }
    }
    case 7: {
        break;
    }
    default: {
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a8[e]);
    out[gid] = h;
}
