// compiler-diff finding: reference-miscompile
// seed: 40952 mode: barrier
// expected-hash: 0xc0a5d0a14dd66c5e
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x88b6f3f6494336dd
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xc0a5d0a14dd66c5e
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xc0a5d0a14dd66c5e
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xc0a5d0a14dd66c5e
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
int helper1(ushort p0) {
    uchar v2 = ((((ulong)((((!(p0))) != (sneg_int(p0)))))) ? (p0) : ((((!(smul_int(p0, 0xF424)))) ? (clamp((uchar)(((p0) & (01540u))), (uchar)31UL, (uchar)202UL)) : (p0))));
    short v3 = p0;
    ushort v4 = v2;
    if (014ul) {
        uint g6 = 0u;
        L5: {
            g6++;
            if (sadd_int(v2, ((((011ul) || (v3))) == (min((uchar)(0xD17DUL), (uchar)(p0)))))) {
                if (p0) {
                    v2 = (!(((0x8U) == (((max((ushort)(v2), (ushort)(p0))) ? (ssub_int(v3, v4)) : (((v3) ? (v2) : (v2))))))));
                    ushort v7 = v2;
                    v3 = v3;
                }
            }
        }
        if (g6 < 4u && ((~((!(p0)))))) goto L5;
        ushort v8 = ((v2) | (clamp((uchar)(rotate((uint)((~(v4))), (uint)(v2))), (uchar)64UL, (uchar)135UL)));
        --v3;
    }
    return ((v4) >= (sneg_long(smod_long(v2, 2812019299l))));
}
uint helper9(ulong p0, long p1) {
    uchar v10 = ((sneg_int(((char)(rotate((int)(p1), (int)(p1)))))) && (((min((char)(p0), (char)(((p0) == (0x0U))))) >= (((((0200) * (p0))) & (((short)(p0))))))));
    uchar v11 = helper1(06L);
    switch ((p0) & 7) {
    case 0: {
        v10 = ((((short)(v10))) ? (((char)(((short)(((v11) || (v11))))))) : (((ulong)(15661936277602122401u))));
        v10 = p1;
    }
    case 2: {
        p0 = (-(011u));
        break;
    }
    case 3: {
        v11 = ((char)(((((p1) ? ((~(0x1C0l))) : (0x10000l))) ^ (((p1) < (((1L) ? (5858220424394213112UL) : (p0))))))));
    }
    case 4: {
        v11 = ((char)(sshl_int(((((v11) ? (p0) : (v10))) < (((v11) ? (p0) : (v10)))), (helper1(033437675466l)) & 31)));
        p1 ^= (long)(0162462L);
    }
    default: {
        if ((~(((((p0) ? (p1) : (p0))) ? (((uchar)(v10))) : (((uint)(p1))))))) {
            switch ((((((0111072) > (((v11) ? (025052146176UL) : (v10))))) <= ((-(p0))))) & 7) {
            case 5: {
                for (int i12 = 0; i12 < 0; i12++) {
                    v11 = (-(01412015271225135722325u));
                    p0 = 0106654ul;
                }
                break;
            }
            default: {
            }
            }
        } else {
        }
    }
    }
    return 175783103UL;
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
    short v13 = helper9(0x6561399ada71652a, ((((((0747UL) ? (lid) : (07u))) ? (gid) : (helper9(18446744073709551615ul, lid)))) ? (min((short)(lid), (short)(((uint)(gid))))) : (((((int)(0431))) + (((lid) - (in[(((in[((~(44081ul))) & 63]) >> ((lid) & 31))) & 63])))))));
    uint v14 = sneg_int(((lid) < (((((uint)(lid))) ? (((v13) && (01107551045343601122750l))) : (((lid) < (4386984069509911493u)))))));
    uint v15 = gid;
    ulong v16 = v15;
    uint v17 = ((((((ushort)(((lid) ? (v16) : (in[(v14) & 63]))))) <= (((((v15) ? (in[(((long)(in[(((01522410714455176150477l) ^ (v13))) & 63]))) & 63]) : (v15))) ? (umod_ulong(in[((-(v15))) & 63], v16)) : (in[((-(lid))) & 63]))))) & (((char)(v14))));
    for (int r18 = 0; r18 < 3; r18++) {
        tile[lid] = (uint)v16 + (uint)r18;
        barrier(CLK_LOCAL_MEM_FENCE);
        v16 ^= (ulong)(tile[(lid + 15u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v17 = (uint)exchange(tile, lid, (uint)(lid), 10u);
    v14 = ((0x5eb8l) ? (((min((uint)(((9223372036854775807l) ? (gid) : (v16))), (uint)(rotate((uint)(gid), (uint)(46708U))))) > (((v14) <= (helper9(v15, v16)))))) : (ssub_long(((long)(((gid) < (gid)))), helper1(((255ul) ? (0x2FAUL) : (v16))))));
    v17 >>= ((uint)(39514L) & 31);
    uint a19[8] = {((v13) | (((uint)(in[((~(v14))) & 63])))), popcount((char)((-(v14)))), helper9(((gid) << ((v13) & 31)), v15), ((((uint)(gid))) == (clz((int)(v17)))), ((0xc0b4u) && (gid)), ((long)((~(in[(abs((long)(gid))) & 63])))), ((abs((char)(v17))) * (in[(v14) & 63])), (~(((v13) ? (0xB3A4A4112BD0C530UL) : (v17))))};
    int v20 = ((38898L) <= (a19[(((01432372536020345111100) < (4794215790153927396U))) & 7]));
    { uint *p = &v14; *p = (*p ^ (uint)(a19[(((gid) ? (v13) : (a19[(((020l) != (0x8000000000000000U))) & 7]))) & 7])) * 3u + 1u; }
    for (int i22 = 0; i22 < 3; i22++) {
        for (int i23 = 0; i23 < 0; i23++) {
            v20 = in[(((0205u) << ((v15) & 31))) & 63];
            v13 = v13;
        }
        if (((((uchar)(v14))) ? (lid) : (334UL))) goto L21;
        v17 = min((int)(((ushort)(v17))), (int)(((helper1(v16)) ? (helper9(((short)(v17)), (-(gid)))) : (((mul_hi((uint)(gid), (uint)(734UL))) << ((abs((long)(a19[(a19[((!(948UL))) & 7]) & 7]))) & 31))))));
    }
    L21: ;
    { uint *p = &v17; *p = (*p ^ (uint)(0x156du)) * 3u + 1u; }
    switch ((sneg_int(((((lid) * (in[(((v15) || (0400ul))) & 63]))) ? (((gid) < (gid))) : (v13)))) & 7) {
    case 6: {
        a19[(in[(v16) & 63]) & 7] = ((((long)(helper1(lid)))) ? (min((uchar)(((lid) && (in[(in[(((v16) ? (0xbf2070a7l) : (lid))) & 63]) & 63]))), (uchar)(min((long)(gid), (long)(337l))))) : (abs((uchar)((!(01771436740454037613561UL))))));
        break;
    }
    default: {
        v16 = helper9(((uchar)(((clz((short)(lid))) || (max((short)(a19[(umod_ulong(037777777777ul, 32767l)) & 7]), (short)(a19[(helper9(gid, v16)) & 7])))))), min((int)(in[(smul_long(60693L, v15)) & 63]), (int)(0xF9l)));
    }
    }
    v20 = ((sshl_int(((0x8472U) ? (301646970) : (mul_hi((int)(in[(((a19[(((short)(29711L))) & 7]) ? (in[((!(a19[((-(01000000000000000000000L))) & 7]))) & 63]) : (33119u))) & 63]), (int)(a19[(13820372598252308124u) & 7])))), (((3623830643l) < (((01200L) ? (gid) : (v16))))) & 31)) ? (((uchar)((~(abs((short)(gid))))))) : (((((uint)((~(lid))))) - (((uint)(mul_hi((int)(a19[(((char)(0x10u))) & 7]), (int)(v14))))))));
    a19[(((short)(((uchar)(a19[(((ulong)(0x6256c3eb1077c9ffL) - (ulong)(01552440257015425401432ul))) & 7]))))) & 7] = 010547263145u;
    v13 = lid;
    v17 = ((v17) + (a19[((!(54290L))) & 7]));
    a19[(42735ul) & 7] = helper1(v13);
    { uint *p = &v15; *p = (*p ^ (uint)(((abs((long)(017))) + (((short)(lid)))))) * 3u + 1u; }
    uchar v24 = a19[(((13943u) + (a19[(0x61047A00D41310A7L) & 7]))) & 7];
    for (int i25 = 0; i25 < 0; i25++) {
        a19[(v14) & 7] = a19[((~(in[(((021353160367ul) < (a19[(max((ushort)(0606370562336112130640ul), (ushort)(a19[(v20) & 7]))) & 7]))) & 63]))) & 7];
        if (((uchar)(((v13) | (v24))))) continue;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    h = mix(h, (ulong)v15);
    h = mix(h, (ulong)v16);
    h = mix(h, (ulong)v17);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a19[e]);
    h = mix(h, (ulong)v20);
    h = mix(h, (ulong)v24);
    out[gid] = h;
}
