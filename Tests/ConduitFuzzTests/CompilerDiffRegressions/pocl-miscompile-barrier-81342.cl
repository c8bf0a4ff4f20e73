// compiler-diff finding: reference-miscompile
// seed: 81342 mode: barrier
// expected-hash: 0x5dead501fcd5c7e7
// direct pthread-skylake-avx512-AMD EPYC: hash 0x124fb36e4829b8fb
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x5dead501fcd5c7e7
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x5dead501fcd5c7e7
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x5dead501fcd5c7e7
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
ushort helper1(int p0, ushort p1) {
    short v2 = sadd_int(sneg_int(((p0) | (((short)(p1))))), p1);
    p1 = p1;
    if (((((((0x3B8186E8U) ? (p0) : (p0))) <= (0x9ul))) || (((uchar)(((char)(p1))))))) {
        p1 = (!(((p1) >> ((((v2) ? (min((uchar)(0xbe28b9e1), (uchar)(0xBED7L))) : (((p1) <= (254l))))) & 31))));
        v2 = v2;
        if (063636u) {
            ++p1;
            p1 = ((((((p0) >> ((0xc2U) & 31))) < (((ulong)(((13U) ? (p1) : (v2))))))) ? (sshl_int(((sneg_int(v2)) || (rotate((int)(p0), (int)(p0)))), (v2) & 31)) : (p1));
        }
    }
    return ((udiv_ulong(((p0) ? (0x7b70a6d5a543074cUL) : (v2)), ((p1) | (p1)))) + (abs((uint)(clz((char)(p0))))));
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
    char v3 = ((helper1(((short)(gid)), 01777527202542000775372ul)) <= ((!(((ushort)(((ushort)(lid))))))));
    long v4 = in[(((v3) + (gid))) & 63];
    uchar a5[4] = {((((in[(in[(((lid) && (in[(gid) & 63]))) & 63]) & 63]) ? (010l) : (0x88d6))) ? (((gid) ? (gid) : (in[(((short)(017u))) & 63]))) : (((lid) >= (gid)))), 0x64a065fd, ((((long)(v4))) == ((!(0xFD29474F)))), 0xfd70ec14L};
    a5[((((!(lid))) ? (helper1(lid, lid)) : (((lid) << ((in[(rotate((ulong)(lid), (ulong)(v3))) & 63]) & 31))))) & 3] = min((ushort)(((rotate((char)(a5[((-(216u))) & 3]), (char)(v3))) != (((v3) ? (gid) : (v3))))), (ushort)((((~(v3))) & (((v3) ? (v3) : (gid))))));
    switch (((((~(v4))) != ((!(0xFU))))) & 7) {
    case 1: {
        for (int i6 = 0; i6 < 1; i6++) {
            v4 = 014;
            v4 = ((int)(((long)(in[(((v4) ? (v3) : (a5[(abs((int)(a5[(a5[(((gid) >> ((0xffffU) & 31))) & 3]) & 3]))) & 3]))) & 63]))));
            a5[((!(((lid) + (i6))))) & 3] = helper1(sneg_int(i6), ((((ushort)(10u))) ? (v4) : ((-(gid)))));
            a5[(((((int)(0542UL))) | ((!(50595))))) & 3] = smul_long(((udiv_uint(in[(((lid) - (v3))) & 63], 0xdU)) >> (((~(01135340140767154665333l))) & 31)), (((!(10L))) ? (mul_hi((short)(964L), (short)(i6))) : (min((long)(gid), (long)(0xC0)))));
        }
    }
    case 3: {
        v3 = ((int)((-(rotate((uint)(((ushort)(2983786129790760751L))), (uint)(((a5[(((ulong)(0x241ul) ^ (ulong)(0152441))) & 3]) > (lid))))))));
        break;
    }
    case 5: {
        for (int i7 = 0; i7 < 4; i7++) {
            v3 = max((uint)(a5[((!(014301630637l))) & 3]), (uint)((!(((rotate((long)(0x30C), (long)(lid))) < (((short)(954))))))));
            ulong v8 = ((ulong)(helper1(((umod_uint(gid, v3)) * (i7)), max((long)(((4438276167060557212ul) - (lid))), (long)(((gid) ^ (a5[(((uchar)(0xfU))) & 3])))))));
        }
        a5[(v3) & 3] = sneg_int(helper1((~(lid)), gid));
    }
    case 7: {
        for (int i9 = 0; i9 < (int)(in[(gid + 55u) & 63u] & 3u); i9++) {
            v3 = ((((((helper1(3998057056ul, v4)) ? (a5[(0xD2A60EEBU) & 3]) : (((uint)(a5[(max((ulong)(024414062311u), (ulong)(a5[(((int)(017476017435))) & 3]))) & 3]))))) == (((((01000000000000000000001l) ? (a5[(((0xdu) >> ((6565230479763715090) & 31))) & 3]) : (01000000000000000000001))) ? (((a5[(((ulong)(0x306ul) ^ (ulong)(50308l))) & 3]) | (v3))) : (v4))))) && (((clamp((ushort)(i9), (ushort)6UL, (ushort)55720UL)) ? (0x3UL) : (((v3) ? (udiv_ulong(i9, 01230006107033133521762U)) : (((0x28F4F743) ? (v3) : (in[((~(02ul))) & 63]))))))));
            if (i9) continue;
        }
        v3--;
        break;
    }
    default: {
        short v10 = v3;
    }
    }
    v3 = ((helper1(popcount((long)(((a5[(helper1(gid, lid)) & 3]) ? (in[(v4) & 63]) : (v3)))), clz((ushort)(((v4) | (v3)))))) * (umod_ulong(((v3) & (((v3) || (v4)))), ((ulong)(((v3) ? (lid) : (v3)))))));
    v4 ^= (long)(abs((long)(v3)));
    for (int r11 = 0; r11 < 1; r11++) {
        tile[lid] = (uint)v3 + (uint)r11;
        barrier(CLK_LOCAL_MEM_FENCE);
        v3 ^= (char)(tile[(lid + 9u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    long v12 = ((9223372036854775808u) && ((-(((v4) ? (v3) : (((uint)(lid))))))));
    {
        if (sneg_int((~(((12u) <= (gid)))))) {
            uint w14 = 0u;
            while (w14 < 2u) {
                w14++;
                a5[(((017777777777L) != ((!(0xf886UL))))) & 3] = helper1(((((v4) ? (9223372036854775806UL) : (v3))) & (((a5[(((uchar)(lid))) & 3]) ^ (gid)))), ((ulong)(v12)));
                if (((helper1(((v4) <= (a5[((~(a5[(((0x3ul) ^ (024517320163))) & 3]))) & 3])), in[(((128ul) == (v4))) & 63])) >> ((((char)(((lid) || (020000000000L))))) & 31))) {
                    v3 = lid;
                } else {
                    v12 = sneg_long(ssub_long(sadd_long((!(gid)), v12), 0x7u));
                    switch ((((((((gid) ^ (gid))) ? (((lid) == (575416522U))) : (ssub_long(v12, a5[((-(gid))) & 3])))) ? (1274047532U) : (((((gid) ? (lid) : (lid))) ? (v3) : ((-(0601406743365757317364U))))))) & 7) {
                    case 1: {
                        v3 >>= ((char)(v4) & 31);
                        break;
                    }
                    case 4: {
                        v3 = lid;
                        for (int i15 = 0; i15 < 1; i15++) {
                            v12 = 017u;
                            if (sadd_long((~(3620221493)), udiv_uint(abs((uint)(a5[((~(01404l))) & 3])), gid))) {
                                v12 >>= ((long)(((char)(smul_long(((0xc131) == (v3)), ((gid) ? (v4) : (v12)))))) & 63);
                            } else {
                            }
                        }
                        break;
                    }
                    case 5: {
                        break;
                    }
                    case 6: {
                        break;
                    }
                    default: {
                    }
                    }
                }
            }
        }
        if ((-(((gid) ? (0177776) : (in[(((ushort)(v4))) & 63]))))) goto L13;
    }
    L13: ;
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a5[e]);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
