import ConduitFuzz
import Foundation
import Testing

/// `length`, `distance` and `normalize` (and their `fast_` forms) near the ends of float's range,
/// held to a float64 reference on every Conduit adapter: a sum of squares that overflows or
/// underflows in float must not make the answer infinite or zero (the CTS's `geom_length`
/// found `length((float)0x1p64)` infinite), a zero vector normalises to itself, and one with
/// infinite components as the spec says (each infinity ±1, the rest ±0).
@Suite struct GeometricTests {
    /// Component magnitudes: huge, tiny (subnormal too), ordinary, and zero.
    static let scales: [Float] = [0x1p100, 0x1p64, 0x1p-70, 0x1p-140, 1, 0]

    static let source = """
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            const float scales[6] = {0x1p100f, 0x1p64f, 0x1p-70f, 0x1p-140f, 1.0f, 0.0f};
            float s = scales[i % 6u];
            float4 v = (float4)((float)(in[i] % 1000u) - 500.0f, (float)(in[i + 1] % 777u), -(float)(in[i + 2] % 333u), 0.25f) * s;
            float3 n = normalize(v.xyz);
            float2 f = fast_normalize(v.zw);
            float lengths[4] = {length(v), length(v.xy), fast_length(v.x), distance(v, -v) * 0.5f};
            float normals[4] = {n.x, n.y, n.z, f.x};
            out[i] = (ulong)as_uint(lengths[(i / 6u) % 4u]) << 32 | as_uint(normals[(i / 6u) % 4u]);
        }
        """

    /// What the kernel computes for work-item `i`, in float64 and rounded once.
    static func reference(_ i: Int, _ input: [UInt32]) -> (length: Double, normal: Double) {
        let s = Double(scales[i % 6])
        let v = [
            Double(Int(input[i] % 1000) - 500) * s, Double(input[i + 1] % 777) * s, -Double(input[i + 2] % 333) * s, 0.25 * s
        ]
        func length(_ x: ArraySlice<Double>) -> Double { x.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        func normal(_ x: ArraySlice<Double>, _ c: Int) -> Double { length(x) == 0 ? x[x.startIndex + c] : x[x.startIndex + c] / length(x) }
        let which = (i / 6) % 4
        let lengths = [length(v[...]), length(v[0..<2]), abs(v[0]), length(v[...])]
        let normals = [normal(v[0..<3], 0), normal(v[0..<3], 1), normal(v[0..<3], 2), normal(v[2..<4], 0)]
        return (lengths[which], normals[which])
    }

    @Test func withinTwoUlpsOfFloat64OnEveryAdapter() throws {
        let input = (0..<68).map { UInt32(truncatingIfNeeded: ($0 &* 2654435761) >> 7) % 4_000_000 }
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: Self.source, globalSize: 64, localSize: 16, input: input)
        for adapter in try AdapterRunner.all() {
            let outcome = adapter.run(program)
            let out = try #require(outcome.result?.out, "\(adapter.name): \(outcome.summary)")
            for i in out.indices {
                let length = Float(bitPattern: UInt32(out[i] >> 32)), normal = Float(bitPattern: UInt32(truncatingIfNeeded: out[i]))
                let (wantLength, wantNormal) = Self.reference(i, input)
                #expect(Self.ulps(length, wantLength) <= 2, "\(adapter.name): work-item \(i) length \(length), float64 says \(wantLength)")
                #expect(Self.ulps(normal, wantNormal) <= 3, "\(adapter.name): work-item \(i) normal \(normal), float64 says \(wantNormal)")
            }
        }
    }

    /// Float ulps between `x` and the float64 `reference` (the float spacing at the reference).
    static func ulps(_ x: Float, _ reference: Double) -> Double {
        guard x.isFinite, reference.isFinite else { return x == Float(reference) ? 0 : .infinity }
        if Double(x) == reference { return 0 }
        let rounded = Float(reference)
        let spacing = Double(rounded == 0 ? Float.leastNonzeroMagnitude : rounded.ulp)
        return abs(Double(x) - reference) / spacing
    }

    @Test func zeroAndInfiniteVectorsNormaliseAsTheSpecSays() throws {
        let source = """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                float4 z = (float4)(0.0f, -0.0f, 0.0f, -0.0f) * (float)(in[i] % 2u);
                float4 inf = (float4)(INFINITY, 1.0f, -INFINITY, -2.0f);
                float4 a = normalize(z), b = normalize(inf);
                float2 c = normalize((float2)(-INFINITY, 0x1p127f));
                out[i] = (ulong)(as_uint(a.x) ^ as_uint(a.y) >> 1 ^ as_uint(a.z) >> 2 ^ as_uint(a.w) >> 3) << 32
                    ^ (ulong)(as_uint(b.x) ^ as_uint(b.y) ^ as_uint(b.z) ^ as_uint(b.w) ^ as_uint(c.x) ^ as_uint(c.y));
            }
            """
        let input = (0..<68).map { UInt32($0) }
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: source, globalSize: 64, localSize: 16, input: input)
        let half = Float(0.5).squareRoot()  // each infinity of b becomes ±1/√2
        for adapter in try AdapterRunner.all() {
            let out = try #require(adapter.run(program).result?.out)
            for i in out.indices {
                let zeros: UInt32 = 0x8000_0000 >> 1 ^ 0x8000_0000 >> 3  // the zero vector itself, signs kept
                let b = [half, 0, -half, -0.0].map(\.bitPattern).reduce(0, ^)
                let c = [Float(-1), 0].map(\.bitPattern).reduce(0, ^)
                #expect(out[i] == UInt64(zeros) << 32 | UInt64(b ^ c), "\(adapter.name): work-item \(i)")
            }
        }
    }
}
