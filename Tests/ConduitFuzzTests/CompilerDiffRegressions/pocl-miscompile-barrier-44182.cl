// compiler-diff finding: reference-miscompile
// seed: 44182 mode: barrier
// expected-hash: 0xc5b4d7522e835d90
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x2835d5dc682bd34
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xc5b4d7522e835d90
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xc5b4d7522e835d90
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xc5b4d7522e835d90
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
ulong helper1(uint p0, int p1) {
    switch ((((ulong)(((ulong)(max((short)(p0), (short)(p1))))))) & 7) {
    case 3: {
        {
            if (sshl_int(((char)(p0)), (p0) & 31)) goto L2;
            for (int i3 = 0; i3 < 2; i3++) {
                p1 = 2993565736u;
                p0 += ((uint)(((char)(((((p0) + (p0))) ? (i3) : (((long)(p0))))))) & 31);
                p0 >>= ((uint)(((short)(p0))) & 31);
            }
            short v4 = ((((p0) * (((uint)(clamp((uint)(p1), (uint)665UL, (uint)2147483646UL)))))) ? (((((((short)(p0))) > (0xecc4U))) ? (p0) : (013755l))) : (((short)(((18446744073709551615u) + (03l))))));
        }
        L2: ;
        p1 = p1;
    }
    }
    return udiv_uint((-((-(p0)))), ((uchar)(p1)));
}
int helper5(short p0, uint p1) {
    p1 = sneg_int(((p1) ? (((((p0) < (p0))) && (((p1) ? (p1) : (p1))))) : (((((p0) >> ((p1) & 31))) >= (((p0) ^ (014703ul)))))));
    short a6[8] = {rotate((int)(udiv_uint(p1, p0)), (int)(((uchar)(01723450745763573536053)))), ((((p0) >> ((p1) & 31))) + (((077777u) ? (p1) : (p1)))), ((p1) << ((((p1) >= (0xaUL))) & 31)), ((p1) >= (mul_hi((uint)(p0), (uint)(p0)))), p1, ((sneg_int(p0)) | (((p0) >= (p0)))), ((((char)(p1))) ? ((!(p1))) : (((long)(p1)))), ((p1) >> ((18446744073709551614U) & 31))};
    switch ((((p0) + (helper1(((065054) ? (0151225L) : (p1)), ((p0) * (0113602UL)))))) & 7) {
    case 4: {
        p0 = p0;
    }
    case 5: {
        p1 *= (uint)(helper1(((char)((~(p0)))), a6[(a6[(1186460419L) & 7]) & 7]));
    }
    default: {
        p1 = ((((uchar)(sneg_int(((p1) ? (p0) : (a6[(((046355L) > (0x858Cl))) & 7])))))) < ((((-(3522408368ul))) ? (((helper1(01317357663035110133435u, p1)) < (((uchar)(0x1b2))))) : (min((short)(abs((ushort)(p1))), (short)(((a6[(((long)(p1))) & 7]) ^ (0xa3a411c6b7f02d75))))))));
    }
    }
    return 3415948318u;
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
    uint v7 = helper1(((((uchar)((~(lid))))) > (lid)), popcount((uint)(lid)));
    ushort v8 = gid;
    char v9 = 0xFFFFU;
    ushort a10[8] = {v8, ((((gid) ? (v7) : (gid))) == (helper5(v7, v9))), ((((lid) ? (gid) : (v7))) || (((v9) >= (v9)))), ((ushort)(((01427UL) && (gid)))), ((gid) ? (((024766163537ul) << ((0x8000u) & 63))) : (((934l) ? (4) : (gid)))), ((((v7) > (v8))) & (mul_hi((int)(v7), (int)(2L)))), gid, umod_uint(((gid) * (v9)), udiv_uint(v7, lid))};
    for (int i11 = 0; i11 < (int)(in[(gid + 26u) & 63u] & 3u); i11++) {
        v9 = smul_int(((((helper5(v7, 037777777777L)) >> ((v7) & 31))) >= (((int)(a10[(((ulong)(017UL) - (ulong)(0117733043232005237572u))) & 7])))), max((char)(((uint)(((v7) ? (i11) : (lid))))), (char)(((char)((~(v7)))))));
    }
    v7 = clamp((long)(((((long)(((char)(gid))))) != (min((ushort)(v7), (ushort)(helper1(lid, a10[(((ulong)(0x924a) * (ulong)(0x0L))) & 7])))))), (long)127L, (long)36926L);
    v8 >>= ((ushort)(0x32EEF79l) & 31);
    v8 = (ushort)exchange(tile, lid, (uint)((-(in[(((v7) | (4137747432U))) & 63]))), 8u);
    tile[lid] = (uint)(gid);
    barrier(CLK_LOCAL_MEM_FENCE);
    v9 ^= (char)tile[(lid + 3u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int i12 = 0; i12 < (int)(in[(gid + 20u) & 63u] & 3u); i12++) {
        v8 &= (ushort)((-(((((a10[(((lid) ^ (18446744073709551614u))) & 7]) ? (v8) : (v9))) ? (in[(((a10[(0xEA467D95879D5630l) & 7]) < (in[(((a10[(((char)(51253))) & 7]) ? (v9) : (v7))) & 63]))) & 63]) : (lid)))));
    }
    switch ((v8) & 7) {
    case 1: {
        v7 = a10[(0x9818d166ce402093L) & 7];
        for (int i13 = 0; i13 < (int)(in[(gid + 58u) & 63u] & 3u); i13++) {
            v7 = 7594290077499489332u;
            a10[(((uchar)(max((uint)(2651345152UL), (uint)(in[(helper1(210494282, in[(((0x10L) ? (11922603530014714009u) : (a10[(0xAFA616B6l) & 7]))) & 63])) & 63]))))) & 7] = ((ushort)(helper5(((long)(gid)), ((i13) ? (v8) : (in[(((gid) ^ (lid))) & 63])))));
            v8 = 0x9ul;
        }
        break;
    }
    case 4: {
        if (((ulong)(lid))) {
            for (int i14 = 0; i14 < 0; i14++) {
                if (v8) {
                    uchar v15 = v9;
                }
                a10[((~(((v8) || (lid))))) & 7] = ((0x42dbL) ? ((-(((in[(((ulong)(0xac2f307f5103e1d1UL))) & 63]) ? (in[(abs((ushort)(01455L))) & 63]) : (v7))))) : (((a10[(128) & 7]) >= (((01777777777777777777777l) ? (v9) : (gid))))));
                uint w16 = 0u;
                while (w16 < 1u) {
                    w16++;
                    ulong v17 = helper5(((long)((!(gid)))), v9);
                    v9 = ((((long)(v9))) != (in[(abs((short)(v7))) & 63]));
                }
                if (1962036395) break;
            }
            { uint *p = &v7; *p = (*p ^ (uint)(((helper5(v9, a10[((!(0x213ul))) & 7])) ? ((!(v8))) : (v9)))) * 3u + 1u; }
        }
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a10[e]);
    out[gid] = h;
}
