// compiler-diff finding: reference-miscompile
// seed: 3002598 mode: barrier
// expected-hash: 0xd0fb31d2770eca0b
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xc21bccd5ea089a57
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xd0fb31d2770eca0b
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xd0fb31d2770eca0b
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xd0fb31d2770eca0b
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
long helper1(char p0) {
    uchar v2 = ((smul_long(0777777777777777777776L, ((min((uchar)(0x22c), (uchar)(0x81))) ? (p0) : (sshl_int(p0, (p0) & 31))))) == (((char)(((p0) <= ((!(p0))))))));
    if (0115265U) {
        for (int i3 = 0; i3 < 1; i3++) {
            v2 = ((((mul_hi((int)(((v2) != (v2))), (int)(((i3) & (i3))))) ? (((sshl_int(v2, (i3) & 31)) | (((033566717525L) & (0372612626411700225432))))) : (v2))) >> ((p0) & 63));
            p0 >>= ((char)(((((((1503575241171364443u) <= (v2))) != (696l))) ? (v2) : (((((i3) ? (i3) : (p0))) > (p0))))) & 31);
            v2 = p0;
            if (((((uchar)(i3))) > (((070546U) ? (p0) : (p0))))) break;
        }
        short v4 = 03u;
        uint w5 = 0u;
        while (w5 < 2u) {
            w5++;
            v2 = udiv_uint(((clamp((uint)(min((ushort)(p0), (ushort)(p0))), (uint)32768UL, (uint)2147483649UL)) + ((~(smul_int(v2, v4))))), sshl_int(v4, (p0) & 31));
            if (((127L) ? (((((75ul) + (12419986245417666129ul))) && ((~(v2))))) : (abs((uint)(((v2) < (v4))))))) {
                switch (((((!(((v2) > (v4))))) >> ((p0) & 31))) & 7) {
                case 2: {
                    v4 = p0;
                    break;
                }
                case 7: {
                    v2++;
                    break;
                }
                default: {
                }
                }
            }
            if (((((v2) > (v2))) ^ (((p0) ? (0x7fffU) : (0177777))))) break;
        }
    } else {
    }
    return clamp((ushort)(sshl_int((!(062613UL)), (p0) & 31)), (ushort)7UL, (ushort)18712UL);
}
int helper6(long p0) {
    ulong v7 = ((sadd_long(sneg_long(sneg_long(p0)), ((((p0) != (p0))) == (((short)(10)))))) == (04U));
    p0 = ((((150U) >= (((((p0) ? (v7) : (v7))) & (mul_hi((uint)(0x6DA20AB4), (uint)(p0))))))) ? (p0) : ((!(770U))));
    v7 = v7;
    char v8 = ((uchar)(clz((short)(v7))));
    return ((v7) ? (p0) : (((v7) != (popcount((char)(274ul))))));
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
    uchar v9 = max((short)(0xB2AECE23C6535F6C), (short)(((((umod_uint(gid, 9)) << ((gid) & 31))) < (((popcount((char)(lid))) ? (((gid) >> ((017347476207UL) & 31))) : (((gid) <= (gid))))))));
    char v10 = helper6(((long)(in[(gid) & 63])));
    uint v11 = ((((lid) ? (0745ul) : (0x573dccbbl))) == (((uint)(((clamp((long)(v10), (long)1358027015L, (long)3979505920L)) ? (((v9) ? (0x8f55L) : (v9))) : (udiv_ulong(in[(helper6(gid)) & 63], 0x52c406dc29d1fe02UL)))))));
    { uint *p = &v11; *p = (*p ^ (uint)(in[(helper1(v9)) & 63])) * 3u + 1u; }
    v10 = sneg_int((~(v10)));
    switch ((((smul_long(((lid) << ((v10) & 31)), 129l)) && (abs((long)(((in[(((in[(helper1(v10)) & 63]) <= (v11))) & 63]) - (v9))))))) & 7) {
    case 1: {
        v10 = ((v10) == (helper1(((uchar)(helper6(gid))))));
        v11 = max((long)(((0xbu) ? (helper1(gid)) : (sneg_long(((gid) ? (v11) : (017777777776l)))))), (long)(((((char)(((v10) != (0x98a53b5f67798225))))) <= ((-(lid))))));
    }
    default: {
        for (int i12 = 0; i12 < (int)(in[(gid + 42u) & 63u] & 3u); i12++) {
            --v9;
            v9 = i12;
        }
    }
    }
    tile[lid] = (uint)(v11);
    barrier(CLK_LOCAL_MEM_FENCE);
    v9 ^= (uchar)tile[(lid + 7u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    if (((((short)(v9))) ? (v10) : (0672ul))) {
        if (gid) {
            for (int i13 = 0; i13 < 1; i13++) {
                long v14 = helper1(0x18F153DBB40C01C0l);
                v14 = ((short)(in[(((lid) ? (v9) : (0xd))) & 63]));
                if (((((((long)(lid))) <= (helper6(054516)))) ? (v11) : (((char)(017UL))))) {
                    ulong v15 = sneg_int(((char)(i13)));
                } else {
                    ushort v16 = helper6(v14);
                    int v17 = v14;
                    v9 = 0400L;
                }
                { uint *p = &v11; *p = (*p ^ (uint)(((uint)((!(61298ul)))))) * 3u + 1u; }
            }
            switch ((v11) & 7) {
            case 4: {
                v9 = sadd_long(sneg_long(131144177l), ((sneg_int(rotate((int)(03ul), (int)(gid)))) > (lid)));
                if (v11) {
                    v10 = 015u;
                } else {
                    v11 = lid;
                    v10 = ((lid) ? (min((ushort)(((uchar)(((uchar)(v11))))), (ushort)(clz((int)(((gid) | (gid))))))) : (v10));
                }
            }
            case 6: {
                v11 = max((char)(in[(v10) & 63]), (char)((~(((01777777777777777777777l) < (v10))))));
                if (helper1(((uint)(((0x9L) ^ (lid)))))) {
                } else {
                }
            }
            case 7: {
                break;
            }
            default: {
            }
            }
        } else {
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    out[gid] = h;
}
