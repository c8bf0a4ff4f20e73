// compiler-diff finding: reference-miscompile
// seed: 86851 mode: vector
// expected-hash: 0x5772339641bf6cc9
// direct pthread-skylake-avx512-AMD EPYC: hash 0xbb00889013ec0ed9
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x5772339641bf6cc9
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x5772339641bf6cc9
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x5772339641bf6cc9
// Conduit compiler-diff, mode vector
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
long helper1(short p0, uint p1) {
    uint v2 = smul_int(((int)(129)), (!(((((p0) <= (p1))) ? (((ulong)(p0))) : (((p1) | (p1)))))));
    if (((max((uint)((~(p0))), (uint)(((2) && (v2))))) * (((uchar)(p0))))) {
        p0 = abs((uchar)(sshl_long(((long)(((p0) ^ (p1)))), ((~((!(p0))))) & 63)));
        v2 = ((((((((v2) ? (v2) : (0x9e2a646UL))) ? (((p1) ? (v2) : (v2))) : (sneg_long(0x2EAl)))) > (mul_hi((int)(((p0) | (p0))), (int)(((uint)(384))))))) ? (((clz((ulong)((~(0x0))))) ? (p1) : (p1))) : (0x2FAU));
    } else {
        switch ((rotate((uchar)(((((p1) == (p1))) ? ((~(v2))) : ((!(0131517))))), (uchar)((!(p0))))) & 7) {
        case 0: {
            uchar v3 = abs((ulong)(((popcount((long)(v2))) ? (sshl_int(p0, (((0xfd049d373de92112l) ? (v2) : (0x8))) & 31)) : (((udiv_uint(p1, p0)) || (((p0) == (011001U))))))));
            switch ((sdiv_int(((((p1) >> ((p1) & 31))) == (((p0) >= (p1)))), p0)) & 7) {
            case 2: {
                v3++;
                uint w4 = 0u;
                while (w4 < 3u) {
                    w4++;
                    p1 = max((char)(((sshl_int(v3, (v2) & 31)) && (((udiv_uint(v2, p0)) << (((~(01467550235635633225335u))) & 31))))), (char)(((((((p0) >> ((p1) & 31))) ? (((p0) >= (v3))) : (((0x2e6l) ? (v2) : (p0))))) ? (((((p1) >= (p0))) ? (udiv_ulong(p1, 0xbful)) : (v2))) : (((char)((~(p1))))))));
                    if (((ushort)(012l))) break;
                }
                break;
            }
            default: {
                ushort v5 = ((v3) | ((!(v2))));
            }
            }
            break;
        }
        case 1: {
            p1 = (((((~(p1))) + (((((p1) + (0x10u))) ? ((-(v2))) : (((p1) ? (p1) : (p1))))))) ? (min((long)(((popcount((ulong)(p0))) ? (((long)(v2))) : (((1800513891UL) + (v2))))), (long)(((((p1) && (p0))) < (p1))))) : (v2));
        }
        case 4: {
            break;
        }
        default: {
        }
        }
    }
    return (!(((udiv_uint(p1, v2)) ? (((p1) == (v2))) : (03L))));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v6 = ((mul_hi((long)(mul_hi((long)(lid), (long)((!(01660416743754720752444u))))), (long)((-(gid))))) >= (gid));
    ushort v7 = v6;
    uchar v8 = ((((uint)((~(abs((int)(2147483648L))))))) ? (017l) : (((((long)(helper1(884, in[(lid) & 63])))) <= (((((v7) || (0x4B47AC07l))) ^ (((v7) & (1361596309L))))))));
    short4 vec9 = (short4)((short)(((uchar)(((v8) ^ (v7))))), (short)(sshl_int(max((ushort)(01670l), (ushort)(lid)), (min((short)(lid), (short)(528))) & 31)), (short)(v6), (short)(0xaL));
    ulong4 vec10 = (ulong4)((ulong)(sneg_long(helper1(013373ul, v7))), (ulong)(helper1(in[(((in[(01075472144255121551013) & 63]) <= (v6))) & 63], rotate((ushort)(28), (ushort)(in[(((v7) ? (vec9.s0) : (in[(sneg_int(vec9.s3)) & 63]))) & 63])))), (ulong)(v7), (ulong)((!(lid))));
    uint16 vec11 = (uint16)((uint)(v7), (uint)(0677547353265707630605ul), (uint)(((max((ushort)(lid), (ushort)(0ul))) ? (clz((ulong)(vec9.s2))) : (((0x8000000000000000u) ? (in[(((vec9[((~(2499019481u))) & 3]) ? (vec9.s1) : (vec10[(clamp((uint)(vec10.s0), (uint)15UL, (uint)983863292UL)) & 3]))) & 63]) : (880ul))))), (uint)(((((lid) ? (gid) : (0x1014794de11205bdu))) >> ((v7) & 63))), (uint)(clamp((long)(min((char)(vec10[(((2352943248U) == (gid))) & 3]), (char)(0x50ul))), (long)3L, (long)429L)), (uint)(((((v8) <= (lid))) ? (((lid) * (0x9ec562c2c7cbb5d8))) : (max((short)(65535UL), (short)(v6))))), (uint)(((((int)(v8))) >> ((max((uchar)(0xF7u), (uchar)(v7))) & 31))), (uint)(in[(clz((short)(vec10.s2))) & 63]), (uint)((!((!(lid))))), (uint)(gid), (uint)(lid), (uint)(sneg_int(((2ul) >= (v7)))), (uint)(sneg_int(v8)), (uint)(vec10.s1), (uint)(((((gid) > (v6))) ? (max((uint)(v7), (uint)(vec9[(((v7) - (2186903190992154810u))) & 3]))) : ((!(v7))))), (uint)(vec9[(((in[(v7) & 63]) ? (gid) : (v8))) & 3]));
    vec11 = shuffle2(vec11, vec11, (uint16)(((((in[(v8) & 63]) <= (v8))) != (ssub_long(v8, 0x10l)))) ^ (uint16)(195, 132, 195, 48, 69, 12, 63, 136, 208, 140, 103, 57, 192, 164, 230, 13));
    v7 = (!(vec11.s0));
    v7 |= (ushort)(sneg_int(((((lid) > (vec11[(sshl_int(v6, (in[(((ushort)(v6))) & 63]) & 31)) & 15]))) != (((lid) ^ (vec11[(((v6) ? (v7) : (v7))) & 15]))))));
    switch ((((ulong)(1461870502UL))) & 7) {
    case 6: {
        v8 = ((ushort)(((((((int)(01546ul))) ^ (((v6) ^ (lid))))) << (((((~(vec10.s3))) ? (((v7) + (lid))) : (((32768) > (v7))))) & 31))));
        break;
    }
    case 7: {
        for (int i12 = 0; i12 < 2; i12++) {
            if (helper1(in[(popcount((ushort)(in[(clamp((uchar)(v6), (uchar)118UL, (uchar)152UL)) & 63]))) & 63], ((sneg_int(v8)) ? ((-(lid))) : (((int)(lid)))))) {
                vec10 = vec10 | vec10;
            } else {
                for (int i13 = 0; i13 < 1; i13++) {
                    v8 = helper1(in[(((023624345307U) != (i12))) & 63], helper1(((long)((!(vec10.s0)))), ((helper1(i13, i12)) && (((ushort)(2ul))))));
                    v8 = clz((short)(v6));
                    vec9 = shuffle2(vec9, vec9, (ushort4)(((((i13) ? (in[(v8) & 63]) : (i12))) + ((!(0x7FFF))))) ^ (ushort4)(67, 109, 115, 251));
                }
                v8 = ((i12) && (((in[((-(0x80UL))) & 63]) <= (((helper1(01634717261461240330614L, v8)) ? (((char)(0x73CD))) : (helper1(vec9[(((in[(v6) & 63]) ? (in[(gid) & 63]) : (gid))) & 3], v7)))))));
                uchar v14 = ((min((int)((((!(v7))) ? (umod_ulong(v8, 0xab0f2534590db8b9L)) : ((!(in[(((0x1AECAF158AF28332ul) + (v6))) & 63]))))), (int)(0x7fffffff))) ? (((helper1(lid, ((i12) && (v6)))) <= ((~(smod_int(i12, 07265665067)))))) : (v8));
            }
            vec10 = vec10 + vec10;
        }
        v6 = gid;
        break;
    }
    default: {
        for (int i15 = 0; i15 < 0; i15++) {
            v6 = v7;
            int v16 = 032334642261;
            if ((~(clamp((long)(in[(((v6) | (vec11.sf))) & 63]), (long)32327L, (long)2147483649L)))) continue;
        }
    }
    }
    vec9 = convert_short4(vec9);
    v7 = ((popcount((uint)(v6))) & (((uint)(((helper1(v8, vec9[(((v6) & (v8))) & 3])) ? (((lid) < (013UL))) : (((uint)(14U))))))));
    v7 >>= ((ushort)(((long)((-(in[(((uchar)(0x7CDDL))) & 63]))))) & 31);
    vec11 = convert_uint16_sat(vec11);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)vec9.s0);
    h = mix(h, (ulong)vec9.s1);
    h = mix(h, (ulong)vec9.s2);
    h = mix(h, (ulong)vec9.s3);
    h = mix(h, (ulong)vec10.s0);
    h = mix(h, (ulong)vec10.s1);
    h = mix(h, (ulong)vec10.s2);
    h = mix(h, (ulong)vec10.s3);
    h = mix(h, (ulong)vec11.s0);
    h = mix(h, (ulong)vec11.s1);
    h = mix(h, (ulong)vec11.s2);
    h = mix(h, (ulong)vec11.s3);
    h = mix(h, (ulong)vec11.s4);
    h = mix(h, (ulong)vec11.s5);
    h = mix(h, (ulong)vec11.s6);
    h = mix(h, (ulong)vec11.s7);
    h = mix(h, (ulong)vec11.s8);
    h = mix(h, (ulong)vec11.s9);
    h = mix(h, (ulong)vec11.sa);
    h = mix(h, (ulong)vec11.sb);
    h = mix(h, (ulong)vec11.sc);
    h = mix(h, (ulong)vec11.sd);
    h = mix(h, (ulong)vec11.se);
    h = mix(h, (ulong)vec11.sf);
    out[gid] = h;
}
