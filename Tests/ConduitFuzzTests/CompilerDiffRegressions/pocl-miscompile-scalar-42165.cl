// compiler-diff finding: reference-miscompile
// seed: 42165 mode: scalar
// expected-hash: 0x43559c3d3031c57f
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x4eb505350f08c42b
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x43559c3d3031c57f
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x43559c3d3031c57f
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x43559c3d3031c57f
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
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    char v1 = ((ushort)(((((lid) << ((((gid) * (lid))) & 31))) < (((((01245L) != (gid))) ^ (0xDFCFF934BBBCB719UL))))));
    int v2 = sadd_int(((((gid) >= (((lid) == (lid))))) == (abs((ulong)(((gid) - (v1)))))), clamp((char)(((udiv_uint(gid, lid)) ? (lid) : (((char)(v1))))), (char)(-122L), (char)(-1L)));
    int v3 = ((((ulong)(((ushort)((~(in[(clamp((uint)(016l), (uint)256UL, (uint)32768UL)) & 63]))))))) ? (((((((v2) ^ (2147483648ul))) ? (((0xB3E19D02ul) != (in[(((lid) ? (v2) : (474))) & 63]))) : (v1))) > (min((long)(v1), (long)((!(1UL))))))) : (sneg_int(((((gid) && (4))) >> ((((0414ul) * (v1))) & 31)))));
    int v4 = ((min((short)(((ushort)(((uchar)(lid))))), (short)(((ushort)(((in[(((long)(gid))) & 63]) ? (0467L) : (in[(popcount((int)(v2))) & 63]))))))) == (((((((char)(v1))) >> ((v3) & 31))) ? ((!(v1))) : (((v2) * (((v1) ? (0xc505ul) : (v1))))))));
    long v5 = ((((char)(sshl_int(((int)(v3)), (((char)(in[(((ulong)(in[(v1) & 63]))) & 63]))) & 31)))) ? (mul_hi((uint)(((((in[(v1) & 63]) ? (v4) : (v4))) ? (lid) : (v4))), (uint)(v1))) : (((uint)(((abs((int)(v2))) + (0xdeU))))));
    switch ((((((((ushort)(v2))) <= (((v2) | (v1))))) == (((((6UL) == (v3))) == (((int)(v1))))))) & 7) {
    case 6: {
        v2 &= (int)(((clamp((uint)(gid), (uint)4355UL, (uint)2045420609UL)) * (sneg_int(((v4) == (v2))))));
        break;
    }
    default: {
        v1 = (-(((((char)(((int)(v1))))) ? (in[(clamp((uint)(v2), (uint)1204988146UL, (uint)4211739941UL)) & 63]) : (((uint)((-(gid))))))));
    }
    }
    v5 = ((((((((v3) ? (v4) : (0xaa22814ca641e141l))) + (((short)(in[(((lid) < (v5))) & 63]))))) <= (sshl_int(((in[(((v5) ? (v5) : (v3))) & 63]) < (v3)), ((!(v2))) & 31)))) ? ((((~(((9223372036854775808U) > (lid))))) >> ((smod_int(((v1) <= (v2)), ((uchar)(lid)))) & 31))) : (v1));
    v1 = in[(0x7fl) & 63];
    v4 = ((((((((12U) != (01005421217476633451602u))) ^ (((v5) | (v1))))) ? (abs((uchar)((~(lid))))) : ((((~(v4))) ^ (0163011))))) >= ((((~(v4))) >> ((012ul) & 31))));
    uint v6 = min((long)(((abs((short)(in[(((char)(v1))) & 63]))) > (((uchar)(ssub_long(v5, v4)))))), (long)(((v5) > (v2))));
    if (((((((0x228b5881d14220cU) <= (v2))) ? (rotate((int)(v4), (int)(gid))) : (v1))) < (udiv_uint(in[(sadd_long(gid, v5)) & 63], ((v4) & (in[(((in[(v4) & 63]) > (v1))) & 63])))))) {
        v6 = ((udiv_uint(sneg_int(max((int)(v5), (int)(v2))), max((uint)(((gid) ? (v1) : (01014))), (uint)(min((int)(v3), (int)(v2)))))) + (((((((ulong)(v1))) ^ (((v6) ? (7189562195969926504ul) : (v4))))) && (((((gid) < (0xB7A2))) || (0x16AC7931u))))));
        v5 ^= (long)(((v6) ? (((rotate((int)(lid), (int)(in[(gid) & 63]))) || (ssub_int(32767, v2)))) : (357UL)));
    } else {
        long v7 = ((char)(((max((uchar)(((in[(((0x11a1L) | (gid))) & 63]) ? (32769u) : (v2))), (uchar)(((0x9491u) || (v5))))) != (((max((ushort)(v5), (ushort)(gid))) >= (((v4) ? (04213017664U) : (in[(((v2) > (v6))) & 63]))))))));
        for (int i8 = 0; i8 < 4; i8++) {
            v3 = 0100001L;
            int v9 = (((!(((char)(((gid) || (v3))))))) ? (v4) : (((3U) ? (((short)(v3))) : (in[(v6) & 63]))));
            if ((((~(((in[(clz((ushort)(gid))) & 63]) & (v2))))) || (0177777))) {
                char v10 = (!(((((clz((char)(i8))) == ((!(in[(v5) & 63]))))) >= (v9))));
                uint w11 = 0u;
                do {
                    w11++;
                    for (int i12 = 0; i12 < 1; i12++) {
                        uint v13 = v9;
                        if (((((clamp((ushort)(i12), (ushort)1384UL, (ushort)12513UL)) < (((char)(v5))))) == (((((i12) > (v7))) < (((v6) | (v13))))))) {
                            v13 = ((uint)(v6));
                            v9 = ((((v3) >> ((((udiv_ulong(v2, 01075226376677606113762L)) ? (((v5) ? (gid) : (010U))) : (v13))) & 31))) ^ (((((((i12) ? (i8) : (v2))) == (abs((short)(v10))))) <= (((v6) || (umod_uint(gid, gid)))))));
                            v2 = ((((0714ul) > ((!(min((uint)(v4), (uint)(v5))))))) > ((((((!(lid))) ? (((gid) >> ((i8) & 31))) : (((v10) < (v5))))) < (((ushort)(((06001265460) <= (v3))))))));
                        } else {
                            { uint *p = &v13; *p = (*p ^ (uint)(v4)) * 3u + 1u; }
                        }
                        if (((short)(((v13) ? (4U) : (v10))))) continue;
                    }
                    uint v14 = ((ushort)(in[(0200000u) & 63]));
                    if (gid) break;
                } while (w11 < 4u);
            }
            short v15 = popcount((ushort)(((((((0240562167574061717250l) == (lid))) & (lid))) | (v3))));
        }
        v5 = (((!(v6))) ? (((gid) ? (((abs((int)(0x80000000ul))) ? (sshl_int(v3, (v1) & 31)) : (((v5) ? (v1) : (v4))))) : (smod_long(0xc75aL, 013u)))) : (((char)(sshl_long(((v5) & (787)), (lid) & 63)))));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    out[gid] = h;
}
