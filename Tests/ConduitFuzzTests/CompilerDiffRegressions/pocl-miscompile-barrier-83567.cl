// compiler-diff finding: reference-miscompile
// seed: 83567 mode: barrier
// expected-hash: 0x2f596bffcb20019
// direct pthread-skylake-avx512-AMD EPYC: hash 0x7a04586edcc7d997
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x2f596bffcb20019
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x2f596bffcb20019
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x2f596bffcb20019
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
ulong helper1(short p0, uint p1, ushort p2) {
    p2 = ((uchar)((!(((ushort)(((p0) | (p2))))))));
    int v2 = ((p0) * (((uint)((((~(p0))) ? (p0) : (p0))))));
    for (int i3 = 0; i3 < 0; i3++) {
        v2 = (~(min((uint)(((p0) ? (p0) : (((v2) ? (v2) : (p1))))), (uint)(((min((char)(p1), (char)(0xc31b62b778ed5e62ul))) ? (((v2) ^ (p2))) : (((i3) == (v2))))))));
        v2 = ((((p2) >= (((clz((ulong)(0xDB4AAF63D4A0DA9l))) * (((i3) || (16ul))))))) && (smod_int(sadd_int(min((uchar)(0755436547353540745504), (uchar)(i3)), ((p1) ? (i3) : (v2))), min((int)(((v2) ? (p2) : (i3))), (int)(((v2) ? (p1) : (036257416373U)))))));
        p1 = ((p2) < (v2));
    }
    return v2;
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
    ushort v4 = ((026162l) >> (((((!((~(lid))))) || (((((gid) ? (lid) : (gid))) ? (((lid) ? (gid) : (gid))) : (((gid) >> ((gid) & 31))))))) & 63));
    short v5 = ((((sneg_int(sshl_int(v4, (031266421230UL) & 31))) ? (((long)(((uint)(v4))))) : (max((long)(((gid) ? (49107L) : (in[(((short)(v4))) & 63]))), (long)(((0x8DCA92F6u) < (in[(((in[(((char)(v4))) & 63]) ? (012ul) : (lid))) & 63]))))))) ? (v4) : (0xf4efUL));
    char v6 = ((v4) - (helper1(gid, max((uint)(in[(gid) & 63]), (uint)(254l)), clamp((ushort)(0x102UL), (ushort)12098UL, (ushort)58905UL))));
    int v7 = v5;
    short v8 = ((uchar)(((v7) ? ((((!(v7))) - (helper1(in[(((short)(1696379212158953369))) & 63], lid, v5)))) : (((v7) | (((in[(((v6) ? (v6) : (07U))) & 63]) ? (v7) : (v6))))))));
    uint a9[4] = {((((v7) ? (4) : (017u))) << ((v5) & 31)), ((max((char)(v6), (char)(0x4e5c))) >= (((int)(0x7DUL)))), helper1(0xa4691af4l, v6, gid), in[(((in[(v5) & 63]) && (0x1C7UL))) & 63]};
    v4 = ((umod_ulong(((in[(clz((ulong)(a9[((-(32768UL))) & 3]))) & 63]) ? (v6) : (helper1(0xbl, v7, v5))), ((helper1(v8, lid, a9[(((in[((~(v8))) & 63]) ? (a9[(2147483648U) & 3]) : (v8))) & 3])) ? ((!(gid))) : (((v8) != (v6)))))) ? (((v4) ? (a9[(((uchar)(v5))) & 3]) : (((helper1(v8, v4, 02U)) & (((01321120540216231126555u) ? (0xE1B0ABC0u) : (gid))))))) : (((uint)(((sneg_int(v7)) || (helper1(v6, in[(v8) & 63], in[(((v6) ? (01706060411110202641147UL) : (3810788279ul))) & 63])))))));
    a9[((-(0xE8720DF9))) & 3] = ((((((a9[((~(031117075421L))) & 3]) ? (v5) : (v4))) | (sneg_int(v4)))) >> ((max((short)(((a9[(0x8EDB09A5UL) & 3]) < (v5))), (short)(((char)(0761345547225453606535UL))))) & 31));
    for (int r10 = 0; r10 < 3; r10++) {
        tile[lid] = (uint)v7 + (uint)r10;
        barrier(CLK_LOCAL_MEM_FENCE);
        v7 ^= (int)(tile[(lid + 12u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    a9[(((((43312u) >> ((036764UL) & 31))) != (((uchar)(07l))))) & 3] = ((((v7) & (in[(0142522) & 63]))) & (8));
    short v11 = sneg_int((!(((helper1(v7, v6, v5)) <= (((in[(helper1(lid, v5, 0x7F)) & 63]) & (01314)))))));
    if (((char)(((helper1(gid, v8, a9[(6) & 3])) && (((a9[(((int)(v5))) & 3]) >> ((0u) & 31))))))) {
        for (int i12 = 0; i12 < (int)(in[(gid + 41u) & 63u] & 3u); i12++) {
            ulong v13 = v7;
            v4 = (~(v6));
        }
        v7 = (!(helper1(((a9[(helper1(gid, v11, v6)) & 3]) > (helper1(gid, 3914841438, v6))), (((!(v6))) * (((01651723232712167307510ul) ? (lid) : (0x8)))), (~(v4)))));
    } else {
        switch ((((clamp((short)(((ulong)(v7))), (short)442L, (short)9296L)) ? (((gid) << ((((0xB548BE85) ? (a9[(((ulong)(0123206l) << ((0u) & 63))) & 3]) : (v7))) & 31))) : (((uint)(helper1(v7, in[(0x4eae1535ul) & 63], lid)))))) & 7) {
        case 0: {
            for (int i14 = 0; i14 < 4; i14++) {
                v11 = in[(((41087L) < (v6))) & 63];
                v5 = (!(sshl_int(v5, ((((!(v5))) >> ((((int)(in[(0x7FFFFFFF) & 63]))) & 31))) & 31)));
                a9[(32768l) & 3] = ((uchar)(gid));
                if (min((ushort)(((017777777777L) <= (785L))), (ushort)(((037126U) | (020000000000L))))) break;
                switch ((sneg_int(v7)) & 7) {
                case 2: {
                    uint g16 = 0u;
                    L15: {
                        g16++;
                        if (in[(helper1(01067ul, v6, a9[(0200l) & 3])) & 63]) {
                            if (((sneg_int(max((uchar)(v5), (uchar)(v11)))) ? (((min((int)(v4), (int)(v7))) < (v8))) : (((ulong)(((long)(v8))))))) {
                                v11 >>= ((short)(a9[(0x1d0e) & 3]) & 31);
                                if (((helper1(((v7) <= (gid)), helper1(in[(((v6) && (v11))) & 63], i14, gid), ((gid) ^ (027200531764L)))) ^ (((i14) & (v4))))) {
                                    v5 = ((uint)(((v7) & (helper1(in[(min((ushort)(a9[(max((uchar)(v11), (uchar)(gid))) & 3]), (ushort)(v11))) & 63], min((uint)(v4), (uint)(v5)), ((i14) & (v4)))))));
                                    v8 = 0x7ffffffffffffffe;
                                }
                            } else {
                                uchar v17 = ((((umod_uint(((a9[(((ushort)(0x80000001L))) & 3]) - (in[(v4) & 63])), max((uchar)(v8), (uchar)(011046605061l)))) || (lid))) ? (helper1(udiv_uint(in[((~(v4))) & 63], ((0x2960U) >= (v5))), (!(((in[(min((uchar)(in[(rotate((long)(63335U), (long)(i14))) & 63]), (uchar)(lid))) & 63]) ? (v6) : (v7)))), a9[(((ulong)(011144375057U) ^ (ulong)(0xB4FBl))) & 3])) : ((!(((v8) == (((v4) >> ((lid) & 31))))))));
                                a9[((~(((07340557513U) > (0x6))))) & 3] = (~(in[((-(0426111356162661041616u))) & 63]));
                            }
                            v6 = max((int)(a9[(663263358UL) & 3]), (int)(umod_uint(v11, a9[(clamp((int)(v11), (int)129L, (int)32767L)) & 3])));
                            v7 = ((uint)(((v5) | (((((v8) && (076211464072445572405UL))) >= (16986L))))));
                        } else {
                            v5 = ((udiv_ulong(lid, helper1(helper1(0150775U, 0x1a6u, a9[((-(ulong)(0xf21cl))) & 3]), lid, ((lid) || (lid))))) * (v11));
                        }
                        char v18 = in[(smul_int(v4, i14)) & 63];
                    }
                    if (g16 < 3u && (((ushort)(((in[(((v6) ? (gid) : (in[(((a9[(max((long)(01000000000000000000001L), (long)(0x3))) & 3]) >> ((v8) & 31))) & 63]))) & 63]) ? (in[(v5) & 63]) : (a9[(((025134u) ^ (07))) & 3])))))) goto L15;
                    int v19 = ((v5) ? (sshl_int(i14, (((min((int)(in[((!(0462))) & 63]), (int)(01467UL))) >> ((((v7) & (0x92fe5bce798fa65cu))) & 31))) & 31)) : (((((((a9[(((int)(0444))) & 3]) << ((a9[(0x0) & 3]) & 31))) ? (((v4) - (gid))) : (helper1(lid, 0x25Du, 0x32ed)))) << ((helper1((!(01367ul)), rotate((ulong)(0x8L), (ulong)(v4)), ((0x6eee4964U) < (a9[((!(01353L))) & 3])))) & 63))));
                    break;
                }
                case 7: {
                }
                }
            }
            break;
        }
        case 5: {
            break;
        }
        default: {
        }
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a9[e]);
    h = mix(h, (ulong)v11);
    out[gid] = h;
}
