// compiler-diff finding: reference-miscompile
// seed: 3000398 mode: barrier
// expected-hash: 0x681cbad321ba0cd8
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xffa499f03b9e8e58
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x681cbad321ba0cd8
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x681cbad321ba0cd8
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x681cbad321ba0cd8
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
ulong helper1(char p0, ushort p1, char p2) {
    long v2 = 01106L;
    p1 = ((ulong)(sneg_int(p2)));
    p2 = ((((0xFFFFFFFFFFFFFFFE) >> ((((long)(min((ushort)(p0), (ushort)(p0))))) & 63))) < (((((((p0) < (39568U))) ? (((0xFFFFFFFFFFFFFFFEu) <= (p1))) : (((p0) >= (p1))))) ? (p1) : ((((~(p0))) && (((char)(p2))))))));
    p0 = ((char)(((((max((int)(p2), (int)(p1))) ? (p1) : (0x8000UL))) | (v2))));
    p0 = v2;
    return min((uchar)(2492100070L), (uchar)(((((char)(p1))) | (sneg_int(p2)))));
}
ushort helper3(ushort p0, uchar p1) {
    uint v4 = ((p1) ? (((((helper1(16280094845342944037U, p1, p1)) ? (((p0) ? (p0) : (0xe37ce375u))) : (((int)(p1))))) ^ (0x55ada2b2l))) : (abs((int)(((((p0) ? (p1) : (01u))) & (sneg_int(p1)))))));
    p1 = ((v4) * (mul_hi((int)(clz((short)(((v4) ? (0x1D64E30996E2F68Au) : (p0))))), (int)(p1))));
    p0 = 0x6;
    p0 = ((((umod_uint(v4, abs((char)(p0)))) ? (min((ushort)(mul_hi((uint)(6699u), (uint)(01310306036ul))), (ushort)(((ushort)(p0))))) : (((clz((uchar)(0611ul))) ? (udiv_ulong(01264640137316367050176L, v4)) : (((072326U) * (v4))))))) <= (((((((046377UL) ? (52093) : (p0))) > (p1))) >= (((helper1(p1, p1, v4)) ? (((p1) && (p0))) : (((0xe598UL) ? (p1) : (v4))))))));
    return (-(helper1(((p1) != (p0)), ((v4) ? (0x10aul) : (v4)), ((p1) ? (p1) : (p1)))));
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
    char v5 = umod_ulong(((((lid) * (((gid) ? (14) : (in[(lid) & 63]))))) + (((((uint)(gid))) ^ (((2838969383ul) ? (gid) : (60890UL)))))), 05u);
    int v6 = mul_hi((int)(((((((ulong)(lid))) ? (877U) : (lid))) + (sshl_int(((gid) < (0374UL)), (((ulong)(077777))) & 31)))), (int)((!(((((2169679329u) + (0x8f414e184b944f1e))) ? (mul_hi((int)(23801), (int)(in[((-(lid))) & 63]))) : (v5))))));
    int v7 = lid;
    int v8 = sneg_int(v5);
    ulong v9 = v8;
    v7 = mul_hi((int)(helper1(((uchar)(0525ul)), smod_int(rotate((int)(in[(((uchar)(gid))) & 63]), (int)(in[(((v6) >> ((in[(v8) & 63]) & 31))) & 63])), (!(in[((-(gid))) & 63]))), ((int)(0xC443)))), (int)(((ushort)(umod_uint(((v6) ? (v8) : (in[(545347630UL) & 63])), lid)))));
    tile[lid] = (uint)(((ssub_long(rotate((int)(v7), (int)(gid)), ((0xffffffffffffffffL) ? (449L) : (v8)))) ? (min((char)(((v7) != (gid))), (char)(in[(((v6) || (lid))) & 63]))) : (helper3(((v9) ? (v6) : (v5)), ((v6) <= (v5))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v9 ^= (ulong)tile[(lid + 1u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v5 = 0xdu;
    v7 ^= (int)(sshl_long((~(((016L) | (9u)))), (020000000000l) & 63));
    for (int i10 = 0; i10 < (int)(in[(gid + 9u) & 63u] & 3u); i10++) {
        v7 = v8;
        v5 = ((0x112E5F6F) > (clamp((ushort)((~(i10))), (ushort)443UL, (ushort)32767UL)));
    }
    v8 = ((((((sneg_int(v7)) < (((0xB67AU) >= (v5))))) > (umod_ulong((~(64300ul)), ((65534U) & (0x7FL)))))) > (v7));
    uchar v11 = ((helper3(umod_uint(((v8) * (gid)), ((v6) ? (v8) : (0x1))), (~(((gid) ^ (lid)))))) ? (lid) : (abs((int)(helper3((!(v8)), lid)))));
    for (int i12 = 0; i12 < (int)(in[(gid + 6u) & 63u] & 3u); i12++) {
        long v13 = clz((uchar)(min((ushort)(((in[(gid) & 63]) - (helper1(05l, i12, v11)))), (ushort)(((clz((ushort)(gid))) == ((!(v8))))))));
        v6 = ((ulong)(((uint)(lid))));
        v11 = ((int)(25728l));
    }
    tile[lid] = (uint)(v5);
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (int)tile[(lid + 4u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v7 = clamp((long)((((!(((0x14801A45A87E7923u) ? (v7) : (v5))))) ? ((~(((0x12) ? (0x1) : (0110065))))) : (((uint)(helper3(in[(sshl_int(v5, (in[(((char)(4110899261UL))) & 63]) & 31)) & 63], gid)))))), (long)5L, (long)459L);
    tile[lid] = (uint)(min((short)(gid), (short)(umod_uint(((2257671598u) ? (037172417130u) : (gid)), ((v5) != (v9))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v7 ^= (int)tile[(lid + 14u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int r14 = 0; r14 < 3; r14++) {
        tile[lid] = (uint)v9 + (uint)r14;
        barrier(CLK_LOCAL_MEM_FENCE);
        v9 ^= (ulong)(tile[(lid + 2u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v8 = ((uint)(((((long)(((long)(in[(popcount((int)(v11))) & 63]))))) ? ((!(in[(((gid) ? (in[(0x373) & 63]) : (0150ul))) & 63]))) : (((long)(udiv_uint(01104U, v5)))))));
    v5 = helper1(((in[(helper1(gid, v7, v6)) & 63]) == (((((in[(v9) & 63]) - (7511438778713447414UL))) <= (255U)))), ((2490510643046330994L) >> ((max((uint)(((gid) - (v8))), (uint)(((gid) >= (v5))))) & 63)), lid);
    for (int i15 = 0; i15 < (int)(in[(gid + 15u) & 63u] & 3u); i15++) {
        switch ((gid) & 7) {
        case 4: {
            if ((~(v6))) {
                v9 = sneg_int(i15);
                v6 = v11;
            }
            break;
        }
        case 5: {
            v8 = v11;
            break;
        }
        case 7: {
            ushort v16 = clamp((ushort)(helper1(sneg_long(((lid) ? (0677320676644363037220) : (v6))), v11, max((ulong)(0x8FF655F1U), (ulong)(((char)(v8)))))), (ushort)3UL, (ushort)20229UL);
            break;
        }
        }
        v7 = ((((sshl_int(max((char)(in[(rotate((int)(in[(((short)(v11))) & 63]), (int)(lid))) & 63]), (char)(7L)), (((in[(clz((ushort)(v9))) & 63]) ^ (0377l))) & 31)) <= (((v11) ? (sneg_int(0xd)) : (((uchar)(gid))))))) ? (((min((uint)(v11), (uint)(v6))) < (((uint)((!(v5))))))) : (((((6) ? (((v5) > (lid))) : (v8))) == (sneg_long(((v7) ? (v6) : (3953312177909939940l)))))));
        switch ((abs((char)((((~(v11))) ? (((v8) ? (lid) : (gid))) : (smod_int(v7, v11)))))) & 7) {
        case 5: {
            v7 = (((!(((((0177) ? (v7) : (v8))) & (v8))))) | (((020U) && (gid))));
        }
        }
        if ((-(helper1(v11, v11, in[(helper1(v5, in[(max((short)(v8), (short)(in[(v8) & 63]))) & 63], i15)) & 63])))) continue;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v11);
    out[gid] = h;
}
