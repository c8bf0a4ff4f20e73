import ConduitFuzz
import Testing

/// `mul_hi`, `rotate`, `popcount` and `clz` at 8, 16 and 64 bits (32 bits has instructions of its
/// own), the saturating builtins, `abs_diff`, `mad_hi`, `upsample` and `ctz`, shifts of narrow
/// vectors (the count masked to the element's width: the CTS's `quick_char_shift` found it
/// masked to 32 bits), signed and unsigned, scalar and vector, on values spread over the whole
/// range with the extremes mixed in; each program on every Conduit adapter and on OpenCL
/// directly.
@Suite struct IntegerBitsAgreementTests {
    /// Declares `a`, `b` (ulong) and `n` (uint) for work-item `i`: mixed bits, and every eighth
    /// item an extreme (0, all ones, the sign bit alone, the largest signed value).
    static let values = """
        const uint i = get_global_id(0);
        ulong a = ((ulong)in[i] * 0x9E3779B97F4A7C15UL) ^ ((ulong)in[i + 1] << 40);
        ulong b = ((ulong)in[i + 2] * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)in[i + 3] << 21);
        if (i % 8u == 0u) a = 0x8000000000000000UL;
        if (i % 8u == 1u) b = 0xFFFFFFFFFFFFFFFFUL;
        if (i % 8u == 2u) a = 0x7FFFFFFFFFFFFFFFUL;
        if (i % 8u == 3u) b = 0UL;
        if (i % 8u == 4u) { a = 0xFFFFFFFFFFFFFFFFUL; b = 0x8000000000000000UL; }
        const uint n = in[i + 4] + i;
        """

