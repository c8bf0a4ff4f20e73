import ConduitFuzz
import Testing

/// `mul_hi`, `rotate`, `popcount` and `clz` at 8, 16 and 64 bits (32 bits has instructions of its
/// own), signed and unsigned, scalar and vector, on values spread over the whole range with the
/// extremes mixed in; each program on every Conduit adapter and on OpenCL directly.
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
        )
    ]

    @Test(
        .enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"),
        arguments: programs.map(\.name))
    func agreesWithOpenCLRunningTheSource(_ name: String) throws {
        try CompilerDiffTests.expectAgreement(try #require(Self.programs.first { $0.name == name }).body)
    }
}
