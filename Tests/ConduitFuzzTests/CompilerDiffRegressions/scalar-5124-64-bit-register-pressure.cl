// compiler-diff finding: rejected
// seed: 5124 mode: scalar
// expected-hash: 0x338e3a757818957f
// direct pthread-skylake-avx512-AMD EPYC: hash 0x338e3a757818957f
// conduit cpu (Conduit CPU (AMD EPYC)): rejected: compile failed: generated.cl did not compile: internal error: the compiler produced bytecode the verifier rejects: kernel 'k': register counts 145/4104 exceed 4096
// conduit opencl (pthread-skylake-avx512-AMD EPYC): rejected: compile failed: generated.cl did not compile: internal error: the compiler produced bytecode the verifier rejects: kernel 'k': register counts 145/4104 exceed 4096
// Conduit compiler-diff, mode scalar
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
ushort helper1(char p0, int p1, int p2) {
    int v2 = p2;
    for (int i3 = 0; i3 < 3; i3++) {
        v2 = clamp((char)((~(p2))), (char)(-80L), (char)101L);
        v2 = ((sadd_long(min((long)(((i3) & (p1))), (long)(i3)), ((uchar)(((long)(i3)))))) ? (((uchar)(smul_int(sneg_int(p1), ((p1) || (v2)))))) : (((((((ulong)(p2))) || (((v2) ^ (0x148))))) < (((((040000000000ul) != (015737113421L))) <= (p1))))));
        p0 = p0;
        if (((((0x723ul) >= (v2))) > (((011566713766) ? (v2) : (0400l))))) continue;
    }
    switch ((((((sadd_int(p1, p0)) >= (p0))) ? ((!(((v2) ? (p1) : (v2))))) : (((v2) < (sshl_int(p2, (p2) & 31)))))) & 7) {
    case 5: {
        p0 = ((((ushort)(((((long)(0xDl))) & (((6) ? (v2) : (p0))))))) ? (((ushort)(p2))) : (((((0x42CF0E21FE7210B3U) <= (p1))) == ((((~(p1))) + (((114l) & (0x2ebul))))))));
        p1 = udiv_ulong(((p1) ? (((((uint)(v2))) ? (p1) : (0xFBD41BECE19830F6L))) : (max((ushort)(((p0) < (0xfffffffffffffffel))), (ushort)(((0x304L) <= (p1)))))), smul_int(ssub_int(smod_int(p1, 033034), ((p2) ? (p0) : (v2))), ((char)(p0))));
    }
    default: {
        p0 = ((uint)(v2));
    }
    }
    return (~(((v2) ? (v2) : ((!(27454l))))));
}
ulong helper4(ushort p0, uchar p1, long p2) {
    uint v5 = max((uint)(min((short)(0xb1L), (short)(((clz((short)(p0))) ? (((6L) || (p2))) : (p2))))), (uint)(p2));
    char a6[4] = {((short)((!(0x40e9ul)))), ((((p1) || (0103))) || (helper1(p0, p1, 6U))), ((helper1(p2, v5, p0)) ? ((!(p1))) : (p1)), min((ushort)(p2), (ushort)(helper1(v5, v5, 5191982845481645950)))};
    for (int i7 = 0; i7 < 3; i7++) {
        for (int i8 = 0; i8 < 3; i8++) {
            p1 = ssub_int(((ushort)(((helper1(0736ul, v5, p1)) | (sshl_int(a6[((-(32768u))) & 3], (p2) & 31))))), ((uchar)(((a6[((!(0x307))) & 3]) ? (((v5) < (p2))) : (14726835657597242031UL)))));
            v5 = abs((int)(sshl_int(0x50, (((a6[(0xffffffffffffffffU) & 3]) > (((uchar)(3814205917))))) & 31)));
            if ((~(((a6[(((0x3DDUL) >= (0632656562104635571656UL))) & 3]) < (0x8001L))))) break;
        }
        for (int i9 = 0; i9 < 0; i9++) {
            uint w10 = 0u;
            do {
                w10++;
                p2 = ((v5) >= (((helper1(((p2) != (i7)), p0, smul_int(i7, a6[(((021057U) && (15))) & 3]))) & (abs((uint)(((0x5ab76ba19b1336f7UL) ^ (0xC7A4491A5F448C80))))))));
                v5 = 476034275UL;
            } while (w10 < 2u);
            p2 ^= (long)(a6[((~(3868590649333921536))) & 3]);
            p1 = ((sdiv_int(helper1(max((ulong)(0777777777777777777776UL), (ulong)(p2)), max((short)(0130062l), (short)(a6[(p0) & 3])), smul_long(8796L, 0100341u)), ((uchar)(((p0) ^ (p0)))))) || (sshl_long(06015743465L, (((((a6[(helper1(p1, 735348551UL, 027652U)) & 3]) && (i7))) ? (i9) : ((!(023473602433l))))) & 63)));
        }
    }
    return min((int)(((uint)(clamp((ushort)(361U), (ushort)129UL, (ushort)32768UL)))), (int)(p1));
}
__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
    uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);
    uchar v11 = mul_hi((uint)(((long)(lid))), (uint)((!(lid))));
    uchar v12 = rotate((uint)(min((char)(((((gid) ? (12476UL) : (v11))) == ((~(gid))))), (char)(((char)((~(in[(helper4(lid, lid, gid)) & 63]))))))), (uint)(ssub_int(533, helper1(((40507) >= (497U)), abs((uchar)(0x60DEL)), v11))));
    ulong v13 = ((0720537761536154170777ul) >> ((((0x31eul) == (((((gid) ? (gid) : (lid))) < (v11))))) & 63));
    uint v14 = udiv_uint(gid, gid);
    short a15[8] = {v13, ((helper4(v12, 675l, gid)) || ((-(0x8000000000000000)))), clamp((ushort)(max((uchar)(v14), (uchar)(lid))), (ushort)547UL, (ushort)55617UL), helper4(((0412731464751525001632L) ? (v12) : (in[(((01311) ? (lid) : (v14))) & 63])), lid, (~(gid))), 0x2fb, v13, 0xA387CF8CCCB4A631L, abs((short)(((lid) <= (gid))))};
    for (int i16 = 0; i16 < 1; i16++) {
        v14 = (!(in[(0x30CL) & 63]));
        if (helper1(v14, ((v11) ^ (v11)), ((in[(((in[(((v13) >> ((in[(helper1(v14, a15[(((char)(020000000000l))) & 7], 0x35f)) & 63]) & 63))) & 63]) || (v11))) & 63]) - (i16)))) break;
        int v17 = v12;
    }
    v11 = v14;
    v12 = max((int)(((lid) <= ((((~(v13))) | (((uint)(17221593629458687068UL))))))), (int)(a15[(((ulong)(040000000000) - (ulong)(0117U))) & 7]));
    v12 = smul_int(((a15[((~(01126u))) & 7]) ^ (((umod_uint(in[(min((char)(v13), (char)(v14))) & 63], 036162166673)) ? (helper1(v14, 0x220, lid)) : (((v11) >= (a15[(034306u) & 7])))))), helper1(((((int)(v14))) ? (2552997259UL) : (v14)), ((((lid) >> ((0x7FU) & 31))) ? (((long)(a15[(011) & 7]))) : (v13)), ((smul_int(v11, v11)) ^ (((v14) >> ((v11) & 31))))));
    v13 = gid;
    if (((((((v14) == (lid))) > (clamp((long)(lid), (long)3370451841L, (long)3531616604L)))) ? (((ushort)(((439UL) ? (03U) : (v11))))) : (((((uchar)(0x7fu))) | (clamp((char)(gid), (char)(-55L), (char)0L)))))) {
        a15[(sadd_int(a15[(((ulong)(0x1ADC) - (ulong)(2812675987UL))) & 7], ((in[(v13) & 63]) <= (v14)))) & 7] = helper4(020L, ((ushort)(((short)(v12)))), abs((ushort)(v13)));
    }
    v12 = (!(((int)(((clamp((char)(0x17cl), (char)16L, (char)16L)) ? (((uint)(18446744073709551615UL))) : (helper1(v13, 0x4BF84F61842EADC5u, gid)))))));
    long v18 = sneg_int(a15[(((char)(v11))) & 7]);
    switch ((abs((long)(((((short)(19751UL))) ? (((a15[(((0x2D8) < (2688989469L))) & 7]) ? (v18) : (a15[(((4372103216430960040L) | (0x54cal))) & 7]))) : (abs((short)(1))))))) & 7) {
    case 1: {
        v18 = a15[(abs((ulong)(2295082611286380481L))) & 7];
        v12 = ((((helper4(((v11) > (lid)), gid, ((in[(udiv_ulong(v14, 6093778922010714674ul)) & 63]) != (0x933cl)))) >> ((((long)(0xFFFFFFFEUL))) & 63))) > (((01466401570063501531005l) ? (v11) : (((long)(a15[(((0xdb256e4ea182e872l) | (0x80))) & 7]))))));
        break;
    }
    case 2: {
        a15[(abs((ushort)((~(v12))))) & 7] = 013L;
        --v11;
    }
    case 7: {
        uchar v19 = 0x585A51B8L;
        int v20 = ((short)(helper1(0x5, v18, v13)));
        break;
    }
    default: {
        v18 = helper1(((((((v11) < (0xF5D686DAu))) < (((uchar)(0x6E62l))))) != (((((v18) ^ (a15[((-(0x3CA4ADA74C765599ul))) & 7]))) && (in[(((lid) ? (lid) : (a15[((-(lid))) & 7]))) & 63])))), a15[(in[(0xBA0AU) & 63]) & 7], in[(((int)(lid))) & 63]);
    }
    }
    ulong h = 0xCBF29CE484222325UL;
    h = mix(h, (ulong)gid);
    h = mix(h, (ulong)lid);
    h = mix(h, (ulong)v11);
    h = mix(h, (ulong)v12);
    h = mix(h, (ulong)v13);
    h = mix(h, (ulong)v14);
    for (int e = 0; e < 8; e++) h = mix(h, (ulong)a15[e]);
    h = mix(h, (ulong)v18);
    out[gid] = h;
}
