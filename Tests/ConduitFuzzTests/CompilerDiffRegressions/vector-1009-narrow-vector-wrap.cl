// compiler-diff finding: mismatch
// seed: 1009 mode: vector
// expected-hash: 0xbaabafdad70e60f0
// direct pthread-skylake-avx512-AMD EPYC: hash 0xbaabafdad70e60f0
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x135fa4c0a6c33ef0
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x135fa4c0a6c33ef0
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xbaabafdad70e60f0
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
uchar helper1(char p0) {
    uint v2 = ((((uint)(p0))) ? (p0) : ((((~(((p0) ? (p0) : (0x324bd0f1fbd1fc9bUL))))) & (p0))));
    p0 = (~(min((uint)(sshl_int(min((uchar)(v2), (uchar)(v2)), (((ushort)(p0))) & 31)), (uint)((!(((uint)(2758994097))))))));
    if (((int)(p0))) {
        for (int i3 = 0; i3 < 0; i3++) {
            v2 = sneg_int(((((clamp((char)(v2), (char)2L, (char)89L)) == (((v2) & (p0))))) | (((((v2) ? (704964535) : (v2))) && (((v2) * (0757116750544275357374U)))))));
            v2 = ((p0) & (max((short)(p0), (short)(((char)(abs((ulong)(0x325ul))))))));
            p0 = v2;
        }
        for (int i4 = 0; i4 < 4; i4++) {
            v2 &= (uint)((~(59913U)));
            uint w5 = 0u;
            while (w5 < 2u) {
                w5++;
                p0 = p0;
                if (min((int)(((uint)(v2))), (int)(v2))) {
                }
            }
        }
    }
    return ((((011) >= (0x3))) & (((((int)(p0))) ^ (((uint)(0x8000000000000001))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    char v6 = (!(((gid) | ((-(abs((ulong)(gid))))))));
    ushort v7 = sshl_int(rotate((int)(max((uint)(((short)(0l))), (uint)((!(513997382u))))), (int)((((-(010U))) ^ (((int)(lid)))))), (((((((0xffffffffffffffffUL) ? (lid) : (v6))) ? (v6) : (((ushort)(gid))))) ? (lid) : (min((long)(udiv_uint(v6, lid)), (long)(helper1(v6)))))) & 31);
    ulong v8 = (((((((!(in[(15224924264535644709U) & 63]))) != (((char)(v6))))) | (((in[(min((uchar)(in[(umod_uint(gid, lid)) & 63]), (uchar)(in[(clamp((int)(lid), (int)989L, (int)43304L)) & 63]))) & 63]) ? (((ushort)(lid))) : ((~(020u))))))) ^ ((((-(((ulong)(lid))))) ? (((umod_ulong(01106UL, 0x8d131306)) != ((!(lid))))) : (((((gid) != (v7))) < (lid))))));
    uchar2 vec9 = (uchar2)((uchar)(((abs((uchar)(gid))) ? (((gid) & (v6))) : (0xb6cb015646ccd4b0))), (uchar)(((long)(helper1(in[(0444) & 63])))));
    vec9 = vec9 * (uchar)(65534L);
    v6 = lid;
    ulong a10[8] = {((((9223372036854775807) ? (lid) : (v6))) ? (0x88d18688b7d39324ul) : (106u)), ((helper1(gid)) == ((~(gid)))), v8, ((((v8) + (v7))) != (helper1(gid))), gid, (((~(vec9.s1))) > ((~(26126L)))), (~(helper1(v7))), ((long)(v6))};
    char v11 = (~(helper1(((udiv_ulong(v8, 01251504511641673065244)) >= (min((uint)(lid), (uint)(in[(032614635424) & 63])))))));
    int v12 = ((ulong)((~(((((char)(0x1u))) ? (udiv_uint(in[(035351576035l) & 63], lid)) : (umod_uint(in[(((a10[(clamp((ushort)(a10[(abs((short)(in[(gid) & 63]))) & 7]), (ushort)276UL, (ushort)35427UL)) & 7]) > (in[(((vec9.s0) ? (a10[(((short)(2U))) & 7]) : (lid))) & 63]))) & 63], 05)))))));
    vec9 = vec9 + (uchar)(((((((gid) != (v11))) + (popcount((uint)(a10[(vec9.s0) & 7]))))) | (helper1((-(in[(v6) & 63]))))));
    ulong v13 = sshl_int(((popcount((uchar)((-(a10[(((01630ul) > (05ul))) & 7]))))) ? ((((-(gid))) == (((ushort)(vec9.s1))))) : (((gid) ? (helper1(a10[(027360517073U) & 7])) : ((!(v7)))))), (helper1(min((uchar)(min((ulong)(v11), (ulong)(a10[(((int)(in[(gid) & 63]))) & 7]))), (uchar)(helper1(gid))))) & 31);
    v7 = ((abs((ulong)(in[(((uchar)(v7))) & 63]))) < (clamp((uint)(((char)(((v8) != (in[(0x244) & 63]))))), (uint)16UL, (uint)743UL)));
    vec9 = as_uchar2(abs(vec9));
    vec9 = as_uchar2(abs(vec9));
    uint w14 = 0u;
    while (w14 < 3u) {
        w14++;
        v6 = ((((((((a10[(max((int)(0100000l), (int)(a10[(udiv_ulong(a10[(((long)(in[(helper1(v7)) & 63]))) & 7], 2147483647L)) & 7]))) & 7]) == (vec9.s1))) || (((char)(013))))) != (((((a10[(010) & 7]) || (a10[(((uchar)(0x8000ul))) & 7]))) <= (vec9.s0))))) & (((((helper1(lid)) && (((552u) == (vec9.s1))))) | (((36396) || (v7))))));
    }
    vec9 = select(vec9, vec9, vec9 != vec9);
    a10[(0x356) & 7] = helper1(((int)(((in[(a10[(helper1(in[(18446744073709551615U) & 63])) & 7]) & 63]) <= (a10[(01777777777777777777776ul) & 7])))));
    uint w15 = 0u;
    do {
        w15++;
        v7 = rotate((uint)(v8), (uint)(((abs((uchar)(((long)(vec9.s0))))) ? (0x53F1E28150D1D8BUL) : (udiv_ulong((~(3190881241)), ((063365UL) - (in[(((v12) | (v8))) & 63])))))));
    } while (w15 < 1u);
    vec9 = select(vec9, vec9, vec9 != vec9);
    v12 = smul_long(((char)(((min((short)(vec9.s1), (short)(10498080542835987043ul))) ? (v13) : (020000000001L)))), (~(507578032l)));
    v6--;
    for (int i16 = 0; i16 < 3; i16++) {
        vec9 = min(vec9, vec9);
        char v17 = (~(((((((01474025750041453511461) & (in[(popcount((ushort)(v6))) & 63]))) || ((!(01631367261346361261372U))))) | (((mul_hi((int)(017l), (int)(0x1))) ? (sshl_int(vec9.s1, (gid) & 31)) : (min((short)(vec9.s1), (short)(gid))))))));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)vec9.s0);
    h = mix(h, (ulong)vec9.s1);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    out[gid] = h;
}
