// compiler-diff finding: reference-miscompile
// seed: 70103 mode: atomic
// expected-hash: 0x1ef4d38e51f338c
// direct pthread-skylake-avx512-AMD EPYC: hash 0x38f057a730e4e3ec
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x1ef4d38e51f338c
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x1ef4d38e51f338c
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x1ef4d38e51f338c
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
short helper1(char p0) {
    uint g3 = 0u;
    L2: {
        g3++;
        short v4 = p0;
    }
    if (g3 < 4u && (((ulong)(p0)))) goto L2;
    p0 = p0;
    uint w5 = 0u;
    do {
        w5++;
        p0 |= (char)(((((((p0) ? (p0) : (p0))) >= (((03332450276L) > (01302154267242575063772l))))) ? (min((short)(abs((long)(41279U))), (short)(p0))) : (((((char)(p0))) ? (clamp((long)(p0), (long)11L, (long)128L)) : (((p0) <= (p0)))))));
        if (p0) continue;
    } while (w5 < 4u);
    return ((udiv_ulong(((01041763671777164761571U) & (p0)), 37350U)) <= (((((short)(0x8000U))) == (((p0) | (2894083586UL))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    short v6 = udiv_ulong(0274ul, ((abs((int)(020000000000U))) << ((((((lid) ? (in[(0x7fff) & 63]) : (in[((!(lid))) & 63]))) ? (((gid) | (lid))) : ((~(in[(((uint)(lid))) & 63]))))) & 31)));
    char v7 = ((v6) | (((((ulong)(helper1(v6)))) <= (helper1(v6)))));
    long v8 = lid;
    uchar v9 = ((char)(rotate((int)(clamp((long)(0421L), (long)315L, (long)815L)), (int)((~(((gid) ? (gid) : (v8))))))));
    uchar v10 = (((((((~(31570ul))) | (udiv_ulong(v8, 15344631774645093737UL)))) & (gid))) > (((sneg_long(((in[(abs((int)(in[(in[(((v8) ? (0x658dU) : (0543347315655124167400l))) & 63]) & 63]))) & 63]) & (v8)))) >= (umod_uint(((lid) ? (0x0) : (gid)), helper1(v9))))));
    v10++;
    ulong v11 = min((ulong)(((0x76) & (((v10) ? (((uint)(14UL))) : (ssub_long(v10, v8)))))), (ulong)((((!(v10))) || (01713246330106457461623l))));
    switch ((((((ulong)(lid))) * (((((v11) || (v11))) >> ((helper1(lid)) & 31))))) & 7) {
    case 0: {
        v9 = v9;
        break;
    }
    case 1: {
        uint g13 = 0u;
        L12: {
            g13++;
            atomic_min(&acc[3], (uint)(min((ushort)(clamp((ushort)(rotate((short)(gid), (short)(0xc))), (ushort)0UL, (ushort)11650UL)), (ushort)(023273541017ul))));
            switch ((((((int)(sshl_int(v7, (v9) & 31)))) ? (lid) : (((((v10) != (v8))) ? (((long)(gid))) : (((v7) * (in[(((long)(gid))) & 63]))))))) & 7) {
            case 5: {
                atomic_add(&acc[0], (uint)(udiv_ulong(((in[(((0xc98b) ? (3) : (01561U))) & 63]) ? (helper1(0xeb3071a703095f97UL)) : (smod_long(v8, 12531309215054034L))), v11)));
                ++v11;
            }
            case 6: {
                uint w14 = 0u;
                while (w14 < 3u) {
                    w14++;
                    v6 = v7;
                    atomic_sub(&counters[0], (uint)(0665));
                }
                break;
            }
            default: {
                atomic_add(&counters[0], (uint)(((uchar)(sdiv_int(((v8) < (lid)), ((v10) != (in[(in[(0x8536477Eu) & 63]) & 63])))))));
            }
            }
        }
        if (g13 < 4u && (gid)) goto L12;
        break;
    }
    case 3: {
        if (((ushort)(min((uchar)(v11), (uchar)(lid))))) {
            atomic_xor(&counters[1], (uint)(0x39FAAEB0333BB299ul));
            ulong v15 = sneg_int(((v10) == (((helper1(v7)) ? (04) : (helper1(v9))))));
            ulong v16 = clz((uchar)(abs((ulong)((~(gid))))));
        } else {
            switch (((((~(v7))) + (((((v6) > (v9))) ? (abs((int)(lid))) : (((gid) ? (in[(((v6) || (in[(((v7) >= (in[(((in[(v10) & 63]) == (gid))) & 63]))) & 63]))) & 63]) : (v11))))))) & 7) {
            case 5: {
                if ((~(((((v9) ? (0xBA66l) : (v7))) ? (((v10) + (0xecae4cab598e119c))) : (((v7) ? (v9) : (v6))))))) {
                    v8 = lid;
                    if (((min((short)(v10), (short)(rotate((long)(05171103125l), (long)(0x0u))))) ^ (((short)(16u))))) {
                        atomic_sub(&acc[0], (uint)(((0xcafabfc3f4097056UL) + (helper1(rotate((long)(v6), (long)(6787828089524475031l)))))));
                        if ((~((((!(v10))) & (((v7) ^ (v8))))))) {
                            v11 = ((abs((short)(((((v11) ? (gid) : (in[(1100983436239559907ul) & 63]))) ? (min((char)(in[(((in[(v10) & 63]) ? (lid) : (gid))) & 63]), (char)(lid))) : (((lid) && (lid))))))) ? (in[(((v7) != (01422127143174573327111ul))) & 63]) : (abs((ushort)(((32768ul) > (v11))))));
                            v8 = clz((ulong)(((((((v6) ? (v6) : (in[(gid) & 63]))) ? (clamp((int)(0100001ul), (int)42505L, (int)47748L)) : (abs((ulong)(in[(v9) & 63]))))) + (umod_uint(((v10) * (gid)), ((v9) >= (v9)))))));
                            atomic_min(&acc[3], (uint)(popcount((ushort)(((v9) < (((v10) * (lid))))))));
                        } else {
                            uchar v17 = min((ushort)((((!(sneg_int(v6)))) + (016u))), (ushort)((!(in[(v10) & 63]))));
                            ushort v18 = (~(((ushort)((~(((v17) || (lid))))))));
                            v10 = (!(((sneg_int(v6)) ? (((clamp((long)(v8), (long)12L, (long)128L)) ? (((in[(((v10) != (v18))) & 63]) * (v7))) : (((v8) ? (lid) : (0x78B5U))))) : (v11))));
                        }
                    }
                    v6 >>= ((short)(clamp((short)(in[(in[(((v11) | (v6))) & 63]) & 63]), (short)915L, (short)29220L)) & 31);
                } else {
                    atomic_min(&counters[3], (uint)(((uchar)(((((int)(01777777777777777777776U))) ? (smul_int(v6, v7)) : (in[(v11) & 63]))))));
                    if (((ushort)(((v9) ? (((int)(v11))) : (((v11) < (v6))))))) {
                        short v19 = (~(((0UL) | ((-(01310ul))))));
                        atomic_xor(&counters[1], (uint)(((((v9) | (v6))) ? (helper1((!(in[(0xA2CA) & 63])))) : (mul_hi((long)(((in[(((in[(((v19) > (9223372036854775806))) & 63]) ? (v11) : (in[(((0x9E7B1E4Dul) == (0xdU))) & 63]))) & 63]) >= (lid))), (long)(((v9) ? (v19) : (4294967296u))))))));
                    } else {
                    }
                }
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
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
