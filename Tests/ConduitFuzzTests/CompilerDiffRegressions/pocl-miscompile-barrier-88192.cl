// compiler-diff finding: reference-miscompile
// seed: 88192 mode: barrier
// expected-hash: 0xf441a766efe807db
// direct pthread-skylake-avx512-AMD EPYC: hash 0x916742dc0261177e
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xf441a766efe807db
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xf441a766efe807db
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xf441a766efe807db
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
    ushort v1 = (((~(rotate((short)(lid), (short)(lid))))) ? (((int)((!(((lid) ? (1477269901U) : (gid))))))) : (((int)((!(((gid) ? (0x7FFFFFFFFFFFFFFF) : (gid))))))));
    uint v2 = lid;
    int a3[4] = {((min((long)(v2), (long)(v2))) != (((char)(in[((~(v1))) & 63])))), ((max((char)(v1), (char)(01513))) + (((in[(((3365016249728176184l) & (gid))) & 63]) ? (gid) : (010566656353u)))), (~(((v2) * (gid)))), 05117770733l};
    ulong v4 = ((((uchar)(clamp((long)(((a3[((-(lid))) & 3]) == (a3[((-(in[(lid) & 63]))) & 3]))), (long)1L, (long)30502L)))) != (clamp((ulong)(lid), (ulong)1073741823UL, (ulong)4531853577635424929UL)));
    short v5 = ((ssub_int(((((gid) ? (v2) : (a3[(((012u) || (v1))) & 3]))) || ((!(gid)))), ((short)(((v2) ? (v2) : (0x3aeeu)))))) >= (((gid) ? (((min((uchar)(lid), (uchar)(gid))) | (((int)(37347UL))))) : (((clamp((ulong)(a3[(((uint)(a3[(((uchar)(in[(((14u) & (lid))) & 63]))) & 3]))) & 3]), (ulong)1401315734UL, (ulong)4611686018427387903UL)) | (((v4) ? (a3[((-(0x222Eu))) & 3]) : (0x348))))))));
    v2 >>= ((uint)(umod_ulong(v4, v1)) & 31);
    a3[(((ushort)((-(0x5DDD4DAAu))))) & 3] = ((((((v4) ^ (lid))) > (min((ulong)(in[(((v1) | (v2))) & 63]), (ulong)(v1))))) ? (a3[(sshl_int(a3[(max((int)(v2), (int)(v5))) & 3], (v2) & 31)) & 3]) : (((uchar)(lid))));
    long v6 = ((((v1) > (((((uint)(lid))) >> ((v5) & 31))))) ? ((!(((((0715U) ? (in[(sneg_int(a3[(((long)(01263201643l))) & 3])) & 63]) : (a3[(sshl_int(v5, (v5) & 31)) & 3]))) << ((clamp((uchar)(in[(((short)(in[(07U) & 63]))) & 63]), (uchar)21UL, (uchar)153UL)) & 31))))) : (sshl_int(0x7B90, (((v2) * (popcount((uchar)(in[(v2) & 63]))))) & 31)));
    v4 = mul_hi((char)(((((in[((-(in[(smul_long(v6, v1)) & 63]))) & 63]) ? (((ulong)(0604))) : ((-(gid))))) ^ (02u))), (char)(((short)(smod_int(smul_int(0x30f, v5), ((v6) && (0xAB44E0902C8591FA)))))));
    v2 = ((lid) ? (((ulong)(((((a3[(023502672233L) & 3]) == (v5))) & (((a3[(((lid) > (a3[(v2) & 3]))) & 3]) | (v4))))))) : (v6));
    v5 = (short)exchange(tile, lid, (uint)(lid), 12u);
    switch ((min((uchar)(((long)(((v4) - (v5))))), (uchar)((~(6186517165092305711))))) & 7) {
    case 2: {
        if (((((((lid) > (gid))) + (((a3[(((lid) >= (3ul))) & 3]) ? (28207UL) : (v6))))) >= (clamp((ulong)(((a3[(((016u) < (v2))) & 3]) ? (v2) : (0143327UL))), (ulong)8UL, (ulong)19565UL)))) {
            for (int i7 = 0; i7 < 2; i7++) {
                uint w8 = 0u;
                while (w8 < 2u) {
                    w8++;
                    { uint *p = &v2; *p = (*p ^ (uint)(((int)(((126L) ? (v1) : (012U)))))) * 3u + 1u; }
                }
                switch ((((((v5) == (((i7) != (i7))))) || (sshl_int(426, (v6) & 31)))) & 7) {
                case 1: {
                    v2 <<= ((uint)(abs((ushort)(((clamp((uint)(v5), (uint)455311785UL, (uint)4294967295UL)) || (((v4) < (a3[((-(03UL))) & 3]))))))) & 31);
                    v1 = lid;
                }
                case 3: {
                    for (int i9 = 0; i9 < (int)(in[(gid + 13u) & 63u] & 3u); i9++) {
                        char v10 = ((((umod_uint(((uint)(in[((~(i7))) & 63])), (!(gid)))) ? (((v5) != (i7))) : (ssub_long(((0777777777777777777777l) & (v1)), gid)))) >> ((clamp((uchar)(sdiv_int((!(0xb098e6816bf776ea)), ((v4) ? (020) : (v1)))), (uchar)4UL, (uchar)254UL)) & 63));
                        a3[(a3[(0xD5FE7AD4ul) & 3]) & 3] = ssub_int(v1, (((~(i7))) == (abs((int)(v2)))));
                        if (sshl_int(((sneg_int(a3[(popcount((char)(a3[(((i9) == (v4))) & 3]))) & 3])) ^ (((a3[(0x376be95l) & 3]) & (v10)))), (a3[(in[(abs((char)(in[(i7) & 63]))) & 63]) & 3]) & 31)) {
                            a3[(v4) & 3] = ((uchar)(mul_hi((char)(((lid) ? (0x197BL) : (gid))), (char)(max((int)(a3[((-(0xEEFACD6F24700B12))) & 3]), (int)(v6))))));
                            v6 = ((584) + (((((((gid) - (v10))) & (v10))) + (((((char)(v5))) != (((gid) ? (in[(((uint)(0x3E79778A7967CB2E))) & 63]) : (0x84d716c6bad5b47al))))))));
                            a3[(838) & 3] = 48702;
                        } else {
                            v4 = ((uchar)(min((ushort)(((((0x8A57140EABB73F1F) ? (v5) : (a3[((~(8u))) & 3]))) | (v6))), (ushort)(max((char)(((8400ul) ? (gid) : (gid))), (char)(v2))))));
                        }
                    }
                    break;
                }
                }
                if (((((int)(in[(((ulong)(v5))) & 63]))) <= (a3[(v6) & 3]))) continue;
            }
        }
        break;
    }
    case 3: {
        break;
    }
    default: {
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a3[e]);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    out[gid] = h;
}
