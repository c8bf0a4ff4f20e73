// compiler-diff finding: reference-miscompile
// seed: 119098 mode: atomic
// expected-hash: 0x1b43eb2acef79ff6
// direct pthread-skylake-avx512-AMD EPYC: hash 0xda2518937d658a62
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x1b43eb2acef79ff6
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x1b43eb2acef79ff6
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x1b43eb2acef79ff6
// Conduit compiler-diff, mode atomic
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
ushort helper1(short p0, uint p1, ushort p2) {
    p1 = p1;
    { uint *p = &p1; *p = (*p ^ (uint)(((((ushort)(p1))) ? (clamp((long)(p2), (long)639L, (long)13025L)) : (abs((char)(p2)))))) * 3u + 1u; }
    return (~(rotate((char)((!(p0))), (char)((!(p2))))));
}
ulong helper2(uchar p0, ushort p1) {
    ulong v3 = (((~(((p1) ? (((07172314636ul) * (p0))) : (p1))))) * (clamp((uint)((!(((p0) ? (p0) : (p0))))), (uint)11UL, (uint)8399UL)));
    uint v4 = sshl_int((!(0xfac9dc3eUL)), (p1) & 31);
    uint g6 = 0u;
    L5: {
        g6++;
        v4 = clamp((long)(rotate((ushort)(((((v3) == (p0))) == (min((long)(p0), (long)(v4))))), (ushort)((((~(v4))) >= (10864L))))), (long)(-9081093183178295742L), (long)128L);
    }
    if (g6 < 1u && (min((uint)(06775041755), (uint)(((v3) & (v4)))))) goto L5;
    if (v3) {
        v4 = ((rotate((uint)(p1), (uint)(((mul_hi((char)(p0), (char)(p0))) >= (p1))))) || (v4));
        p0 = ((v4) << ((p0) & 31));
    }
    return v4;
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    char v7 = clamp((short)(clamp((short)(((((lid) - (gid))) ? (((ushort)(gid))) : (((ulong)(0xEA6AUL))))), (short)0L, (short)391L)), (short)(-7752L), (short)22577L);
    short v8 = v7;
    short v9 = 6015411041656112591L;
    char v10 = ((((long)(0x7aa2c9a77ed001d3UL))) == ((!(v9))));
    long v11 = helper1(rotate((uint)(((((v9) > (gid))) == (min((short)(in[(umod_uint(v8, in[((!(gid))) & 63])) & 63]), (short)(lid))))), (uint)(01572023045234377573766U)), v10, sneg_int((~(((gid) < (01604))))));
    uchar a12[4] = {umod_uint(((v9) ^ (lid)), ((uint)(lid))), helper1(sadd_long(v9, 0x0L), ((v8) <= (in[((~(v9))) & 63])), ((char)(0x4UL))), ((v11) != (0x365CUL)), helper1(in[(((in[(clz((long)(v10))) & 63]) ? (v7) : (29988L))) & 63], 0x1E2D4AE1ul, ((long)(v7)))};
    atomic_sub(&acc[0], (uint)((~(lid))));
    uint g14 = 0u;
    L13: {
        g14++;
        if (clz((int)(61265))) {
            atomic_add(&counters[0], (uint)(gid));
        }
    }
    if (g14 < 2u && ((~(((in[(helper1(v10, in[(helper2(gid, v8)) & 63], 8764474054107406140)) & 63]) << ((v8) & 31)))))) goto L13;
    atomic_xor(&counters[1], (uint)(helper1(01762461631707700434110, ((((v8) ? (4010636893U) : (0140042L))) ? ((!(3990477925))) : ((-(023157616673UL)))), v7)));
    for (int i15 = 0; i15 < 3; i15++) {
        atomic_add(&acc[0], (uint)(((((smul_int(v8, a12[(((0x8) <= (013))) & 3])) | (helper2(v11, gid)))) <= ((~(((in[(((126L) || (a12[(((ulong)(0xa06027a6u) ^ (ulong)(0x2711FBFCF34A4202u))) & 3]))) & 63]) - (lid))))))));
        v9 = smul_int(0x150, (~(min((uchar)(((in[(((0x6a29b0696529d469U) ? (v11) : (in[(v8) & 63]))) & 63]) ? (v10) : (v10))), (uchar)(min((int)(0273504667276026101604), (int)(v10)))))));
        if (((((a12[(((ulong)(017003L))) & 3]) >= (2495024072997254263))) ^ ((~(v10))))) continue;
    }
    atomic_min(&counters[3], (uint)(((clamp((ushort)(min((uint)(v8), (uint)(lid))), (ushort)13602UL, (ushort)62970UL)) ? (a12[(((ulong)(3619538584) ^ (ulong)(0L))) & 3]) : (0x9c5bu))));
    a12[(0x1UL) & 3] = max((short)(v11), (short)((!(clamp((ushort)(01335ul), (ushort)47442UL, (ushort)65535UL)))));
    ulong v16 = ((ushort)(lid));
    v7 = ((helper1(((((v16) & (0xEA3132633CA4995Fu))) != (v11)), ((uchar)(helper2(v9, v8))), ((ssub_int(v8, a12[(((a12[(v9) & 3]) & (7437))) & 3])) != (abs((char)(v8)))))) ? (sshl_int(((short)(in[(((ulong)(lid))) & 63])), (((lid) || (((0173340u) && (v7))))) & 31)) : (v8));
    a12[(02113) & 3] = 01460l;
    a12[(((((0x2ul) <= (14))) | (0x2F39U))) & 3] = ssub_int(clz((ushort)(((v8) ? (a12[(clamp((short)(0177776l), (short)(-8589L), (short)5241L)) & 3]) : (0xC50BFD7B2BF211AEl)))), ((int)(((041071L) == (v7)))));
    v9 = v9;
    v10 = ((ushort)(((int)(sneg_int(v8)))));
    for (int i17 = 0; i17 < 2; i17++) {
        uint w18 = 0u;
        do {
            w18++;
            a12[((((~(in[(0157063u) & 63]))) ? (gid) : (((a12[(((long)(0167272l))) & 3]) != (a12[(01) & 3]))))) & 3] = v10;
            if (((((a12[(042407124041355643023) & 3]) + (in[(((lid) ? (07513135065l) : (gid))) & 63]))) & (helper2(a12[(((gid) && (v7))) & 3], 020U)))) continue;
        } while (w18 < 3u);
        v10 = ((gid) >> ((gid) & 31));
        atomic_sub(&acc[0], (uint)(smul_int(helper1(v10, v10, in[(((ushort)(v11))) & 63]), ((v7) & (((char)(v7)))))));
        if (a12[(helper1(014, in[(168l) & 63], 0x7e)) & 3]) break;
        ++v8;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a12[e]);
    h = mix(h, (ulong)v16);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
