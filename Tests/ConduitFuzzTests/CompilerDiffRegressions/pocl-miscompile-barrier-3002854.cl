// compiler-diff finding: reference-miscompile
// seed: 3002854 mode: barrier
// expected-hash: 0x4dce994c4964248
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xc00901274dbb6ef3
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x4dce994c4964248
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x4dce994c4964248
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x4dce994c4964248
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
int helper1(short p0) {
    switch ((0x9u) & 7) {
    case 2: {
        p0 = (!(min((ulong)(((short)(sneg_int(p0)))), (ulong)(sneg_int(((p0) ? (p0) : (6)))))));
        p0 = max((short)(((ssub_int((~(p0)), p0)) - (((uint)(sdiv_int(p0, p0)))))), (short)(((((ushort)(((p0) || (p0))))) ? (((ushort)(p0))) : ((~((!(p0))))))));
        break;
    }
    case 5: {
        p0--;
        break;
    }
    default: {
        p0 = sadd_int(p0, p0);
    }
    }
    return ((p0) ? (((uint)(p0))) : (abs((char)(((p0) > (p0))))));
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
    ushort v2 = ((int)(((uint)(((uchar)(01464377702426371103172))))));
    ushort v3 = (!(lid));
    ulong v4 = helper1(((((0x8000000000000001l) ? (((gid) * (lid))) : (((in[(helper1(v2)) & 63]) || (v3))))) | (ssub_int(helper1(lid), 0xCB63))));
    short v5 = (~(01756704201763421623033l));
    ulong a6[8] = {v4, 0xA19Fu, ((udiv_uint(v3, in[(in[(020256314710330637106UL) & 63]) & 63])) << (((~(lid))) & 31)), ((((lid) >= (11L))) ? (helper1(v2)) : (((v3) && (v4)))), clz((int)(v2)), ((v3) ? (((020000000000) ^ (v3))) : (rotate((uint)(v5), (uint)(in[(((v3) >> ((v3) & 31))) & 63])))), v4, ((((v2) ? (v5) : (754U))) + (v5))};
    v2 = clamp((ushort)((((((~(v5))) >= (((v2) ? (gid) : (v5))))) ? (((abs((ushort)(a6[(((56757U) & (v2))) & 7]))) <= (helper1(v5)))) : (((short)(helper1(lid)))))), (ushort)35800UL, (ushort)63083UL);
    ushort v7 = (~(min((char)(((((a6[(((v3) + (a6[(((in[(helper1(v2)) & 63]) && (in[(((21999L) > (gid))) & 63]))) & 7]))) & 7]) * (61988ul))) & (v5))), (char)(((v2) ? (max((ulong)(a6[((~(026577273724l))) & 7]), (ulong)(025661170424U))) : (clamp((long)(v5), (long)64720L, (long)65536L)))))));
    if (abs((int)(((int)(helper1(020463153350U)))))) {
        v5 = mul_hi((uint)(((((uchar)((!(gid))))) >> ((udiv_ulong(((47619) - (gid)), v4)) & 31))), (uint)(min((uchar)(((long)(((a6[(((uint)(0x6cf43947) << ((2147483646UL) & 31))) & 7]) ? (968ul) : (a6[((~(814U))) & 7]))))), (uchar)(046220l))));
        if (((long)(mul_hi((uint)(clamp((uint)(617054588), (uint)6UL, (uint)4043716953UL)), (uint)(01243ul))))) {
            v2 = ((v7) & (smod_int((~(((5505321989665062974U) >= (a6[(((char)(031627u))) & 7])))), ((((in[(sneg_int(v2)) & 63]) <= (03U))) >> ((((gid) > (v2))) & 31)))));
            uchar v8 = ((a6[(((char)(1l))) & 7]) != (v2));
            v4 = ((((((((01UL) ? (lid) : (0456357377754537165753l))) && (((gid) ? (v8) : (v3))))) ? ((~(((short)(0x100000000UL))))) : (max((int)(((lid) | (a6[(4120137241u) & 7]))), (int)(umod_ulong(v4, in[(((uint)(gid))) & 63])))))) > ((~(((v2) >> ((((v4) ? (v2) : (gid))) & 31))))));
        }
    } else {
        if (a6[(2279212701U) & 7]) {
            for (int i9 = 0; i9 < 0; i9++) {
                v3 = ((helper1(helper1(sneg_int(i9)))) ? (((ulong)(v7))) : (helper1(max((uint)(helper1(v5)), (uint)(((in[(((in[(helper1(v2)) & 63]) != (v5))) & 63]) ? (a6[(((in[(in[(((lid) ? (lid) : (v2))) & 63]) & 63]) ^ (0x74c0d053e3e41345L))) & 7]) : (in[(((v2) < (v4))) & 63])))))));
                uchar v10 = sadd_long(0xB196L, ((short)(i9)));
            }
        }
        v4 = ((v4) ? (v5) : (((short)(035564ul))));
        if (lid) {
            v3 = (-(((0xaUL) * (lid))));
            v7 = v5;
        } else {
            v7 = (!(max((short)(((uint)(((v5) ? (in[(((char)(v7))) & 63]) : (v3))))), (short)(((int)(sneg_long(14l)))))));
        }
    }
    v2 = v2;
    if (((uchar)(lid))) {
        uint w11 = 0u;
        while (w11 < 2u) {
            w11++;
            a6[(((long)(((ulong)(037424165411541464237L) ^ (ulong)(01251UL))))) & 7] = v2;
        }
        uchar v12 = (~((~((~(in[(a6[(11211ul) & 7]) & 63]))))));
    }
    tile[lid] = (uint)(helper1(((((uchar)(20722UL))) ^ (((a6[(((1016583225099868374) || (7066899798456646787))) & 7]) + (0l))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v5 ^= (short)tile[(lid + 11u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    a6[((((~(24667u))) << ((((ulong)(41370ul))) & 31))) & 7] = a6[(((long)(07L))) & 7];
    a6[(((((ushort)(0x7FFFFFFE))) == (619U))) & 7] = in[(v3) & 63];
    if (udiv_uint(abs((ushort)(clz((ushort)(2077593483U)))), (~(((lid) ? (v2) : (in[(((lid) & (v7))) & 63])))))) {
        ushort v13 = ((clamp((char)(((helper1(a6[(((ulong)(in[(((lid) >> ((0x4) & 31))) & 63]))) & 7])) ? (lid) : ((-(in[(v7) & 63]))))), (char)(-33L), (char)(-2L))) ? (v7) : (clz((char)(037074424303))));
        switch ((sneg_int(((int)(((a6[((!(gid))) & 7]) * (v7)))))) & 7) {
        case 2: {
            long v14 = in[(((a6[((~(v2))) & 7]) > (v3))) & 63];
            ushort v15 = ((((v13) >> ((((abs((long)(in[(((0121524426157366540653) ? (v5) : (v13))) & 63]))) ? (((0172246) & (in[(((in[(v14) & 63]) != (in[(((in[(helper1(a6[(((lid) ? (0x20C) : (v13))) & 7])) & 63]) * (in[(a6[(sadd_int(v2, v13)) & 7]) & 63]))) & 63]))) & 63]))) : (udiv_ulong(v2, a6[(((char)(0125336L))) & 7])))) & 31))) ^ (((abs((char)(v2))) ? (0xC) : (v2))));
            break;
        }
        case 4: {
            v7--;
            break;
        }
        default: {
            char v16 = ((((v4) ? (v4) : (v2))) > (((uint)(((a6[(((uchar)(0x80000000U))) & 7]) ? (0xDF754D5372CF9601) : (v13))))));
        }
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a6[e]);
    h = mix(h, (ulong)v7);
    out[gid] = h;
}
