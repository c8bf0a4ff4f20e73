import ConduitFuzz
import Testing

/// `NAN` and `nan(code)` give the same bits on every Conduit adapter: clang's positive quiet NaN
/// (0x7fc00000) and the code in the significand. They were `0.0f/0.0f`, a negative NaN on the CPU
/// adapter (x86's default NaN) and whatever the driver folded it to on OpenCL adapters
/// (0x7fffffff on PoCL), so `signbit(NAN)` and `as_uint(NAN)` differed between adapters.
@Suite struct NaNConstantTests {
    static let source = """
        #pragma OPENCL EXTENSION cl_khr_fp64 : enable
        __constant float folded = NAN;
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            float n = NAN;
            ulong bits;
            switch (i % 5u) {
            case 0: bits = (ulong)as_uint(n) | (ulong)signbit(n) << 32 | (ulong)isnan(n) << 33; break;
            case 1: bits = as_uint(nan(i * 0x10001u + in[i])); break;
            case 2: bits = as_ulong(nan((ulong)in[i] << 40 | i)); break;
            case 3: bits = (ulong)as_uint(-n) | (ulong)signbit(-n) << 32; break;
            default: { uint4 v = as_uint4(nan((uint4)(i, in[i], 0u, 0xFFFFFFFFu))); bits = (ulong)(v.x ^ v.y ^ v.z) << 32 | as_uint(folded) ^ v.w; }
            }
            out[i] = bits;
        }
        """

    static func expected(_ i: Int, input: [UInt32]) -> UInt64 {
        let code = UInt32(truncatingIfNeeded: i) &* 0x10001 &+ input[i]
        switch i % 5 {
        case 0: return 0x7FC0_0000 | 1 << 33
        case 1: return UInt64(0x7FC0_0000 | code & 0x3F_FFFF)
        case 2: return 0x7FF8_0000_0000_0000 | (UInt64(input[i]) << 40 | UInt64(i)) & 0x7_FFFF_FFFF_FFFF
        case 3: return 0xFFC0_0000 | 1 << 32
        default:
            let lanes = [UInt32(i), input[i], 0].map { 0x7FC0_0000 | $0 & 0x3F_FFFF }
            return UInt64(lanes[0] ^ lanes[1] ^ lanes[2]) << 32 | UInt64(0x7FC0_0000 ^ 0x7FFF_FFFF)
        }
    }

    @Test func sameBitsOnEveryAdapter() throws {
        let input = (0..<68).map { UInt32(truncatingIfNeeded: ($0 &* 2654435761) >> 7) % 4_000_000 }
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: Self.source, globalSize: 64, localSize: 16, input: input)
        let want = (0..<64).map { Self.expected($0, input: input) }
        for adapter in try AdapterRunner.all() {
            let outcome = adapter.run(program)
            let out = try #require(outcome.result?.out, "\(adapter.name): \(outcome.summary)")
            for i in out.indices where out[i] != want[i] {
                Issue.record("\(adapter.name): work-item \(i) gave 0x\(String(out[i], radix: 16)), expected 0x\(String(want[i], radix: 16))")
            }
        }
    }
}
