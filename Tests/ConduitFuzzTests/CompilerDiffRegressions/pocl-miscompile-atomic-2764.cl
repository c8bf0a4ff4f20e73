// compiler-diff finding: reference-miscompile
// seed: 2764 mode: atomic
// expected-hash: 0xb962c0aa2306fe48
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x4b34796b4bb1d128
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xb962c0aa2306fe48
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0xb962c0aa2306fe48
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0xb962c0aa2306fe48
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
uchar helper1(ulong p0, int p1) {
    p1 = (!(((0x3E00C891l) ^ (01003))));
    p1 = ((((((((uint)(p1))) | (((p0) ? (p1) : (p1))))) > ((!(42687UL))))) | (((ulong)(umod_ulong(((01611) ? (p1) : (p1)), (-(p0)))))));
    p0 = clz((uint)(abs((ulong)(p0))));
    return 012U;
}
ulong helper2(char p0, uint p1, ulong p2) {
    p0 = ((abs((uchar)((~(((long)(p1))))))) ? (((077777UL) <= (((short)(helper1(p1, 020000000000ul)))))) : (helper1(((p1) != (((char)(p0)))), abs((char)(((p1) ? (p0) : (p1)))))));
    short v3 = p1;
    ulong v4 = (((!(((((p1) - (v3))) && (p2))))) - (p2));
    p1 = (((~(sneg_int(p0)))) >= (((((p0) ? (udiv_ulong(p2, v3)) : (p0))) ? (((int)(((long)(p2))))) : (((((short)(0x139U))) || (((uint)(p2))))))));
    if (p2) {
        for (int i5 = 0; i5 < 4; i5++) {
            p0 = ((long)(helper1(0x7D4EC955919966CCu, 0xfffffffffffffffeU)));
            p0 >>= ((char)(((uchar)(((max((ushort)(v4), (ushort)(i5))) < (p2))))) & 31);
            p0 = ((((rotate((uint)((~(p0))), (uint)(((ushort)(p2))))) ? (((clamp((short)(p0), (short)4L, (short)24749L)) && (v3))) : (65535l))) ? (((long)(p2))) : (p1));
            p1 = 0200000;
        }
        p0 = clamp((uchar)(073232UL), (uchar)0UL, (uchar)112UL);
    } else {
        ulong v6 = max((int)(((p2) != ((-(p2))))), (int)(clamp((int)(p0), (int)17L, (int)58367L)));
        for (int i7 = 0; i7 < 1; i7++) {
            if (((max((short)(p0), (short)(p0))) ^ (v4))) break;
        }
    }
    return ((abs((short)(((v4) & (v3))))) >= (((p0) | (v3))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    short v8 = 01045;
    int v9 = ((((int)(8U))) & (((((((in[(((char)(021362771404U))) & 63]) ? (0xE897ul) : (lid))) > (mul_hi((uint)(01314345767406027543026), (uint)(gid))))) < (((ushort)(((v8) ? (lid) : (lid))))))));
    char v10 = (!(((ushort)(((13735701818804737483u) & (v8))))));
    int v11 = max((ulong)(((in[(sneg_int(v10)) & 63]) - (sadd_int((!(01573UL)), helper1(v10, 57152l))))), (ulong)(clz((short)(abs((uint)(((v10) & (in[(abs((ushort)(0x1c8l))) & 63]))))))));
    uint v12 = lid;
    v11 |= (int)(in[(((6349u) | (v8))) & 63]);
    short a13[4] = {((abs((int)(0x80000000))) >= (min((long)(lid), (long)(v8)))), in[(helper1(in[(((lid) * (v10))) & 63], v12)) & 63], ((long)(umod_uint(v11, v12))), (!(((char)(9852ul))))};
    uint w14 = 0u;
    do {
        w14++;
        uint w15 = 0u;
        while (w15 < 4u) {
            w15++;
            for (int i16 = 0; i16 < 3; i16++) {
                switch ((((helper2(((int)(015L)), ((v9) == (7ul)), (~(v12)))) >= (rotate((int)(max((ushort)(gid), (ushort)(15011))), (int)(((037777777776L) ? (a13[(v11) & 3]) : (in[(((short)(a13[(2L) & 3]))) & 63]))))))) & 7) {
                case 0: {
                    v12 = mul_hi((uint)(helper1(popcount((ushort)(mul_hi((uint)(i16), (uint)(6306262134290379151U)))), ((max((int)(v11), (int)(lid))) || (in[(((uint)(a13[(((0xde97UL) <= (a13[(((char)(0xadc742fc0bb0416ful))) & 3]))) & 3]))) & 63])))), (uint)(434l));
                    break;
                }
                case 1: {
                    v10 = helper2(v10, ((in[(((0432565163154021012767L) ? (v11) : (i16))) & 63]) >> ((abs((long)(((0x2ebb1bf7) == (lid))))) & 31)), v8);
                }
                case 3: {
                    v12 = helper2(in[(((short)(in[(((a13[(((0xfffffffffffffffeU) <= (012103150037))) & 3]) == (in[(popcount((int)(in[(((in[(in[(((a13[(((v11) || (17583827200081692221UL))) & 3]) > (v9))) & 63]) & 63]) ? (v11) : (in[(((uchar)(v9))) & 63]))) & 63]))) & 63]))) & 63]))) & 63], smul_int(helper1(((int)(1586396985u)), udiv_uint(lid, v12)), ((smul_int(v8, v9)) >> ((v12) & 31))), ((((umod_uint(lid, a13[(in[(sneg_int(i16)) & 63]) & 3])) ^ ((!(v12))))) < (in[(((v11) ? (in[(sneg_int(v11)) & 63]) : (v12))) & 63])));
                    break;
                }
                }
                v10 &= (char)((~(helper2((-(0132156331046375750037U)), ((v8) > (4081792533ul)), clamp((int)(gid), (int)(-630146706L), (int)1751576687L)))));
                atomic_max(&counters[2], (uint)(v10));
                if (clamp((int)(((long)(v11))), (int)129L, (int)791256697L)) continue;
                char v17 = helper2(((mul_hi((int)(((a13[((!(016ul))) & 3]) != (i16))), (int)(in[(((v10) >= (a13[((~(lid))) & 3]))) & 63]))) - (0x4AC9543EU)), v10, ((helper1(((in[(v9) & 63]) << ((v10) & 31)), ((0xED99B99667E70157l) & (0x7fffffff)))) ? (((char)(v10))) : (max((uint)(abs((long)(in[((~(v9))) & 63]))), (uint)(max((long)(v11), (long)(0xecc4ul)))))));
            }
            atomic_add(&counters[0], (uint)((!(helper2(abs((ushort)(8217891739494497455L)), (~(in[(abs((short)(v8))) & 63])), gid)))));
            if (min((short)(helper1(in[(((v8) && (v11))) & 63], a13[((~(0x7f))) & 3])), (short)(min((ulong)(v11), (ulong)(lid))))) break;
        }
    } while (w14 < 3u);
    if (rotate((int)(sneg_int(((in[(helper2(a13[(((v8) ? (1226031096) : (278l))) & 3], v12, 34133UL)) & 63]) < (in[(v9) & 63])))), (int)(sadd_int(((in[(((050553u) ? (v8) : (a13[(lid) & 3]))) & 63]) <= (2928389097l)), v10)))) {
        v8 = a13[(v8) & 3];
        v11 ^= (int)(rotate((uint)(((short)(clz((uchar)(v9))))), (uint)(v11)));
        switch ((clz((uchar)(a13[(helper2(v10, v12, 56674)) & 3]))) & 7) {
        case 1: {
            atomic_min(&acc[3], (uint)(v8));
            break;
        }
        case 4: {
            ulong v18 = v10;
            break;
        }
        case 5: {
            v8 = mul_hi((int)(((int)(lid))), (int)(v8));
            atomic_sub(&counters[0], (uint)(((a13[(0x0u) & 3]) != (helper1(helper1(0xB009, v8), sshl_int(v9, (0xdU) & 31))))));
            break;
        }
        case 6: {
            atomic_min(&counters[3], (uint)(((((0xcffd99e1790cbea4) || (((gid) >= (16U))))) ? (((((int)(v10))) ? (((v12) ? (0xCF9FL) : (v10))) : (lid))) : (((((long)(0x2e9UL))) ? (((0140350ul) <= (lid))) : (((0x709acb9f) == (0x9DE639B9u))))))));
            v10 = sshl_int(((uchar)((~(((v10) <= (in[(min((ushort)(077776l), (ushort)(v11))) & 63])))))), ((((~(((0400) == (a13[(((750) && (a13[(016130130263) & 3]))) & 3]))))) ? ((((!(a13[((-(uint)(14))) & 3]))) ? (sshl_int(v9, (v12) & 31)) : (((v10) * (in[((-(in[(sneg_int(v10)) & 63]))) & 63]))))) : (((((uint)(v12))) > (min((short)(0x2e5u), (short)(8l))))))) & 31);
        }
        }
    }
    ulong v19 = a13[(v12) & 3];
    if (sneg_int(((01000000000000000000000u) == (((in[(v12) & 63]) > (v10)))))) {
        v10 >>= ((char)(max((uchar)(((((ushort)(v9))) != (v10))), (uchar)(gid))) & 31);
        { uint *p = &v12; *p = (*p ^ (uint)(v11)) * 3u + 1u; }
    } else {
        atomic_xor(&counters[1], (uint)(helper2(((((ulong)(0x7el))) || (((uchar)(v9)))), ((uchar)(lid)), sneg_int(((short)(v8))))));
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a13[e]);
    h = mix(h, (ulong)v19);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
