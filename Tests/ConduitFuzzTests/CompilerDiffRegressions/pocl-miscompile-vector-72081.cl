// compiler-diff finding: reference-miscompile
// seed: 72081 mode: vector
// expected-hash: 0xe14b36eb7b92ac51
// direct pthread-skylake-avx512-AMD EPYC: hash 0xdc49e3847b92ac51
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xe14b36eb7b92ac51
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xe14b36eb7b92ac51
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xe14b36eb7b92ac51
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
uint helper1(long p0, char p1, uint p2) {
    p1 >>= ((char)(p1) & 31);
    p2 = p0;
    return p2;
}
uint helper2(uchar p0, ulong p1, uint p2) {
    p1 = ((ulong)(((p0) ? (((((p1) ^ (p0))) && (0x3bf))) : (sneg_int(((p0) > (32769u)))))));
    uint w3 = 0u;
    while (w3 < 4u) {
        w3++;
        p2 = 235l;
        if (p0) continue;
    }
    uint v4 = p0;
    return (!(p1));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    short v5 = (-((((~(((in[(015ul) & 63]) == (gid))))) ? (gid) : (lid))));
    int v6 = ((lid) - (((((((254UL) != (0xCD09UL))) ? (clz((long)(lid))) : (v5))) != (helper1(in[(v5) & 63], ((long)(gid)), ((lid) << ((lid) & 31)))))));
    long v7 = ((v6) ? (in[((!(0x7FU))) & 63]) : (((short)(abs((char)(lid))))));
    long v8 = sneg_long(min((long)(((long)(v5))), (long)(0x3B4)));
    int3 vec9 = (int3)((int)(umod_uint(((0377) & (v6)), lid)), (int)(helper1(037125235740ul, ((in[(clz((short)(v7))) & 63]) >> ((v8) & 31)), clamp((char)(0xb7b3f84d1763b09dL), (char)(-42L), (char)1L))), (int)((!(((v6) == (v6))))));
    uint16 vec10 = (uint16)((uint)(udiv_ulong(v5, 3785912581UL)));
    uchar2 vec11 = (uchar2)((uchar)(((abs((long)(0175220U))) ? (((v5) | (vec9.s1))) : ((!(v8))))), (uchar)(v6));
    if (((v6) ? (((v5) ? (((v8) < (v6))) : (((v7) <= (v6))))) : (0x8000))) {
        v5 = (~(01204u));
        if (min((ulong)(smul_long(in[(v8) & 63], 0100000l)), (ulong)(((v7) < (helper2(v6, v8, v5)))))) {
            for (int i12 = 0; i12 < 3; i12++) {
                vec11 = select(vec11, vec11, vec11 != vec11);
                v7 = ((((((((v6) >= (in[(v8) & 63]))) != (0x12Bul))) - (vec10.s9))) ? (helper1(((((gid) ? (0x15F0l) : (lid))) == (helper2(0x25dU, v8, v8))), i12, clamp((ushort)(((v7) != (in[(v6) & 63]))), (ushort)44UL, (ushort)109UL))) : (max((ushort)(abs((ushort)(in[(((i12) ? (v6) : (01160U))) & 63]))), (ushort)(((sneg_int(v6)) >> ((((ulong)(in[(gid) & 63]))) & 31))))));
                v5++;
                v7 = v5;
            }
            long v13 = ((char)((~(((sneg_int(v6)) | (((v5) ? (v8) : (lid))))))));
        }
    }
    vec9.s2 = (int)(((((helper2(v8, gid, in[(((long)(0x2daUL))) & 63])) < (((vec9.s2) ? (vec10[(helper1(v6, v6, v6)) & 15]) : (v5))))) ? (((((char)(vec11.s1))) || (((0x4Bu) ? (gid) : (v8))))) : (lid)));
    v6 ^= (int)(in[(helper2(v7, v5, v5)) & 63]);
    v8 >>= ((long)(((v8) ^ (((long)(ssub_long(2l, v8)))))) & 63);
    v8 = ((((short)(((((0x7FU) && (vec9.s2))) & (gid))))) ? (0140547ul) : (popcount((int)(helper1(((gid) ? (in[(((01306134472557130110362) + (v5))) & 63]) : (gid)), v8, sneg_int(v6))))));
    vec10[(uint)(0xeul) % 16u] ^= (uint)((!(((((vec9.s2) == (v5))) ^ ((-(in[(min((ushort)(0xeeafcfeal), (ushort)(v7))) & 63])))))));
    v5--;
    uint w14 = 0u;
    while (w14 < 1u) {
        w14++;
        v8 = sshl_int((!((~((~(lid)))))), (((clz((uchar)((-(0560621442U))))) ? (((((ulong)(v5))) ? (in[((!(11))) & 63]) : (lid))) : (clamp((long)(helper2(vec11.s1, lid, 0xF1)), (long)2L, (long)2471385938L)))) & 31);
        vec9 = vec9 & (int)(in[(((long)(v5))) & 63]);
        if (ssub_long(max((ushort)(v8), (ushort)(in[(((v7) && (vec11.s1))) & 63])), v8)) break;
    }
    vec10 = max(vec10, vec10);
    uint g16 = 0u;
    L15: {
        g16++;
        vec9 = as_int3(abs(vec9));
        if (((((v6) < (ssub_int(v6, v6)))) >> ((min((ushort)(umod_uint(in[(((int)(v7))) & 63], in[(((172L) > (v6))) & 63])), (ushort)((~(vec11.s1))))) & 31))) {
            v5 = v5;
            uint w17 = 0u;
            do {
                w17++;
                v8 = ((((((((0x1D69E13Bl) ? (v5) : (0x369U))) <= ((!(vec11.s1))))) ? (in[(((uchar)(v5))) & 63]) : (((((ushort)(in[(helper2(0x83A5UL, 015l, 01636u)) & 63]))) ? (((uint)(vec10.s6))) : (((in[(v5) & 63]) <= (vec11.s1))))))) & (((clamp((short)(lid), (short)556L, (short)24844L)) && (((((01277U) << ((v7) & 31))) ? (((short)(072311ul))) : (((ulong)(vec10.s3))))))));
            } while (w17 < 4u);
            for (int i18 = 0; i18 < (int)(in[(gid + 1u) & 63u] & 3u); i18++) {
                v5 = clz((ulong)(((((((v8) > (0x6FC9FB133C56E05EUL))) <= (((short)(0xd89f14fcl))))) + ((-(helper2(vec10[((~(i18))) & 15], v6, v6)))))));
                vec10.hi = vec10.hi;
                if (((vec9.s1) != (((vec11.s1) < (0777777777777777777776U))))) break;
            }
        } else {
        }
    }
    if (g16 < 2u && (((sneg_long(v8)) >> ((((v7) < (vec11.s1))) & 63)))) goto L15;
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)vec9.s0);
    h = mix(h, (ulong)vec9.s1);
    h = mix(h, (ulong)vec9.s2);
    h = mix(h, (ulong)vec10.s0);
    h = mix(h, (ulong)vec10.s1);
    h = mix(h, (ulong)vec10.s2);
    h = mix(h, (ulong)vec10.s3);
    h = mix(h, (ulong)vec10.s4);
    h = mix(h, (ulong)vec10.s5);
    h = mix(h, (ulong)vec10.s6);
    h = mix(h, (ulong)vec10.s7);
    h = mix(h, (ulong)vec10.s8);
    h = mix(h, (ulong)vec10.s9);
    h = mix(h, (ulong)vec10.sa);
    h = mix(h, (ulong)vec10.sb);
    h = mix(h, (ulong)vec10.sc);
    h = mix(h, (ulong)vec10.sd);
    h = mix(h, (ulong)vec10.se);
    h = mix(h, (ulong)vec10.sf);
    h = mix(h, (ulong)vec11.s0);
    h = mix(h, (ulong)vec11.s1);
    out[gid] = h;
}
