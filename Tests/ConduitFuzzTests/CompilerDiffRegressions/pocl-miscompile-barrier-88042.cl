// compiler-diff finding: reference-miscompile
// seed: 88042 mode: barrier
// expected-hash: 0xdaf820ddd4953762
// direct pthread-skylake-avx512-AMD EPYC: hash 0xa6f3ac359646fabc
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xdaf820ddd4953762
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xdaf820ddd4953762
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xdaf820ddd4953762
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
ulong helper1(uchar p0, ushort p1) {
    uint w2 = 0u;
    while (w2 < 1u) {
        w2++;
        ushort v3 = p1;
        if (((((v3) & (v3))) ? (ssub_int(v3, p0)) : (p0))) continue;
    }
    for (int i4 = 0; i4 < 4; i4++) {
        switch ((((((p0) != ((~(0x52a926deUL))))) | ((((-(077777U))) << ((ssub_int(p1, i4)) & 31))))) & 7) {
        case 1: {
            uint w5 = 0u;
            while (w5 < 3u) {
                w5++;
                switch (((((((!(i4))) ? (p1) : (p0))) <= (((((i4) && (i4))) ? (0124473) : (smul_int(p1, p0)))))) & 7) {
                case 0: {
                    p1 = ((i4) ? (sneg_int((((~(016771227215ul))) || (p1)))) : (popcount((uchar)(((short)(i4))))));
                }
                case 1: {
                    p1 = (!((~(((((p0) >> ((i4) & 31))) > (p1))))));
                    p0 = abs((ushort)(((mul_hi((char)(((long)(p0))), (char)(((short)(01140434043026366272731))))) ? (8501200727454506814UL) : (((long)(p0))))));
                    break;
                }
                case 4: {
                    if (((((long)(smul_int(i4, i4)))) != ((~(min((uint)(i4), (uint)(p1))))))) {
                        p1 = sneg_int(((((((0x12El) != (p0))) ? (popcount((ulong)(29172UL))) : (((i4) ? (p1) : (p1))))) ? (p1) : (((p1) || (((p1) > (p0)))))));
                        p1 = sneg_int(sneg_int(((i4) ? ((~(i4))) : (p0))));
                        switch ((((0x3e3) ? (0x51b06c6ad18b715aUL) : (((((uchar)(3367183700913673716UL))) == (((char)(p0))))))) & 7) {
                        case 1: {
                            break;
                        }
                        default: {
                        }
                        }
                    }
                    break;
                }
                case 5: {
                }
                }
                if (i4) break;
            }
        }
        case 7: {
            break;
        }
        }
    }
    return abs((uint)(((((0x9E8Fl) >> ((0642347004204766635667L) & 63))) ? (((p0) || (p1))) : (((0x81L) == (1381107931))))));
}
char helper6(short p0, long p1, int p2) {
    p2 = ((p1) == (((long)(sneg_int(p0)))));
    p2 = ((ssub_int(p0, p0)) < (((((p0) && (((p0) ? (p2) : (0x8571))))) ? (min((int)((!(p0))), (int)(abs((ushort)(p1))))) : (0x3DE))));
    p1 = ((helper1(p2, helper1(p0, ((0x80) >= (p2))))) == (p2));
    p2 >>= ((int)(0x67e7) & 31);
    p1 = min((uchar)(((long)(max((ushort)(((ushort)(017777777777))), (ushort)(helper1(p2, 0x22146e14)))))), (uchar)(p2));
    return helper1(p1, 283629647);
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
    long v7 = (((!(lid))) <= (((ulong)(lid))));
    ulong v8 = lid;
    long a9[4] = {max((int)(((uchar)(gid))), (int)(((v7) < (0x671BL)))), (!(max((ulong)(in[(((v7) < (0x100L))) & 63]), (ulong)(v8)))), ((((v7) ? (lid) : (gid))) != (helper1(v8, lid))), clamp((uchar)(lid), (uchar)4UL, (uchar)185UL)};
    v8 = ((char)((-(helper1(((11721UL) <= (0x9U)), ((v7) < (gid)))))));
    v7 = sshl_long(a9[(((int)(lid))) & 3], (min((short)((!(0x3af38687UL))), (short)(sdiv_long(abs((uint)(v7)), ((in[((-(0x3d5U))) & 63]) ? (0x99DBDE7Fl) : (0x1ae)))))) & 63);
    v7 = ((0xa073ae85657418bau) * (sneg_int(((v8) != (((14L) ? (in[(65139u) & 63]) : (gid)))))));
    v7 = ((((((((uchar)(v7))) > (lid))) == (v8))) ^ (gid));
    a9[(((((in[(abs((char)(32766UL))) & 63]) ? (a9[(((0x2u) != (03U))) & 3]) : (v8))) ^ (smod_long(gid, v7)))) & 3] = ((helper1(v8, ((long)(a9[(((gid) ? (035166766361ul) : (a9[(helper1(0x621bb809cf2f88ae, a9[(((long)(0144U))) & 3])) & 3]))) & 3])))) < (((gid) > (((0177UL) <= (0427507233714610050633U))))));
    uchar v10 = mul_hi((short)(v8), (short)((((!(((uchar)(gid))))) ? (((v7) ? (helper6(v7, lid, gid)) : (gid))) : (15))));
    a9[(((ulong)(((0134444l) <= (0x207l))) * (ulong)(25556UL))) & 3] = ((sshl_int(sneg_int(v10), (((v7) >> ((lid) & 63))) & 31)) > (max((long)(helper6(gid, a9[(in[(((a9[(((long)(0x556u))) & 3]) ? (gid) : (v10))) & 63]) & 3], gid)), (long)(((in[(((v8) ? (lid) : (128U))) & 63]) != (in[(in[(((in[(((017777777776UL) >> ((gid) & 63))) & 63]) != (in[(((a9[((-(0x5F81D5C6U))) & 3]) ? (021113722716U) : (a9[(((04240501102U) != (037777777777l))) & 3]))) & 63]))) & 63]) & 63]))))));
    ++v10;
    for (int i11 = 0; i11 < (int)(in[(gid + 25u) & 63u] & 3u); i11++) {
        long v12 = helper6((((((!(in[(((a9[(sneg_long(a9[(((long)(in[(((v10) + (v8))) & 63]))) & 3])) & 3]) < (a9[(((uint)(348) + (uint)(641U))) & 3]))) & 63]))) & ((~(1484635488575988884u))))) ? (helper1(((short)(v7)), abs((short)(v10)))) : (24694)), (~(0232774115722647641445u)), helper1(rotate((ulong)(((lid) >> ((v7) & 31))), (ulong)(lid)), (!(v7))));
        short v13 = ((((lid) ? (013) : (((mul_hi((ushort)(v10), (ushort)(a9[(ssub_long(023640l, gid)) & 3]))) ? (((v8) ? (i11) : (v12))) : (((0762374224263272363445l) ? (in[(((char)(v8))) & 63]) : (v12))))))) ? (rotate((ushort)(max((ushort)(((0x4290603254FB58ADul) && (v8))), (ushort)(rotate((ulong)(in[(ssub_long(v7, v7)) & 63]), (ulong)(633u))))), (ushort)(445))) : (2147483647L));
    }
    for (int r14 = 0; r14 < 3; r14++) {
        tile[lid] = (uint)v10 + (uint)r14;
        barrier(CLK_LOCAL_MEM_FENCE);
        v10 ^= (uchar)(tile[(lid + 12u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    long v15 = clamp((ushort)(a9[(((v8) != (2147483647L))) & 3]), (ushort)0UL, (ushort)51969UL);
    v15 ^= (long)(((int)(((char)((!(a9[(((ulong)(0xeaU))) & 3])))))));
    v7 = ((helper6(((rotate((uchar)(v8), (uchar)(15120507695862840635u))) && (v10)), helper6(a9[((!(0x4b2b156afe2dc7a6U))) & 3], v10, ((ulong)(v10))), v8)) ? (((ushort)((!((!(a9[(01652ul) & 3]))))))) : (9223372036854775806UL));
    switch ((sshl_int(helper6(helper1(in[(((0x755ED2F8u) || (in[(((uchar)(6))) & 63]))) & 63], v15), ((lid) ? (a9[(((ulong)(0xe6))) & 3]) : (033450352617)), ((in[((~(in[(((v15) ? (a9[(((gid) == (a9[(((ushort)(0200))) & 3]))) & 3]) : (0x80))) & 63]))) & 63]) >> ((21478UL) & 31))), (sdiv_int(((v10) == (in[(((in[(in[(((in[(gid) & 63]) ? (in[(((lid) >= (in[(((01000000000000000000000ul) ^ (035121371205532600361))) & 63]))) & 63]) : (lid))) & 63]) & 63]) && (v15))) & 63])), ((char)(v8)))) & 31)) & 7) {
    case 4: {
        a9[(10739U) & 3] = v7;
        for (int i16 = 0; i16 < 3; i16++) {
            v15 = ((int)(gid));
            v8 = ((v15) < (sneg_int((!(((in[(v10) & 63]) * (v10)))))));
            v10 = smul_long(helper6(abs((ushort)(((v10) && (0152174u)))), 03126, helper1(rotate((uchar)(in[(((int)(v7))) & 63]), (uchar)(v15)), ((uint)(0x0)))), max((long)(((((9223372036854775807u) || (18485U))) ^ ((!(i16))))), (long)(mul_hi((long)(udiv_ulong(v15, v8)), (long)(min((int)(0x3BDl), (int)(0xd2fd02f08239a71a)))))));
            if ((((-(lid))) || ((~(v8))))) continue;
            if (i16) {
                v8 = (((~(helper6(max((int)(in[(9550) & 63]), (int)(0x1E9L)), ((in[(abs((ushort)(v8))) & 63]) ? (a9[(((65536ul) != (v8))) & 3]) : (v15)), min((int)(gid), (int)(0x7ffeL)))))) != (((((in[(a9[(((0x7FFFFFFFFFFFFFFFU) <= (0x147ul))) & 3]) & 63]) ? (((lid) << ((a9[(((ushort)(in[(((v7) || (0131425u))) & 63]))) & 3]) & 31))) : (0x276A816913880A14l))) ? (helper1(v15, ((uint)(in[(i16) & 63])))) : (sneg_int(abs((short)(in[(((short)(32768))) & 63])))))));
                v7 >>= ((long)(v7) & 63);
                if (helper6((!(((0x393UL) == (v15)))), ((char)(0x80000000l)), 0x395l)) {
                    a9[((~((~(0x275cu))))) & 3] = v15;
                    switch ((((((in[(v10) & 63]) && (((01327444127520077222451UL) == (a9[((-(v8))) & 3]))))) ? (helper1(((ulong)(in[(umod_ulong(0xeUL, in[(((ulong)(v15))) & 63])) & 63])), (~(a9[(v8) & 3])))) : (((ulong)(((lid) > (026513707022))))))) & 7) {
                    case 0: {
                        break;
                    }
                    case 3: {
                        break;
                    }
                    }
                }
            }
        }
    }
    default: {
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a9[e]);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v15);
    out[gid] = h;
}
