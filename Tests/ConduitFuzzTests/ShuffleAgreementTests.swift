import ConduitFuzz
import ConduitKernel
import Testing

/// `shuffle` and `shuffle2` with masks known only at run time (high bits set, which must be
/// ignored) and constant ones, every vector size in and out, every element width, floats
/// included; each program on every Conduit adapter and on OpenCL directly.
@Suite struct ShuffleAgreementTests {
    static let source = """
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            uint a = in[i], b = in[i + 1], c = in[i + 2], d = in[i + 3];
            char16 x16 = (char16)((char)a, (char)(a >> 8), (char)(a >> 16), (char)(a >> 24), (char)b, (char)(b >> 8), (char)(b >> 16),
                (char)(b >> 24), (char)c, (char)(c >> 8), (char)(c >> 16), (char)(c >> 24), (char)d, (char)(d >> 8), (char)(d >> 16), (char)(d >> 24));
            uchar16 m16 = as_uchar16((uint4)(d * 2654435761u, c ^ 0x9E3779B9u, b * 40503u, a + 12345u));
            char16 s16 = shuffle(x16, m16);
            char4 s4 = shuffle(x16, m16.s37bf);
            char8 t8 = shuffle2(x16.lo, x16.hi, m16.even);
            char2 t2 = shuffle2(x16.s01, x16.s23, (uchar2)(7, 250));
            short4 h = (short4)((short)a, (short)b, (short)(c >> 3), (short)d);
            short8 hs = shuffle(h, as_ushort8((uint4)(a, b ^ c, d, a * b)));
            short16 ht = shuffle2(h, h.wzyx + (short)1, as_ushort16((uint8)(a, b, c, d, a ^ b, b ^ c, c ^ d, d ^ a)));
            int8 iv = (int8)((int)a, (int)b, (int)c, (int)d, (int)(a ^ 5u), (int)(b + 7u), -(int)c, (int)(d >> 1));
            int2 is = shuffle(iv, (uint2)(a, b));
            int16 it = shuffle2(iv, iv * 3, (uint16)(a, b, c, d, a >> 4, b >> 4, c >> 4, d >> 4, a >> 8, b >> 8, c >> 8, d >> 8, 31u, 0u, 17u, 0xFFFFFFF0u));
            long2 l = (long2)((long)a << 32 | b, (long)c * -3);
            long4 ls = shuffle2(l, l + 1, (ulong4)((ulong)a << 40 | 1ul, (ulong)b, (ulong)c << 33, (ulong)d));
            float4 f = (float4)((float)a * 0.5f, (float)(int)b, -(float)c, (float)d / 3.0f);
            float8 fs = shuffle(f, (uint8)(d, c, b, a, 3u, 2u, 1u, 0u));
            float2 ft = shuffle2(f, f * 2.0f, (uint2)(a ^ d, b ^ c));
            ulong h1 = as_ulong(s16.lo) ^ as_ulong(s16.hi) * 31ul ^ (ulong)as_uint(s4) << 3 ^ as_ulong(t8) << 5 ^ (ulong)as_ushort(t2) << 17;
            ulong h2 = as_ulong(hs.lo) ^ as_ulong(hs.hi) << 1 ^ as_ulong(ht.lo.lo) * 7ul ^ as_ulong(ht.lo.hi) * 11ul ^ as_ulong(ht.hi.lo) * 13ul
                ^ as_ulong(ht.hi.hi) * 17ul;
            ulong h3 = as_ulong(is) ^ as_ulong(it.s01) * 3ul ^ as_ulong(it.s23) * 5ul ^ as_ulong(it.s45) * 7ul ^ as_ulong(it.s67) * 9ul
                ^ as_ulong(it.s89) * 11ul ^ as_ulong(it.sab) * 13ul ^ as_ulong(it.scd) * 15ul ^ as_ulong(it.sef) * 17ul;
            ulong h4 = (ulong)ls.x ^ (ulong)ls.y * 3ul ^ (ulong)ls.z * 5ul ^ (ulong)ls.w * 7ul;
            ulong h5 = as_ulong(fs.s01) ^ as_ulong(fs.s23) * 3ul ^ as_ulong(fs.s45) * 5ul ^ as_ulong(fs.s67) * 7ul ^ as_ulong(ft) * 9ul;
            out[i] = h1 ^ h2 * 0x100000001B3ul ^ h3 * 0x9E3779B97F4A7C15ul ^ h4 * 31ul ^ h5 * 131ul;
        }
        """

    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func agreesWithOpenCLRunningTheSource() throws {
        try CompilerDiffTests.expectAgreement(Self.source)
    }

    @Test func masksOfTheWrongTypeAreRefused() throws {
        let cases = [
            ("int4 r = shuffle((int4)(1), (int4)(0));", "must be a vector of 2, 4, 8 or 16 uints"),
            ("char4 r = shuffle((char4)(1), (uint4)(0));", "must be a vector of 2, 4, 8 or 16 uchars"),
            ("int3 r = shuffle((int3)(1), (uint3)(0));", "takes vectors of 2, 4, 8 or 16 components"),
            ("int4 r = shuffle2((int4)(1), (int2)(1), (uint4)(0));", "two vectors of the same type"),
            ("int4 r = shuffle((int4)(1));", "takes 2 arguments")
        ]
        for (statement, message) in cases {
            let source = "__kernel void k(__global int *out) { \(statement) out[0] = r.x; }"
            let error = #expect(throws: (any Error).self) { try Compiler.compile(source: source) }
            #expect("\(error.map { "\($0)" } ?? "")".contains(message), "\(statement)")
        }
    }
}
