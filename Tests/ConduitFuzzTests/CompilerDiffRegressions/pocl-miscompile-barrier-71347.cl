// compiler-diff finding: reference-miscompile
// seed: 71347 mode: barrier
// expected-hash: 0x577e1b81cfc04c88
// direct pthread-skylake-avx512-AMD EPYC: hash 0xb8c135bb80d8eede
// conduit cpu (Conduit CPU (AMD EPYC)): hash 0x577e1b81cfc04c88
// conduit opencl (pthread-skylake-avx512-AMD EPYC): hash 0x577e1b81cfc04c88
// direct pthread-skylake-avx512-AMD EPYC -cl-opt-disable: hash 0x577e1b81cfc04c88
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
ushort helper1(ushort p0, ulong p1) {
    char v2 = ((p0) || (014633364613U));
    short v3 = popcount((int)((-(((((v2) < (p1))) - (((v2) | (0777777777777777777776u))))))));
    char v4 = ((((v2) == (p1))) ? (((((uint)(((v3) < (p1))))) - (rotate((char)(((p0) * (0x4DB5UL))), (char)(012))))) : (((((v2) > (umod_ulong(03600137560UL, p0)))) ^ (((int)(((v2) && (p1))))))));
    uint w5 = 0u;
    while (w5 < 3u) {
        w5++;
        v2 = min((int)((!(v4))), (int)(((((0x2a0ffec07067a676U) & ((~(v2))))) || (((popcount((long)(v4))) + (((p1) - (v4))))))));
        switch ((sneg_int(sdiv_int(v4, ((v3) < (v3))))) & 7) {
        case 1: {
            v2 = ((((long)(((sneg_long(0674L)) + (((v3) ^ (p1))))))) ^ (rotate((uint)(smod_int(v3, ((0xBUL) == (p0)))), (uint)(max((long)(((p0) < (p1))), (long)(abs((ulong)(52337U))))))));
            v2 = ((v2) ? (sshl_int(((((0532210451452546157315) == (v4))) <= (clamp((ushort)(v2), (ushort)216UL, (ushort)32768UL))), (((uchar)(v4))) & 31)) : ((!(popcount((long)(((v2) ? (1683127432U) : (2959187456u))))))));
            break;
        }
        case 3: {
            v2 = ((((ssub_int(((ushort)(0162210ul)), ((0x7fffffffffffffff) > (0x10)))) ? (sshl_int(p0, (smod_int(v2, p0)) & 31)) : (p0))) ^ (((((p1) >= (((v3) ? (v4) : (v2))))) ? (0xCCCBU) : (((((p1) * (v2))) << ((((short)(v3))) & 63))))));
            for (int i6 = 0; i6 < 2; i6++) {
                v3++;
                p1 = p0;
                for (int i7 = 0; i7 < 0; i7++) {
                    v4 = sneg_long(0100000L);
                }
            }
            break;
        }
        case 7: {
        }
        default: {
        }
        }
        if (abs((ulong)(((short)(0xecd88e8f389eeb03u))))) break;
    }
    return p0;
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
    uint v8 = ((((uchar)((((-(in[(umod_uint(lid, lid)) & 63]))) - (gid))))) | (((min((char)(max((short)(0x340e2ae6U), (short)(lid))), (char)(((uint)(gid))))) + (lid))));
    ushort v9 = ((int)(9223372036854775806u));
    long v10 = ((((((lid) | (1029136416))) || (abs((ulong)(((lid) ? (v9) : (v8))))))) | ((!(lid))));
    uint a11[4] = {helper1(14U, lid), clamp((ushort)(v8), (ushort)323UL, (ushort)56828UL), helper1(1402237316l, ssub_long(0x7FL, 02L)), ((char)(((v8) == (v9))))};
    --v8;
    v8 = (!(a11[(((ushort)(0532U))) & 3]));
    uint w12 = 0u;
    while (w12 < 4u) {
        w12++;
        v10 = gid;
        uint w13 = 0u;
        while (w13 < 1u) {
            w13++;
            v9 = ((char)(041331UL));
            uint w14 = 0u;
            while (w14 < 3u) {
                w14++;
                v9 = umod_ulong(((((uchar)((~(gid))))) & (min((ulong)((~(lid))), (ulong)(popcount((short)(lid)))))), 467UL);
            }
        }
    }
    for (int i15 = 0; i15 < 1; i15++) {
        ushort v16 = sneg_int(helper1(helper1(((i15) ? (020416u) : (10l)), helper1(0x3D573B0C1D55A31Al, i15)), (!(helper1(in[(((in[(((long)(0115207UL))) & 63]) ? (v10) : (0x58b8L))) & 63], v10)))));
        if (((((uint)(a11[(((ulong)(855))) & 3]))) + (((lid) || (in[(abs((uchar)(a11[((!(0xF1EB))) & 3]))) & 63]))))) continue;
    }
    v8 = min((ulong)(v10), (ulong)(max((long)(((v10) ? (0xDu) : (mul_hi((ulong)(v8), (ulong)(v9))))), (long)(((uchar)(((char)(v9))))))));
    v8 >>= ((uint)(sneg_int(((((ushort)(a11[(((v8) ? (v8) : (lid))) & 3]))) <= (((0xfffffffffffffffeL) ? (a11[(((uchar)(0x7fffffffffffffffU))) & 3]) : (lid)))))) & 31);
    v9 = max((uchar)(((ushort)(in[(01137ul) & 63]))), (uchar)(((max((uint)(v10), (uint)(((ulong)(lid))))) ? ((~(((ulong)(v8))))) : (abs((short)(((0264524642441066734217) <= (v10))))))));
    v10 = a11[(((ulong)(323321697UL))) & 3];
    ulong v17 = ((helper1(sadd_long(helper1(v9, in[(04) & 63]), v10), ((((int)(v9))) ? (((v9) ? (a11[(((uchar)(1137354791304378845l))) & 3]) : (013l))) : (((0x80b3U) ? (v10) : (v8)))))) == ((((~((!(v8))))) != (061724030236760056444U))));
    int v18 = (((~(((sadd_long(01407L, v9)) >> ((((v9) ^ (gid))) & 63))))) ? ((((~(abs((int)(v8))))) ? (((helper1(v17, lid)) ? (((a11[(((long)(017u))) & 3]) >= (v17))) : (((in[(helper1(31219U, a11[((-(a11[(0x9665b079f11a22fe) & 3]))) & 3])) & 63]) ? (0240611330726150113373l) : (gid))))) : ((-(((lid) * (lid))))))) : ((~(((lid) - (((v8) > (v9))))))));
    int v19 = helper1(clamp((char)(smod_int(helper1(0x7fl, gid), (!(0541L)))), (char)67L, (char)89L), ((sdiv_long(gid, 254l)) || (0127117ul)));
    a11[(((2147483648U) >> ((((0xf73e335f25025a39l) < (0xDFFDu))) & 31))) & 3] = gid;
    a11[(0x23Bl) & 3] = ((long)(0151661UL));
    a11[(udiv_uint(in[(((in[(011L) & 63]) >= (0673))) & 63], ((uchar)(v10)))) & 3] = ((((ulong)(((v9) > (027554550763417301553))))) * (min((long)((!(a11[(((0xd3U) & (v9))) & 3]))), (long)(((in[(((ulong)(v9))) & 63]) ? (gid) : (v9))))));
    v9 = ((((clamp((uchar)(((a11[(helper1(v10, lid)) & 3]) > (lid))), (uchar)14UL, (uchar)176UL)) <= (sneg_int(((ushort)(a11[((!(634))) & 3])))))) ^ ((~(in[(0x80000001l) & 63]))));
    for (int r20 = 0; r20 < 2; r20++) {
        tile[lid] = (uint)v19 + (uint)r20;
        barrier(CLK_LOCAL_MEM_FENCE);
        v19 ^= (int)(tile[(lid + 1u) % 16u] & 7u);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    { uint *p = &v8; *p = (*p ^ (uint)(((((long)(in[(abs((ushort)(lid))) & 63]))) >> ((((v18) ? (v17) : (4294967296l))) & 63)))) * 3u + 1u; }
    switch ((((((((a11[(((lid) ? (v18) : (v8))) & 3]) ? (v18) : (v8))) ? (((int)(v17))) : (40559l))) > (((((v18) + (a11[(gid) & 3]))) ? (((char)(gid))) : (sshl_int(v19, (a11[(((ulong)(05742UL))) & 3]) & 31)))))) & 7) {
    case 1: {
        v18 = helper1(((int)(((v17) && ((-(0xBC97u)))))), rotate((short)(clz((ushort)((!(v18))))), (short)(151ul)));
        switch ((v9) & 7) {
        case 0: {
            switch ((((((((a11[((~(01456))) & 3]) ? (gid) : (v19))) == (((ushort)(v19))))) > (((char)(a11[((!(01411U))) & 3]))))) & 7) {
            case 0: {
                ulong v21 = in[(((in[(a11[((!(0477UL))) & 3]) & 63]) >= (in[(((ushort)(0173157ul))) & 63]))) & 63];
                break;
            }
            case 3: {
                v9 ^= (ushort)(v10);
                break;
            }
            case 7: {
                v17 = a11[(((v18) ^ (v18))) & 3];
                switch ((((((rotate((int)(1124215827354853842l), (int)(gid))) != (smul_long(0x44D2l, 0x1l)))) ^ ((!(0660l))))) & 7) {
                case 3: {
                    v8 = ((0x39747D7Dul) && (((((ulong)(((01046027531137571134665ul) ? (v19) : (in[(mul_hi((ushort)(04), (ushort)(91U))) & 63]))))) ? (((v19) >> ((((v18) >> ((01777777777777777777777ul) & 31))) & 31))) : (helper1(a11[(a11[(((0x1693658b51aeaa37U) < (0xal))) & 3]) & 3], (-(v8)))))));
                    break;
                }
                case 5: {
                    v8 &= (uint)(clamp((char)(helper1(0362067466014012577431, ((in[(v8) & 63]) ? (in[(((15820ul) >= (v18))) & 63]) : (a11[(((uint)(0x19Au) ^ (uint)(011))) & 3])))), (char)(-2L), (char)79L));
                    break;
                }
                case 6: {
                }
                default: {
                }
                }
            }
            }
            break;
        }
        case 5: {
            break;
        }
        case 7: {
        }
        default: {
        }
        }
        break;
    }
    case 2: {
        break;
    }
    case 4: {
        break;
    }
    case 5: {
        break;
    }
    default: {
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v8);
    h = mix(h, (ulong)v9);
    h = mix(h, (ulong)v10);
    for (int e = 0; e < 4; e++) h = mix(h, (ulong)a11[e]);
    h = mix(h, (ulong)v17);
    h = mix(h, (ulong)v18);
    h = mix(h, (ulong)v19);
    out[gid] = h;
}
