// compiler-diff finding: reference-miscompile
// seed: 88798 mode: atomic
// expected-hash: 0x844ecf07d190c47
// direct pthread-skylake-avx512-AMD EPYC: hash 0x1d08725dd6a6f8c6
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x844ecf07d190c47
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x844ecf07d190c47
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x844ecf07d190c47
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
ushort helper1(uint p0, long p1, int p2) {
    uint v2 = ((ssub_int((!(((p2) || (p1)))), ((((int)(p2))) && (p1)))) || (((p1) >> ((clz((int)(p0))) & 63))));
    p0 = v2;
    v2 = ((v2) * (p2));
    p0 = ((((long)(popcount((uchar)(((p2) & (v2))))))) > (p2));
    return max((char)(((char)(sneg_long(p1)))), (char)((!(03212670335l))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    char v3 = umod_ulong(((0x8000UL) << ((((((in[(helper1(lid, 014ul, lid)) & 63]) >> ((gid) & 31))) != ((~(gid))))) & 63)), max((long)(((((uint)(0xbb7ee286l))) ? (((lid) < (in[(min((long)(gid), (long)(gid))) & 63]))) : (((in[(helper1(lid, gid, 0112563)) & 63]) ? (gid) : (gid))))), (long)(gid)));
    char v4 = (((~((((!(v3))) ? ((~(gid))) : (((v3) ? (gid) : (gid))))))) ? (udiv_ulong(04UL, udiv_uint(((in[((~(in[(((in[(abs((short)(lid))) & 63]) ? (v3) : (gid))) & 63]))) & 63]) * (gid)), min((uint)(32768), (uint)(lid))))) : (sneg_int(((short)(clz((long)(0x129991FCL)))))));
    short v5 = ((uchar)(smul_int(((((long)(0x1BFECD72))) > (((int)(lid)))), (!(((v4) >> ((v3) & 31)))))));
    v3 = ((lid) ^ (v3));
    uint w6 = 0u;
    do {
        w6++;
        uchar v7 = lid;
        if (((((in[(((v7) || (gid))) & 63]) ? (in[(gid) & 63]) : (v4))) ? (helper1(v5, gid, gid)) : (((027524UL) - (v4))))) continue;
    } while (w6 < 4u);
    v3 = 0xBu;
    char v8 = v3;
    for (int i9 = 0; i9 < 0; i9++) {
        v8 = v8;
    }
    v3 = v8;
    switch ((((popcount((uint)(((v4) < (v8))))) * (0x239ul))) & 7) {
    case 2: {
        v8 = lid;
        v8 = (((((~(clamp((short)(0752360472507017034756l), (short)(-32768L), (short)8L)))) >> ((0511766773171670237074L) & 31))) ? (((sshl_int(01166, (((0xffffffffffffffffUL) + (0x1faL))) & 31)) ^ (((ulong)(((int)(lid))))))) : (((((umod_ulong(v5, 126ul)) >> ((v4) & 63))) ? (((((v5) < (v8))) + (025004U))) : ((((!(v3))) ? (((v3) & (v5))) : (((lid) - (v5))))))));
        break;
    }
    case 7: {
        atomic_sub(&acc[0], (uint)(((uchar)((((-(0x8000u))) != (max((uchar)(0x4ul), (uchar)(lid))))))));
        long v10 = 321;
        break;
    }
    }
    for (int i11 = 0; i11 < 3; i11++) {
        uint w12 = 0u;
        while (w12 < 4u) {
            w12++;
            atomic_add(&acc[0], (uint)(((uint)((((!(32768U))) || (((uchar)(lid))))))));
            --v4;
        }
        int v13 = abs((long)(lid));
        short v14 = (-(((((uint)(helper1(0x7FFFu, 016u, v4)))) ? (abs((long)(0xb9840625e4399128ul))) : (max((ushort)(helper1(lid, v4, in[(((01057U) + (in[(lid) & 63]))) & 63])), (ushort)(((short)(lid))))))));
        if (((((short)(v4))) & (i11))) break;
        uint w15 = 0u;
        while (w15 < 4u) {
            w15++;
            v8 = ((((gid) & ((~(helper1(in[(((v8) ^ (v14))) & 63], 2147483648, 4294967295UL)))))) > (v4));
        }
    }
    v5 = clamp((ulong)(max((int)(((gid) ^ (in[(((v5) ^ (v5))) & 63]))), (int)((-(udiv_ulong(20232UL, 0x6ul)))))), (ulong)4611686018427387903UL, (ulong)4639646785784699233UL);
    ++v4;
    for (int i16 = 0; i16 < (int)(in[(gid + 1u) & 63u] & 3u); i16++) {
        if ((!(v5))) {
            switch ((min((int)(((((gid) << ((v3) & 31))) >= ((-(in[(in[(rotate((char)(gid), (char)(0x399))) & 63]) & 63]))))), (int)((~(max((int)(v3), (int)(i16))))))) & 7) {
            case 2: {
                switch ((mul_hi((ushort)(helper1(sshl_int(v8, (0xfc5328bdcfc527fful) & 31), ((short)(v4)), i16)), (ushort)(max((uchar)((~(in[(((char)(gid))) & 63]))), (uchar)(sneg_int(i16)))))) & 7) {
                case 2: {
                    v3 = ((((((((0xFFUL) * (v5))) != (helper1(in[(helper1(033175777017u, v8, i16)) & 63], 0UL, i16)))) ? (((((short)(gid))) == (in[(v5) & 63]))) : (max((long)(((short)(v5))), (long)(v3))))) | (((lid) != (0x776110bbff2aecd9U))));
                    break;
                }
                default: {
                    atomic_max(&acc[2], (uint)((~(in[(v8) & 63]))));
                }
                }
                break;
            }
            case 3: {
                uchar v17 = v8;
                break;
            }
            default: {
                uint w18 = 0u;
                do {
                    w18++;
                    atomic_max(&acc[2], (uint)(sneg_int(((((long)(v5))) || (((0111220L) ? (v4) : (v8)))))));
                    v4 = ((11L) | (lid));
                } while (w18 < 2u);
            }
            }
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
