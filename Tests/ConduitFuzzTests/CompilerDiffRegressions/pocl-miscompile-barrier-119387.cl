// compiler-diff finding: reference-miscompile
// seed: 119387 mode: barrier
// expected-hash: 0xd06ee767ea8b3775
// direct pthread-skylake-avx512-AMD EPYC: hash 0xcb2295d8aa0f1e20
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xd06ee767ea8b3775
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xd06ee767ea8b3775
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xd06ee767ea8b3775
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
    char v1 = ((((min((int)(((char)(in[(((ushort)(0x4634))) & 63]))), (int)(gid))) > (in[(0x1FEu) & 63]))) >> ((((ushort)(gid))) & 31));
    uchar v2 = ((ushort)(abs((int)(((((lid) ^ (v1))) == (((v1) != (gid))))))));
    short v3 = ((ulong)(mul_hi((short)(gid), (short)(max((ushort)(lid), (ushort)(umod_ulong(v2, 17920454153872436104U)))))));
    short v4 = ssub_int(rotate((char)(((gid) - (abs((char)(in[(((gid) + (v1))) & 63]))))), (char)(v2)), v2);
    for (int r5 = 0; r5 < 1; r5++) {
        tile[lid] = (uint)v4 + (uint)r5;
        barrier(CLK_LOCAL_MEM_FENCE);
        v4 ^= (short)(tile[(lid + 14u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    short v6 = clz((ulong)(((v4) && (lid))));
    tile[lid] = (uint)(1922409913U);
    barrier(CLK_LOCAL_MEM_FENCE);
    v6 ^= (short)tile[(lid + 11u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    char a7[8] = {((v1) ? (v6) : ((~(v1)))), gid, ((0x7FFFul) ? (((in[(v1) & 63]) ? (v3) : (v6))) : (((0xb60eL) > (v3)))), ((gid) ? (((char)(0177777))) : (((in[(v2) & 63]) <= (lid)))), (~(clz((uint)(v2)))), min((char)(((v1) ? (0x57ccb32bc280ab2) : (v3))), (char)(rotate((ushort)(lid), (ushort)(0xffffffffffffffff)))), (~((-(544ul)))), v1};
    a7[((~(((01777777777777777777777U) | (431606281456015414U))))) & 7] = sadd_int(rotate((short)((~(6407095708833351867ul))), (short)(max((uint)(v2), (uint)(a7[(v4) & 7])))), ((char)(v1)));
    a7[(((char)(((0x7Eu) && (0x1f2))))) & 7] = rotate((int)(a7[((-(ulong)(077777l))) & 7]), (int)(0x7ffffffeU));
    for (int i8 = 0; i8 < 3; i8++) {
        uchar v9 = ((((gid) + (((a7[(((ulong)(0ul) + (ulong)(8U))) & 7]) * (((v6) ? (0200u) : (i8))))))) ? ((!(udiv_uint((!(v3)), rotate((uint)(8614852796089534868), (uint)(a7[(sneg_int(v6)) & 7])))))) : (((((in[(mul_hi((uchar)(0x97e619b4), (uchar)(in[(((int)(a7[(0x21Cu) & 7]))) & 63]))) & 63]) || (gid))) ? (sneg_int(((int)(lid)))) : (smul_int(((i8) >> ((v6) & 31)), i8)))));
        if (((((((gid) << ((v3) & 31))) && ((~(lid))))) ^ (v6))) {
            uint w10 = 0u;
            while (w10 < 4u) {
                w10++;
                ushort v11 = ((ushort)(((((((lid) ^ (gid))) && (((0x11BBu) & (a7[(((i8) >> ((v2) & 31))) & 7]))))) ? (sshl_int(((0x2UL) ? (a7[(((i8) >> ((035371361003) & 31))) & 7]) : (011)), (((in[(((0x321U) ? (01012647603542002444031U) : (i8))) & 63]) + (a7[(((i8) | (016U))) & 7]))) & 31)) : (v9))));
            }
            uint w12 = 0u;
            while (w12 < 4u) {
                w12++;
                if (max((uint)((~(((char)(a7[((-(020275110373))) & 7]))))), (uint)(((((020000000000) <= (v3))) ? (i8) : (a7[(udiv_ulong(lid, 0777777777777777777776ul)) & 7]))))) {
                    for (int i13 = 0; i13 < 4; i13++) {
                        v6 = ((gid) ? (((v6) <= (smul_int((!(v9)), ((v4) <= (in[(a7[(((0x1baL) && (lid))) & 7]) & 63])))))) : (sshl_int(((((i13) == (037524267243))) > (((gid) & (a7[(((uchar)(v4))) & 7])))), (umod_uint(in[(min((int)(in[(sadd_int(i13, i8)) & 63]), (int)(i8))) & 63], ((uint)(v2)))) & 31)));
                        v6 = 0xb456e8b5c263195fL;
                        v1 = a7[(smul_int(v4, v6)) & 7];
                        v1 = ((uint)(((v9) == (a7[(((126u) == (0xc8977a38f3593d7UL))) & 7]))));
                    }
                    char v14 = clamp((int)(((rotate((long)((-(in[(((v1) >= (01140221423764660262370ul))) & 63]))), (long)(((07U) ? (in[(v9) & 63]) : (v3))))) ? (a7[(rotate((ushort)(lid), (ushort)(v1))) & 7]) : (((((ushort)(a7[((~(in[((~(v2))) & 63]))) & 7]))) ? (rotate((uchar)(0xd1), (uchar)(v9))) : (((v6) ^ (0x551CAE3Fl))))))), (int)171L, (int)321L);
                    a7[(((0x86cc3c3aUL) || (mul_hi((int)(gid), (int)(v9))))) & 7] = a7[(((uint)(0575U) * (uint)(0x90CAu))) & 7];
                } else {
                    v4 = ((ulong)(0x9e47a24859a19c58u));
                    v1 = ((sadd_long(((long)(((a7[(0xdUL) & 7]) ? (0x7FFFl) : (v3)))), v6)) ^ ((!(in[(((v6) ? (in[((~(i8))) & 63]) : (0xcL))) & 63]))));
                    uint w15 = 0u;
                    do {
                        w15++;
                        v3 = (!(in[(clz((ushort)(v6))) & 63]));
                        if (((uchar)(((v3) + (in[(max((int)(0677200653123132446313), (int)(v6))) & 63]))))) break;
                    } while (w15 < 3u);
                }
                uint w16 = 0u;
                while (w16 < 1u) {
                    w16++;
                    ulong v17 = max((uint)(in[((-(in[(39285u) & 63]))) & 63]), (uint)((((((~(v1))) ? (v2) : (((v1) <= (v1))))) ? (a7[(((0733114721122417447377UL) || (0x22A))) & 7]) : (in[(in[((!(v2))) & 63]) & 63]))));
                    v4 |= (short)((~(((((in[(abs((char)(in[(abs((ulong)(3163854013u))) & 63]))) & 63]) > (gid))) ? (414L) : ((-(in[(((i8) ^ (v6))) & 63])))))));
                }
                if (((((v2) ? (in[(rotate((uchar)(a7[(((ulong)(3538682969ul) - (ulong)(0526704367U))) & 7]), (uchar)(3377175143))) & 63]) : (a7[(sneg_int(v1)) & 7]))) ? (a7[(((short)(0x7fffffff))) & 7]) : (clz((uchar)(63667UL))))) continue;
            }
            v1 = ((((0xaL) * (0124622UL))) ? (in[(v2) & 63]) : (((sneg_int(((28745u) >= (v2)))) ? (((((lid) * (v6))) ? ((-(9U))) : (((a7[(((ulong)(026115322554ul) ^ (ulong)(017U))) & 7]) ? (v4) : (0503155157222647301472UL))))) : ((-(((in[((-(1024881791UL))) & 63]) * (596))))))));
        } else {
            v2 = (((!(sneg_int(clz((uchar)(a7[(((ulong)(01007ul) ^ (ulong)(0x8))) & 7])))))) ? (((ushort)(min((uint)(v3), (uint)(((ushort)(a7[(457919428u) & 7]))))))) : (a7[(((lid) ? (v3) : (a7[(lid) & 7]))) & 7]));
            ulong v18 = (-((((~(v4))) ? (((((0x1f7e0079UL) > (v3))) > (((01150) ? (v9) : (i8))))) : (0123201531205067511560ul))));
        }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    h = mix(h, (ulong)v3);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v6);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a7[e]);
    out[gid] = h;
}
