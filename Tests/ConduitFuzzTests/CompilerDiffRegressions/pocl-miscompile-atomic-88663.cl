// compiler-diff finding: reference-miscompile
// seed: 88663 mode: atomic
// expected-hash: 0xb6072ffee96f3bee
// direct pthread-skylake-avx512-AMD EPYC: hash 0xe0fda5665ebb197a
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xb6072ffee96f3bee
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xb6072ffee96f3bee
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xb6072ffee96f3bee
// Conduit compiler-diff, mode atomic
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
ulong helper1(ushort p0) {
    ulong v2 = ((((((((p0) || (p0))) < (clz((uchar)(p0))))) ? (p0) : (((((p0) >> ((p0) & 31))) > (sdiv_int(p0, p0)))))) ? ((((((~(p0))) <= (p0))) <= (p0))) : (((((long)(((p0) | (p0))))) || ((~(sneg_long(0103642546335402207374)))))));
    p0 = (((!(popcount((long)(v2))))) && (((((ushort)(((p0) != (020000000000l))))) ? (13) : (mul_hi((ushort)(udiv_ulong(040062L, v2)), (ushort)(clamp((uint)(p0), (uint)271UL, (uint)3324390005UL)))))));
    p0 = ((((p0) >> ((((long)(((ushort)(0x1bed8a8094f8d3b5))))) & 31))) ? (((sshl_int((~(p0)), ((~(p0))) & 31)) >= (((((v2) + (v2))) ? (((p0) <= (p0))) : (v2))))) : (((abs((int)(((036562421656) >= (p0))))) + (((max((char)(p0), (char)(557838931832684232L))) > (((v2) ? (01347577157506022246464) : (0777777777777777777776l))))))));
    for (int i3 = 0; i3 < 2; i3++) {
        v2 = ((long)(mul_hi((uchar)(((uchar)(min((int)(i3), (int)(p0))))), (uchar)(i3))));
        v2 = ((uint)(abs((uint)(((char)(((i3) >> ((p0) & 31))))))));
        uint g5 = 0u;
        L4: {
            g5++;
            --p0;
            v2 += (ulong)(p0);
        }
        if (g5 < 1u && (((i3) != (((uint)(p0)))))) goto L4;
    }
    return p0;
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    ushort v6 = min((long)(((umod_uint((!(0xdba0f78aL)), (~(lid)))) < (sneg_int((!(020000000000l)))))), (long)(lid));
    long v7 = mul_hi((uchar)(lid), (uchar)(((ssub_long(gid, sneg_long(16l))) ? (((min((char)(gid), (char)(446))) ? (helper1(gid)) : (((ulong)(in[(((ulong)(gid))) & 63]))))) : (017777777777L))));
    uchar v8 = helper1(helper1(v6));
    int v9 = ((uchar)(((v7) == (((helper1(lid)) ? (helper1(01000000000000000000000UL)) : (v7))))));
    ulong a10[4] = {helper1(smod_long(v9, v7)), ((((short)(024643270443u))) ? (((v8) >= (v7))) : (gid)), ((0424u) >> ((((uint)(v9))) & 31)), helper1(v9)};
    char v11 = gid;
    v11 = helper1(((((helper1(1l)) >= (((int)(in[(0x361u) & 63]))))) ^ ((((-(01651144510515062046507u))) ? (mul_hi((short)(lid), (short)(a10[(((a10[(((2480843142l) || (4156512996l))) & 3]) ? (in[(0x7FFFFFFE) & 63]) : (a10[(((5UL) ? (v11) : (in[(((0xe262ecc4d1d2ea36UL) != (in[(((a10[((-(ulong)(0x5L))) & 3]) | (in[(udiv_ulong(in[(smod_long(v8, 0xF3AFl)) & 63], 01137650405306541713744)) & 63]))) & 63]))) & 63]))) & 3]))) & 3]))) : (((lid) ? (lid) : (v7)))))));
    ushort v12 = ((uint)(((((lid) > ((-(a10[(a10[(lid) & 3]) & 3]))))) == (in[(052725714015453713157ul) & 63]))));
    uint g14 = 0u;
    L13: {
        g14++;
        atomic_sub(&acc[0], (uint)(abs((uchar)(ssub_int(v11, ((int)(in[(rotate((int)(gid), (int)(128l))) & 63])))))));
    }
    if (g14 < 4u && ((~(((016240326555) ? (0xdcu) : (v12)))))) goto L13;
    atomic_xor(&acc[1], (uint)(gid));
    for (int i15 = 0; i15 < (int)(in[(gid + 19u) & 63u] & 3u); i15++) {
        atomic_xor(&counters[1], (uint)(((ushort)(((clamp((uint)(lid), (uint)4UL, (uint)42861UL)) >= (((v11) || (v6))))))));
        v8 = clamp((char)(min((char)((~(abs((long)(0x8000000000000000u))))), (char)(((sadd_int(v8, 0x7B1)) < ((~(0xd3abUL))))))), (char)(-71L), (char)27L);
        v6 = 941u;
        uint w16 = 0u;
        do {
            w16++;
            v9 &= (int)(helper1(((int)(helper1(v11)))));
            if (helper1(((char)(helper1(i15))))) {
                atomic_max(&counters[2], (uint)(((((((0177776UL) & (in[((~(v8))) & 63]))) < (((long)(v8))))) >= (((((v12) ? (in[(abs((uchar)(v12))) & 63]) : (v11))) || (helper1(0x0U)))))));
                v6 = ssub_long(abs((uchar)(mul_hi((char)(v9), (char)(((char)(gid)))))), 0x7688A4678CBDDFA1L);
            } else {
                uint w17 = 0u;
                while (w17 < 4u) {
                    w17++;
                    v9 = (!(((uchar)(((short)(rotate((uchar)(in[(((lid) <= (v8))) & 63]), (uchar)(01171ul))))))));
                    switch (((((!(lid))) ? (abs((uchar)(((v9) <= (gid))))) : (i15))) & 7) {
                    case 4: {
                        atomic_sub(&acc[0], (uint)(((char)(max((uchar)(v12), (uchar)(((0x4L) ? (gid) : (i15))))))));
                        break;
                    }
                    case 5: {
                        v7 = max((short)(((v12) >= (abs((uchar)(a10[(helper1(v12)) & 3]))))), (short)(abs((long)((((!(v8))) <= ((~(lid))))))));
                        atomic_min(&acc[3], (uint)(((ushort)(gid))));
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
        } while (w16 < 2u);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
