// compiler-diff finding: mismatch
// seed: 2 mode: vector
// expected-hash: 0x5e48e2d2f9bf4873
// direct pthread-skylake-avx512-AMD EPYC: hash 0x5e48e2d2f9bf4873
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x9eec13284a2d86f3
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x9eec13284a2d86f3
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x5e48e2d2f9bf4873
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
ulong helper1(uchar p0) {
    long v2 = (!(((p0) <= (min((short)((!(p0))), (short)(((p0) | (0143071U))))))));
    v2 = smul_int(((((short)((!(v2))))) == (((p0) || (sneg_int(p0))))), ((39864460UL) != (sshl_int(p0, (((v2) && (p0))) & 31))));
    v2 = ((((char)(32769UL))) ? (p0) : (2744569696));
    return 3394225671UL;
}
int helper3(char p0) {
    p0 = (~(((mul_hi((int)(p0), (int)((-(0177306UL))))) ? (((((char)(01273l))) | (((p0) ? (p0) : (11u))))) : (((0xBAF40C6B2D4C0D10UL) & (p0))))));
    ulong v4 = helper1(((p0) <= (0xCC5BC6A1L)));
    p0 = abs((ushort)(((((ushort)((~(0xF2EEul))))) >= (v4))));
    return mul_hi((int)(clamp((int)(((v4) >= (0xC2A703C979776359L))), (int)(-785616604L), (int)2147483647L)), (int)(((helper1(p0)) ? (p0) : (((p0) == (v4))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    short v5 = (((!(((min((long)(255), (long)(lid))) <= (in[(((gid) << ((gid) & 31))) & 63]))))) >> ((((abs((ushort)(((in[(((in[(((int)(01L))) & 63]) - (gid))) & 63]) ? (gid) : (10916800879923184129u))))) * (((((lid) ? (lid) : (gid))) ? (((lid) << ((gid) & 31))) : (((gid) * (lid))))))) & 31));
    int v6 = (!(((((helper1(lid)) || (max((char)(lid), (char)(gid))))) ? ((!(((lid) + (gid))))) : (lid))));
    ushort v7 = (((((~(gid))) ? ((((~(in[(clamp((ushort)(v6), (ushort)256UL, (ushort)65535UL)) & 63]))) ? (((in[(sshl_int(v6, (017777777776UL) & 31)) & 63]) != (in[(((v5) != (gid))) & 63]))) : (0xdcbcc70d18aac233))) : ((!(0xFFFFFFFFFFFFFFFEL))))) + ((~(in[(sadd_int(v5, v5)) & 63]))));
    ulong a8[8] = {sneg_int(((v5) ^ (63075))), ((char)((~(v5)))), (((!(0x579B49A7))) || (((v7) != (gid)))), ((53526ul) & (((v6) != (v6)))), ((char)(((010UL) ? (gid) : (in[(((gid) ? (gid) : (v7))) & 63])))), helper1((-(gid))), ((short)(((gid) || (v5)))), ((((uint)(v6))) + (((uint)(0x10E))))};
    ulong2 vec9 = (ulong2)((ulong)(v6), (ulong)(((((lid) ? (a8[((~(0xc4cL))) & 7]) : (in[(((int)(lid))) & 63]))) - (0x9a81aba0ul))));
    uint w10 = 0u;
    while (w10 < 1u) {
        w10++;
        uint v11 = in[(helper1(v7)) & 63];
    }
    if (((lid) << ((helper3(((gid) ? (01104u) : (v6)))) & 31))) {
        uint w12 = 0u;
        do {
            w12++;
            v5 = ((((int)(((((in[(helper3(0x7f693fb0u)) & 63]) ? (vec9.s0) : (v5))) ? (v7) : (4ul))))) > (((((long)(157))) >> (((((-(in[((-(vec9.s1))) & 63]))) ? (((uint)(gid))) : (((v5) * (lid))))) & 63))));
        } while (w12 < 2u);
        v5 = ((vec9.s0) & ((-(((0x8a5e1ef2UL) ? (((uchar)(a8[(((vec9.s1) ^ (v6))) & 7]))) : (((0x6l) ? (in[(((in[(((0107343l) == (gid))) & 63]) ? (v5) : (v6))) & 63]) : (v7))))))));
        switch (((-(umod_ulong(((uint)(in[(min((ushort)(v6), (ushort)(vec9.s0))) & 63])), vec9.s0)))) & 7) {
        case 6: {
            v5 = ((a8[((~(973950449ul))) & 7]) || (lid));
            break;
        }
        default: {
            for (int i13 = 0; i13 < 3; i13++) {
                v5 = (!(2147483649u));
                v6 ^= (int)(((((clz((short)(gid))) ? (((lid) < (gid))) : ((-(vec9.s0))))) || (((short)(clamp((short)(in[(helper1(lid)) & 63]), (short)15L, (short)818L))))));
                vec9 = as_ulong2(abs(vec9));
                a8[(((short)(((uint)(011) - (uint)(0xC987))))) & 7] = ((((int)(((i13) ? (gid) : (in[(helper1(a8[(((0x46UL) ? (v7) : (01626615471036115640743))) & 7])) & 63]))))) | (0100000));
            }
        }
        }
    }
    v5 = clamp((short)(((((((ushort)(v7))) - (vec9.s0))) << ((((min((ushort)(128U), (ushort)(0xaf9a9b8e))) >= (v5))) & 63))), (short)(-1L), (short)28156L);
    for (int i14 = 0; i14 < 1; i14++) {
        switch ((v5) & 7) {
        case 0: {
            switch ((max((ushort)((!(((0x6EABL) ? (0x2e4U) : (013UL))))), (ushort)((~(rotate((uint)(in[(vec9.s0) & 63]), (uint)(11l))))))) & 7) {
            case 1: {
                if (gid) {
                    vec9 = select(vec9, vec9, vec9 == vec9);
                } else {
                    vec9 = as_ulong2(abs(vec9));
                    v6 = ((((clamp((ushort)(sneg_int(0x8001)), (ushort)0UL, (ushort)36648UL)) != (abs((char)(((vec9.s1) > (in[(((char)(lid))) & 63]))))))) == ((((~(a8[(((254U) ? (gid) : (3166670054))) & 7]))) * (clamp((long)(abs((int)(25424L))), (long)2L, (long)5421843062766405582L)))));
                    for (int i15 = 0; i15 < (int)(in[(gid + 9u) & 63u] & 3u); i15++) {
                        char v16 = lid;
                        vec9 = as_ulong2(abs(vec9));
                    }
                }
            }
            case 3: {
                break;
            }
            default: {
            }
            }
            break;
        }
        case 1: {
            break;
        }
        case 4: {
            break;
        }
        default: {
        }
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)vec9.s0);
    h = mix(h, (ulong)vec9.s1);
    out[gid] = h;
}
