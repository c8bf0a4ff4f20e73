// compiler-diff finding: reference-miscompile
// seed: 3000033 mode: vector
// expected-hash: 0x8b91eca4265716f1
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xef83fdc1db0a3558
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x8b91eca4265716f1
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x8b91eca4265716f1
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x8b91eca4265716f1
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
uint helper1(long p0) {
    uint w2 = 0u;
    do {
        w2++;
        p0 ^= (long)((!(sshl_int(sneg_int(01521), ((~(p0))) & 31))));
        ushort v3 = p0;
    } while (w2 < 2u);
    if (((p0) > (((((p0) ? (026532) : (p0))) && (((long)(p0))))))) {
        p0 = ((((abs((long)(sshl_long(p0, (2147483647) & 63)))) != (((((p0) < (p0))) >= (((p0) < (p0))))))) ? (((((((uchar)(p0))) + (((uint)(p0))))) << ((((max((uint)(209U), (uint)(p0))) & (((p0) < (p0))))) & 31))) : (sdiv_long(min((long)(((p0) >> ((p0) & 63))), (long)(((p0) | (p0)))), smul_long(p0, p0))));
        p0 = clamp((char)(sshl_long(((((p0) ? (p0) : (p0))) >> ((p0) & 63)), ((~(((p0) & (p0))))) & 63)), (char)(-76L), (char)(-2L));
        p0 = ((((((short)(((uint)(0x8000000000000000))))) ? (smul_long(((0xBCA6A792D29D97A6U) ? (p0) : (p0)), p0)) : (((((0xE9ACu) > (02511060576L))) || (p0))))) + (clamp((ulong)(((uchar)(((01637) <= (p0))))), (ulong)2UL, (ulong)5116843891998241289UL)));
    } else {
        uchar v4 = ((ushort)((((~(((0x1ca9580aUL) - (01000000000000000000001))))) << ((((p0) ? (((4294967294ul) ^ (p0))) : (((p0) ? (p0) : (p0))))) & 63))));
    }
    return ((((char)(((p0) || (p0))))) ? (p0) : (smul_int(((p0) && (p0)), ((0x10u) > (013212271715376775067l)))));
}
ulong helper5(short p0, ushort p1, short p2) {
    char v6 = ((((abs((int)(((4294967296ul) & (p2))))) ? (helper1(((p0) <= (p0)))) : (((int)(((long)(p0))))))) << ((((836984839u) > (((ulong)(((p2) != (p1))))))) & 31));
    p0 = p0;
    p2 = ((helper1(((p1) | (((uchar)(0362313273244772754123U)))))) || (p1));
    v6 = ((uint)(((short)(p1))));
    return smul_long(smod_long(sneg_int(817), smul_long(p2, 9l)), ((uint)((~(p2)))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v7 = ((((((((gid) | (lid))) ^ (((gid) == (024403L))))) >= ((!(((gid) + (in[(((uchar)(lid))) & 63]))))))) <= (9223372036854775808U));
    short v8 = ((((((helper1(01000000000000000000000l)) ? (((0201UL) & (lid))) : (((lid) != (gid))))) >= ((((!(gid))) <= (in[(((lid) || (4U))) & 63]))))) > (((01) ? (0x80l) : (((uint)(((in[(lid) & 63]) << ((lid) & 31))))))));
    uint v9 = ((int)(gid));
    ushort2 vec10 = (ushort2)((ushort)(helper5(max((int)(6U), (int)(((v8) ? (gid) : (v7)))), umod_ulong(((0100000L) ? (0xEDFBUL) : (01525226554662600244666u)), ((v8) != (32769U))), v8)));
    vec10 = vec10 ^ (ushort)(umod_uint(helper1(v9), ((max((int)(vec10[(helper5(gid, v9, lid)) & 1]), (int)(in[(vec10.s1) & 63]))) <= (((long)(v7))))));
    v9 = ((v7) >> ((v7) & 31));
    v7 = v9;
    uchar v11 = sneg_int(vec10.s0);
    v7 = ((min((uint)(helper5(011633565752U, in[(((in[(((in[(vec10.s1) & 63]) & (v8))) & 63]) ^ (gid))) & 63], ((vec10.s0) < (lid)))), (uint)((!(((v11) == (vec10[(vec10.s1) & 1]))))))) * (v7));
    v7 = (!(0x1e53u));
    ulong a12[4] = {((ushort)(helper5(in[(((lid) ^ (vec10.s0))) & 63], 122193444, 0x7FUL))), v8, gid, ((0x80L) == (((0100000u) ? (gid) : (vec10.s0))))};
    v8 = helper1(((((char)(a12[(((ulong)(0x88F78B1C19C5815A) ^ (ulong)(0636116430062120712174))) & 3]))) ^ (0xcul)));
    v9 = ((((long)(((helper5(lid, v7, v7)) * (((v11) * (in[(0l) & 63]))))))) ? (((mul_hi((uint)(((char)(v11))), (uint)(gid))) ? (popcount((short)(in[(((ushort)(vec10.s0))) & 63]))) : (((((lid) ? (2557224717U) : (a12[(v8) & 3]))) << ((((v9) >= (0564))) & 63))))) : ((~(mul_hi((int)((-(a12[(vec10.s1) & 3]))), (int)(a12[(((long)(500UL))) & 3]))))));
    uchar v13 = ((((((min((uchar)(0xdff3888bb0a36a57l), (uchar)(v8))) == (((int)(3135347819L))))) >= (udiv_uint((-(923u)), ((v7) < (vec10[(vec10.s1) & 1])))))) > ((!(((long)(((v11) | (015L))))))));
    v9 = ((gid) ^ (020132771726));
    v9 = v7;
    ulong v14 = sdiv_int(vec10.s0, ((abs((long)(((a12[(((lid) <= (186756540l))) & 3]) ? (in[(lid) & 63]) : (v11))))) <= (((ulong)(vec10[((!(a12[(((int)(0x1468bfaul))) & 3]))) & 1])))));
    vec10 = vec10 - (ushort)(0x8000U);
    a12[(29938) & 3] = (((((!(gid))) && (((07UL) <= (v14))))) ? (vec10[(a12[((~(v9))) & 3]) & 1]) : (lid));
    v14 = ((int)(((ushort)(helper1(((ushort)(in[(((v9) ? (14768) : (vec10.s1))) & 63])))))));
    vec10 = vec10 - vec10;
    for (int i15 = 0; i15 < (int)(in[(gid + 4u) & 63u] & 3u); i15++) {
        vec10.s0 = (ushort)(65535ul);
        if (((abs((int)(v14))) ^ (((char)(v13))))) continue;
        v14 = v8;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)vec10.s0);
    h = mix(h, (ulong)vec10.s1);
    h = mix(h, (ulong)v11);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a12[e]);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    out[gid] = h;
}
