// compiler-diff finding: reference-miscompile
// seed: 10081 mode: vector
// expected-hash: 0x4352b29823ae1370
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x4973a40823ae1370
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x4352b29823ae1370
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x4352b29823ae1370
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x4352b29823ae1370
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
ushort helper1(int p0, int p1) {
    uchar v2 = ((((ushort)((((-(07434512721u))) || (p1))))) ? (rotate((int)(((ulong)(((p0) & (0x6eb5a6dfu))))), (int)(((((p0) ? (050) : (p1))) > (smod_long(020L, p1)))))) : (((p0) ? (p0) : (0121335ul))));
    v2 = p1;
    switch ((p1) & 7) {
    case 3: {
        v2 = (~(((015424715311) ? (0x2L) : (((((p1) ? (p0) : (0))) ? (sadd_int(p0, v2)) : (((v2) ? (v2) : (p1))))))));
        break;
    }
    default: {
        v2 = ((p1) & ((~(clamp((char)(umod_uint(p1, 4u)), (char)(-1L), (char)13L)))));
    }
    }
    return ((abs((uchar)(p0))) != (((((uchar)(v2))) ? (p0) : (((012l) ? (p1) : (p0))))));
}
ulong helper3(int p0, ushort p1, uchar p2) {
    int v4 = helper1(p2, ((((ulong)(smul_int(p0, p2)))) || (helper1(((p0) <= (p1)), (~(p1))))));
    v4 >>= ((int)(((uchar)(v4))) & 31);
    v4 = ((ssub_int(((sneg_int(p1)) < (umod_uint(0x5ed3dbdaU, p1))), sdiv_int(sadd_int(p1, p0), ((p0) != (p0))))) ? (((((p0) < (((char)(011ul))))) ? (025300567716) : (((smod_int(p0, p2)) + (020000000000U))))) : (((((((v4) >= (p2))) && (((v4) ? (v4) : (v4))))) | (p0))));
    p0 = sshl_int(((((sadd_int(p2, p1)) ? (((p0) & (0777777777777777777777u))) : (p0))) != (rotate((int)(((0x290347Au) ? (p1) : (p1))), (int)(((0170207UL) * (p1)))))), (p0) & 31);
    return helper1(((short)(((p2) != (v4)))), ((uint)((~(32768L)))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uint v5 = ((uint)((-(lid))));
    ushort v6 = v5;
    long v7 = 351L;
    long4 vec8 = (long4)((long)(v6), (long)(((((8ul) < (v5))) ? (((lid) ? (v6) : (v6))) : (((long)(v6))))), (long)(((((char)(v6))) - (((9223372036854775806UL) >> ((0x484FF5C1) & 63))))), (long)(helper1(helper3(v6, gid, 0x7ffeu), ((char)(lid)))));
    int16 vec9 = (int16)((int)(gid), (int)(v5), (int)(v5), (int)(((min((long)(01610UL), (long)(lid))) < (helper3(v6, in[(((014524266261l) | (gid))) & 63], gid)))), (int)(((v5) ? (((v6) && (3UL))) : (((vec8[((!(v7))) & 3]) ? (0xB95FUL) : (8889660947711738822u))))), (int)(((((v6) <= (vec8.s1))) ? (01000000000000000000000U) : (((in[(((v7) >= (10U))) & 63]) ^ (vec8.s3))))), (int)(((((vec8.s0) ? (0x100000000) : (lid))) ? (((in[(((3275639679) == (v5))) & 63]) ? (in[((-(lid))) & 63]) : (17205u))) : (abs((ushort)(gid))))), (int)((!(((01225310427133746076441UL) - (2486439331UL))))), (int)(abs((uchar)(max((uchar)(gid), (uchar)(531))))), (int)(abs((ulong)(0174776))), (int)(smul_int(v6, max((int)(gid), (int)(0xc3f4U)))), (int)(((037467U) && ((-(lid))))), (int)(((int)((-(lid))))), (int)((~(((v7) ? (0x3) : (v5))))), (int)(mul_hi((int)((!(v6))), (int)(gid))), (int)(smul_int(((v6) >> ((020424404105) & 31)), v6)));
    vec8 = vec8 | (long)(v6);
    if (((((ulong)(((56095l) == (v7))))) ? ((!((~(0x2ac2l))))) : (in[(((v5) ? (vec9.s6) : (v5))) & 63]))) {
        v6 >>= ((ushort)(v7) & 31);
        vec8 = as_long4(abs(vec8));
        int v10 = ((((0xFFFEu) + (((((in[(v5) & 63]) && (0x3))) ? (gid) : (((015312376510) > (v5))))))) ? (((((abs((long)(v6))) ? ((-(in[(abs((long)(gid))) & 63]))) : ((~(v6))))) ? ((!((-(in[(((v7) ^ (gid))) & 63]))))) : ((((!(0x8))) >= (sneg_int(vec9.s0)))))) : (udiv_uint(((uint)(clamp((uint)(gid), (uint)1852886559UL, (uint)2147483648UL))), clz((int)(v7)))));
    } else {
        v7 = ((ushort)(((long)(((int)(((in[(((v5) + (gid))) & 63]) ? (v7) : (gid))))))));
        for (int i11 = 0; i11 < 4; i11++) {
            { uint *p = &v5; *p = (*p ^ (uint)(((vec8.s3) ? (vec8[(((60483ul) ? (01563L) : (0x4EFC7676U))) & 3]) : (i11)))) * 3u + 1u; }
            vec8 = vec8 >> (long)((smul_int(v6, ((0xE4B45E2D) < (4294967296U)))) & 63);
        }
        vec8 = convert_long4(vec8);
    }
    uint w12 = 0u;
    while (w12 < 4u) {
        w12++;
        ulong v13 = mul_hi((int)(v5), (int)(((((max((char)(vec9[(((long)(017606407103U))) & 15]), (char)(v7))) ? ((~(v7))) : (v7))) || (((long)(helper1(lid, 013U)))))));
        uchar v14 = ((((vec8.s2) < (((((uchar)(gid))) != (vec8.s3))))) ? (((((min((int)(v13), (int)(in[(((v6) ^ (gid))) & 63]))) * (0x268UL))) <= (((max((uchar)(0xfffffffffffffffe), (uchar)(gid))) ^ (((short)(in[(rotate((int)(v13), (int)(v7))) & 63]))))))) : (((((((v6) - (0xCF98u))) & (((1UL) + (v6))))) && (((((0160331l) == (v7))) >> ((((lid) ^ (0x729BUL))) & 31))))));
    }
    v6 = ((((uint)(((((ushort)(in[((~(vec9[(0x7FFFFFFFFFFFFFFE) & 15]))) & 63]))) ? (v7) : (v5))))) <= (((helper3(v7, helper1(0176U, gid), ((in[(min((long)(v6), (long)(vec9.sa))) & 63]) >= (11L)))) - (helper1(helper3(v6, vec9.sa, 0177u), 0x7FU)))));
    v6 = v7;
    v7 = ((v7) >= (max((long)((!(clamp((char)(vec8.s3), (char)(-119L), (char)0L)))), (long)(in[(max((uint)(v5), (uint)(2401106436UL))) & 63]))));
    v7 = ((uchar)(((long)(((((ulong)(v5))) != (clamp((int)(lid), (int)223L, (int)832L)))))));
    vec9 = as_int16(abs(vec9));
    short v15 = ((((((helper3(vec9.s1, lid, gid)) ? (in[(v5) & 63]) : (((vec8[(32768) & 3]) ? (vec8.s1) : (01212l))))) ? (lid) : ((-((-(gid))))))) >> ((rotate((int)(v5), (int)((~(udiv_ulong(013, 01436600347543355404561ul)))))) & 31));
    vec8 = as_long4(abs(vec8));
    v5 = sneg_int((!(((int)((~(v6)))))));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)vec8.s0);
    h = mix(h, (ulong)vec8.s1);
    h = mix(h, (ulong)vec8.s2);
    h = mix(h, (ulong)vec8.s3);
    h = mix(h, (ulong)vec9.s0);
    h = mix(h, (ulong)vec9.s1);
    h = mix(h, (ulong)vec9.s2);
    h = mix(h, (ulong)vec9.s3);
    h = mix(h, (ulong)vec9.s4);
    h = mix(h, (ulong)vec9.s5);
    h = mix(h, (ulong)vec9.s6);
    h = mix(h, (ulong)vec9.s7);
    h = mix(h, (ulong)vec9.s8);
    h = mix(h, (ulong)vec9.s9);
    h = mix(h, (ulong)vec9.sa);
    h = mix(h, (ulong)vec9.sb);
    h = mix(h, (ulong)vec9.sc);
    h = mix(h, (ulong)vec9.sd);
    h = mix(h, (ulong)vec9.se);
    h = mix(h, (ulong)vec9.sf);
    h = mix(h, (ulong)v15);
    out[gid] = h;
}
