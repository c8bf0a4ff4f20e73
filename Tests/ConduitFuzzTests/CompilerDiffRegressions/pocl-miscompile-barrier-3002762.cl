// compiler-diff finding: reference-miscompile
// seed: 3002762 mode: barrier
// expected-hash: 0x7d4e501393b269b
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0x98ee88efdb33e91b
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0x7d4e501393b269b
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): hash 0x7d4e501393b269b
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor -cl-opt-disable: hash 0x7d4e501393b269b
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
uchar helper1(ulong p0) {
    long v2 = (((((!(((31857) == (p0))))) > (umod_ulong(((p0) | (p0)), ((p0) ^ (0511L)))))) - (((p0) & (p0))));
    v2 = ((((uchar)(rotate((uint)(((p0) | (p0))), (uint)(smod_long(v2, v2)))))) >= (clamp((uint)(((short)(sneg_long(v2)))), (uint)127UL, (uint)46106UL)));
    p0 = ((max((ulong)(((((p0) > (p0))) > (((p0) ? (v2) : (v2))))), (ulong)(0x1A447B6C4CB1DFDA))) - (((((p0) <= (min((int)(v2), (int)(v2))))) < (((((v2) ? (v2) : (p0))) != (((01240) >> ((p0) & 31))))))));
    v2 ^= (long)(((((((p0) ? (v2) : (p0))) || (clamp((char)(p0), (char)1L, (char)40L)))) & (max((long)(((v2) > (v2))), (long)(p0)))));
    return ((((((v2) >= (v2))) - (((v2) & (p0))))) * (((uchar)(v2))));
}
ulong helper3(char p0) {
    long v4 = ((helper1(p0)) >= (helper1(smod_int(p0, ((0xf33db21756e81529) ? (p0) : (p0))))));
    p0 = p0;
    v4 = (!(v4));
    p0++;
    for (int i5 = 0; i5 < 3; i5++) {
        v4 = v4;
        switch ((p0) & 7) {
        case 2: {
            v4 = v4;
            break;
        }
        case 3: {
            if (0125520211601757232031U) {
                v4 = 0xfb;
                v4 = ((((((uchar)(v4))) ? (i5) : (((p0) < (((v4) ? (i5) : (i5))))))) ? (p0) : (((((i5) || ((!(0x8000000000000000))))) ^ (((((i5) ? (i5) : (p0))) && (p0))))));
            }
            break;
        }
        case 6: {
            switch ((((ushort)(((char)(v4))))) & 7) {
            case 1: {
                uint w6 = 0u;
                while (w6 < 1u) {
                    w6++;
                    for (int i7 = 0; i7 < 1; i7++) {
                        if (min((ushort)(i7), (ushort)(i5))) break;
                    }
                    if (v4) continue;
                }
                break;
            }
            case 2: {
                break;
            }
            case 7: {
                break;
            }
            }
        }
        default: {
        }
        }
    }
    return sneg_int(sneg_int(((0x7376e230) == (v4))));
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
    int v8 = ((long)(gid));
    uint v9 = ((lid) ? (0x8) : (((((char)(mul_hi((uint)(in[(108ul) & 63]), (uint)(18446744073709551614u))))) | (v8))));
    tile[lid] = (uint)(((ssub_int((!(in[(((2777l) | (893U))) & 63])), abs((ushort)(v9)))) < (((clamp((uint)(lid), (uint)127UL, (uint)40752UL)) < ((~(v9)))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v9 ^= (uint)tile[(lid + 8u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 = ((helper3(gid)) | ((~(umod_ulong(v9, ((0xDE151362) ? (05044025544ul) : (in[(in[(clamp((short)(gid), (short)(-5085L), (short)(-1698L))) & 63]) & 63])))))));
    tile[lid] = (uint)(((sneg_int((!(gid)))) == (helper3(((in[(max((char)(0x9585A39F011B5D12L), (char)(lid))) & 63]) - (gid))))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (int)tile[(lid + 1u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (int)(((ushort)(((sneg_int(v8)) > (((lid) ? (v9) : (0103750)))))));
    tile[lid] = (uint)((((~(((016U) == (gid))))) ? (((32767u) * (((char)(lid))))) : (helper1(v8))));
    barrier(CLK_LOCAL_MEM_FENCE);
    v8 ^= (int)tile[(lid + 10u) % 16u];
    barrier(CLK_LOCAL_MEM_FENCE);
    uint a10[8] = {((ushort)(0xF209D8DEA87F3D8Au)), abs((ulong)(v9)), ((((ushort)(gid))) == (udiv_uint(64834U, 016u))), clz((int)(gid)), helper1(((v9) - (015404164650u))), ((helper3(v9)) > (((in[(umod_uint(gid, 0157045)) & 63]) + (0601)))), ((((uchar)(gid))) ? (helper3(gid)) : (clamp((uchar)(lid), (uchar)0UL, (uchar)244UL))), (!(((lid) ? (in[(helper1(in[(013) & 63])) & 63]) : (v9))))};
    v8 ^= (int)(v8);
    a10[(((((016774253227L) || (2707922055u))) < ((~(15))))) & 7] = ((((smul_int(v8, v8)) > (((0xB84FAAF5ul) & (v9))))) ? (((lid) | (0x3l))) : (((((a10[(((v8) ? (v8) : (0100001l))) & 7]) * (v9))) ? (((a10[((~(v9))) & 7]) ? (gid) : (v9))) : (((ushort)(0170004))))));
    v9 = ((((char)(helper1(helper3(v8))))) ? (((v9) ^ (abs((long)(((lid) ? (0x9) : (v8))))))) : (mul_hi((uint)(((((1632352423867456023l) ^ (47211UL))) ? (((in[(abs((long)(10763132208666250420u))) & 63]) & (v8))) : (((lid) ? (in[(v8) & 63]) : (30546U))))), (uint)((-(((a10[(0xd8f7df8b7c445bc8L) & 7]) & (v9))))))));
    int v11 = v9;
    v8 = sneg_int(((((v11) > (((a10[(0x4c4) & 7]) < (a10[(((v11) != (0xA56U))) & 7]))))) < (((ushort)(0x8728u)))));
    v8 = (int)exchange(tile, lid, (uint)(v8), 7u);
    v8 = a10[(((0x7fffL) > (0xD79D4D916755846E))) & 7];
    ushort v12 = ((((((((894l) | (v8))) ? (((gid) >= (0x4ul))) : (((a10[(((lid) < (a10[(1180333817L) & 7]))) & 7]) ^ (v8))))) >= (((ulong)(0666UL))))) ? ((~(((v8) - (((960) ? (a10[(((0x7EUL) >> ((0x235L) & 63))) & 7]) : (a10[(((short)(0174352U))) & 7]))))))) : (lid));
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a10[e]);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    out[gid] = h;
}
