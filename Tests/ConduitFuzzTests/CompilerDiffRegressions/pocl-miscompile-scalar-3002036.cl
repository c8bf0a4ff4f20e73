// compiler-diff finding: reference-miscompile
// seed: 3002036 mode: scalar
// expected-hash: 0x1fa2d004b54a892a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x959d08421e9e12ec
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x1fa2d004b54a892a
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x1fa2d004b54a892a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x1fa2d004b54a892a
// Conduit compiler-diff, mode scalar
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
ushort helper1(ushort p0) {
    p0 = ((p0) ? (((sshl_int(sshl_int(p0, (0xf32fU) & 31), (((p0) & (p0))) & 31)) && (mul_hi((uint)(((p0) > (p0))), (uint)((!(01317))))))) : (mul_hi((int)(((((p0) || (p0))) < (p0))), (int)(abs((ulong)(32767))))));
    p0++;
    for (int i2 = 0; i2 < 1; i2++) {
        p0 = (((~(((((256U) > (12U))) ? (0x9C37ED76u) : (i2))))) ? ((((((~(i2))) ? (((p0) < (i2))) : (sdiv_int(i2, p0)))) >> ((((uchar)(((i2) > (i2))))) & 31))) : (70UL));
        for (int i3 = 0; i3 < 0; i3++) {
            short v4 = (~(((uchar)(i3))));
            if (smul_int(i3, sneg_int(v4))) continue;
            p0 >>= ((ushort)(sneg_int(ssub_int(clamp((short)(v4), (short)(-19591L), (short)195L), ((uchar)(i2))))) & 31);
        }
        p0 = 129ul;
    }
    return ((((short)(p0))) ? (((ssub_int(p0, p0)) >> ((51527l) & 31))) : (((ssub_int(p0, p0)) && (((p0) >> ((013022065032l) & 31))))));
}
int helper5(uchar p0, int p1, short p2) {
    char v6 = mul_hi((int)(((abs((long)(((p2) ? (4682989181388925924l) : (p2))))) ? (sneg_int(p0)) : (p2))), (int)(helper1(38263)));
    for (int i7 = 0; i7 < 1; i7++) {
        p2 = p2;
        char v8 = ((((helper1(((035647ul) ^ (v6)))) < (v6))) ? (smod_int(helper1(((uchar)(i7))), popcount((int)(smul_int(0x30C8, p0))))) : (sneg_int(p2)));
        long v9 = (!(v6));
    }
    return (((!(p2))) || (v6));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v10 = sneg_int(((((helper5(gid, gid, 0xF9C8A5F9994904FB)) == (rotate((int)(lid), (int)(gid))))) || (((((lid) >> ((lid) & 31))) ? (gid) : (lid)))));
    char v11 = (-(((lid) ^ (((((0x6B745D30A9F1CE25L) + (1972871565ul))) > ((~(v10))))))));
    long v12 = lid;
    short v13 = ((01524U) ? (667) : (((0x2) ? (((int)(((v11) ? (lid) : (gid))))) : ((~((!(gid))))))));
    uchar v14 = ((sneg_int(((sneg_int(v11)) ? (((0x52) || (v10))) : (((v10) >= (in[((~(lid))) & 63])))))) ? (abs((char)(v10))) : (helper5(((((gid) + (lid))) & (((04664320254UL) ? (v11) : (in[(((lid) & (01445250472600347253112))) & 63])))), ((v10) != (v11)), ((((int)(8340299526634792016UL))) | (((in[(v13) & 63]) <= (1369099021L)))))));
    int a15[8] = {((((gid) != (lid))) + (umod_uint(v14, in[(((01753063433215531242166UL) ? (v14) : (v11))) & 63]))), ((smod_long(0x6C8D6D6FD30FC81D, v12)) ? (v10) : ((!(v10)))), udiv_uint(((gid) * (52610u)), ((0522) > (lid))), ((clamp((uint)(11l), (uint)2UL, (uint)6920UL)) * (((in[(01705L) & 63]) ? (in[((-(lid))) & 63]) : (in[(helper5(020l, v13, v11)) & 63])))), ((v11) >> ((clz((uint)(v10))) & 31)), ((sneg_int(v13)) | (((gid) || (v10)))), ((ushort)(((uint)(0230377247127763713660l)))), v10};
    if (((((int)(((5L) | (v10))))) | (lid))) {
        if (((01372765262306025767750L) ? (helper1((-(6UL)))) : (sneg_int(smul_int(v11, v11))))) {
            v13 = v11;
        } else {
            int v16 = 724;
        }
    } else {
        a15[(((char)((!(0xe4f5c0c9af257e31l))))) & 7] = ((2383045026U) < ((-(in[(((gid) > (312198522U))) & 63]))));
    }
    v10 = ((sneg_int(popcount((short)(((2147483649) ? (a15[((!(020000000000UL))) & 7]) : (v13)))))) >= (((012656560077237431162u) && ((((~(gid))) ? (((v11) ? (v13) : (a15[(366UL) & 7]))) : (lid))))));
    if (min((short)(max((char)(v10), (char)(in[(popcount((char)(0x7L))) & 63]))), (short)(((char)(((uint)(lid))))))) {
        uint w17 = 0u;
        do {
            w17++;
            if (((((((v10) == (v10))) * (rotate((uint)(a15[(((0x52l) == (0x6ddc7b2aU))) & 7]), (uint)(v12))))) && (in[(((lid) <= (v13))) & 63]))) {
                v10 = mul_hi((uint)(udiv_ulong(((long)(((uint)(gid)))), 06215622331ul)), (uint)((!(v13))));
            } else {
                v14--;
                v14 = smod_int(a15[(((129UL) || (020000000001ul))) & 7], rotate((int)(((((0xfffffffful) ? (v14) : (a15[((~(127l))) & 7]))) ^ ((!(v13))))), (int)(helper5(017011731261U, ((v11) | (a15[(((uint)(254u))) & 7])), ((gid) > (v14))))));
                uint w18 = 0u;
                while (w18 < 2u) {
                    w18++;
                    short v19 = ((max((char)((((!(gid))) ? (((long)(gid))) : (((v12) ? (v13) : (a15[(helper1(in[(lid) & 63])) & 7]))))), (char)(((umod_ulong(in[(((07) ^ (gid))) & 63], 016ul)) ? (gid) : (((a15[((~(a15[(((ulong)(0xD18E184EL))) & 7]))) & 7]) >> ((03u) & 31))))))) != (0xB724849AUL));
                    if (((gid) ? (((int)(040000000000ul))) : (((v11) >= (gid))))) break;
                }
            }
            v14 = ((helper1(((((017) ? (v11) : (01335361320016315666113ul))) ? (((v12) == (01151057370733573345337u))) : (max((long)(lid), (long)(0743l)))))) != (((smod_long(035527220603U, v12)) ? (abs((ushort)(max((uint)(0x2FEul), (uint)(in[(((lid) | (60U))) & 63]))))) : (((((0xf) == (in[(((v10) < (v10))) & 63]))) >> ((((a15[(((uint)(017U))) & 7]) == (lid))) & 31))))));
        } while (w17 < 3u);
        v10 = ((ushort)(((helper1(((lid) << ((07741U) & 31)))) >> ((v14) & 31))));
        v10 &= (uchar)(sshl_int(helper5(lid, ((v14) ? (v12) : (0x3cd)), (~(gid))), (lid) & 31));
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a15[e]);
    out[gid] = h;
}
