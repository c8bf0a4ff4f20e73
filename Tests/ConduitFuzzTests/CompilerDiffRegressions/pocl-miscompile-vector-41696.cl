// compiler-diff finding: reference-miscompile
// seed: 41696 mode: vector
// expected-hash: 0xfff22d438b8a899c
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x335361ad3c003d14
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xfff22d438b8a899c
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xfff22d438b8a899c
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xfff22d438b8a899c
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
uint helper1(int p0, uint p1, ulong p2) {
    switch ((((uint)(rotate((int)(max((char)(5036036783471075173l), (char)(p1))), (int)(sadd_long(4l, p1)))))) & 7) {
    case 7: {
        uint w2 = 0u;
        while (w2 < 1u) {
            w2++;
            p2 = umod_ulong(((max((uchar)(((p0) ? (p0) : (p2))), (uchar)(sneg_int(p0)))) ? (p1) : (p2)), ((max((ushort)(5), (ushort)(((char)(p1))))) <= (((char)(p1)))));
            p0 = ((9U) ? ((-(((((0x8000000000000000L) | (p1))) >> ((((03532420371UL) ^ (p1))) & 63))))) : (((((((p0) == (p0))) ? (p0) : (((ushort)(0xD24Eul))))) ? (((umod_ulong(p2, p1)) ? (min((ulong)(p2), (ulong)(p2))) : (((short)(50747L))))) : (abs((uchar)(abs((char)(p1))))))));
            if (rotate((uint)(((p0) == (p2))), (uint)(((p1) == (p0))))) continue;
        }
        for (int i4 = 0; i4 < 4; i4++) {
            if (i4) goto L3;
            if (((uchar)(((0x166dul) && (abs((ulong)(p2))))))) {
                p0 = p1;
            }
            uint w5 = 0u;
            do {
                w5++;
                p0 = smul_int(((p1) == ((((-(p2))) & (sdiv_long(6u, 629l))))), ((ushort)((!(((p1) < (0xf8bd)))))));
            } while (w5 < 4u);
        }
        L3: ;
        break;
    }
    default: {
        p2++;
    }
    }
    return ((((p0) >= (p2))) ? (((char)(((p0) ? (p2) : (46766L))))) : (p2));
}
char helper6(ushort p0, uchar p1) {
    int v7 = p1;
    short a8[8] = {((((p1) & (037777777777ul))) | (p1)), v7, mul_hi((uint)(v7), (uint)((!(0x4L)))), v7, min((ulong)(((v7) ^ (p0))), (ulong)(0xfffffffeL)), smul_int(((p0) ? (v7) : (v7)), p1), ((43444u) & (p1)), (!(01674l))};
    p1 = 05ul;
    return udiv_ulong((-(abs((long)(01000000000000000000000U)))), helper1((~(p1)), p1, a8[(((v7) || (01156))) & 7]));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    long v9 = 0x7e9347fdae4f31c5ul;
    uchar v10 = max((ulong)((((~(((lid) && (lid))))) ? (smul_long(((gid) && (lid)), v9)) : (01065101213105465745363L))), (ulong)(22907));
    short v11 = (((((~(clamp((uchar)(v9), (uchar)8UL, (uchar)39UL)))) ? (lid) : ((~(v9))))) | (((smod_long(((7UL) ? (v9) : (v9)), ((short)(in[(gid) & 63])))) ? (0637L) : (((v9) && (((v9) && (v9))))))));
    ulong v12 = sadd_int(((short)(((char)(((gid) == (v9)))))), ((((((ulong)(v9))) ^ (((uchar)(0x65))))) > (((lid) + ((~(65534)))))));
    long v13 = ((min((ulong)(v11), (ulong)(v10))) | (lid));
    ushort16 vec14 = (ushort16)((ushort)(min((char)(min((ushort)(v13), (ushort)(in[(mul_hi((uint)(gid), (uint)(v12))) & 63]))), (char)(abs((uchar)(gid))))), (ushort)(((ulong)(((lid) ? (v13) : (v9))))), (ushort)(gid), (ushort)(15l), (ushort)(min((uint)(32769UL), (uint)(((v9) == (3906743277713214864ul))))), (ushort)(((min((ushort)(07U), (ushort)(v10))) ? ((!(in[(helper6(0xDDF41CFB, v12)) & 63]))) : (((int)(gid))))), (ushort)(max((ushort)(((0xB9A3ul) ? (012UL) : (gid))), (ushort)(((0x2B4UL) && (in[(v9) & 63]))))), (ushort)(((((v9) ? (lid) : (lid))) | (01027U))), (ushort)((~(((ushort)(in[((!(077776UL))) & 63]))))), (ushort)(((((lid) ? (v10) : (lid))) == (((v12) ? (02ul) : (v9))))), (ushort)(0xfel), (ushort)(0x8000000000000001), (ushort)(((ushort)(((v13) ? (v10) : (2106012593U))))), (ushort)((~(abs((ushort)(v12))))), (ushort)(0xE0ED), (ushort)(sdiv_long(((in[((~(v11))) & 63]) <= (v13)), v9)));
    long8 vec15 = (long8)((long)(in[(lid) & 63]), (long)(((popcount((int)(v13))) & (((gid) << ((0x8DCDC684AE66B5DDu) & 31))))), (long)(((udiv_uint(gid, in[(((char)(v10))) & 63])) ? ((~(in[(((0xA170C38DCED1FE43L) > (v9))) & 63]))) : (((0x76BDL) >> ((v12) & 63))))), (long)(((v9) && (((lid) < (gid))))), (long)(((((ulong)(3778013586l))) >> ((((uint)(0x111AA40EC735B93AU))) & 63))), (long)(((016ul) > (((7) ? (v12) : (017777777777u))))), (long)(ssub_int(min((int)(034367), (int)(v13)), ((v10) >> ((in[(helper6(in[(0x29fu) & 63], v10)) & 63]) & 31)))), (long)(((smul_long(v13, 47079U)) ? (((v10) ? (vec14[(((v13) >= (v9))) & 15]) : (vec14[(v12) & 15]))) : (sneg_int(vec14.se)))));
    uchar4 vec16 = (uchar4)((uchar)((!(v13))), (uchar)(((clamp((long)(in[(gid) & 63]), (long)3591990866L, (long)3338883063287636904L)) || (helper6(v13, in[(v9) & 63])))), (uchar)(((sneg_long(vec15.s2)) ? (((long)(32769u))) : (v12))), (uchar)(((((long)(v10))) >= (helper6(0x11au, v11)))));
    uint w17 = 0u;
    do {
        w17++;
        switch (((-(((max((int)(v11), (int)(0151114UL))) ? (((v12) ^ (0x3b4fU))) : (vec16.s0))))) & 7) {
        case 2: {
            if (((((((v9) >> ((lid) & 63))) ? (((v11) - (0x34CEu))) : ((!(658407945U))))) ? (((((in[(rotate((int)(v9), (int)(729326154ul))) & 63]) != (446))) ? (sshl_int(v11, (v12) & 31)) : (v11))) : ((((!(in[(((612ul) & (v10))) & 63]))) | (((0x315) <= (v12))))))) {
                v13 = abs((long)(((ushort)((~(((v9) ? (in[(((ulong)(v10))) & 63]) : (in[((!(0xFFUL))) & 63]))))))));
            } else {
                v12 = ((((01330l) | (v9))) >> ((13) & 63));
                v12 = 0674ul;
            }
            break;
        }
        case 4: {
            if (v13) {
                uint w18 = 0u;
                while (w18 < 3u) {
                    w18++;
                    v12 = ((uchar)((((((!(v11))) & (gid))) < (vec14.s7))));
                }
                for (int i19 = 0; i19 < (int)(in[(gid + 59u) & 63u] & 3u); i19++) {
                    v12 = ((v10) ? (lid) : (((((((v12) == (gid))) ? (clamp((long)(lid), (long)5L, (long)32766L)) : (((9223372036854775807ul) - (v12))))) ? (0x8FD8FFC79E836B6DU) : (01477UL))));
                    long v20 = udiv_ulong(01241024117347215712167U, i19);
                    uint g22 = 0u;
                    L21: {
                        g22++;
                        v10 = ((uchar)(popcount((int)(mul_hi((uint)(((uchar)(0702u))), (uint)(max((int)(v13), (int)(2807023344))))))));
                    }
                    if (g22 < 2u && (((((v13) || (010276764403))) < (((vec14[(01112553316261413071244) & 15]) || (0xab461c7965cc7cd9)))))) goto L21;
                    if (v11) break;
                }
                vec16 = as_uchar4(abs(vec16));
            }
            break;
        }
        case 7: {
            vec15 = as_long8(abs(vec15));
            break;
        }
        default: {
            v11 = sshl_int(abs((uchar)(((rotate((uint)(v13), (uint)(lid))) < (rotate((uint)(lid), (uint)(v11)))))), (helper1(((long)(v9)), vec15.s0, ((0x2U) - (mul_hi((int)(v11), (int)(vec16.s1)))))) & 31);
        }
        }
    } while (w17 < 2u);
    if (((584ul) ^ (((long)(7UL))))) {
        for (int i23 = 0; i23 < 2; i23++) {
            long v24 = smul_long((((~(01643023240UL))) ? (((udiv_uint(017U, vec14[(umod_ulong(v12, v11)) & 15])) & (((888784042) | (in[(gid) & 63]))))) : (clamp((ushort)(helper1(in[(((uchar)(in[(((v12) + (0x48ABD01E2BE8473E))) & 63]))) & 63], lid, v12)), (ushort)32769UL, (ushort)35689UL))), v13);
            v13 = ((((uchar)(((short)(((017436245660444710054U) ? (v12) : (i23))))))) ? (51ul) : (((ulong)(((((in[(v12) & 63]) ? (vec14[(sneg_long(v9)) & 15]) : (vec16.s0))) ? (abs((ushort)(0x9163))) : (vec16.s3))))));
            if (((long)(v12))) break;
        }
    }
    long v25 = ((in[(smul_long(lid, v9)) & 63]) ? (((((helper1(v13, v11, gid)) ? (((uchar)(v9))) : ((~(gid))))) ? (((ulong)(vec14.s5))) : ((((!(0xFDA7FE93l))) ^ (((0x44754886l) ? (in[(sdiv_long(0xef0fc1e4L, gid)) & 63]) : (lid))))))) : (((smul_int(((in[(helper6(v11, v9)) & 63]) && (v11)), ((short)(v11)))) >> ((gid) & 31))));
    int v26 = abs((ulong)(((((in[(abs((ushort)(in[(((in[(((01037L) > (vec16[(((in[(((uchar)(v25))) & 63]) < (v11))) & 3]))) & 63]) << ((lid) & 31))) & 63]))) & 63]) ^ (13U))) ? (((min((int)(vec15.s7), (int)(in[(((in[(((in[(in[(((gid) ? (28705l) : (gid))) & 63]) & 63]) && (v9))) & 63]) || (vec16.s0))) & 63]))) ? (sshl_int(v11, (lid) & 31)) : (sshl_int(v11, (0x9l) & 31)))) : (v25))));
    vec15 = select(vec15, vec15, vec15 != vec15);
    ushort v27 = ((helper6(v13, ((((v26) ? (v13) : (7))) <= (helper1(731, v11, vec15.s7))))) == (32767U));
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
    h = mix(h, (ulong)vec14.s3);
    h = mix(h, (ulong)vec14.s4);
    h = mix(h, (ulong)vec14.s5);
    h = mix(h, (ulong)vec14.s6);
    h = mix(h, (ulong)vec14.s7);
    h = mix(h, (ulong)vec14.s8);
    h = mix(h, (ulong)vec14.s9);
    h = mix(h, (ulong)vec14.sa);
    h = mix(h, (ulong)vec14.sb);
    h = mix(h, (ulong)vec14.sc);
    h = mix(h, (ulong)vec14.sd);
    h = mix(h, (ulong)vec14.se);
    h = mix(h, (ulong)vec14.sf);
    h = mix(h, (ulong)vec15.s0);
    h = mix(h, (ulong)vec15.s1);
    h = mix(h, (ulong)vec15.s2);
    h = mix(h, (ulong)vec15.s3);
    h = mix(h, (ulong)vec15.s4);
    h = mix(h, (ulong)vec15.s5);
    h = mix(h, (ulong)vec15.s6);
    h = mix(h, (ulong)vec15.s7);
    h = mix(h, (ulong)vec16.s0);
    h = mix(h, (ulong)vec16.s1);
    h = mix(h, (ulong)vec16.s2);
    h = mix(h, (ulong)vec16.s3);
    h = mix(h, (ulong)v25);
    h = mix(h, (ulong)v26);
    h = mix(h, (ulong)v27);
    out[gid] = h;
}
