// compiler-diff finding: mismatch
// seed: 100293 mode: vector
// expected-hash: 0x45fe506eb7ed6309
// direct pthread-skylake-avx512-AMD EPYC: hash 0x45fe506eb7ed6309
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xf919869e6e988e09
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xf919869e6e988e09
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x45fe506eb7ed6309
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
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    long v1 = in[(((lid) ? (gid) : (gid))) & 63];
    ushort v2 = lid;
    int v3 = ((max((ushort)(((((5026657376964493873U) * (v2))) >= (((v2) ? (v2) : (v2))))), (ushort)(381U))) ^ (min((char)(sadd_int(((4244257178) < (v2)), ((lid) == (0x1dd)))), (char)(lid))));
    uint v4 = 026121021631ul;
    long v5 = v1;
    char16 vec6 = (char16)((char)((-(((ulong)(v1))))), (char)(((((v2) ^ (v3))) >= (((12ul) ? (v5) : (lid))))), (char)(sshl_long(max((long)(lid), (long)(v2)), (v3) & 63)), (char)(((clamp((ushort)(020000000001L), (ushort)8UL, (ushort)718UL)) ^ (in[(((in[((-(in[(((uchar)(gid))) & 63]))) & 63]) | (4304065138943527304ul))) & 63]))), (char)((-((-(gid))))), (char)((!(((lid) ? (v1) : (v2))))), (char)(01555527035101353265311), (char)((~(sdiv_long(v1, v1)))), (char)(((max((uchar)(0107630), (uchar)(0177))) & (abs((short)(in[(v5) & 63]))))), (char)(v1), (char)(sshl_int(((0376U) != (in[(((0632ul) && (v4))) & 63])), (mul_hi((int)(v4), (int)(v1))) & 31)), (char)(((4294967294UL) ? (((ulong)(01737671413362242040775UL))) : (((ushort)(in[(((lid) != (in[(0x2763) & 63]))) & 63]))))), (char)(((((14U) > (v3))) >= (v2))), (char)(((((long)(45831UL))) ? (in[(((in[(lid) & 63]) ? (v4) : (v5))) & 63]) : (sshl_long(024466563465L, (v4) & 63)))), (char)(in[(min((uchar)(0x81L), (uchar)(gid))) & 63]), (char)(abs((int)(((lid) & (gid))))));
    int2 vec7 = (int2)((int)(max((char)(((short)(gid))), (char)(popcount((char)(0xF534u))))), (int)(sneg_int(((ushort)(gid)))));
    vec6 = select(vec6, vec6, vec6 >= vec6);
    uint w8 = 0u;
    while (w8 < 1u) {
        w8++;
        switch (((!(((max((short)(v3), (short)(0x80000000L))) ? (clz((short)(lid))) : (((0x3BEUL) >= (in[(((v2) >> ((vec7.s1) & 31))) & 63]))))))) & 7) {
        case 3: {
            uint w9 = 0u;
            while (w9 < 2u) {
                w9++;
                uint w10 = 0u;
                do {
                    w10++;
                    { uint *p = &v4; *p = (*p ^ (uint)(((((gid) || (lid))) ? (015U) : (((v1) ? (v1) : (v5)))))) * 3u + 1u; }
                } while (w10 < 2u);
                v4++;
                if (((short)(((gid) | (v4))))) continue;
            }
            vec6 = vec6 | (char)(smod_int(((uchar)(14ul)), ((uchar)(((vec7.s1) > (v3))))));
            break;
        }
        case 4: {
            for (int i11 = 0; i11 < 0; i11++) {
                v2 = (!(v1));
            }
            v3 = sneg_int(((((char)(vec7.s0))) != (0x1U)));
        }
        default: {
            vec6 = as_char16(abs(vec6));
        }
        }
        v3 = ((uchar)(udiv_uint(lid, v2)));
    }
    vec6 = as_char16(abs(vec6));
    vec7 = as_int2(abs(vec7));
    long v12 = ((min((short)(((0x5ul) ? (abs((long)(v1))) : (0631515733351137146303))), (short)(gid))) & ((~(((0x7E) ? (((v2) == (vec6[(max((uint)(01174), (uint)(lid))) & 15]))) : (((v5) == (01000000000000000000001u))))))));
    if (3765ul) {
        vec6 = convert_char16(vec6);
        uint v13 = ((((0175311L) | (lid))) < (01155601444406524554720l));
        vec7 = min(vec7, vec7);
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)vec6.s0);
    h = mix(h, (ulong)vec6.s1);
    h = mix(h, (ulong)vec6.s2);
    h = mix(h, (ulong)vec6.s3);
    h = mix(h, (ulong)vec6.s4);
    h = mix(h, (ulong)vec6.s5);
    h = mix(h, (ulong)vec6.s6);
    h = mix(h, (ulong)vec6.s7);
    h = mix(h, (ulong)vec6.s8);
    h = mix(h, (ulong)vec6.s9);
    h = mix(h, (ulong)vec6.sa);
    h = mix(h, (ulong)vec6.sb);
    h = mix(h, (ulong)vec6.sc);
    h = mix(h, (ulong)vec6.sd);
    h = mix(h, (ulong)vec6.se);
    h = mix(h, (ulong)vec6.sf);
    h = mix(h, (ulong)vec7.s0);
    h = mix(h, (ulong)vec7.s1);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
