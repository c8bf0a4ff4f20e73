// compiler-diff finding: reference-miscompile
// seed: 87012 mode: barrier
// expected-hash: 0x2ef9e6efcdfaee9c
// direct pthread-skylake-avx512-AMD EPYC: hash 0x78ec306296730163
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x2ef9e6efcdfaee9c
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x2ef9e6efcdfaee9c
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x2ef9e6efcdfaee9c
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
int helper1(ulong p0, uchar p1) {
    uint v2 = ((0l) == (abs((uint)(((abs((ushort)(p1))) ? (p1) : (((0x1173de28) == (p0))))))));
    { uint *p = &v2; *p = (*p ^ (uint)(((((char)(p0))) ^ (p0)))) * 3u + 1u; }
    p1 = abs((ulong)(((((v2) & (((p0) + (p0))))) >> ((sadd_int(p1, ((uchar)(p0)))) & 63))));
    return ((((clamp((long)(65535), (long)553L, (long)3659058923L)) && (((ushort)(323l))))) + (v2));
}
long helper3(long p0, char p1) {
    p0 = ((0x40e7de47e0f77dc2) < (sneg_int(p1)));
    p1 = 01625u;
    p0 = p1;
    p1--;
    {
        char v5 = ((max((uint)(((((28520L) | (p0))) > (010UL))), (uint)(p0))) ? (p1) : ((((((~(0xa6f3ec9d19c83296l))) >> ((0xf7d98147356cbcc9ul) & 63))) > (min((ushort)(p0), (ushort)(helper1(p1, p1)))))));
        if ((~(max((char)(v5), (char)(v5))))) goto L4;
        p0 = p1;
    }
    L4: ;
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
    ushort v6 = ssub_long(helper3(((lid) > (helper1(0l, lid))), (!(gid))), ((((((gid) ? (lid) : (lid))) && (((lid) ? (gid) : (36941))))) ? (((ssub_long(0l, 0x80u)) <= (01000000000000000000000U))) : (((gid) ? (clz((ushort)(lid))) : ((-(gid)))))));
    uint v7 = ((ulong)(sneg_long(smul_long(((ushort)(gid)), ((long)(lid))))));
    uchar a8[4] = {gid, ((v7) == (((lid) * (in[(((6l) < (gid))) & 63])))), ((((v6) <= (v7))) >> ((((lid) & (gid))) & 31)), ((((in[(((v7) ? (gid) : (gid))) & 63]) ? (0564) : (lid))) ? (((11U) && (in[(mul_hi((char)(gid), (char)(in[(min((int)(in[(max((ushort)(gid), (ushort)(v6))) & 63]), (int)(v6))) & 63]))) & 63]))) : (((uint)(0x7ca7098bu))))};
    a8[(644UL) & 3] = gid;
    a8[(((uint)(((short)(861l))) << ((((0x4674) > (065173))) & 31))) & 3] = ((((uint)(((gid) ^ (a8[(((uchar)(in[((!(lid))) & 63]))) & 3]))))) ^ (sneg_int(rotate((int)(v7), (int)(in[(helper1(03UL, 0777777777777777777777l)) & 63])))));
    a8[(((ushort)(((4100340489l) < (127UL))))) & 3] = ((((in[(helper3(lid, a8[(((int)(01000000000000000000000L))) & 3])) & 63]) == (((gid) >> ((v7) & 31))))) >= (((gid) & (in[(0x96EC07081EF9710Cul) & 63]))));
    for (int r9 = 0; r9 < 2; r9++) {
        tile[lid] = (uint)v6 + (uint)r9;
        barrier(CLK_LOCAL_MEM_FENCE);
        v6 ^= (ushort)(tile[(lid + 7u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    ushort v10 = ((((helper1(helper1(a8[(((28245L) <= (0x80000000L))) & 3], gid), clamp((ushort)(v6), (ushort)19780UL, (ushort)59282UL))) ^ (((((01376) ? (0x57a9ul) : (a8[(((0x205L) | (v7))) & 3]))) >= (((v7) ? (in[(a8[(((01345503306127223131101ul) + (0136653L))) & 3]) & 63]) : (0xF08BF6DAul))))))) ? (((((popcount((ushort)(a8[(helper3(gid, gid)) & 3]))) * (((v6) ? (04ul) : (gid))))) >> ((((((gid) && (gid))) & (((0xFFFFFFFFUL) ? (lid) : (lid))))) & 63))) : (((gid) << ((((0xBD9C0117u) ? (((int)(in[(017777777777l) & 63]))) : (min((ushort)(a8[(18446744073709551615UL) & 3]), (ushort)(lid))))) & 31))));
    { uint *p = &v7; *p = (*p ^ (uint)(((((ushort)(32769))) ? (popcount((ushort)(v10))) : (v7)))) * 3u + 1u; }
    v7 = (uint)exchange(tile, lid, (uint)(((char)(((((128l) != (in[(((01665265626026145027541u) > (v6))) & 63]))) ? (v10) : (umod_uint(v7, lid)))))), 1u);
    v10 = ((uchar)(((uchar)(((int)(v6))))));
    v6 |= (ushort)(ssub_long(helper3(0203L, (!(lid))), ((((uint)(4750229010392382079))) == (gid))));
    for (int i11 = 0; i11 < (int)(in[(gid + 22u) & 63u] & 3u); i11++) {
        v7 = clz((uint)(0x2e60l));
        v6 = ((ssub_int(((((in[(((in[(udiv_ulong(0x513d80096dca7d2bu, i11)) & 63]) == (017777777776))) & 63]) ? (i11) : (v7))) < (clamp((char)(gid), (char)(-23L), (char)0L))), ((v7) >= (abs((ulong)(0332U)))))) ? (sneg_int(((min((short)(i11), (short)(v6))) ^ ((!(a8[(((v7) ? (i11) : (0x7l))) & 3])))))) : (((((((i11) ? (v6) : (0x23bbad42581cacdbul))) * (clz((int)(a8[(((char)(037777777776L))) & 3]))))) > (((uchar)(((v7) ^ (lid))))))));
        v7 = ((short)(in[(((uchar)(gid))) & 63]));
        if (((in[(0555125346030252134133) & 63]) >= (helper3(v10, in[(umod_ulong(lid, 0x8CDE73DCul)) & 63])))) continue;
        v6 >>= ((ushort)(helper1(i11, gid)) & 31);
    }
    v7 = abs((char)(v7));
    v6++;
    switch ((((((in[(((gid) ^ (v6))) & 63]) ? (((lid) - (a8[(in[(((lid) || (0177777))) & 63]) & 3]))) : (((in[(clamp((short)(in[((-(lid))) & 63]), (short)9068L, (short)9541L)) & 63]) & (gid))))) - (((((011) ? (4127052327l) : (0121510U))) ? ((~(gid))) : (((v6) | (0xDEA7572AUL))))))) & 7) {
    case 0: {
        v10++;
    }
    case 2: {
        if (3525260495U) {
            switch (((~(((char)(v10))))) & 7) {
            case 0: {
                a8[(((ulong)(0xCD175683CD7E23DD) ^ (ulong)(5092U))) & 3] = (~(((37ul) * (clz((char)(v7))))));
                v7 = ((((int)(abs((int)(sneg_long(0772l)))))) - (((gid) ? (helper3((-(lid)), 4957687668121044340ul)) : (((ulong)(in[(clamp((ushort)(in[(clamp((ulong)(gid), (ulong)3350UL, (ulong)13426UL)) & 63]), (ushort)9UL, (ushort)65535UL)) & 63]))))));
            }
            case 1: {
                if ((-(udiv_ulong(((int)(gid)), ((in[((!(874))) & 63]) ? (020l) : (0703UL)))))) {
                    v6 = ((((in[(((01753425176762024146036L) != (a8[(helper1(2147483647ul, 0777777777777777777777L)) & 3]))) & 63]) ^ (gid))) - (sneg_int(318709620)));
                    v6 = sshl_int(v10, (helper3(abs((ushort)(((gid) ^ (lid)))), ((((v10) ? (0x5282ul) : (2147483648))) ^ (helper1(v6, in[(((gid) << ((v6) & 31))) & 63]))))) & 31);
                    ++v7;
                } else {
                    v7 |= (uint)(((((udiv_uint(v6, lid)) >= (((int)(v6))))) != (smod_int(min((short)(01553625242703521435145ul), (short)(v7)), (!(v7))))));
                    v6 |= (ushort)((((!((-(gid))))) >> ((v7) & 31)));
                    for (int i12 = 0; i12 < (int)(in[(gid + 16u) & 63u] & 3u); i12++) {
                    }
                }
                break;
            }
            case 7: {
                break;
            }
            }
        }
        break;
    }
    case 5: {
        break;
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a8[e]);
    h = mix(h, (ulong)v10);
    out[gid] = h;
}
