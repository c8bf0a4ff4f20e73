// compiler-diff finding: reference-miscompile
// seed: 2028 mode: barrier
// expected-hash: 0x69e9b09b1ad0ee4a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xe063e288b91a7aec
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x69e9b09b1ad0ee4a
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x69e9b09b1ad0ee4a
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x69e9b09b1ad0ee4a
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
    char v1 = sneg_int(((short)(((min((uchar)(lid), (uchar)(gid))) ? (854L) : (in[(((lid) >= (0xf08l))) & 63])))));
    uint v2 = ((((((((ulong)(v1))) <= ((~(240UL))))) || (max((uint)((~(v1))), (uint)(gid))))) != ((~(v1))));
    uint v3 = lid;
    uint v4 = (((!((((~(gid))) >> ((((03510525236ul) && (in[(((01777777777777777777777) | (in[(abs((ulong)(011l))) & 63]))) & 63]))) & 31))))) || (((((010L) ? (gid) : (abs((char)(01141UL))))) >> ((((int)(abs((short)(gid))))) & 31))));
    if (sadd_int(min((char)(lid), (char)((~(0xeU)))), abs((ushort)(mul_hi((int)(v2), (int)(in[(((gid) ^ (0x9914A8C3A2649977))) & 63])))))) {
        v1 = ((uchar)(28336u));
    }
    for (int i5 = 0; i5 < 4; i5++) {
        v3 = ((((int)(((((lid) << ((v4) & 31))) ? (v1) : (((v4) ? (gid) : (010362ul))))))) ? (((v1) ? (lid) : ((~(((v4) + (v4))))))) : (abs((long)(sneg_int(((v3) && (i5)))))));
        switch ((umod_uint(umod_uint(i5, v3), (((!(14L))) > (clamp((short)(i5), (short)11L, (short)31669L))))) & 7) {
        case 1: {
            ulong v6 = (~((~(((ulong)(in[(((v4) || (i5))) & 63]))))));
            break;
        }
        case 7: {
            v4 = ((((((ushort)(((short)(v4))))) > (((((in[(((v1) < (015772253113113644625))) & 63]) << ((017777777777) & 31))) ? (((v3) << ((0x7fffu) & 31))) : (max((long)(in[(gid) & 63]), (long)(v4))))))) && (((((uint)(max((char)(i5), (char)(lid))))) <= (mul_hi((int)(((v3) || (lid))), (int)(v1))))));
            break;
        }
        default: {
            switch ((((((udiv_uint(v4, 02U)) ? (umod_uint(in[(((v1) ? (lid) : (v1))) & 63], v4)) : (max((ulong)(gid), (ulong)(gid))))) - ((!(smul_long(020000000001U, 2649394300)))))) & 7) {
            case 5: {
                v3 = v2;
                break;
            }
            default: {
                long v7 = v4;
            }
            }
        }
        }
        v3 = (-(rotate((uint)((((~(i5))) ^ (((0442165606174325325313U) ? (0xFACECA49F363B7E2l) : (026531640035565427345))))), (uint)(((((short)(0xcul))) ^ (((v2) + (43605U))))))));
    }
    long v8 = ((((uchar)(((ulong)(((v1) >= (v2))))))) && ((!((((!(1271084087047369439))) & (gid))))));
    for (int r9 = 0; r9 < 2; r9++) {
        tile[lid] = (uint)v2 + (uint)r9;
        barrier(CLK_LOCAL_MEM_FENCE);
        v2 ^= (uint)(tile[(lid + 4u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    ushort a10[4] = {((((short)(0xA0217F0Du))) >> ((gid) & 31)), ((((gid) ? (v8) : (014ul))) ? (rotate((uint)(35827), (uint)(in[((-(v3))) & 63]))) : (((v3) & (3472622721U)))), ((((v3) << ((v1) & 31))) ? (((v4) + (0xEBB0F697DF832489L))) : (((uint)(01555u)))), ((v3) <= (popcount((char)(0x7B37EE6651494643L))))};
    ++v2;
    a10[(v4) & 3] = ((((int)(((a10[(max((ulong)(v2), (ulong)(in[(a10[((!(v3))) & 3]) & 63]))) & 3]) + (in[(((2ul) >> ((v1) & 63))) & 63]))))) && (((uchar)(min((short)(v2), (short)(v3))))));
    a10[((~((~(3831699639UL))))) & 3] = in[(01617620125) & 63];
    tile[lid] = (uint)(((((((lid) != (v1))) || ((!(lid))))) != (((long)(((lid) * (v2)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v4 ^= (uint)tile[(lid + 4u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    uint v11 = rotate((int)(((ulong)(v1))), (int)(smul_int(((((55061) ^ (gid))) < (in[(v4) & 63])), sdiv_int(((0x28c2) ? (v1) : (a10[(0x2492UL) & 3])), ((uchar)(v3))))));
    a10[((!(((a10[(udiv_uint(v11, v11)) & 3]) ? (126) : (v8))))) & 3] = ((((((in[(min((ulong)(gid), (ulong)(a10[(((011U) > (13L))) & 3]))) & 63]) * (a10[(sdiv_long(v1, 0x6096F53CL)) & 3]))) ? ((~(v3))) : (clamp((ulong)(3455305901439922666U), (ulong)3UL, (ulong)6799481721309881185UL)))) == (((long)(a10[(0x4F98FD4Bl) & 3]))));
    v1 >>= ((char)(((((((ulong)(a10[(((gid) >> ((lid) & 31))) & 3]))) ? (((gid) > (lid))) : (((uchar)(01346ul))))) != (0xb))) & 31);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v8);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v11);
    out[gid] = h;
}
