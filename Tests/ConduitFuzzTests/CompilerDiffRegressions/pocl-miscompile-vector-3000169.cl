// compiler-diff finding: reference-miscompile
// seed: 3000169 mode: vector
// expected-hash: 0xc95454f3a555f1b8
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x6872fe98af65f728
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xc95454f3a555f1b8
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xc95454f3a555f1b8
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xc95454f3a555f1b8
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
ushort helper1(short p0, int p1, uint p2) {
    int v2 = sneg_int(min((ushort)(((smod_int(p0, p1)) < (((0x2f7u) ? (0xe7c2fda8ce9cd241L) : (p2))))), (ushort)((!(p1)))));
    p1 ^= (int)(((abs((int)(((v2) != (0173))))) || (((sneg_int(014)) && (p0)))));
    uint w3 = 0u;
    do {
        w3++;
        long v4 = rotate((int)(clamp((long)(clz((uint)(((0xf7aeU) ? (4604L) : (v2))))), (long)129L, (long)27220L)), (int)(p0));
        p2 = ((sadd_int(mul_hi((int)(((0746271263276430104312ul) & (0x1L))), (int)(abs((long)(p2)))), ((((p1) >> ((0xCE9Fl) & 31))) == (((v4) && (v2)))))) ? ((((!(((short)(v4))))) ? ((!(((1181057621u) + (2793259228978810007u))))) : (((max((short)(2614949697U), (short)(p0))) != (((p2) * (p0))))))) : (p2));
    } while (w3 < 2u);
    { uint *p = &p2; *p = (*p ^ (uint)(((uchar)(p1)))) * 3u + 1u; }
    return v2;
}
ulong helper5(ushort p0, long p1) {
    for (int i6 = 0; i6 < 2; i6++) {
        uint v7 = helper1(i6, (~(((char)(clamp((ushort)(p0), (ushort)16UL, (ushort)176UL))))), ((p1) ? (0652u) : (sadd_int(min((int)(i6), (int)(0x8000000000000001U)), ((p1) ? (i6) : (i6))))));
        p0 = p1;
        p0 = ((ssub_int(((p1) >= (v7)), mul_hi((int)((~(01127537564222102754225))), (int)(v7)))) & ((((((~(p0))) ? (abs((char)(v7))) : (((4306l) && (v7))))) | (0x80l))));
        if (sshl_int((!(0x4e71fd8be7287873L)), (((p0) - (v7))) & 31)) continue;
        for (int i8 = 0; i8 < 2; i8++) {
            v7 += (uint)((((!(((p1) && (i6))))) ? (v7) : ((((!(p1))) >= (helper1(p0, i6, p0))))));
            p0 = ((((i6) < ((((-(034007110474UL))) - (((v7) ? (0xD7F0L) : (i8))))))) > (i6));
            { uint *p = &v7; *p = (*p ^ (uint)(((((i6) ? (p1) : (0x7fffffffffffffff))) ? (helper1(i8, v7, 0x4A1F2F50l)) : (i8)))) * 3u + 1u; }
            if (sadd_int(i6, ((max((char)(0x338cUL), (char)(p1))) == (min((ulong)(i6), (ulong)(p0)))))) {
                { uint *p = &v7; *p = (*p ^ (uint)(((helper1(i6, i6, i8)) ? (((i6) < (v7))) : (((65535l) ? (v7) : (p0)))))) * 3u + 1u; }
            }
        }
    }
    return sneg_int(((char)(p1)));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    ulong v9 = gid;
    ulong v10 = ((((ulong)(((((long)(v9))) <= (((01367) < (lid))))))) ? (helper1(min((int)(lid), (int)(max((uchar)(gid), (uchar)(0xcL)))), (-(rotate((uint)(lid), (uint)(in[(((in[(((long)(v9))) & 63]) <= (01663u))) & 63])))), 0xFFFFFFFFFFFFFFFFL)) : (((long)(in[((-(0x1d0UL))) & 63]))));
    char v11 = (~(((clamp((int)((~(0x205D5C7E09E9525DU))), (int)8089L, (int)710259694L)) ? (((((v9) && (v9))) ? (((v10) ? (lid) : (v10))) : (((int)(lid))))) : (((((9223372036854775806ul) >= (v10))) ? (((uchar)(021057523171l))) : (((32768UL) ^ (in[(v9) & 63]))))))));
    ulong v12 = abs((short)((-(((uint)((!(lid))))))));
    uint v13 = helper5(((clamp((short)(((v11) >> ((gid) & 31))), (short)(-22508L), (short)304L)) ? (v12) : (((long)(min((ulong)(075501u), (ulong)(v9)))))), ((((((v12) ? (v9) : (lid))) - (0x2D2CUL))) < (helper5(((lid) ? (01474U) : (lid)), ((0xbu) != (lid))))));
    int3 vec14 = (int3)((int)(v9));
    ulong16 vec15 = (ulong16)((ulong)(((v12) * (vec14.s0))));
    vec15 = vec15 - (ulong)((((~(((ulong)(0x7FFFFFFFFFFFFFFF))))) ? (408723435492396153U) : (vec14.s0)));
    v10 = ((((rotate((int)(((ushort)(gid))), (int)(helper5(vec15.s2, v9)))) == (((((char)(v13))) ? (lid) : (((v11) == (0x4l))))))) ^ (((udiv_ulong(((vec14.s2) | (in[((~(v11))) & 63])), min((ulong)(gid), (ulong)(2147483649L)))) || (((long)(((in[((~(v10))) & 63]) ? (gid) : (0xe3ca))))))));
    char v16 = lid;
    vec15 = vec15 & (ulong)((((-((~(0xfd6a15458b48ccb1))))) == (((udiv_ulong(12227790888865453630u, v12)) <= ((-(in[(((lid) ? (in[(((v16) ? (vec14.s1) : (in[(((50u) || (in[(((long)(gid))) & 63]))) & 63]))) & 63]) : (lid))) & 63])))))));
    v13 = helper5(((min((long)((!(0xc0ca5d418ee61070))), (long)((!(v12))))) ? (((helper5(in[(((v13) & (v10))) & 63], vec15.se)) && (clz((short)(lid))))) : (((((07ul) ? (0x4) : (2147483647L))) == (clamp((long)(gid), (long)2L, (long)256L))))), abs((long)(v13)));
    ++v9;
    uchar v17 = v9;
    uint v18 = ((((((((v11) ? (0x18b322baL) : (in[(min((char)(lid), (char)(gid))) & 63]))) ? ((~(in[(in[(clamp((ulong)(vec14.s2), (ulong)18306UL, (ulong)18743UL)) & 63]) & 63]))) : ((-(0x8B64C438FF3A05DDU))))) << ((popcount((uchar)(((lid) * (v10))))) & 63))) < (sneg_int(clz((int)(udiv_uint(v16, 01233U))))));
    vec14 = as_int3(abs(vec14));
    v9 = (((!(01637121274553330663567UL))) >> ((((((helper1(v9, v12, v13)) < (((037777777777u) - (v12))))) ? (((((0x8001) ^ (in[(((gid) + (lid))) & 63]))) ? (((in[(v12) & 63]) > (v11))) : (((v17) ? (vec15.sa) : (v12))))) : (gid))) & 31));
    for (int i19 = 0; i19 < 2; i19++) {
        int v20 = (-(((((((v10) && (v18))) ? ((-(v10))) : (0x30au))) >> ((in[(((short)(v17))) & 63]) & 63))));
        v9 = (-(abs((long)(((((v11) | (2147483647))) * (((v12) + (v11))))))));
        v10 >>= ((ulong)(((v9) <= ((!(((v20) ? (v20) : (v10))))))) & 63);
    }
    vec14 = vec14 & (int)(v13);
    vec14 = as_int3(abs(vec14));
    vec15 = vec15 ^ (ulong)(v11);
    { uint *p = &v18; *p = (*p ^ (uint)((-(((lid) ? (vec14.s0) : (0x37C80D337A9D4762U)))))) * 3u + 1u; }
    vec14 = convert_int3(vec14);
    for (int i21 = 0; i21 < 2; i21++) {
        switch (((!(rotate((uint)(((short)(020147246735UL))), (uint)(((short)(0114l))))))) & 7) {
        case 0: {
            v17 = ((char)(v17));
            long v22 = clamp((char)(0xf), (char)1L, (char)108L);
            break;
        }
        case 4: {
            vec15.sb = (ulong)(i21);
            vec14 = select(vec14, vec14, vec14 <= vec14);
            break;
        }
        case 5: {
            uint w23 = 0u;
            while (w23 < 4u) {
                w23++;
                v11 >>= ((char)(0x1u) & 31);
                v12 |= (ulong)((~(v16)));
                if ((((!(gid))) | ((-(v12))))) continue;
            }
            vec15.s5 = (ulong)((-(in[(((in[(((short)(v9))) & 63]) >> ((0x45u) & 31))) & 63])));
            break;
        }
        case 6: {
            break;
        }
        default: {
        }
        }
        if (((((0x4f52l) >> ((in[(sdiv_int(v11, 7422)) & 63]) & 63))) ? (smod_int(0x1d4, 026467)) : (min((int)(lid), (int)(vec14.s0))))) break;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)vec14.s0);
    h = mix(h, (ulong)vec14.s1);
    h = mix(h, (ulong)vec14.s2);
    h = mix(h, (ulong)vec15.s0);
    h = mix(h, (ulong)vec15.s1);
    h = mix(h, (ulong)vec15.s2);
    h = mix(h, (ulong)vec15.s3);
    h = mix(h, (ulong)vec15.s4);
    h = mix(h, (ulong)vec15.s5);
    h = mix(h, (ulong)vec15.s6);
    h = mix(h, (ulong)vec15.s7);
    h = mix(h, (ulong)vec15.s8);
    h = mix(h, (ulong)vec15.s9);
    h = mix(h, (ulong)vec15.sa);
    h = mix(h, (ulong)vec15.sb);
    h = mix(h, (ulong)vec15.sc);
    h = mix(h, (ulong)vec15.sd);
    h = mix(h, (ulong)vec15.se);
    h = mix(h, (ulong)vec15.sf);
    h = mix(h, (ulong)v16);
    h = mix(h, (ulong)v17);
    h = mix(h, (ulong)v18);
    out[gid] = h;
}
