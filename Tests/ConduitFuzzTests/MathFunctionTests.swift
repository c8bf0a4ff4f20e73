import ConduitFuzz
import Foundation
import Testing

/// `log1p`, `expm1`, `cbrt`, `acosh`, `asinh`, `atanh`, `fdim`, `remainder`, `maxmag`, `minmag`
/// and the π-scaled trigonometry (found missing by the CTS's math_brute_force), on every Conduit
/// adapter, held to a float64 reference within OpenCL C 1.2's ulp bounds for float (table 7.1).
@Suite struct MathFunctionTests {
    static let functions: [(name: String, ulps: Double, reference: @Sendable (Double, Double) -> Double)] = [
        ("log1p", 2, { x, _ in log1p(x) }), ("expm1", 3, { x, _ in expm1(x) }), ("cbrt", 2, { x, _ in cbrt(x) }),
        ("acosh", 4, { x, _ in acosh(x) }), ("asinh", 4, { x, _ in asinh(x) }), ("atanh", 5, { x, _ in atanh(x) }),
        ("fdim", 0.5, { x, y in fdim(x, y) }), ("remainder", 0, { x, y in remainder(x, y) }),
        ("maxmag", 0, { x, y in abs(x) > abs(y) ? x : abs(y) > abs(x) ? y : max(x, y) }),
        ("minmag", 0, { x, y in abs(x) < abs(y) ? x : abs(y) < abs(x) ? y : min(x, y) }),
        ("acospi", 5, { x, _ in acos(x) / .pi }), ("asinpi", 5, { x, _ in asin(x) / .pi }), ("atanpi", 5, { x, _ in atan(x) / .pi }),
        ("atan2pi", 6, { x, y in atan2(x, y) / .pi }),
        // Exact at the zeros (π·n in a double is not), the rest from π times x mod 2.
        ("sinpi", 4, { x, _ in x == x.rounded() ? 0 : sin(.pi * remainder(x, 2)) }),
        ("cospi", 4, { x, _ in x + 0.5 == (x + 0.5).rounded() ? 0 : cos(.pi * remainder(x, 2)) }),
        ("tanpi", 6, { x, _ in tangentOfPiTimes(x) })
    ]
    static let binaries: Set<String> = ["fdim", "remainder", "maxmag", "minmag", "atan2pi"]

    /// tan(πx): 0 at integers, at n + ½ +∞ for even n and −∞ for odd n (C23, the CTS), odd in x.
    static func tangentOfPiTimes(_ x: Double) -> Double {
        if x == x.rounded() { return 0 }
        let half = abs(x) - 0.5
        if half == half.rounded() { return (half.truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1) * (x < 0 ? -Double.infinity : .infinity) }
        return tan(.pi * remainder(x, 1))
    }

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
        let binary = Self.binaries.contains(name)
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

extension MathFunctionTests {
    /// `rootn` (odd and even n, negative x, zeros), `remquo`'s quotient and `lgamma_r`'s sign,
    /// scalar and vector, against float64 and the definitions, on every adapter.
    @Test func rootnRemquoAndLgammaSignOnEveryAdapter() throws {
        let source = """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0) / 4u;  // four results of one pair each
                float x = as_float(in[2 * i]), y = as_float(in[2 * i + 1]);
                int n = (int)(i % 7u) - 3;
                int q; int4 q4; int s; int2 s2;
                float r = remquo(x, y, &q);
                float4 r4 = remquo((float4)(x, -x, y, 1.0f), (float4)(y, y, x, 0.0f), &q4);
                float g = lgamma_r(y, &s);
                float2 g2 = lgamma_r((float2)(-0.0f, -2.5f), &s2);
                float root = rootn(x, n), root2 = rootn(-27.0f, 3);
                const ulong results[4] = {
                    (ulong)as_uint(r) << 32 | (uint)q,
                    (ulong)(uint)q4.y << 32 | (uint)(q4.x ^ q4.z ^ (q4.w << 8)) ^ (as_uint(r4.x) != as_uint(r) ? 0x10000u : 0u),
                    (ulong)(uint)s << 32 | (uint)(s2.x + 4 * s2.y) ^ (as_uint(g) != as_uint(lgamma(y)) ? 0x10000u : 0u) ^ (g2.x == INFINITY ? 0u : 0x20000u),
                    (ulong)as_uint(root) << 32 | as_uint(root2)
                };
                out[get_global_id(0)] = results[get_global_id(0) % 4u];
            }
            """
        let pairs = (0..<64).map { i -> (Float, Float) in
            let (x, y) = Self.input(i)
            return (x, y == 0 ? 0.75 : y)
        }
        let input: [UInt32] = pairs.flatMap { [$0.0.bitPattern, $0.1.bitPattern] } + [0, 0, 0, 0]
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: source, globalSize: 256, localSize: 16, input: input)
        func quotient(_ x: Float, _ y: Float) -> Int32 {
            guard x != 0, y != 0 else { return 0 }
            let k = (Double(x) / Double(y)).rounded(.toNearestOrEven)
            let low = Int32(abs(k).truncatingRemainder(dividingBy: 128))
            return k < 0 ? -low : low
        }
        func gammaSign(_ y: Float) -> Int32 { y >= 0 || y == y.rounded() || Int(y.rounded(.down)) % 2 == 0 ? 1 : -1 }
        for adapter in try AdapterRunner.all() {
            let out = try #require(adapter.run(program).result?.out, "\(adapter.name)")
            for (i, (x, y)) in pairs.enumerated() {
                let label = "\(adapter.name), work-item \(i), x \(x), y \(y)"
                #expect(out[4 * i] >> 32 == UInt64(Float(remainder(Double(x), Double(y))).bitPattern), "remquo's remainder: \(label)")
                #expect(Int32(truncatingIfNeeded: out[4 * i]) == quotient(x, y), "remquo's quotient: \(label)")
                let vectorLow = UInt32(bitPattern: quotient(x, y)) ^ UInt32(bitPattern: quotient(y, x))
                #expect(out[4 * i + 1] == UInt64(UInt32(bitPattern: quotient(-x, y))) << 32 | UInt64(vectorLow), "remquo, vector: \(label)")
                #expect(out[4 * i + 2] == UInt64(UInt32(bitPattern: gammaSign(y))) << 32 | UInt64(UInt32(bitPattern: -1 + 4 * -1)), "lgamma_r's sign: \(label)")
                let n = i % 7 - 3
                let want: Double =
                    n == 0 || (x < 0 && n % 2 == 0) ? .nan : (x.sign == .minus && n % 2 != 0 ? -1 : 1) * pow(Double(abs(x)), 1 / Double(n))
                let root = Float(bitPattern: UInt32(out[4 * i + 3] >> 32))
                #expect(GeometricTests.ulps(root, want) <= 4 || (root.isNaN && want.isNaN), "rootn(x, \(n)): \(label) gave \(root)")
                #expect(UInt32(truncatingIfNeeded: out[4 * i + 3]) == Float(-3).bitPattern, "rootn(-27, 3): \(label)")
            }
        }
    }
}
