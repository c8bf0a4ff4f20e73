// compiler-diff finding: reference-miscompile
// seed: 41807 mode: barrier
// expected-hash: 0x4428902a5a087f45
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xe01da15b90974e76
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x4428902a5a087f45
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x4428902a5a087f45
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x4428902a5a087f45
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
uint helper1(short p0, char p1) {
    ulong v2 = sadd_int(((((((0147366UL) > (p1))) || (((p1) ? (p1) : (p1))))) & (((short)(p1)))), ((((p0) >= (((short)(p0))))) <= (((ulong)(abs((ulong)(p1)))))));
    int v3 = clz((uint)(((p1) ? (0xde23) : (min((char)(v2), (char)((~(0x3ul))))))));
    p1 = ((((((v2) ? (((ulong)(026012013152UL))) : (min((char)(v2), (char)(0x7ffffffffffffffeul))))) ? (sadd_int(rotate((int)(p1), (int)(p0)), abs((short)(v2)))) : (((ulong)(max((short)(v3), (short)(p1))))))) - (clz((uint)(((((0132302u) ? (p0) : (p0))) && (((0x904cf8f86cb7db9aUL) != (30939U))))))));
    return v2;
}
ushort helper4(char p0, uint p1) {
    p1 = p1;
    p0 = ((((((ulong)(((p0) ? (p1) : (p1))))) & (clamp((int)(((p1) < (681L))), (int)1830123933L, (int)2147483647L)))) - (helper1(((52067l) <= (((int)(p1)))), max((uchar)(rotate((int)(01437012520L), (int)(p1))), (uchar)(p1)))));
    p1 = ((popcount((int)(((sneg_int(5)) ? (((p0) ? (p0) : (p0))) : (sshl_int(p0, (p0) & 31)))))) == ((!(((smul_int(p0, 0xe)) < (((char)(p1))))))));
    for (int i5 = 0; i5 < 4; i5++) {
        p1 = ((129u) <= (p0));
        uint w6 = 0u;
        do {
            w6++;
            p1 = ((((((i5) >> ((helper1(0u, i5)) & 31))) >= (((mul_hi((int)(p1), (int)(5l))) ? (((ulong)(p1))) : (clamp((uint)(127U), (uint)869UL, (uint)1129575594UL)))))) ^ ((!(i5))));
        } while (w6 < 3u);
        p1 = ((abs((long)(clamp((char)(i5), (char)(-39L), (char)123L)))) ? (((char)(i5))) : (sadd_int(((0x18fl) ? (p0) : (((p1) < (p1)))), i5)));
        if (0xDUL) continue;
    }
    return (((~((!(01566031221225161506502ul))))) == ((~(sadd_int(p0, p0)))));
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
    uint v7 = lid;
    char v8 = ((0x11734564l) <= (0x4c8abdf053e042b5));
    uchar a9[8] = {((gid) > (((ushort)(gid)))), ((v8) != (helper4(lid, gid))), udiv_uint(((char)(0x6)), ((lid) ? (gid) : (lid))), v8, ((((long)(lid))) == (((in[((~(v7))) & 63]) ? (v8) : (v8)))), ((in[(((gid) ? (v7) : (01257611740252510545430U))) & 63]) | (v8)), helper4(((uchar)(0x5UL)), in[(((lid) * (v8))) & 63]), ((((lid) | (in[(rotate((uint)(gid), (uint)(in[(0xcac1c9f8l) & 63]))) & 63]))) ? ((-(gid))) : (sneg_long(0l)))};
    if (0x8fb2U) {
        v8 = (-(umod_ulong(0x99a11c0d0ad07387l, ((((long)(in[(((lid) == (0610643671625445743231UL))) & 63]))) ? (in[(udiv_uint(v7, in[(max((uchar)(0x388UL), (uchar)(v7))) & 63])) & 63]) : (((lid) ? (0x80UL) : (lid)))))));
    }
    ulong v10 = max((long)((((-(0x298UL))) << ((in[(((v7) || (gid))) & 63]) & 63))), (long)(((int)(((uint)(min((ushort)(v7), (ushort)(in[(helper1(lid, in[(a9[(a9[((-(uint)(016))) & 7]) & 7]) & 63])) & 63]))))))));
    for (int r11 = 0; r11 < 1; r11++) {
        tile[lid] = (uint)v8 + (uint)r11;
        barrier(CLK_LOCAL_MEM_FENCE);
        v8 ^= (char)(tile[(lid + 7u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    for (int r12 = 0; r12 < 2; r12++) {
        tile[lid] = (uint)v10 + (uint)r12;
        barrier(CLK_LOCAL_MEM_FENCE);
        v10 ^= (ulong)(tile[(lid + 10u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    uint g14 = 0u;
    L13: {
        g14++;
        a9[(0xbbff85204f06c25a) & 7] = gid;
        switch ((in[(((gid) ? (v7) : (in[(a9[(a9[(clamp((uchar)(lid), (uchar)148UL, (uchar)238UL)) & 7]) & 7]) & 63]))) & 63]) & 7) {
        case 2: {
            v8 &= (char)((!(((ushort)(((in[(clz((ushort)(gid))) & 63]) < (in[(v7) & 63])))))));
        }
        default: {
            v7 = 0x4E56AF59B52E7147ul;
        }
        }
    }
    if (g14 < 1u && (((ushort)(((gid) ? (a9[(((ushort)(63900L))) & 7]) : (a9[((!(11ul))) & 7])))))) goto L13;
    uint w15 = 0u;
    do {
        w15++;
        uchar v16 = v8;
        v7 = sneg_long(((long)(((uint)(clamp((long)(gid), (long)5L, (long)2147483648L))))));
    } while (w15 < 1u);
    a9[(((lid) < (gid))) & 7] = v10;
    short v17 = 021052UL;
    v17 = ((helper4(0777777777777777777777U, ((((char)(0x193l))) ? (0) : (in[(min((uchar)(0x1D9L), (uchar)(gid))) & 63])))) ? (umod_uint(sneg_int(((v8) >> ((v10) & 31))), ((((0x8l) & (v7))) ? (helper1(a9[(((6UL) ^ (0211731026722066541075L))) & 7], v7)) : (((v8) ? (v8) : (011)))))) : ((!(((mul_hi((int)(v7), (int)(a9[(min((ulong)(v7), (ulong)(in[(((v10) << ((v10) & 63))) & 63]))) & 7]))) > (03l))))));
    char v18 = a9[((~(in[(((v10) != (a9[(((v17) ? (lid) : (v8))) & 7]))) & 63]))) & 7];
    v10 = ((((((helper1(0135070UL, v10)) * (((v17) == (v17))))) + (v7))) - ((-(mul_hi((uint)(((v18) & (v8))), (uint)(v8))))));
    for (int i19 = 0; i19 < 2; i19++) {
        for (int i20 = 0; i20 < (int)(in[(gid + 25u) & 63u] & 3u); i20++) {
            v17 = min((ushort)(((short)(((umod_ulong(v10, i19)) ? (((3882513504) ? (i19) : (v17))) : (((int)(lid))))))), (ushort)(((uchar)(((i20) || (((i20) ? (v10) : (v18))))))));
            a9[(((int)(((short)(3634970300L))))) & 7] = 0x63L;
        }
        uint w21 = 0u;
        while (w21 < 3u) {
            w21++;
            if (umod_ulong(((((uchar)(in[(((ushort)(0x32e49cb9cff09fa6U))) & 63]))) ? (((v10) ? (gid) : (0xFD53ul))) : (((v18) ? (in[(((a9[(((0x8D46B2CFCDCF6417) & (0xC84336CB21DB7416))) & 7]) == (v10))) & 63]) : (v18)))), min((ushort)((!(v17))), (ushort)(mul_hi((uint)(v8), (uint)(v7)))))) {
                int v22 = ((((short)(v7))) <= (v17));
                v17 = ((popcount((uint)(a9[(((v17) ? (v7) : (lid))) & 7]))) & (clamp((long)((~(clamp((long)(a9[(helper1(a9[(((long)(0l))) & 7], in[(in[(v22) & 63]) & 63])) & 7]), (long)5L, (long)127L)))), (long)(-1005070089058810525L), (long)32767L)));
                uint g24 = 0u;
                L23: {
                    g24++;
                    a9[(((((char)(lid))) ? (((gid) << ((v18) & 31))) : (sneg_int(6)))) & 7] = ((helper4(((017177131545ul) ? (lid) : (gid)), smul_long(0xFFFFFFFFl, a9[(((int)(0x11))) & 7]))) > (v10));
                    switch ((sneg_int(((char)((!(a9[((-(0x5u))) & 7])))))) & 7) {
                    case 0: {
                        a9[((!((-(4294967294ul))))) & 7] = sneg_int(v8);
                        break;
                    }
                    default: {
                        v10 *= (ulong)(((i19) || ((~(((a9[((~(12L))) & 7]) >> ((in[(((in[(v22) & 63]) || (2153UL))) & 63]) & 31)))))));
                    }
                    }
                }
                if (g24 < 3u && (((v22) == (((v22) ? (lid) : (v22)))))) goto L23;
            }
        }
        if (((((ushort)(v17))) ? (01056u) : (((a9[(((uint)(841))) & 7]) <= (a9[(smod_int(a9[(((in[(((v18) & (a9[((-(13808475644625408141u))) & 7]))) & 63]) ? (in[(((0xa67910454a8c748ful) || (989ul))) & 63]) : (129l))) & 7], v18)) & 7]))))) break;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a9[e]);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v17);
    h = mix(h, (ulong)v18);
    out[gid] = h;
}
