// compiler-diff finding: reference-miscompile
// seed: 3002450 mode: barrier
// expected-hash: 0xf1b5a92d1c077abf
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x8d88f06cbf1982e6
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xf1b5a92d1c077abf
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xf1b5a92d1c077abf
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xf1b5a92d1c077abf
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
uint helper1(uint p0, ulong p1) {
    ulong v2 = p1;
    v2 = ((p0) <= (((((max((uchar)(p0), (uchar)(p1))) >> ((((short)(v2))) & 31))) <= (v2))));
    ushort v3 = p0;
    v3 = smul_long(((long)(p0)), mul_hi((uint)(v2), (uint)(((uchar)(((072572441) ? (v2) : (v3)))))));
    return ((uint)(5UL));
}
uint helper4(int p0) {
    uchar v5 = helper1(((((0350u) | (6097533976451384018))) != (clamp((ushort)(((long)(p0))), (ushort)47000UL, (ushort)65534UL))), umod_ulong(((abs((ulong)(p0))) * (helper1(p0, p0))), ((helper1(p0, 498l)) || (helper1(p0, p0)))));
    p0 = p0;
    p0 = helper1(((smul_int((!(v5)), (~(p0)))) || (v5)), sadd_int(v5, p0));
    v5 >>= ((uchar)(((((smul_int(p0, v5)) & (p0))) > (((((short)(p0))) >> ((p0) & 31))))) & 31);
    v5 = ((((helper1(((33163u) | (p0)), sneg_int(v5))) ? (rotate((int)(ssub_int(p0, v5)), (int)(v5))) : (32769))) ? (((ushort)(((min((char)(p0), (char)(p0))) != (((uint)(v5))))))) : (v5));
    return p0;
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
    uchar v6 = ((udiv_ulong(0x8000000000000000L, 017777777777L)) ? (helper4((~(((gid) ? (lid) : (11993060681554234473U)))))) : (((int)(lid))));
    char v7 = helper1(helper4(gid), helper1(gid, ((ulong)((-(lid))))));
    uint a8[4] = {((helper1(lid, 5L)) <= (v6)), ((v6) ? (((v6) ^ (1500L))) : (gid)), (~(v6)), helper4(popcount((short)(010L)))};
    v6 = (uchar)exchange(tile, lid, (uint)(sadd_int(((char)(((2588777842) ? (v7) : (v7)))), ((short)(min((char)(in[((~(lid))) & 63]), (char)(in[(gid) & 63])))))), 4u);
    v7 &= (char)(((int)(((uchar)(((gid) ? (06UL) : (837UL)))))));
    v7 = ((helper1(((((in[(abs((ulong)(0x877F27D1l))) & 63]) < (a8[(((75) != (01725273710746632622672UL))) & 3]))) <= (((v6) ? (a8[(((uchar)(684U))) & 3]) : (0x8cc5e674b3b09ae8u)))), lid)) < (v7));
    uint v9 = udiv_uint(sneg_int(0x6944708f), helper1(((helper1(0x80000000UL, v6)) == (gid)), ((helper4(v7)) ? (v7) : (udiv_ulong(47214UL, 027616332323L)))));
    if (((0x8UL) ? (sneg_int(((char)(21626)))) : (((long)(min((int)(lid), (int)(a8[((-(0xae7du))) & 3]))))))) {
        uint w10 = 0u;
        do {
            w10++;
            v6 = ((long)((~(42496UL))));
        } while (w10 < 3u);
    } else {
        v6 = 7564l;
    }
    if (sneg_int(clz((uchar)(helper1(v7, in[(helper4(v6)) & 63]))))) {
        switch ((((helper1(4035348768ul, 0x12cl)) ? (((((037526627536u) >= (0x3))) || ((-(in[(abs((char)(v7))) & 63]))))) : (((min((uchar)(in[(((lid) >= (v9))) & 63]), (uchar)(in[(((long)(v6))) & 63]))) ? (clz((int)(gid))) : (mul_hi((uint)(lid), (uint)(0x8u))))))) & 7) {
        case 2: {
            v6 = ((((((a8[((!(013614430524UL))) & 3]) >> ((in[(((v9) * (v6))) & 63]) & 31))) ^ (((short)(((06U) * (33432U))))))) >> ((0643532536434426051362l) & 31));
            break;
        }
        }
        { uint *p = &v9; *p = (*p ^ (uint)(((helper1(0141720U, v9)) + (a8[((-(v9))) & 3])))) * 3u + 1u; }
        v9 = v7;
    } else {
        v7 = ((int)(v9));
    }
    v9 ^= (uint)(clamp((ulong)((-(helper4(lid)))), (ulong)1521UL, (ulong)470286484UL));
    v7 = ((long)(((smul_int(v6, sshl_int(v6, (0x7FFFul) & 31))) ? (helper4((-(a8[(a8[(v7) & 3]) & 3])))) : (((((lid) + (lid))) ? ((~(lid))) : (((020ul) & (gid))))))));
    char v11 = gid;
    for (int i12 = 0; i12 < (int)(in[(gid + 47u) & 63u] & 3u); i12++) {
        v9 = i12;
        uint v13 = ((((a8[(lid) & 3]) == (popcount((uint)((~(0xfL))))))) ? (((((((11796964689831314309ul) ^ (0x7Fl))) <= (mul_hi((uint)(011), (uint)(a8[(((0xBD) ? (144UL) : (i12))) & 3]))))) || (clamp((short)(gid), (short)(-1L), (short)9L)))) : (((in[(((in[(((8789198525145056412ul) ? (gid) : (v9))) & 63]) ? (0xfc52e098L) : (i12))) & 63]) ? (gid) : (clamp((long)((~(i12))), (long)127L, (long)403L)))));
        { uint *p = &v13; *p = (*p ^ (uint)((((~(in[(max((ulong)(gid), (ulong)(0x24B6))) & 63]))) && (64021U)))) * 3u + 1u; }
    }
    if (((lid) && (v6))) {
        v11 = 127U;
    }
    v11 = (char)exchange(tile, lid, (uint)(((uchar)(((long)((~(in[(gid) & 63]))))))), 15u);
    uint v14 = 4;
    v7 = (char)exchange(tile, lid, (uint)(abs((ushort)(sneg_int(((uchar)(v11)))))), 9u);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v14);
    out[gid] = h;
}
