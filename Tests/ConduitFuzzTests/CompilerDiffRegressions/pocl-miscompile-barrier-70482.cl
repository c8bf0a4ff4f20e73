// compiler-diff finding: reference-miscompile
// seed: 70482 mode: barrier
// expected-hash: 0x9718e89da717e97c
// direct pthread-skylake-avx512-AMD EPYC: hash 0x1612126cb47ee304
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x9718e89da717e97c
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x9718e89da717e97c
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x9718e89da717e97c
// Conduit compiler-diff, mode barrier
int sadd_int(int a, int b) { long r = a; r += b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
int ssub_int(int a, int b) { long r = a; r -= b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
int smul_int(int a, int b) { long r = a; r *= b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
int sdiv_int(int a, int b) { if (b == 0) return a; if (b == -1) { b = 1; if (a != (-2147483647 - 1)) a = -a; } return a / b; }
int smod_int(int a, int b) { if (b == 0) return a; if (b == -1) { if (a != (-2147483647 - 1)) a = 0; return a; } a %= b; return a; }
int sneg_int(int a) { if (a != (-2147483647 - 1)) a = -a; return a; }
int sshl_int(int a, int b) { b &= 31; uint u = (uint)a; u <<= b; a = (int)u; return a; }
long sadd_long(long a, long b) {
    if (b > 0 && a > 9223372036854775807L - b) return a;
    if (b < 0 && a < (-9223372036854775807L - 1L) - b) return a;
    a += b;
    return a;
}
long ssub_long(long a, long b) {
    if (b < 0 && a > 9223372036854775807L + b) return a;
    if (b > 0 && a < (-9223372036854775807L - 1L) + b) return a;
    a -= b;
    return a;
}
long smul_long(long a, long b) {
    if (a == 0 || b == 0) return 0L;
    if (b == -1L) { if (a != (-9223372036854775807L - 1L)) a = -a; return a; }
    if (a == -1L) { if (b == (-9223372036854775807L - 1L)) return a; b = -b; return b; }
    ulong p = (ulong)a;
    p *= (ulong)b;
    if ((long)p / b != a || (long)p % b != 0L) return a;
    a = (long)p;
    return a;
}
long sdiv_long(long a, long b) { if (b == 0L) return a; if (b == -1L) { if (a != (-9223372036854775807L - 1L)) a = -a; return a; } a /= b; return a; }
long smod_long(long a, long b) { if (b == 0L) return a; if (b == -1L) { if (a != (-9223372036854775807L - 1L)) a = 0L; return a; } a %= b; return a; }
long sneg_long(long a) { if (a != (-9223372036854775807L - 1L)) a = -a; return a; }
long sshl_long(long a, long b) { b &= 63L; ulong u = (ulong)a; u <<= b; a = (long)u; return a; }
uint udiv_uint(uint a, uint b) { return b == 0u ? a : a / b; }
uint umod_uint(uint a, uint b) { return b == 0u ? a : a % b; }
ulong udiv_ulong(ulong a, ulong b) { return b == 0UL ? a : a / b; }
ulong umod_ulong(ulong a, ulong b) { return b == 0UL ? a : a % b; }
ulong mix(ulong h, ulong v) { return (h ^ v) * 0x100000001B3UL; }
ushort helper1(long p0) {
    for (int i2 = 0; i2 < 0; i2++) {
        for (int i3 = 0; i3 < 0; i3++) {
            p0 = ((sshl_long(((((p0) < (021))) | (((i3) ? (p0) : (i3)))), (((((p0) & (i3))) > (((i2) < (i3))))) & 63)) ? (i2) : (smod_int(((((i3) <= (i2))) ? (((i3) ? (i3) : (867))) : (i3)), ((((int)(i2))) <= (((uchar)(0x3FEFUL)))))));
            if (((0x5UL) || (((((i2) <= (i3))) == (((0x4ul) ^ (06l))))))) {
                p0 = p0;
                p0 ^= (long)(((((((0x0) ? (i2) : (0xfl))) >> ((((169959441) ? (i2) : (i2))) & 63))) ? (((umod_uint(01550U, i3)) >= ((!(01000000000000000000001))))) : (((((i3) < (i3))) ? (((ulong)(p0))) : (((0x8000000000000000) ? (3872243250u) : (4229445333L)))))));
            }
            long v4 = (~(sshl_long(p0, (((i3) ? (clamp((char)(p0), (char)(-1L), (char)83L)) : (((i3) ^ (i3))))) & 63)));
        }
        for (int i5 = 0; i5 < 2; i5++) {
            if ((~(((abs((char)(06555546466L))) ? (((i5) ^ (i2))) : (((0xAu) ? (p0) : (p0))))))) {
                switch ((((1689499041305578691UL) ? (p0) : (max((char)((~(p0))), (char)(0x859C147Dul))))) & 7) {
                case 5: {
                    if (abs((ulong)(011021037765))) {
                        for (int i6 = 0; i6 < 0; i6++) {
                        }
                    }
                }
                case 7: {
                    break;
                }
                }
            } else {
            }
            if (i5) continue;
        }
    }
    return sshl_long(0200L, (((p0) && ((!(p0))))) & 63);
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
    int v7 = gid;
    ushort v8 = ((ulong)(sneg_int(((min((char)(gid), (char)(lid))) == (((gid) != (lid)))))));
    ulong v9 = 0x80u;
    ulong v10 = (~(((((gid) << ((v8) & 31))) + ((((-(gid))) + ((!(in[((-(v9))) & 63]))))))));
    ushort v11 = ((uchar)(((v10) - (((v10) >> ((max((int)(01U), (int)(2652032166132026579))) & 63))))));
    long a12[4] = {((((long)(6))) ? (((in[(((v7) >= (017l))) & 63]) | (v8))) : (lid)), (((~(0177l))) ? (((0x27EFDEF0) ? (0177u) : (v9))) : (v7)), sshl_int(((v11) && (v11)), (((v7) >> ((v10) & 31))) & 31), ((v10) >> (((!(v11))) & 63))};
    v11++;
    a12[(max((ulong)(in[(min((short)(0x7FFFFFFFFFFFFFFE), (short)(in[((-(gid))) & 63]))) & 63]), (ulong)(((in[(((char)(gid))) & 63]) ^ (v9))))) & 3] = (~(((((a12[(sshl_int(v7, (gid) & 31)) & 3]) < (in[(((ulong)(v9))) & 63]))) ^ ((~(gid))))));
    a12[(((int)(((int)(5u))))) & 3] = v11;
    for (int r13 = 0; r13 < 3; r13++) {
        tile[lid] = (uint)v11 + (uint)r13;
        barrier(CLK_LOCAL_MEM_FENCE);
        v11 ^= (ushort)(tile[(lid + 13u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v9 = ((long)(((((short)(v10))) ^ ((((-(in[(((uchar)(v7))) & 63]))) << ((((06U) >= (v8))) & 31))))));
    v9 = sneg_int(min((ushort)(((int)(0273000520606426162121UL))), (ushort)((((~(v9))) ? (((v7) < (v10))) : (helper1(v8))))));
    v10 >>= ((ulong)(((uchar)(min((ushort)(v7), (ushort)((-(in[((~(v9))) & 63]))))))) & 63);
    v10 = (ulong)exchange(tile, lid, (uint)((~(helper1(v7)))), 13u);
    for (int i15 = 0; i15 < 1; i15++) {
        v11 = ((helper1((~(((in[(a12[(((short)(0x2ABEA940454684CDL))) & 3]) & 63]) <= (v10)))))) || (((((char)((~(v11))))) ? (((char)(((int)(a12[(020000000000U) & 3]))))) : (((short)(((4935901515494562523U) == (a12[(helper1(lid)) & 3]))))))));
        if (smod_int(v11, popcount((uchar)(lid)))) goto L14;
        v10 = helper1(((0x7c25L) < (((((v11) < (0x489e4060L))) ^ (v8)))));
    }
    L14: ;
    uint g17 = 0u;
    L16: {
        g17++;
        v11 = clamp((char)(a12[((-(635U))) & 3]), (char)(-62L), (char)0L);
        v10 = sdiv_int(helper1(max((long)(((2290894978374446880u) ? (v7) : (63556))), (long)(sneg_int(014)))), ((ushort)((!(min((uint)(v10), (uint)(a12[(((781l) == (0xFFFFFFFFFFFFFFFEl))) & 3])))))));
    }
    if (g17 < 2u && (2147483647l)) goto L16;
    a12[(((char)(mul_hi((uchar)(in[(65534UL) & 63]), (uchar)(a12[(((long)(303))) & 3]))))) & 3] = 072u;
    tile[lid] = (uint)(abs((ushort)(((((v11) >= (v7))) >= (lid)))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v10 ^= (ulong)tile[(lid + 15u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    a12[(((((short)(a12[((~(01330276572251200616516l))) & 3]))) ? (helper1(v9)) : (helper1(a12[(helper1(a12[(((v10) * (v7))) & 3])) & 3])))) & 3] = v7;
    for (int i18 = 0; i18 < (int)(in[(gid + 47u) & 63u] & 3u); i18++) {
        for (int i19 = 0; i19 < 1; i19++) {
            for (int i20 = 0; i20 < 3; i20++) {
                v11 >>= ((ushort)(sshl_int(v11, (min((short)(gid), (short)(((0xAL) ? (gid) : (a12[(v11) & 3]))))) & 31)) & 31);
                v8 = i18;
                v9 = ((uint)(((int)(((long)(sneg_long(a12[(051636L) & 3])))))));
                if (in[(abs((uint)(a12[(in[(((gid) << ((i19) & 31))) & 63]) & 3]))) & 63]) break;
                v8 = i18;
            }
            uchar v21 = ((13250517542377678073ul) && (((a12[((-(0200000UL))) & 3]) ^ (((gid) || (helper1(lid)))))));
            if ((!(umod_ulong(47622ul, 16)))) continue;
        }
        char v22 = ((((helper1(v8)) | (0x80u))) >= (((int)(lid))));
        if (lid) break;
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a12[e]);
    out[gid] = h;
}