    static let programs: [(name: String, body: String)] = [
        (
            "64-bit",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                \(values)
                ulong h = mul_hi(a, b) ^ (ulong)mul_hi((long)a, (long)b) * 3UL;
                h ^= rotate(a, (ulong)n) ^ (ulong)rotate((long)b, (long)n - 70L) * 5UL;
                h ^= (ulong)popcount(a) << 8 ^ (ulong)popcount((long)b) << 16 ^ (ulong)clz(a) << 24 ^ (ulong)clz((long)(b >> (n & 63u))) << 32;
                out[i] = h;
            }
            """
        ),
        (
            "8 and 16 bits",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                \(values)
                ulong h = (ulong)mul_hi((uchar)a, (uchar)b) ^ (ulong)(uchar)mul_hi((char)a, (char)b) << 8;
                h ^= (ulong)mul_hi((ushort)a, (ushort)(b >> 16)) << 16 ^ (ulong)(ushort)mul_hi((short)(a >> 7), (short)b) << 32;
                h ^= (ulong)rotate((uchar)a, (uchar)n) << 40 ^ (ulong)(uchar)rotate((char)b, (char)(n >> 3)) << 48;
                h ^= (ulong)rotate((ushort)(a >> 9), (ushort)n) << 3 ^ (ulong)(ushort)rotate((short)b, (short)-(int)n) << 21;
                out[i] = h;
            }
            """
        ),
        (
            "vectors",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                \(values)
                ulong2 u = (ulong2)(a, b), v = (ulong2)(b ^ 0x5555UL, a + 17UL);
                long4 s = (long4)((long)a, (long)b, -(long)(a >> 1), (long)n - 5L);
                long4 t = (long4)((long)b, (long)a, (long)(b >> 3), -3L);
                ulong2 h2 = mul_hi(u, v) ^ rotate(u, (ulong2)(n, n >> 2)) ^ convert_ulong2(popcount(u)) ^ convert_ulong2(clz(v)) << 7;
                long4 h4 = mul_hi(s, t) ^ rotate(s, t) ^ popcount(t) << 9 ^ clz(s) << 17;
                uchar4 c = (uchar4)((uchar)a, (uchar)(a >> 8), (uchar)b, (uchar)n);
                short3 d = (short3)((short)a, (short)(b >> 20), (short)(n * 977u));
                uchar4 hc = mul_hi(c, c.wzyx) ^ rotate(c, (uchar4)(n, n >> 1, 9, 250));
                short3 hd = mul_hi(d, d.zxy) ^ rotate(d, (short3)(-1, (short)n, 17));
                out[i] = h2.x ^ h2.y * 3UL ^ (ulong)(h4.x ^ h4.y * 5L ^ h4.z * 7L ^ h4.w * 11L) ^ (ulong)as_uint(hc) << 13
                    ^ (ulong)(ushort)hd.x << 3 ^ (ulong)(ushort)hd.y << 19 ^ (ulong)(ushort)hd.z << 35;
            }
            """
        ),
        (
            "saturating, abs_diff, mad_hi, upsample, ctz",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                \(values)
                long x = (long)a, y = (long)b, z = (long)(a ^ b) >> (n & 63u);
                ulong h = (ulong)add_sat(x, y) ^ add_sat(a, b) * 3UL ^ (ulong)sub_sat(x, y) * 5UL ^ sub_sat(a, b) * 7UL;
                h ^= (ulong)mad_sat(x, y, z) * 11UL ^ mad_sat(a, b >> (n & 63u), (ulong)z) * 13UL ^ (ulong)mad_sat(x >> 33, y >> 31, z) * 17UL;
                h ^= abs_diff(x, y) * 19UL ^ abs_diff(a, b) * 23UL ^ (ulong)mad_hi(x, y, z) * 29UL ^ (ulong)ctz(x) << 50 ^ (ulong)ctz(b >> (n & 63u)) << 57;
                int i32 = (int)a, j32 = (int)b;
                h ^= (ulong)(uint)add_sat(i32, j32) << 1 ^ (ulong)sub_sat((uint)a, (uint)b) << 2 ^ (ulong)(uint)mad_sat(i32, j32, (int)z) << 3;
                h ^= (ulong)mad_sat((uint)a, (uint)b, (uint)z) << 4 ^ (ulong)abs_diff(i32, j32) << 5 ^ (ulong)upsample(i32, (uint)b) * 31UL;
                char2 c = (char2)((char)a, (char)(a >> 8)), d = (char2)((char)b, (char)n);
                ushort3 s = (ushort3)((ushort)a, (ushort)(b >> 16), (ushort)n), t = (ushort3)((ushort)b, 65535, (ushort)(a >> 48));
                char2 c1 = add_sat(c, d) ^ sub_sat(c, d) ^ mad_sat(c, d, c) ^ mad_hi(c, d, d) ^ ctz(c);
                ushort3 s1 = add_sat(s, t) ^ sub_sat(s, t) ^ mad_sat(s, t, s) ^ abs_diff(s, t) ^ ctz(t);
                short2 u = upsample(c, as_uchar2(d));
                out[i] = h ^ (ulong)(uchar)c1.x << 8 ^ (ulong)(uchar)c1.y << 16 ^ (ulong)s1.x << 24 ^ (ulong)s1.y << 40 ^ (ulong)s1.z << 48
                    ^ (ulong)abs_diff(c, d).x << 7 ^ (ulong)(ushort)u.x << 11 ^ (ulong)(ushort)u.y << 29;
            }
            """
        ),
        (
            "narrow vector shifts and select of narrow scalars",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                \(values)
                char4 c = (char4)((char)a, (char)(a >> 8), (char)(a >> 16), (char)b);
                char4 k = (char4)((char)n, (char)(n >> 5), 9, -3);
                short2 s = (short2)((short)b, (short)(a >> 40)), r = (short2)((short)n, 17);
                uchar2 u = (uchar2)((uchar)a, (uchar)b);
                char4 sl = c << k, sr = c >> k;
                short2 tl = s << r, tr = s >> r;
                uchar2 ul = u << (uchar2)(n, n >> 4), ur = u >> (uchar)(n >> 2);
                char4 picked = sr < sl ? (char)a : (char)b;
                out[i] = (ulong)as_uint(sl) ^ (ulong)as_uint(sr) << 8 ^ (ulong)as_uint(tl) << 16 ^ (ulong)as_uint(tr) << 24
                    ^ (ulong)as_ushort(ul) << 32 ^ (ulong)as_ushort(ur) << 40 ^ (ulong)as_uint(picked) << 29;
            }
            """
        )
    ]

    @Test(
        .enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"),
        arguments: programs.map(\.name))
    func agreesWithOpenCLRunningTheSource(_ name: String) throws {
        try CompilerDiffTests.expectAgreement(try #require(Self.programs.first { $0.name == name }).body)
    }
}
