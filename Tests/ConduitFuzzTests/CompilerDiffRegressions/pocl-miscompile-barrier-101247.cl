// compiler-diff finding: reference-miscompile
// seed: 101247 mode: barrier
// expected-hash: 0x4d978db112e768b6
// direct pthread-skylake-avx512-AMD EPYC: hash 0xe1e265a3b42249d3
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x4d978db112e768b6
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x4d978db112e768b6
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x4d978db112e768b6
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
    int v1 = ((4600316955834955432u) > (lid));
    uchar v2 = ((umod_ulong(01436111464520272400513U, udiv_uint(lid, ((ushort)(gid))))) <= ((((-(gid))) - (((((v1) <= (gid))) && (0xCEB855474F3214A8))))));
    ulong a3[4] = {smod_int(((0x1dc) != (lid)), v2), smod_int(v2, v2), ((((in[(((char)(v1))) & 63]) == (v2))) >> ((((01405) >= (lid))) & 31)), (!(0xDu))};
    ushort v4 = umod_uint(((((short)((-(in[(((031523634512) - (024360672221))) & 63]))))) >= (v2)), clamp((uint)(gid), (uint)0UL, (uint)1537326267UL));
    a3[(((((char)(v1))) * (in[(sneg_int(v1)) & 63]))) & 3] = ((lid) != (((clz((char)(gid))) && (((v2) >= (0xAF94l))))));
    v4 &= (ushort)(((((((v1) ? (a3[(((gid) != (in[(((in[(((lid) ? (gid) : (v4))) & 63]) >= (in[(813065095) & 63]))) & 63]))) & 3]) : (in[(((lid) & (v2))) & 63]))) ? (0112245) : (((long)(a3[(((in[(((in[(((in[(clamp((long)(gid), (long)633L, (long)606824964L)) & 63]) | (v2))) & 63]) + (in[(udiv_uint(0x2a7851c8, gid)) & 63]))) & 63]) ? (in[(((lid) << ((0x4C2FUL) & 31))) & 63]) : (v4))) & 3]))))) >> ((((min((uint)(gid), (uint)(v2))) >> ((max((ushort)(01105055435265556264157), (ushort)(in[(((v2) ? (0xC0948D68UL) : (in[(((v4) <= (0x91991855291BACC2l))) & 63]))) & 63]))) & 31))) & 63)));
    char v5 = 01127745261041226533564UL;
    v5 >>= ((char)((((!(((uchar)(a3[(clamp((uint)(v4), (uint)0UL, (uint)127UL)) & 3]))))) || ((!(((in[(v2) & 63]) >= (a3[(v5) & 3]))))))) & 31);
    v5 = (!(umod_uint((~(((v5) != (gid)))), ((((lid) ? (v2) : (0xFFFEU))) ? (udiv_uint(v1, 033175u)) : (((int)(v4)))))));
    a3[(sshl_int(((short)(a3[(077776u) & 3])), (lid) & 31)) & 3] = ((((gid) ? (((in[(sshl_int(v4, (gid) & 31)) & 63]) ? (0xF74437FDl) : (v4))) : (((0103114L) && (v2))))) > (clamp((uchar)(a3[(((0x1l) < (gid))) & 3]), (uchar)4UL, (uchar)65UL)));
    a3[(((((ulong)(12489l) ^ (ulong)(0x7))) ^ (((char)(0xAE62UL))))) & 3] = ((max((uint)(((uchar)(v4))), (uint)(((6603143818328292716U) ? (v4) : (lid))))) ? (((((v2) ? (lid) : (v4))) <= (((uchar)(gid))))) : (((((short)(04462U))) & (in[(v2) & 63]))));
    switch ((v5) & 7) {
    case 0: {
        uint w6 = 0u;
        while (w6 < 1u) {
            w6++;
            uint v7 = (((((((-(in[(((lid) + (v2))) & 63]))) - (clamp((ulong)(060330), (ulong)0UL, (ulong)26532UL)))) ? ((~(udiv_uint(06770u, v5)))) : (((((v5) > (in[(((034754661002352565564ul) * (v2))) & 63]))) ? ((!(v2))) : (a3[(a3[(((a3[(((short)(01075L))) & 3]) & (v4))) & 3]) & 3]))))) ? (((rotate((ulong)(a3[(((ushort)(0x50740b236bc64230UL))) & 3]), (ulong)((~(4015522070268208387l))))) || ((!(((579UL) << ((in[(a3[(((586952298) == (0xbc7e9a2a538959f7))) & 3]) & 63]) & 63))))))) : (((uint)(((((129L) ? (v2) : (lid))) && (901664220UL))))));
            if (popcount((char)(((char)(v1))))) break;
        }
        ushort v8 = v5;
        break;
    }
    case 2: {
        v4 = ((((((01017204075704753775235U) ? (sshl_int(0, (in[(((v5) ? (0x8ul) : (v2))) & 63]) & 31)) : ((~(a3[(((ushort)(0677U))) & 3]))))) ? (((ushort)(clz((char)(v5))))) : (((((uchar)(in[(clz((ulong)(01475u))) & 63]))) * (umod_uint(in[((!(v4))) & 63], v2)))))) ? ((~(((((2593394472l) != (a3[(min((int)(v1), (int)(in[(((46785UL) + (10242))) & 63]))) & 3]))) < (sdiv_long(04u, 2495423450)))))) : (((((05322263554u) && ((~(01124U))))) >= (in[(((lid) & (lid))) & 63]))));
        v2 = in[((~(v5))) & 63];
        break;
    }
    case 4: {
        v5++;
        break;
    }
    case 7: {
        --v2;
    }
    default: {
        v1 = ((in[(min((short)(v1), (short)(1110102880ul))) & 63]) ^ (udiv_ulong(((((uchar)(v5))) <= (umod_ulong(v2, a3[(((0x343CB0DAUL) >> ((0112547l) & 63))) & 3]))), ((v5) ? (udiv_ulong(v5, a3[(((in[(((gid) == (7U))) & 63]) != (0x92D3D1B1F0316C4Dul))) & 3])) : (((in[(abs((int)(a3[(v5) & 3]))) & 63]) + (v1)))))));
    }
    }
    v4--;
    tile[lid] = (uint)(v5);
    barrier(CLK_LOCAL_MEM_FENCE);
    v1 ^= (int)tile[(lid + 4u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int i9 = 0; i9 < (int)(in[(gid + 31u) & 63u] & 3u); i9++) {
        for (int i11 = 0; i11 < 1; i11++) {
            v5 = ((((ushort)(clamp((char)(((a3[(((0177776U) > (0434l))) & 3]) <= (v2))), (char)(-87L), (char)36L)))) ? (udiv_uint(((udiv_ulong(394994008ul, v5)) ? (((0x75ec39517fabc8d5) == (in[(v5) & 63]))) : (in[(i11) & 63])), ((min((int)(i9), (int)(v5))) || (((ulong)(v1)))))) : (umod_uint(((i11) ? (in[((!(a3[(((uint)(128L))) & 3]))) & 63]) : (i9)), ((popcount((int)(02ul))) | (((uchar)(v4)))))));
            if (v2) goto L10;
            v5--;
        }
        L10: ;
        v4 = (~(((((ulong)(v5))) == (((((0177777) ? (v5) : (a3[((~(in[(0450u) & 63]))) & 3]))) ? ((~(i9))) : (in[(((gid) & (i9))) & 63]))))));
    }
    v5 = max((ulong)(smul_int((!(in[(clz((ulong)(v4))) & 63])), v2)), (ulong)(((((((gid) ? (a3[(0x80EBD2240B41881EU) & 3]) : (a3[((~(v2))) & 3]))) << ((((uchar)(gid))) & 63))) ? ((!(max((char)(v5), (char)(0x36D4C93066AEF59ul))))) : (v5))));
    ++v5;
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v1);
    h = mix(h, (ulong)v2);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a3[e]);
    h = mix(h, (ulong)v4);
    h = mix(h, (ulong)v5);
    out[gid] = h;
}
