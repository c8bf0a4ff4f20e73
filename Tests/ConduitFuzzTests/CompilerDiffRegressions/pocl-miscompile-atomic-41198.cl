// compiler-diff finding: reference-miscompile
// seed: 41198 mode: atomic
// expected-hash: 0xc7ed851378b4786a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xb625fe5b59f984
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xc7ed851378b4786a
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xc7ed851378b4786a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xc7ed851378b4786a
// Conduit compiler-diff, mode atomic
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
uchar helper1(ulong p0) {
    uchar v2 = ((sadd_long((~((!(p0)))), max((long)(((01715u) >> ((p0) & 31))), (long)(umod_ulong(p0, p0))))) > (((udiv_ulong(((127) ? (p0) : (p0)), ((p0) <= (p0)))) <= ((~((~(p0))))))));
    if (p0) {
        switch ((((((((v2) * (p0))) <= (((65402) - (p0))))) | (4UL))) & 7) {
        case 0: {
            v2 = max((uint)(mul_hi((uint)(((0xFEL) >> ((0x3CC0l) & 63))), (uint)(((p0) ? (sneg_long(0x330730CE8C403F18)) : (p0))))), (uint)((((!((!(p0))))) ? (p0) : (clamp((ushort)(((p0) << ((p0) & 63))), (ushort)4626UL, (ushort)59306UL)))));
        }
        case 6: {
            if (v2) {
                v2 = p0;
                p0 = ((v2) ? (v2) : (((((v2) ? (((013U) == (v2))) : (((397214095L) ? (36167u) : (v2))))) ? (((((0x5413ca46UL) & (p0))) ? (((p0) * (8u))) : (((int)(24683l))))) : (((clamp((ushort)(v2), (ushort)42090UL, (ushort)48794UL)) ? (((p0) | (0476617701651704160327))) : (((02317174144U) - (v2))))))));
            } else {
                v2 = ((((uchar)(p0))) ? (clamp((short)(((((p0) - (p0))) ? (p0) : (0x1C3U))), (short)(-10339L), (short)11521L)) : (p0));
                p0 = p0;
                p0 = p0;
            }
            uint g4 = 0u;
            L3: {
                g4++;
                p0 = udiv_ulong(0x7ffffffeu, (((-(p0))) ? (p0) : (((ulong)(((p0) | (693U)))))));
            }
            if (g4 < 3u && (((((p0) ? (p0) : (p0))) + (((4U) << ((5u) & 31)))))) goto L3;
        }
        default: {
        }
        }
    } else {
    }
    return ((mul_hi((int)(clamp((char)(015u), (char)(-41L), (char)0L)), (int)(v2))) || (p0));
}
ushort helper5(short p0) {
    p0 |= (short)(p0);
    p0 = ((uint)(((clamp((uchar)(2), (uchar)1UL, (uchar)13UL)) ? (((0x7FFFFFFFu) ? (((long)(p0))) : ((-(13936902613951235871U))))) : (p0))));
    p0 = ((short)(((p0) >> ((helper1(((long)(p0)))) & 31))));
    p0 = ((helper1((~(((01337ul) << ((p0) & 63)))))) | (clamp((short)((~(((128u) ? (p0) : (0104406L))))), (short)(-15969L), (short)(-5507L))));
    p0 = clamp((long)(sshl_int(((helper1(0x4c88)) && (((p0) != (p0)))), (((((long)(p0))) ? (helper1(p0)) : (((p0) >= (p0))))) & 31)), (long)3L, (long)305L);
    return (((~(((long)(p0))))) ? (((1864987130U) >= (p0))) : (p0));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    char v6 = ((uchar)((((!(in[(((gid) - (lid))) & 63]))) ? (((((0x8064ee7e9fa046cbul) + (gid))) == (clamp((int)(lid), (int)2L, (int)255L)))) : (clz((ushort)(0xFAF676DB304559B0L))))));
    uint v7 = mul_hi((int)((((-(789u))) >> ((((v6) != (lid))) & 31))), (int)(((mul_hi((uint)(umod_uint(gid, lid)), (uint)(((lid) & (in[(((in[(umod_uint(gid, v6)) & 63]) ? (v6) : (v6))) & 63]))))) == (mul_hi((uint)(gid), (uint)((~(lid))))))));
    v6 = ((short)((~(helper5((-(v7)))))));
    v7 = ((helper1(((max((long)(gid), (long)(gid))) <= (((in[(((in[(in[(((07l) | (in[(lid) & 63]))) & 63]) & 63]) >= (gid))) & 63]) != (v6)))))) == (in[(((0177u) >= (0x897E3217713ABECFL))) & 63]));
    v6 = gid;
    long a8[8] = {abs((int)(814UL)), v7, (~(((in[(abs((ulong)(0765L))) & 63]) >= (gid)))), (!(helper5(0612317146374467415374L))), ((ulong)(((in[((-(in[(helper5(v7)) & 63]))) & 63]) - (v7)))), clamp((long)(smod_long(2703452226642568636, 2147483647L)), (long)2L, (long)931251371523697725L), v6, min((uint)(((255UL) + (v7))), (uint)(4294967295))};
    v7 = (!(((helper5(lid)) >> ((abs((ushort)((~(a8[(((0xe9b6UL) >= (4l))) & 7]))))) & 31))));
    atomic_min(&counters[3], (uint)(((abs((ulong)(((v7) <= (a8[(((0xDF9B2857UL) ^ (01247L))) & 7]))))) + (((((01757116042602030600003UL) <= (lid))) ? ((-(v7))) : (v6))))));
    atomic_add(&counters[0], (uint)(smul_long(((smul_long(0x285l, gid)) == (((0xAD8E0C61E0F53704u) ? (gid) : (gid)))), smul_long(((ushort)(42688l)), ((long)(in[(ssub_long(v7, 0657102205201120012142L)) & 63]))))));
    v6 = (!(((278873243614696296) ? (0xFFFFFFFFFFFFFFFEl) : ((!(lid))))));
    v6 &= (char)(((min((long)((-(0xFE67D8C9A185EECA))), (long)(lid))) ? (in[(((short)(32768u))) & 63]) : (((long)(((int)(gid)))))));
    v6 = sshl_int((!(((in[(1330960556738997125u) & 63]) ^ (0x521718a1)))), (v7) & 31);
    v7 = rotate((uint)(sshl_int(helper5((!(25))), (((min((uint)(gid), (uint)(v6))) == ((~(v6))))) & 31)), (uint)(((lid) ? (v6) : (in[(((int)(024765335027U))) & 63]))));
    v6 = ((((sadd_long(((2147483646u) <= (a8[((~(0112610l))) & 7])), ((0223163170070353441622L) ^ (a8[(((short)(0xC6AEE3A598A9B03A))) & 7])))) ? ((-((-(lid))))) : ((!(((01542U) ? (gid) : (v6))))))) & (0400));
    atomic_max(&counters[2], (uint)(clz((uchar)((!(lid))))));
    v7 >>= ((uint)(helper5(((gid) >> ((((lid) >= (a8[((!(24471))) & 7]))) & 31)))) & 31);
    switch (((((((!(v7))) >= (((v7) ? (gid) : (v6))))) ? (gid) : (((uint)(helper1(gid)))))) & 7) {
    case 2: {
        atomic_add(&acc[0], (uint)(((int)(udiv_uint(lid, ((in[(v6) & 63]) ^ (in[((!(gid))) & 63])))))));
        break;
    }
    }
    uint w9 = 0u;
    do {
        w9++;
        atomic_add(&counters[0], (uint)(in[(((v6) || (4020753984))) & 63]));
        --v6;
        if (sadd_long(lid, a8[(lid) & 7])) break;
    } while (w9 < 3u);
    uchar v10 = ((char)((~((~(((v6) ? (in[(4) & 63]) : (v6))))))));
    { uint *p = &v7; *p = (*p ^ (uint)(((clz((uint)(v7))) ^ (((v7) + (in[(max((uchar)(gid), (uchar)(lid))) & 63])))))) * 3u + 1u; }
    for (int i11 = 0; i11 < 4; i11++) {
        uint v12 = ((gid) ? (((((i11) <= (a8[(((long)(gid))) & 7]))) < (v10))) : (i11));
    }
    atomic_xor(&counters[1], (uint)(0xEEE9L));
    atomic_xor(&counters[1], (uint)((!(01334427042573772230153ul))));
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
