// compiler-diff finding: reference-miscompile
// seed: 40411 mode: vector
// expected-hash: 0x7022d87579cf5125
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x6d20645e7e82bf48
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x7022d87579cf5125
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x7022d87579cf5125
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x7022d87579cf5125
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
char helper1(uchar p0, char p1) {
    uint v2 = p0;
    if (((p1) == ((!((~(0xCl))))))) {
        p1 = sshl_int(((((ushort)(((v2) ? (p1) : (p1))))) >> (((!(sneg_int(p0)))) & 31)), (v2) & 31);
    } else {
        if (((((p1) ? (sneg_int(p0)) : (p1))) != (((((v2) * (p1))) ? (mul_hi((int)(p1), (int)(v2))) : (((v2) ? (v2) : (p1))))))) {
            switch ((((abs((uint)(v2))) < (v2))) & 7) {
            case 3: {
                v2 = abs((uchar)(((((uint)((-(0x80000001U))))) != (0xBBC2079833785316ul))));
                p0 = ((v2) || (0x3738AF97B3669544U));
            }
            }
        } else {
            v2 = v2;
            for (int i4 = 0; i4 < 4; i4++) {
                p1 = (!(p1));
                if (((udiv_ulong(i4, 0x415CACUL)) ? (01164) : (umod_uint(v2, i4)))) goto L3;
                v2 = (!(p1));
            }
            L3: ;
            p1 = p0;
        }
    }
    return p0;
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v5 = (~(popcount((int)(ssub_int(helper1(0xD0B920359E04FCB, gid), helper1(845U, lid))))));
    uint v6 = ((((((gid) ? (((0xF722UL) ^ (lid))) : (abs((long)(0x8000000000000000))))) ? (((short)(min((uchar)(lid), (uchar)(gid))))) : (((((lid) <= (gid))) | (rotate((int)(13), (int)(lid))))))) <= (((uchar)(mul_hi((int)(helper1(4277133169u, gid)), (int)(max((ulong)(gid), (ulong)(0xCul))))))));
    int v7 = ((uint)((!(lid))));
    uchar v8 = in[(clamp((short)(lid), (short)(-10646L), (short)28284L)) & 63];
    short8 vec9 = (short8)((short)(sneg_int((~(v7)))), (short)(((char)((~(055404650614642561523))))), (short)(((clamp((long)(0x0ul), (long)50578L, (long)3836512930L)) > (((v7) & (in[(((v5) ? (v7) : (gid))) & 63]))))), (short)(abs((short)(v6))), (short)(((((v5) ? (lid) : (in[(rotate((int)(v8), (int)(v8))) & 63]))) >= (clamp((ushort)(lid), (ushort)21201UL, (ushort)65534UL)))), (short)(((((lid) <= (gid))) ? (((v8) ^ (v8))) : (24949u))), (short)((!(((v5) ? (v5) : (0x21CU))))), (short)((!(((v7) >> ((v6) & 31))))));
    char v10 = ((char)(ssub_int(((v5) && (((ulong)(v6)))), ((((int)(v7))) ? (((gid) || (in[(((01134l) ? (in[((~(0xfd7915f4bf4e4cc5ul))) & 63]) : (vec9.s1))) & 63]))) : (helper1(lid, v5))))));
    v5 = umod_ulong(0x7ffeUL, vec9.s6);
    uint g12 = 0u;
    L11: {
        g12++;
        v5--;
        v7 = ((ulong)(rotate((int)((((!(v10))) == (v6))), (int)(((((v7) ? (v5) : (v8))) ? (0x80) : (((int)(0xB73FU))))))));
    }
    if (g12 < 3u && (((((v7) <= (020235261350))) < (helper1(0x3C3CCF80, in[(v10) & 63]))))) goto L11;
    if (sshl_long(clamp((long)((!(01u))), (long)14L, (long)922L), (helper1(gid, clz((ushort)(v10)))) & 63)) {
        v10 = ((helper1(((((lid) ? (217061042U) : (0777777777777777777777u))) != (((v8) ? (vec9[(min((uchar)(in[(((ulong)(0xf13eU))) & 63]), (uchar)(vec9.s3))) & 7]) : (in[(helper1(vec9.s3, 055215UL)) & 63])))), v7)) == (((ulong)(min((ushort)(((v10) >= (in[(0165554415002640021567UL) & 63]))), (ushort)(v6))))));
        v8 = (~(clamp((ulong)(umod_uint(vec9[(smod_int(v7, v8)) & 7], in[(helper1(0u, 0x52u)) & 63])), (ulong)3UL, (ulong)323UL)));
        v5 = clz((ushort)(v6));
    }
    uint v13 = v8;
    vec9 = min(vec9, vec9);
    if (((((uint)(((in[(sshl_int(10, (v6) & 31)) & 63]) <= (lid))))) ? (((v7) > (((v10) == (v5))))) : (0154150UL))) {
        --v8;
    }
    v5 >>= ((uchar)(v13) & 31);
    vec9.s3 = (short)(((((v5) > (((v6) ? (vec9.s7) : (gid))))) * ((~((-(lid)))))));
    v6 &= (uint)(vec9.s7);
    v6 = v5;
    uint v14 = (~(((((int)(((v7) > (v6))))) == (max((int)(((v7) ? (v7) : (86434787l))), (int)(v5))))));
    vec9 = vec9 ^ (short)(v13);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)vec9.s0);
    h = mix(h, (ulong)vec9.s1);
    h = mix(h, (ulong)vec9.s2);
    h = mix(h, (ulong)vec9.s3);
    h = mix(h, (ulong)vec9.s4);
    h = mix(h, (ulong)vec9.s5);
    h = mix(h, (ulong)vec9.s6);
    h = mix(h, (ulong)vec9.s7);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    out[gid] = h;
}
