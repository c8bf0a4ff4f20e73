// compiler-diff finding: reference-miscompile
// seed: 112511 mode: vector
// expected-hash: 0xd4c9ac71ae2acce4
// known reference bug: abs-of-the-most-negative-value
// direct pthread-skylake-avx512-AMD EPYC: hash 0x88105423ae2acce4
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xd4c9ac71ae2acce4
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xd4c9ac71ae2acce4
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xd4c9ac71ae2acce4
// Conduit compiler-diff, mode vector
int sadd_int(int a, int b) { long r = (long)a + (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
int ssub_int(int a, int b) { long r = (long)a - (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
int smul_int(int a, int b) { long r = (long)a * (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
int sdiv_int(int a, int b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : a / b; }
int smod_int(int a, int b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : a % b; }
int sneg_int(int a) { return a == (-2147483647 - 1) ? a : -a; }
int sshl_int(int a, int b) { return (int)((uint)a << (b & 31)); }
long sadd_long(long a, long b) { return ((b > 0 && a > 9223372036854775807L - b) || (b < 0 && a < (-9223372036854775807L - 1L) - b)) ? a : a + b; }
long ssub_long(long a, long b) { return ((b < 0 && a > 9223372036854775807L + b) || (b > 0 && a < (-9223372036854775807L - 1L) + b)) ? a : a - b; }
long smul_long(long a, long b) {
    if (a == 0 || b == 0) return 0L;
    if (a == -1L) return b == (-9223372036854775807L - 1L) ? a : -b;
    if (b == -1L) return a == (-9223372036854775807L - 1L) ? a : -a;
    long p = (long)((ulong)a * (ulong)b);
    return (p / b == a && p % b == 0L) ? p : a;
}
long sdiv_long(long a, long b) { return (b == 0L || (a == (-9223372036854775807L - 1L) && b == -1L)) ? a : a / b; }
long smod_long(long a, long b) { return (b == 0L || (a == (-9223372036854775807L - 1L) && b == -1L)) ? a : a % b; }
long sneg_long(long a) { return a == (-9223372036854775807L - 1L) ? a : -a; }
long sshl_long(long a, long b) { return (long)((ulong)a << (b & 63L)); }
uint udiv_uint(uint a, uint b) { return b == 0u ? a : a / b; }
uint umod_uint(uint a, uint b) { return b == 0u ? a : a % b; }
ulong udiv_ulong(ulong a, ulong b) { return b == 0UL ? a : a / b; }
ulong umod_ulong(ulong a, ulong b) { return b == 0UL ? a : a % b; }
ulong mix(ulong h, ulong v) { return (h ^ v) * 0x100000001B3UL; }
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    char v1 = ((abs((long)(((((int)(gid))) && (gid))))) != ((((!(((0xB8658FEB13660D8CL) ^ (gid))))) | (((((char)(gid))) >> ((((gid) != (lid))) & 31))))));
    short v2 = min((char)(clz((long)(((gid) & ((!(011l))))))), (char)(((((017777777777) >> ((((lid) != (in[(((gid) || (gid))) & 63]))) & 31))) ? (((((v1) & (03433167755u))) ? (lid) : (((int)(in[(sdiv_long(037777777777l, 077777l)) & 63]))))) : (((012UL) != (((ushort)(gid))))))));
    ushort v3 = ((clamp((ushort)(v2), (ushort)6UL, (ushort)3122UL)) ^ (v1));
    ushort v4 = sadd_int(v3, v3);
    short3 vec5 = (short3)((short)(v2), (short)(mul_hi((uint)(((v3) & (v2))), (uint)(((v4) > (v1))))), (short)(((long)(lid))));
    int16 vec6 = (int16)((int)(in[(((vec5.s2) == (lid))) & 63]), (int)(max((char)(gid), (char)(sneg_int(v2)))), (int)(v2), (int)(((015UL) >> ((((05UL) ? (0x8fc1ul) : (in[(gid) & 63]))) & 63))), (int)(((short)(((v3) ? (gid) : (lid))))), (int)(((((in[(((short)(0xc5b764ceU))) & 63]) ? (v2) : (0157221u))) ? ((~(lid))) : (((024127434170ul) ? (lid) : (02646UL))))), (int)(clz((ulong)(((0xa185e8a7c94b47baL) ? (255l) : (017343))))), (int)((-(in[(max((char)(v2), (char)(vec5.s0))) & 63]))), (int)(((127L) != (((v3) - (gid))))), (int)(((v4) ? (((037777777776) >= (vec5.s0))) : (((0x7fffffff) - (lid))))), (int)(gid), (int)(vec5.s2), (int)(((uint)(min((uchar)(vec5.s1), (uchar)(gid))))), (int)(((in[(in[((~(v2))) & 63]) & 63]) << ((((uchar)(v2))) & 31))), (int)(vec5.s0), (int)(((char)(lid))));
    long8 vec7 = (long8)((long)(((((v1) - ((~(0x80000000UL))))) | (((short)(gid))))));
    ushort v8 = v1;
    long a9[4] = {((ushort)(vec7.s4)), v1, v8, (~(((uint)(v2))))};
    for (int i10 = 0; i10 < 3; i10++) {
        v2 |= (short)(((max((ulong)((~(a9[(01626UL) & 3]))), (ulong)(umod_uint(v2, gid)))) ? ((!(((i10) ? (v4) : (v3))))) : (((in[(sneg_int(i10)) & 63]) ? (v2) : (v2)))));
    }
    ++v1;
    vec6 = as_int16(abs(vec6));
    v4 = (!(clamp((long)(clamp((ushort)(in[(min((ushort)(in[(((a9[(umod_ulong(9022403088319555104u, v8)) & 3]) ? (a9[(((3l) ^ (0x8000u))) & 3]) : (v3))) & 63]), (ushort)(v3))) & 63]), (ushort)8UL, (ushort)19976UL)), (long)911L, (long)12462L)));
    v1 = gid;
    v8 = in[(sshl_long(a9[(0xab26l) & 3], (gid) & 63)) & 63];
    v1 = gid;
    vec6 = vec6 & (int)(((((0x80ul) ? (max((ulong)(gid), (ulong)(vec7.s7))) : (popcount((long)(vec5.s0))))) - (mul_hi((int)(a9[(0x37Fu) & 3]), (int)(sneg_int(v2))))));
    ushort v11 = ((rotate((char)(((0x7) == (((v2) || (v2))))), (char)(0x114UL))) & (vec6[((!(0750l))) & 15]));
    switch (((~(min((short)(((in[(v4) & 63]) + (v8))), (short)(((v11) > (v11))))))) & 7) {
    case 4: {
        if ((!((~(((v8) ? (in[(((in[(sadd_long(0xFL, v4)) & 63]) & (v3))) & 63]) : (v4))))))) {
            v3 = ((in[(((int)(020000000000))) & 63]) && (a9[(popcount((long)(v1))) & 3]));
        } else {
            v4 = ((min((char)(sneg_long(vec7.s5)), (char)(((max((long)(lid), (long)(a9[(((uint)(0x7FFFFFFFFFFFFFFFL))) & 3]))) <= (((lid) <= (v11))))))) >= ((~(((0200ul) || (231u))))));
        }
        break;
    }
    case 6: {
        v11 ^= (ushort)(((((int)(((gid) < (v11))))) >> ((sneg_int((!(in[(vec6[(a9[(udiv_uint(033331u, v8)) & 3]) & 15]) & 63])))) & 31)));
        break;
    }
    }
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
    h = mix(h, (ulong)vec6.s0);
    h = mix(h, (ulong)vec6.s1);
    h = mix(h, (ulong)vec6.s2);
    h = mix(h, (ulong)vec6.s3);
    h = mix(h, (ulong)vec6.s4);
    h = mix(h, (ulong)vec6.s5);
    h = mix(h, (ulong)vec6.s6);
    h = mix(h, (ulong)vec6.s7);
    h = mix(h, (ulong)vec6.s8);
    h = mix(h, (ulong)vec6.s9);
    h = mix(h, (ulong)vec6.sa);
    h = mix(h, (ulong)vec6.sb);
    h = mix(h, (ulong)vec6.sc);
    h = mix(h, (ulong)vec6.sd);
    h = mix(h, (ulong)vec6.se);
    h = mix(h, (ulong)vec6.sf);
    h = mix(h, (ulong)vec7.s0);
    h = mix(h, (ulong)vec7.s1);
    h = mix(h, (ulong)vec7.s2);
    h = mix(h, (ulong)vec7.s3);
    h = mix(h, (ulong)vec7.s4);
    h = mix(h, (ulong)vec7.s5);
    h = mix(h, (ulong)vec7.s6);
    h = mix(h, (ulong)vec7.s7);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a9[e]);
    h = mix(h, (ulong)v11);
    out[gid] = h;
}
