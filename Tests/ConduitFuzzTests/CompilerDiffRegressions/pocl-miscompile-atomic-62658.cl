// compiler-diff finding: reference-miscompile
// seed: 62658 mode: atomic
// expected-hash: 0xce9d1910cff69cfe
// direct pthread-skylake-avx512-AMD EPYC: hash 0x3f1cf389837bce3a
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xce9d1910cff69cfe
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xce9d1910cff69cfe
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xce9d1910cff69cfe
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
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    __local uint counters[4];
    if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }
    barrier(CLK_LOCAL_MEM_FENCE);
    char v1 = ((clz((uint)(((udiv_uint(014, gid)) - (((gid) + (in[(lid) & 63]))))))) ? (lid) : (((((uchar)(((gid) <= (gid))))) >= (abs((int)(((lid) << ((037777777777ul) & 31))))))));
    char v2 = rotate((int)(((0x8A8F8A3AD74078E8ul) > (((udiv_uint(lid, v1)) < (((gid) ? (0x6dl) : (32769u))))))), (int)((((~(((lid) <= (gid))))) == (((abs((long)(0x6C08CAFF))) && (((gid) > (010))))))));
    uint g4 = 0u;
    L3: {
        g4++;
        v2 ^= (char)((~(v1)));
    }
    if (g4 < 4u && (abs((long)(0366ul)))) goto L3;
    for (int i5 = 0; i5 < 2; i5++) {
        char v6 = (((~(((((i5) ? (032602346556L) : (gid))) ? (v2) : (((4294967295u) ? (0x7FFFFFFFFFFFFFFEl) : (lid))))))) == (0x2CA));
    }
    v2 = min((uchar)(((gid) ? (((clamp((long)(in[(((v2) >> ((v1) & 31))) & 63]), (long)(-2285092001707352997L), (long)703L)) >> ((((gid) & (in[(v2) & 63]))) & 63))) : (0x7))), (uchar)(gid));
    switch ((max((long)(abs((char)(in[(((short)(in[(((v2) ? (lid) : (lid))) & 63]))) & 63]))), (long)((!(((lid) ? (in[(((v1) + (gid))) & 63]) : (025271271524U))))))) & 7) {
    case 1: {
        uint w7 = 0u;
        do {
            w7++;
            v2 = sdiv_int(((((clz((ushort)(v1))) && (((ushort)(v1))))) ? (mul_hi((ushort)((~(lid))), (ushort)(((gid) > (0x9D7030FE842236FF))))) : (((uchar)(((0506577243676506562171u) > (in[(((023) ? (v1) : (gid))) & 63])))))), ((((((0732257016570300441526) - (0x756564C7ul))) != (128u))) != (((((in[(abs((ulong)(lid))) & 63]) + (v2))) == (((in[(((01070265244454620215130) == (lid))) & 63]) ? (lid) : (v2)))))));
            short v8 = ((char)((((-(gid))) || (((((in[(((char)(0127))) & 63]) & (v1))) >> ((rotate((uchar)(v1), (uchar)(3450463454))) & 31))))));
        } while (w7 < 4u);
        break;
    }
    case 3: {
        switch (((~(lid))) & 7) {
        case 0: {
            v1 >>= ((char)(v2) & 31);
            v1 = ((((v2) ^ (((min((long)(v1), (long)(05ul))) ^ ((~(v1))))))) ? (((int)(v1))) : (((uint)(((max((uint)(lid), (uint)(in[(((in[(((lid) ? (v1) : (gid))) & 63]) <= (lid))) & 63]))) ? (((017777777777L) <= (v1))) : (((v1) && (in[((!(v2))) & 63]))))))));
            break;
        }
        case 7: {
            atomic_xor(&counters[1], (uint)(clamp((long)(gid), (long)10L, (long)2625727289L)));
            ulong v9 = sneg_int(((((lid) ? (v1) : (65534L))) ? ((((!(01122037545500357172530))) != (rotate((ushort)(422134925ul), (ushort)(in[(clz((uchar)(lid))) & 63]))))) : (((clamp((char)(v1), (char)(-7L), (char)(-2L))) == (((v2) >> ((v2) & 31)))))));
            break;
        }
        }
        break;
    }
    case 7: {
        for (int i10 = 0; i10 < 0; i10++) {
            atomic_max(&counters[2], (uint)(((((022352070301u) ^ (smul_int(v1, v2)))) ? ((!(((34710ul) < (0u))))) : (((rotate((uchar)(v2), (uchar)(021001476647l))) ? (min((uint)(3650371780l), (uint)(v2))) : (v2))))));
            for (int i11 = 0; i11 < 1; i11++) {
                for (int i12 = 0; i12 < (int)(in[(gid + 20u) & 63u] & 3u); i12++) {
                    switch ((((((i12) ? (sdiv_int(i11, v2)) : (((gid) & (gid))))) <= (((gid) << (((~(i11))) & 31))))) & 7) {
                    case 1: {
                        v2 = ((((short)(in[(ssub_int(i10, i12)) & 63]))) < (lid));
                        break;
                    }
                    default: {
                        ulong v13 = (-((((!(((lid) || (i12))))) + (((((v2) ? (0xBul) : (32767L))) >> ((abs((uint)(i11))) & 63))))));
                    }
                    }
                    v1++;
                }
                v2 = ((mul_hi((char)(((((v1) <= (v1))) ? (((0335677065766604747753UL) >= (i11))) : ((~(in[(((0x11AUL) << ((01u) & 63))) & 63]))))), (char)(((char)(clamp((uint)(v1), (uint)26311UL, (uint)3819702881UL)))))) & (((smul_long(ssub_long(0x267L, i11), i11)) > ((!(((in[(((01226633660531142231434u) * (0200000U))) & 63]) >> ((0x624f) & 31))))))));
                v1 = ((short)(clz((short)((~(((i10) == (v1))))))));
                ushort v14 = (((((!(((v2) ? (033720276035L) : (lid))))) ? (((int)(v2))) : (udiv_uint(((gid) << ((in[(sadd_long(10650l, 1U)) & 63]) & 31)), smul_int(i11, i10))))) ? (sadd_int(((ushort)(udiv_uint(i11, in[(((013U) - (gid))) & 63]))), ((((gid) >= (lid))) >> ((((gid) + (i10))) & 31)))) : (0xfcd35ac6c2e3cd83l));
            }
            if (max((uchar)(in[(((lid) ^ (i10))) & 63]), (uchar)(((ushort)(0x6497EFA8ul))))) break;
            atomic_add(&counters[0], (uint)(i10));
        }
    }
    default: {
        ++v1;
    }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    ulong hc = 1UL;
    for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)hc);
    out[gid] = h;
}
