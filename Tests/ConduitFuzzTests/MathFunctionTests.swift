import ConduitFuzz
import Foundation
import Testing

/// `log1p`, `expm1`, `cbrt`, `acosh`, `asinh`, `atanh`, `fdim`, `remainder`, `maxmag` and
/// `minmag` (found missing by the CTS's math_brute_force), on every Conduit adapter, held to a
/// float64 reference within OpenCL C 1.2's ulp bounds for float (table 7.1).
@Suite struct MathFunctionTests {
    static let functions: [(name: String, ulps: Double, reference: @Sendable (Double, Double) -> Double)] = [
        ("log1p", 2, { x, _ in log1p(x) }), ("expm1", 3, { x, _ in expm1(x) }), ("cbrt", 2, { x, _ in cbrt(x) }),
        ("acosh", 4, { x, _ in acosh(x) }), ("asinh", 4, { x, _ in asinh(x) }), ("atanh", 5, { x, _ in atanh(x) }),
        ("fdim", 0.5, { x, y in fdim(x, y) }), ("remainder", 0, { x, y in remainder(x, y) }),
        ("maxmag", 0, { x, y in abs(x) > abs(y) ? x : abs(y) > abs(x) ? y : max(x, y) }),
        ("minmag", 0, { x, y in abs(x) < abs(y) ? x : abs(y) < abs(x) ? y : min(x, y) })
    ]

    /// Inputs spread over the ranges where each function is interesting: tiny, near ±1, large.
    static func input(_ i: Int) -> (Float, Float) {
        let bits = UInt32(truncatingIfNeeded: (i &* 2654435761) >> 3)
        let x = [Float(bits % 2001) / 1000 - 1, Float(bits % 1000) * 37.5, Float(bits % 100) * 0x1p-20, 1 + Float(bits % 64) * 0x1p-20][i % 4]
        let y = Float(Int(bits >> 11) % 200 - 100) / 7
        return (i % 8 < 4 ? x : -x, y)
    }

    @Test(arguments: functions.indices)
    func withinTheSpecsUlpsOfFloat64OnEveryAdapter(_ index: Int) throws {
        let (name, ulps, reference) = Self.functions[index]
        let binary = ["fdim", "remainder", "maxmag", "minmag"].contains(name)
        let source = """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                float x = as_float(in[2 * i]), y = as_float(in[2 * i + 1]);
                float4 v = \(name)((float4)(x, -x, x * 0.5f, y)\(binary ? ", (float4)(y, y, -y, x)" : ""));
                out[i] = (ulong)as_uint(\(name)(x\(binary ? ", y" : ""))) << 32 | as_uint(v.x + v.y + v.z + v.w == 12345.0f ? 1.0f : v.x);
            }
            """
        let pairs = (0..<64).map(Self.input)
        let input: [UInt32] = pairs.flatMap { [$0.0.bitPattern, $0.1.bitPattern] } + [0, 0, 0, 0]
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: source, globalSize: 64, localSize: 16, input: input)
        for adapter in try AdapterRunner.all() {
            let out = try #require(adapter.run(program).result?.out, "\(adapter.name)")
            for (i, (x, y)) in pairs.enumerated() {
                let want = reference(Double(x), Double(y))
                for (got, label) in [(out[i] >> 32, "scalar"), (out[i] & 0xFFFF_FFFF, "vector")] {
                    let value = Float(bitPattern: UInt32(got))
                    #expect(
                        GeometricTests.ulps(value, want) <= ulps || (value.isNaN && want.isNaN),
                        "\(adapter.name): \(name)(\(x)\(binary ? ", \(y)" : "")) \(label) gave \(value), float64 says \(want)")
                }
            }
        }
    }
}

extension MathFunctionTests {
    /// `pown` with odd exponents above 2^24 (a float made them even), `powr`'s NaN cases, and
    /// `exp10` where `exp2(x · log2 10)` was 3 ulps off: the CTS's math_brute_force found each.
    @Test func powersKeepTheirSpecialCasesOnEveryAdapter() throws {
        let source = """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                float x = -as_float(0x488fbdaau) * (float)(1u + in[i] % 2u);
                int n = 201791841 + 2 * (int)(i % 3u);
                float2 p = pown((float2)(x, -0.0f), (int2)(n, -n));
                float r0 = powr(x, -2.0f), r1 = powr(0.0f, 0.0f), r2 = powr(INFINITY, 0.0f), r3 = powr(1.0f, -INFINITY), r4 = powr(4.0f, 0.5f);
                float e = exp10(-0x1.00bcp+1f);
                out[i] = (ulong)as_uint(p.x) << 32 ^ (ulong)as_uint(p.y) ^ (ulong)(isnan(r0) + isnan(r1) * 2 + isnan(r2) * 4 + isnan(r3) * 8) << 40
                    ^ (ulong)as_uint(r4) << 8 ^ (ulong)as_uint(e) << 16;
            }
            """
        let input = (0..<68).map { UInt32($0) }
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: source, globalSize: 64, localSize: 16, input: input)
        let e = Float(pow(10, -Double(Float(bitPattern: 0xC000_5E00).magnitude)))  // exp10(-0x1.00bcp+1) rounded once
        for adapter in try AdapterRunner.all() {
            let out = try #require(adapter.run(program).result?.out, "\(adapter.name)")
            for i in out.indices {
                let want =
                    UInt64((-Float.infinity).bitPattern) << 32 ^ UInt64((-Float.infinity).bitPattern) ^ 15 << 40
                    ^ UInt64(Float(2).bitPattern) << 8 ^ UInt64(e.bitPattern) << 16
                #expect(out[i] == want, "\(adapter.name): work-item \(i) gave 0x\(String(out[i], radix: 16)), expected 0x\(String(want, radix: 16))")
            }
        }
    }
}
