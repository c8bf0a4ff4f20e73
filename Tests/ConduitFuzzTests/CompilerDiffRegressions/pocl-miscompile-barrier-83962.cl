// compiler-diff finding: reference-miscompile
// seed: 83962 mode: barrier
// expected-hash: 0xe9cc45718099aece
// direct pthread-skylake-avx512-AMD EPYC: hash 0xe957eaa4b4262a3
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0xe9cc45718099aece
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0xe9cc45718099aece
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0xe9cc45718099aece
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
char helper1(uchar p0, int p1) {
    uint a2[8] = {smul_int(((2147483647) < (p0)), ssub_int(p0, p1)), ((p1) ? (((p1) < (0137154357577674321477ul))) : (p0)), 01556067534425054450615L, umod_ulong(((0144451ul) - (0505435703150270773440)), ((uchar)(p1))), ((((p1) < (p1))) | (ssub_int(p0, p0))), 0x2b0UL, popcount((ulong)(((p0) < (p0)))), ((char)((-(0376U))))};
    p0 = abs((char)(p0));
    p0 = clamp((long)(((((ushort)(umod_uint(p1, a2[(11l) & 7])))) ? ((!(((01376l) != (0x5EFF))))) : ((((~(p0))) ? (max((ushort)(p1), (ushort)(0x9L))) : (((01051ul) ? (p1) : (a2[(a2[(((037255ul) < (052ul))) & 7]) & 7]))))))), (long)12L, (long)16L);
    return ((((uint)(smod_int(p0, p0)))) * (((p1) || (sdiv_int(p0, p0)))));
}
long helper3(int p0, char p1, int p2) {
    int v4 = helper1(0345U, ((p1) <= (((p2) | (((p2) && (p1)))))));
    p1 = ((p0) >= (((p0) ? (rotate((int)(((p1) ? (v4) : (p1))), (int)(p0))) : (((((0x8000000000000000L) ? (0x96c3df83L) : (p0))) >= (p2))))));
    p2 = ((p0) ? (((((((p0) >= (v4))) != (v4))) == (((uchar)(((v4) != (p2))))))) : (((helper1(((v4) - (11u)), abs((ulong)(v4)))) >= (v4))));
    p0 = (~(0x1463L));
    for (int i5 = 0; i5 < 4; i5++) {
        char v6 = ((i5) ? (((uint)(i5))) : (((p1) > (sneg_int(sdiv_int(p1, i5))))));
        v4 = 0xFU;
        v6 = p0;
        if (0x4B48AE8000577976ul) continue;
    }
    return ssub_int(p2, ((((13790000005768482932U) ? (v4) : (v4))) ? (p1) : (clamp((int)(p0), (int)119L, (int)263L))));
}
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
    ushort v7 = ((lid) >= ((!(min((uchar)(((gid) ? (lid) : (gid))), (uchar)(((gid) == (gid))))))));
    long v8 = ((((((0xAF4l) ^ (gid))) ^ (((v7) > (in[(max((uchar)(0x10000L), (uchar)(in[((~(in[((~(lid))) & 63]))) & 63]))) & 63]))))) == ((!(lid))));
    short v9 = 50206L;
    uint v10 = (!(((int)(0xC69AAE4DL))));
    int a11[4] = {((ushort)(max((int)(v7), (int)(v8)))), (!(((in[(((int)(v9))) & 63]) || (in[(((v10) ? (gid) : (gid))) & 63])))), ((clz((short)(in[(((gid) ? (v8) : (v8))) & 63]))) >> (((!(0116131UL))) & 31)), (!(((uchar)(v7))))};
    a11[(clamp((int)(v9), (int)(-1364390829L), (int)2147483647L)) & 3] = sshl_int(((ushort)(((a11[(min((int)(gid), (int)(01300))) & 3]) >> ((lid) & 31)))), ((!(((v10) == (v9))))) & 31);
    tile[lid] = (uint)(((((clamp((int)(v7), (int)32769L, (int)1191162591L)) > (((a11[((!(01332UL))) & 3]) ? (v9) : (v8))))) < ((!(((262) <= (a11[(((lid) ? (v9) : (v9))) & 3])))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (long)tile[(lid + 3u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    uchar v12 = (!((!((~((-(0163565U))))))));
    a11[(max((char)((!(a11[(((in[(v10) & 63]) ? (v10) : (v12))) & 3]))), (char)(((v8) & (v10))))) & 3] = helper3(sshl_long(((in[(min((ushort)(v12), (ushort)(gid))) & 63]) ? (v9) : (v8)), ((!(v9))) & 63), ((in[(max((int)(gid), (int)(lid))) & 63]) ? (v10) : ((!(v8)))), min((long)(ssub_int(0672455364, a11[(((7448291505339801016U) > (01777777777777777777776L))) & 3])), (long)(((0xb16c09e3149facbdUL) ? (a11[(2U) & 3]) : (0xCDBAD27C61635CA9l)))));
    for (int r13 = 0; r13 < 3; r13++) {
        tile[lid] = (uint)v10 + (uint)r13;
        barrier(CLK_LOCAL_MEM_FENCE);
        v10 ^= (uint)(tile[(lid + 8u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    switch ((((uint)(((((int)(v12))) ? (v10) : (a11[(((v10) <= (v8))) & 3]))))) & 7) {
    case 2: {
        { uint *p = &v10; *p = (*p ^ (uint)(in[(((891147107) || (v9))) & 63])) * 3u + 1u; }
        v10 = ((lid) && (v7));
        break;
    }
    case 4: {
        v8 = ((v8) ? (((clamp((ulong)(((01476516117642406524466L) || (v10))), (ulong)0UL, (ulong)1073741824UL)) - (((0xe8L) ? (((a11[(640U) & 3]) ? (v8) : (in[(((13u) << ((v8) & 31))) & 63]))) : (v10))))) : (a11[(((0x170UL) >= (32767U))) & 3]));
        break;
    }
    case 7: {
        uint w14 = 0u;
        while (w14 < 3u) {
            w14++;
            v9 = (~(v7));
        }
        v10 >>= ((uint)(((v8) <= (sadd_long(helper3(07U, 0xCL, 0x1FDl), ((ushort)(v10)))))) & 31);
    }
    }
    switch ((((((ulong)(min((uint)(223), (uint)(0x2580127fL))))) ? (0201l) : (v8))) & 7) {
    case 1: {
        v8 = max((ushort)(((v10) - (((max((short)(v8), (short)(v9))) > (in[(((ulong)(v8))) & 63]))))), (ushort)(((uint)((-(0x1c61u))))));
    }
    case 5: {
        v12 = max((ulong)(077270), (ulong)(popcount((char)(((helper1(gid, a11[(smod_int(020, a11[(((char)(0x913a776baa2f973f))) & 3])) & 3])) ? ((!(a11[(35709u) & 3]))) : (clz((uchar)(a11[(((in[(a11[(((int)(15250348181187926469u))) & 3]) & 63]) == (v9))) & 3]))))))));
        long v15 = min((char)(lid), (char)(v12));
    }
    default: {
        v10 = ((((((helper1(296904379299326272u, in[(sdiv_long(v10, v8)) & 63])) >= (((v10) - (in[(abs((ulong)(v9))) & 63]))))) ? (((in[(helper3(v9, v9, v8)) & 63]) << ((((v7) + (1529521627u))) & 31))) : ((-(((0x3A5ul) ? (v10) : (v10))))))) * (((char)(((int)(0x996D72A8L))))));
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
