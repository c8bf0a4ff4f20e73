// compiler-diff finding: rejected
// seed: 5258 mode: barrier
// expected-hash: 0xd3f6d70fe53112a0
// direct pthread-skylake-avx512-AMD EPYC: hash 0xd3f6d70fe53112a0
// conduit cpu (Conduit CPU (AMD EPYC)): rejected: compile failed: generated.cl did not compile: internal error: the compiler produced bytecode the verifier rejects: kernel 'k': register counts 240/4572 exceed 4096
// conduit opencl (pthread-skylake-avx512-AMD EPYC): rejected: compile failed: generated.cl did not compile: internal error: the compiler produced bytecode the verifier rejects: kernel 'k': register counts 240/4572 exceed 4096
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
uchar helper1(long p0, short p1) {
    uchar v2 = ((ushort)(((sneg_int(ssub_int(p1, p1))) <= (((min((ushort)(p1), (ushort)(p1))) >> (((~(p1))) & 31))))));
    uint w3 = 0u;
    while (w3 < 4u) {
        w3++;
        v2 = ((((((popcount((int)(p1))) ? (((p0) >> ((p1) & 63))) : ((~(p1))))) > ((~(v2))))) & (abs((long)(01322))));
        switch ((((((((0x31aL) ? (01546135241125227577255u) : (p0))) - (popcount((uchar)(p0))))) && (p1))) & 7) {
        case 0: {
            p1 = p0;
            v2 = ((int)(((((ushort)(((p1) < (p0))))) >= (((v2) >> ((((0144UL) * (p0))) & 31))))));
            break;
        }
        case 5: {
            uint w4 = 0u;
            do {
                w4++;
                p1 = v2;
                if (((p1) ? (p0) : (sshl_int(((p0) ? (p1) : (p1)), (14UL) & 31)))) {
                    p1 = ((short)(((v2) ? (((long)(((ulong)(v2))))) : ((~(p0))))));
                    switch ((((smod_long(((long)(p0)), ((short)(p1)))) < (p0))) & 7) {
                    case 0: {
                        break;
                    }
                    case 1: {
                        break;
                    }
                    case 6: {
                        break;
                    }
                    case 7: {
                        break;
                    }
                    }
                }
            } while (w4 < 2u);
            break;
        }
        case 7: {
            break;
        }
        default: {
        }
        }
        if (((max((ushort)(v2), (ushort)(v2))) ? (((int)(v2))) : (((v2) <= (p1))))) continue;
    }
    return ((((0744001225137320177131) == (((v2) || (0x579ae1a64e623ae2L))))) >> ((v2) & 31));
}
long helper5(int p0) {
    uint v6 = ((helper1(((((uchar)(p0))) ? (p0) : (((long)(p0)))), sneg_int(((p0) == (p0))))) < ((~(0x7FFFU))));
    if (910384783170301867U) {
        uint w7 = 0u;
        while (w7 < 3u) {
            w7++;
            if (((min((long)(((v6) ? (p0) : (p0))), (long)(((p0) ? (020000000001) : (p0))))) | (((uchar)(((v6) >> ((p0) & 31))))))) {
                v6 = p0;
            } else {
                p0 ^= (int)((!(clamp((short)(helper1(v6, v6)), (short)(-16261L), (short)11L))));
                char v8 = ((((v6) * (p0))) >> ((helper1(p0, (-(((0x60c5) | (v6)))))) & 31));
                ushort v9 = helper1((((~(((v8) ? (559U) : (p0))))) ? (((mul_hi((uint)(v8), (uint)(749L))) || (v8))) : (((p0) + (((p0) * (v6)))))), ((clamp((short)(rotate((uint)(v8), (uint)(p0))), (short)(-17491L), (short)283L)) || (((long)(((short)(v8)))))));
            }
        }
        int v10 = p0;
    } else {
        char v11 = helper1(((long)(((((v6) & (0751311115460614165657))) | (((v6) << ((v6) & 31)))))), ((helper1(ssub_int(p0, p0), ((v6) != (p0)))) >= (040l)));
        p0 = helper1(((((4102374613UL) != (((uchar)(010u))))) >= (((((0x318U) ? (p0) : (v6))) >= (((short)(v6)))))), p0);
        switch ((sneg_long(((long)(((v6) ? (p0) : (v6)))))) & 7) {
        case 3: {
            break;
        }
        case 5: {
            break;
        }
        case 6: {
            break;
        }
        }
    }
    return ((((sneg_int(p0)) ? (clamp((uchar)(0x9), (uchar)0UL, (uchar)70UL)) : (((v6) <= (0451))))) >= (udiv_ulong(0x2F66UL, p0)));
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
    short v12 = ((((uint)((((~(lid))) ? (((gid) < (gid))) : (ssub_long(0777777777777777777776L, 0546L)))))) - (lid));
    ulong v13 = (!((~(((((v12) * (lid))) ? (max((uchar)(0x5u), (uchar)(3032128057184102356U))) : (min((long)(lid), (long)(v12))))))));
    long v14 = v12;
    int v15 = v12;
    uchar v16 = min((ushort)(48959L), (ushort)(((max((long)(min((ulong)(v12), (ulong)(in[(gid) & 63]))), (long)(helper5(v12)))) ? (13) : (((min((ulong)(15u), (ulong)(0x10000U))) + (helper1(v13, 03)))))));
    v14 = (long)exchange(tile, lid, (uint)(min((ulong)(((((in[(sshl_long(v14, (in[(sneg_int(v15)) & 63]) & 63)) & 63]) ? (in[(((v12) ? (3032297806006576549UL) : (0xFul))) & 63]) : (lid))) ? (helper5(v12)) : (((in[((!(v15))) & 63]) + (v12))))), (ulong)((!(((v14) < (v13))))))), 6u);
    v16 = ssub_long(sshl_long(v14, (((uint)((~(lid))))) & 63), max((int)(gid), (int)(((((v15) ? (in[(v15) & 63]) : (v12))) ? (in[(((v12) && (2U))) & 63]) : ((-(gid)))))));
    v13 = (!(((((helper1(011337404765U, v13)) ? (((uint)(v12))) : (in[(in[(rotate((int)(lid), (int)(v15))) & 63]) & 63]))) ? (((((uchar)(v14))) ? (0L) : (udiv_ulong(v12, v13)))) : (helper5(((gid) && (gid)))))));
    if (((((ulong)(28447L))) != (helper1((~(v14)), helper1(v15, v12))))) {
        v12 = sdiv_int(((helper5(((0100000UL) || (0xB4ul)))) > ((((~(gid))) | (abs((int)(v14)))))), mul_hi((int)(v16), (int)(((umod_ulong(in[(((gid) >= (v13))) & 63], v13)) * ((!(v16)))))));
        switch ((clamp((ushort)(gid), (ushort)9488UL, (ushort)32766UL)) & 7) {
        case 2: {
            v12 = helper1(((uint)(((helper1(6853734076333144064U, lid)) ? (helper5(v14)) : (((v16) == (0x9edb8a486e572bb0L)))))), (!(gid)));
            v15 = v12;
        }
        case 5: {
            uint w17 = 0u;
            while (w17 < 3u) {
                w17++;
                v16 = ((((0x3A6U) ? (sadd_int(helper1(1359549207u, v12), helper1(lid, lid))) : (v13))) ? (udiv_ulong((((-(v13))) < (((char)(v13)))), ((helper5(lid)) ? (helper1(gid, v15)) : (abs((ulong)(9694972430163651495u)))))) : (helper5(v12)));
                uint v18 = helper1(sneg_long(0x22CAE112C0BB98A6), ((uchar)((~(lid)))));
            }
            break;
        }
        }
    }
    ulong a19[8] = {5870L, ((((v13) ? (lid) : (v15))) ? (((489l) > (01541UL))) : (((3362028654) ? (v12) : (v12)))), in[(in[(((in[(((v12) ? (gid) : (lid))) & 63]) ^ (v15))) & 63]) & 63], (!(((ulong)(0xB5U)))), helper1(v12, ((char)(in[(((lid) ? (in[(((0xBC074645) + (v12))) & 63]) : (v13))) & 63]))), ((((v15) && (lid))) ^ (in[(in[(((0x7FL) ? (9060U) : (01051UL))) & 63]) & 63])), ((v14) ? (0x8u) : (v14)), (!(clamp((long)(v15), (long)0L, (long)4915098344567285204L)))};
    v16 = (uchar)exchange(tile, lid, (uint)(helper5(930)), 2u);
    switch (((-(in[(v13) & 63]))) & 7) {
    case 0: {
        v13 = v14;
        break;
    }
    case 3: {
        v13 = 0x7l;
        switch ((a19[(max((uint)(v16), (uint)(in[(((v12) ? (gid) : (v12))) & 63]))) & 7]) & 7) {
        case 1: {
            if (((short)(v12))) {
                v12 = ((((6u) & (0xdcbd8eebul))) != ((~(((v15) | ((-(lid))))))));
                switch ((in[(((uint)(in[(v13) & 63]))) & 63]) & 7) {
                case 1: {
                    v15 = ((v15) >= (udiv_uint(((clamp((long)(v13), (long)(-844579414763310026L), (long)7062978205164798356L)) ? (((in[((!(a19[(((ushort)(017777777777))) & 7]))) & 63]) << ((v14) & 31))) : (clamp((int)(lid), (int)(-138921702L), (int)284L))), v15)));
                    break;
                }
                case 3: {
                    v12 = ((ushort)(helper1(0x9, (~(abs((short)(0x9257C683UL)))))));
                    v15 = v15;
                }
                case 7: {
                    break;
                }
                default: {
                }
                }
            } else {
            }
            break;
        }
        default: {
        }
        }
        break;
    }
    default: {
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    h = mix(h, (ulong)v15);
    h = mix(h, (ulong)v16);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a19[e]);
    out[gid] = h;
}
