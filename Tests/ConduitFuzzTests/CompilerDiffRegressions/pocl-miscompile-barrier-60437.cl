// compiler-diff finding: reference-miscompile
// seed: 60437 mode: barrier
// expected-hash: 0x83ab1112c7a41763
// direct pthread-skylake-avx512-AMD EPYC: hash 0xf68f3b32adbbbb13
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x83ab1112c7a41763
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x83ab1112c7a41763
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x83ab1112c7a41763
// Conduit compiler-diff, mode barrier
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
ushort helper1(uint p0, short p1) {
    ushort v2 = udiv_uint(p0, ((((((933u) << ((p0) & 31))) << ((((p0) && (p1))) & 31))) ^ (((((p0) >> ((p0) & 31))) > (((p1) && (p1)))))));
    ulong v3 = ((((v2) ? (0x80L) : ((~((-(p0))))))) == (p0));
    p1 = ((((((((p1) ? (p1) : (p0))) == (((v2) | (v3))))) ? (((int)((~(v3))))) : (v3))) << ((0426L) & 63));
    v3 = (~(popcount((char)(p0))));
    ulong v4 = (!(v3));
    switch ((((((clz((ulong)(v3))) || (((ulong)(8517679463613490343))))) + (((v3) & (((v2) ? (v4) : (v4))))))) & 7) {
    case 4: {
        switch (((~(v3))) & 7) {
        case 5: {
            v4 *= ((ulong)(((ushort)(((((0x6885) || (v3))) || (abs((long)(0x6944))))))) & 63);
            int v5 = ((sneg_int((!(((v3) & (v2)))))) && ((~(clz((uchar)(((v4) ? (v3) : (p1))))))));
            break;
        }
        case 7: {
            v4 = udiv_ulong(v4, ((((v3) <= ((~(p0))))) <= (0x6UL)));
            break;
        }
        default: {
            v2 = (!(((((abs((ulong)(6506))) << ((((long)(p1))) & 63))) == (((((0xA7BB) | (p0))) ? (((p0) < (01275l))) : (((p0) * (0xbu))))))));
        }
        }
        v2 = (-(((v2) - (((abs((uchar)(v4))) ? (((ushort)(033255416676))) : (v3))))));
        break;
    }
    }
    return 077777;
}
long helper6(long p0, ulong p1, ushort p2) {
    int v7 = (~(p0));
    p0 = ((umod_ulong(p1, (!(((v7) >= (p0)))))) * (((int)((~(p2))))));
    if ((!(02732u))) {
        for (int i8 = 0; i8 < 3; i8++) {
            if (smod_long(max((long)(p0), (long)(p0)), max((ushort)(min((uchar)(p0), (uchar)(0xBF0D41E3u))), (ushort)(((uchar)(p1)))))) {
                switch ((p0) & 7) {
                case 0: {
                    for (int i9 = 0; i9 < 3; i9++) {
                        p2 = ((((i9) >= (((ushort)(sneg_int(p2)))))) < (v7));
                        p1 >>= ((ulong)(((p1) < (sshl_int(i9, (sneg_int(i9)) & 31)))) & 63);
                    }
                    p2 = ((helper1(helper1(((0x6u) <= (p0)), p1), 13UL)) ? (rotate((int)(((((0x2A820E9017E4D8F4u) * (v7))) != (((p1) ? (073046u) : (p1))))), (int)(((01506UL) > (829u))))) : (mul_hi((long)(((((p2) <= (p0))) != (helper1(i8, i8)))), (long)((-(udiv_ulong(i8, 4767353997053027738UL)))))));
                    break;
                }
                case 1: {
                    long v10 = 07L;
                    p0 = p2;
                    break;
                }
                case 4: {
                    ulong v11 = clamp((short)((~(((ushort)(helper1(p1, 0x2785l)))))), (short)(-2L), (short)14L);
                    p0 |= (long)(sneg_int(helper1((-(p1)), i8)));
                    break;
                }
                case 6: {
                    break;
                }
                default: {
                }
                }
            }
        }
    } else {
    }
    return (!(((ushort)(((int)(2147483647U))))));
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
    ushort v12 = gid;
    uchar v13 = ((ulong)(((lid) && (((helper1(lid, lid)) ? (((18446744073709551614u) ? (lid) : (gid))) : (1809476330U))))));
    long v14 = umod_uint(clz((uint)(((v12) || (((v12) ^ (v13)))))), (~(((smul_long(017645515271L, lid)) ? (((uchar)(222L))) : (((v12) ? (v12) : (v12)))))));
    short a15[4] = {popcount((short)(((0744l) | (v14)))), gid, in[(((char)(v12))) & 63], clamp((uchar)((-(0x5u))), (uchar)5UL, (uchar)187UL)};
    v14 = ((uint)(helper6(((clamp((int)(v13), (int)532L, (int)12278L)) || (((in[(mul_hi((char)(in[(v13) & 63]), (char)(v14))) & 63]) ? (v14) : (01000000000000000000000)))), ((uint)(((gid) ? (0x7Fu) : (v14)))), ((helper6(gid, in[(((uchar)(gid))) & 63], v13)) ? (0x977537c6b8da790cu) : (04271372263)))));
    v12 = helper1(in[(lid) & 63], (((~(((050124u) ? (in[(helper6(v14, v13, in[(((short)(v14))) & 63])) & 63]) : (23002u))))) ? (((a15[(((0x7eu) == (4294967294))) & 3]) ? (((v13) && (in[(gid) & 63]))) : (((a15[((!(a15[((~(0772374346547525064661U))) & 3]))) & 3]) ? (a15[(((int)(32245UL))) & 3]) : (v13))))) : (0x6UL)));
    a15[(((uint)(((v13) + (lid))))) & 3] = sneg_int(((((v12) && (v12))) && (gid)));
    if (sdiv_long(helper6(((lid) ? (0725131651421617214444UL) : (0x6329L)), ((a15[(lid) & 3]) || (v14)), ((lid) || (0x53530085UL))), gid)) {
        --v12;
        uchar v16 = v14;
    }
    a15[(((ushort)((~(799l))))) & 3] = gid;
    v13 = (uchar)exchange(tile, lid, (uint)(((((0x100000000) >= (((lid) + (v12))))) - (umod_uint(((a15[(((0xc819ul) == (lid))) & 3]) ? (lid) : (a15[(helper6(in[(((long)(lid))) & 63], v14, gid)) & 3])), (!(gid)))))), 2u);
    uint w17 = 0u;
    do {
        w17++;
        v12 = a15[(max((uint)(v12), (uint)(in[(((lid) ? (3165889893) : (0x271u))) & 63]))) & 3];
        if (((((v13) >> ((a15[(v13) & 3]) & 31))) < (((long)(in[(((v13) || (a15[(0163357L) & 3]))) & 63]))))) continue;
    } while (w17 < 4u);
    v13 &= (uchar)(((32768u) ? (((sadd_long(v14, a15[(popcount((short)(lid))) & 3])) <= (((in[(smod_int(v13, v12)) & 63]) ? (lid) : (0x1EBl))))) : ((((!(0xf699f442))) ^ (((a15[(0x0) & 3]) ? (032520u) : (lid)))))));
    char v18 = ((((int)(16l))) || (lid));
    uint v19 = v14;
    long v20 = ((int)(smod_long(((long)(v12)), (!(v19)))));
    { uint *p = &v19; *p = (*p ^ (uint)((-(gid)))) * 3u + 1u; }
    a15[(((uint)(0624075252137704072413u))) & 3] = (!(smod_long(popcount((int)(v20)), rotate((long)(in[(((int)(a15[(((int)(15506335861947459856U))) & 3]))) & 63]), (long)(017777777777l)))));
    v18 = popcount((uint)(helper1(((min((ushort)(0x459CB4A5UL), (ushort)(v19))) ? (((gid) >= (v12))) : (((short)(051726U)))), ((min((char)(v19), (char)(a15[(a15[(abs((ulong)(in[(((v14) >> ((a15[(((lid) | (v13))) & 3]) & 63))) & 63]))) & 3]) & 3]))) ? (((2907178316UL) ^ (v20))) : (helper1(v12, 32766L))))));
    if (((((ushort)(umod_uint(in[(((gid) | (47176u))) & 63], gid)))) ? (((((int)(v14))) | (clamp((ushort)(a15[(((ulong)(0162706))) & 3]), (ushort)782UL, (ushort)1682UL)))) : ((!(((v20) ? (65536UL) : (gid))))))) {
        v18 = 557274411UL;
        int v21 = udiv_ulong(in[((~(v20))) & 63], ((0170002ul) ? (helper6(((char)(gid)), popcount((uint)(v18)), sneg_int(v13))) : (((ulong)(((ulong)(v19)))))));
        { uint *p = &v19; *p = (*p ^ (uint)(udiv_ulong(popcount((char)(a15[(((char)(gid))) & 3])), 126358696092663313u))) * 3u + 1u; }
    }
    switch ((v20) & 7) {
    case 0: {
        for (int i22 = 0; i22 < 2; i22++) {
            uint g24 = 0u;
            L23: {
                g24++;
                { uint *p = &v19; *p = (*p ^ (uint)(((((uint)(a15[(((15503UL) & (0xAEE1FA208821A5AA))) & 3]))) ? (popcount((ulong)(lid))) : (((49310U) ? (320l) : (a15[(((v18) ? (in[(((v12) <= (v13))) & 63]) : (0xeu))) & 3])))))) * 3u + 1u; }
                if (sneg_int(a15[(((01000000000000000000001) != (568ul))) & 3])) {
                    v19 = umod_uint(0x7u, ((in[(0xdc57) & 63]) + (((((gid) == (v18))) >> ((((lid) != (in[(min((char)(lid), (char)(v18))) & 63]))) & 31)))));
                } else {
                    v18 = (~(i22));
                }
            }
            if (g24 < 2u && (popcount((ushort)(((v18) && (0xB3EDUL)))))) goto L23;
            if (((0x54106E2050D22F92l) && (((int)(((v18) ? (0x26B1ul) : (1270882747402176833))))))) {
                {
                    if (gid) goto L25;
                    switch ((((long)(((0x10u) ? (gid) : (a15[(((long)(v18))) & 3]))))) & 7) {
                    case 0: {
                        break;
                    }
                    case 2: {
                        break;
                    }
                    case 3: {
                        break;
                    }
                    case 5: {
                    }
                    default: {
                    }
                    }
                }
                L25: ;
            } else {
            }
            if (((umod_uint(0xE, gid)) != (v20))) break;
        }
        break;
    }
    case 5: {
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
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a15[e]);
    h = mix(h, (ulong)v18);
    h = mix(h, (ulong)v19);
    h = mix(h, (ulong)v20);
    out[gid] = h;
}
