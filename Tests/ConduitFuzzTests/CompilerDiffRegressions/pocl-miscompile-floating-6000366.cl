// compiler-diff finding: reference-miscompile
// seed: 6000366 mode: floating
// expected-hash: 0x4d97bc2df674cf81
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xdfb8729135c2a49f
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x4d97bc2df674cf81
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x4d97bc2df674cf81
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x4d97bc2df674cf81
// Conduit compiler-diff, mode floating
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF
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
uchar helper1(short p0, int p1, int p2) {
    p2 = p0;
    ulong v2 = ((abs((uchar)(((sdiv_int(p2, p0)) >> ((rotate((int)(p1), (int)(p1))) & 31))))) | (((p1) || (p1))));
    p0 = ((((p1) + (((((v2) >= (v2))) ? (((p1) > (0x2e9UL))) : (((v2) ? (p0) : (024774ul))))))) ^ (((ushort)(v2))));
    int v3 = (-(((((((p2) == (p2))) - (0x356aU))) >> (((((~(p2))) * (((p0) ? (p1) : (0xB9u))))) & 31))));
    return ((((abs((long)(p1))) ? (sdiv_int(0x7ffffffe, p2)) : (((p0) <= (p2))))) ? ((!(((23124l) ? (0x89l) : (v3))))) : (min((char)((!(801u))), (char)(max((ulong)(p2), (ulong)(p1))))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uint v4 = (~(gid));
    uchar v5 = ((((((char)(udiv_uint(827U, in[(lid) & 63])))) && (0x342UL))) < (((((((1496629518) + (gid))) ? (((lid) && (gid))) : (clamp((int)(897), (int)(-64300758L), (int)5L)))) ? (((long)(((lid) ? (lid) : (v4))))) : (((v4) != (clamp((ushort)(v4), (ushort)46UL, (ushort)11087UL)))))));
    int v6 = ((((((gid) && (((ushort)(lid))))) ? (((uint)(01772614732523053074637))) : (((((char)(lid))) ^ (gid))))) & (((lid) ^ (((long)(037777777776L))))));
    long v7 = helper1(helper1(helper1(helper1(10ul, 0x27bdUL, v5), sshl_long(32767l, (in[(abs((short)(in[((-(lid))) & 63]))) & 63]) & 63), max((ushort)(v6), (ushort)(lid))), min((int)(((030705001574) > (gid))), (int)(v5)), in[(((v4) - (in[(((v4) ? (v4) : (v6))) & 63]))) & 63]), helper1((~(((0x37FF3B207484F23EL) | (v6)))), ((uchar)((~(0774L)))), umod_ulong((~(16L)), (~(0x296F2BE3ul)))), ssub_long(((long)(((long)(01663276634012503365770u)))), ((lid) > (in[(((short)(in[(((in[(lid) & 63]) ? (lid) : (v6))) & 63]))) & 63]))));
    short v8 = lid;
    v4 = helper1(((sdiv_long(v7, helper1(v7, v6, v6))) || (((uchar)(0x3c0L)))), ((sneg_int(v5)) ^ (v5)), ((01061767460314023723473) ? (max((uint)(((uint)(in[(v7) & 63]))), (uint)(abs((long)(0x4L))))) : (((sadd_int(v6, v5)) ? (((v7) ? (v6) : (v6))) : (((v6) != (v5)))))));
    { uint *p = &v4; *p = (*p ^ (uint)(sadd_long(((long)(v4)), smul_long(0xDL, v6)))) * 3u + 1u; }
    v5 = ((popcount((uchar)(((abs((long)(01000000000000000000000))) ? (v4) : (helper1(445ul, 432UL, 32767L)))))) & ((~(helper1(clamp((int)(32768), (int)(-934463449L), (int)182L), (-(in[(((gid) && (01116076016504407210700))) & 63])), ((v7) >> ((0x3D133649) & 63)))))));
    v7 = ((010u) ? (((ushort)(clamp((uint)(v8), (uint)42663UL, (uint)65535UL)))) : ((!((!(0241051036527734622625u))))));
    uint v9 = (~(((((0xe52c274c10a5a77dUL) || (min((char)(40106UL), (char)(v8))))) - (in[(((v5) ? (0x100) : (v4))) & 63]))));
    for (int i10 = 0; i10 < 0; i10++) {
        ulong v11 = ((uint)(0177L));
        v8 >>= ((short)(max((ushort)(015305751574U), (ushort)((-(017777777776ul))))) & 31);
        if ((((((!(01617061404423317063076UL))) ? (0xffffffffffffffffL) : (((v7) ? (v8) : (in[(0x357ebfdedba7ad12) & 63]))))) <= (helper1(((int)(v5)), ((v4) ? (v7) : (in[(((lid) - (v11))) & 63])), v6)))) {
            v6 = smul_int(min((uchar)(0301ul), (uchar)(((ulong)(((ulong)(v9)))))), ((((v4) * (((v8) * (in[(((lid) << ((v9) & 31))) & 63]))))) ? (((abs((uint)(v11))) == (gid))) : (i10)));
            switch ((v9) & 7) {
            case 1: {
                v7 = ((((((((in[(v7) & 63]) <= (lid))) & (((v5) ^ (gid))))) ? ((((!(v4))) & (v6))) : (udiv_ulong(max((ulong)(lid), (ulong)(i10)), rotate((int)(i10), (int)(v9)))))) & (((((0x7ul) >> ((((v9) != (in[(lid) & 63]))) & 63))) >> ((min((uchar)(((in[((~(v6))) & 63]) << ((015) & 31))), (uchar)(3429151611))) & 63))));
                v7 = ((char)(((max((long)(v6), (long)(((long)(gid))))) == (90l))));
                break;
            }
            case 6: {
                if (((sneg_int(clz((uchar)(v6)))) ? (((char)(helper1(i10, i10, i10)))) : (((uint)((~(i10))))))) {
                    ulong v12 = ((0xB7C49FA93F6323BDu) ? (v4) : (((((uchar)(((v9) >= (v7))))) >> ((((smul_long(50534L, v8)) ? (v6) : (in[(i10) & 63]))) & 31))));
                    v7 = (~(15U));
                } else {
                    v8 = helper1(v11, ((((((v8) > (0x8001l))) & ((~(1005273695ul))))) && (((sdiv_long(0x92C1A470, 0x26dbf5109e3233ddl)) ? (v8) : (((short)(v11)))))), (~(((int)((-(in[(lid) & 63])))))));
                    v6 = rotate((uint)((!(helper1((-(v11)), ((v5) == (4713ul)), ((long)(v11)))))), (uint)(v6));
                    v8 = ((((((0x84L) - (abs((ulong)(i10))))) ? (((v5) ? ((!(v5))) : (v4))) : ((-(((ulong)(gid))))))) < (((lid) < (((v9) >> ((((v11) ? (i10) : (v9))) & 31))))));
                }
                if (((udiv_uint(rotate((int)(in[(v5) & 63]), (int)(in[(v8) & 63])), ((in[(((v6) ? (v6) : (v4))) & 63]) | (lid)))) ? (((((v11) * (v9))) != (helper1(gid, v7, in[(i10) & 63])))) : (((((013u) - (in[(((v6) & (0x10UL))) & 63]))) > (0456032760740617545367UL))))) {
                    switch ((clamp((ushort)(((udiv_uint(v9, v9)) | ((-(v9))))), (ushort)7700UL, (ushort)8202UL)) & 7) {
                    case 2: {
                        char v13 = ((short)(abs((short)(gid))));
                    }
                    }
                }
                break;
            }
            default: {
                v5 = helper1(((v4) & (v4)), (-(((ulong)(helper1(v11, v8, 0677))))), helper1(in[(sadd_long(0x2BB, 0x5EF17B9B13BE4645)) & 63], min((char)(((15098) == (041071ul))), (char)(((v7) != (v6)))), smul_long(ssub_long(017777777776l, gid), helper1(v9, in[(max((ulong)(v7), (ulong)(v7))) & 63], 4294967296L))));
            }
            }
        } else {
            v5 = lid;
        }
    }
    double d14 = fma((sqrt(fabs((-689.1))) + fma((double)(v4), (double)(v7), (double)(v4))), (((double)(lid) / (double)(lid)) / ((-61.1) * (703.1) + (647.5))), (sqrt(fabs((233.0))) + ((double)(gid) - (double)(v5))));
    double d15 = ((double)(v9) + (d14 + ((double)(lid) * d14 + (double)(v4))));
    float f16 = ((((-416.5f) + (float)(v8)) + ((float)(v5) / (579.3f))) * (-607.0f) + (((float)(v5) - (float)(lid)) * fma((158.0f), (float)(v6), (914.25f)) + fma((float)(gid), (float)(v6), (-664.5f))));
    double d17 = d14;
    float f18 = ((sqrt(fabs(f16)) * fma(f16, f16, f16)) * (fma(f16, (-696.0f), (-367.1f)) * ((float)(lid) + (float)(v4)) + sqrt(fabs((-376.5f)))) + (sqrt(fabs(f16)) + ((946.75f) - f16)));
    d17 = ((((-571.25) / d17) * fma(d14, d15, d14)) + ((d15 + d14) * ((-328.25) + (double)(v9))));
    d15 = sqrt(fabs(((d14 + (double)(v4)) * ((59.0) + (double)(lid)))));
    f18 = (fma((f16 - (float)(v6)), (float)(v5), ((823.0f) - (45.75f))) / fma(f18, ((float)(v7) * f16), (412.5f)));
    uint fc18 = (f16 != f16) ? 1u : 0u;
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, isnan(d14) ? 0x7FF8000000000000UL : as_ulong(d14));
    h = mix(h, isnan(d15) ? 0x7FF8000000000000UL : as_ulong(d15));
    h = mix(h, isnan(f16) ? 0x7FC00000UL : (ulong)as_uint(f16));
    h = mix(h, isnan(d17) ? 0x7FF8000000000000UL : as_ulong(d17));
    h = mix(h, isnan(f18) ? 0x7FC00000UL : (ulong)as_uint(f18));
    h = mix(h, (ulong)fc18);
    out[gid] = h;
}
