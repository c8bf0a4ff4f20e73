// compiler-diff finding: failed (the OpenCL adapter's first launch did not finish within 60 s: loop-budget exits in loops that hold barriers)
// seed: 30412 mode: barrier
// expected-hash: 0xb45b07ee4549d5db
// direct pthread-skylake-avx512-Intel(R) Xeon(R) Processor: hash 0xb45b07ee4549d5db
// conduit cpu (Conduit CPU (Intel(R) Xeon(R) Processor)): hash 0xb45b07ee4549d5db
// conduit opencl (pthread-skylake-avx512-Intel(R) Xeon(R) Processor): failed: timeout: fence #6.1 did not reach 413 within 60.0 seconds (it is at 412)
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
int helper1(uchar p0, uint p1) {
    uint v2 = p0;
    p1 = ((abs((ushort)(0x3A2l))) > (((((((int)(p0))) != ((!(p1))))) ^ (p1))));
    for (int i3 = 0; i3 < 2; i3++) {
        char v4 = v2;
        v4 = (((-(((v4) ? (i3) : (((0x3b9) & (v2))))))) > (v4));
        v2 = sneg_int((!(((smod_int(p0, v4)) - (((p0) ? (32768) : (p1)))))));
        v2 = ((short)(((0777777777777777777776) != (((p0) < (v4))))));
    }
    return ((v2) ? (((((0x0U) >> ((v2) & 31))) && (max((long)(v2), (long)(p1))))) : (p1));
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
    uint v5 = ((short)(((clz((uchar)(((lid) ? (gid) : (lid))))) ? (gid) : (((uint)(gid))))));
    short v6 = 0x34cUL;
    int v7 = udiv_uint(0x2, gid);
    char v8 = (~((-(min((uint)(v7), (uint)(v6))))));
    long v9 = abs((ulong)(((((long)(v5))) ? (helper1(v8, ((v7) < (4291572221U)))) : ((!((~(gid))))))));
    for (int i10 = 0; i10 < 3; i10++) {
        for (int r11 = 0; r11 < 2; r11++) {
            tile[lid] = (uint)v5 + (uint)r11;
            barrier(CLK_LOCAL_MEM_FENCE);
            v5 ^= (uint)(tile[(lid + 9u) % 16u] & 7u);
            barrier(CLK_LOCAL_MEM_FENCE);
        }
    }
    int v12 = (((!(((((uint)(v6))) <= (((gid) < (in[(abs((ulong)(0x5BADD3A8ul))) & 63]))))))) >= (helper1(((uint)(((char)(v5)))), max((short)((!(0x60BF8C2466D008A2UL))), (short)(v7)))));
    { uint *p = &v5; *p = (*p ^ (uint)(in[(min((ulong)(v9), (ulong)(in[(((uchar)(v8))) & 63]))) & 63])) * 3u + 1u; }
    for (int r13 = 0; r13 < 1; r13++) {
        tile[lid] = (uint)v6 + (uint)r13;
        barrier(CLK_LOCAL_MEM_FENCE);
        v6 ^= (short)(tile[(lid + 14u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v8 = ((abs((ulong)(020000000000UL))) * (((((sshl_long(4l, (in[(((int)(gid))) & 63]) & 63)) ? (((3u) <= (0x638F))) : ((~(v9))))) > (udiv_uint(min((uchar)(9744635898705568829U), (uchar)(2911476768624203698u)), udiv_uint(v12, gid))))));
    for (int r14 = 0; r14 < 2; r14++) {
        tile[lid] = (uint)v7 + (uint)r14;
        barrier(CLK_LOCAL_MEM_FENCE);
        v7 ^= (int)(tile[(lid + 12u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v5 = v9;
    { uint *p = &v5; *p = (*p ^ (uint)(rotate((int)(((v5) & (v9))), (int)(((776L) & (gid)))))) * 3u + 1u; }
    v7 = (~(clamp((ulong)(sneg_int(v8)), (ulong)1UL, (ulong)4611686018427387903UL)));
    --v8;
    for (int r15 = 0; r15 < 1; r15++) {
        tile[lid] = (uint)v8 + (uint)r15;
        barrier(CLK_LOCAL_MEM_FENCE);
        v8 ^= (char)(tile[(lid + 12u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    v7 = v9;
    v8 = udiv_ulong(((((((034526565171) ? (v9) : (v6))) & (in[((~(0100001u))) & 63]))) - (max((ulong)(((v5) && (0xdf94b92dUL))), (ulong)(((gid) >> ((v12) & 31)))))), ((((sdiv_long(in[(v8) & 63], 0x7f8a62af32d07ca3l)) ? (((9223372036854775806u) - (011l))) : (v8))) != (015l)));
    for (int r16 = 0; r16 < 2; r16++) {
        tile[lid] = (uint)v6 + (uint)r16;
        barrier(CLK_LOCAL_MEM_FENCE);
        v6 ^= (short)(tile[(lid + 6u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    int v17 = ((helper1(((lid) ? (v12) : (in[(((lid) ? (v5) : (lid))) & 63])), (~(((uchar)(lid)))))) ? (((((((ushort)(0x7FFFFFFFFFFFFFFEL))) == (helper1(v6, v6)))) != (((helper1(v9, 0x2A45231BCD2DA5BBU)) ? (mul_hi((int)(318ul), (int)(v7))) : (((v9) ? (v6) : (v12))))))) : (smod_int((~(((short)(v6)))), ((in[(lid) & 63]) >= (v5)))));
    v7 = (int)exchange(tile, lid, (uint)(v6), 5u);
    for (int r18 = 0; r18 < 3; r18++) {
        tile[lid] = (uint)v5 + (uint)r18;
        barrier(CLK_LOCAL_MEM_FENCE);
        v5 ^= (uint)(tile[(lid + 10u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    short v19 = max((int)((!(v9))), (int)(sneg_long(((long)(((char)(gid)))))));
    for (int i20 = 0; i20 < (int)(in[(gid + 22u) & 63u] & 3u); i20++) {
        ++v8;
        char v21 = 607;
        v5 = ((uchar)(v9));
    }
    v5 = (uint)exchange(tile, lid, (uint)((~(helper1(((long)(v17)), helper1(v7, 6283467415321096920u))))), 8u);
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v5);
    h = mix(h, (ulong)v6);
    h = mix(h, (ulong)v7);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v17);
    h = mix(h, (ulong)v19);
    out[gid] = h;
}
