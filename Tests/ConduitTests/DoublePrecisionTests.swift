import Conduit
import Foundation
import Testing

/// `double` (cl_khr_fp64) on every adapter, against a float64 reference computed here by Swift
/// and glibc's libm: IEEE operations (+ − × ÷, fma, sqrt, conversions, rounding) must agree to
/// the bit; library functions within a few units in the last place (each driver brings its own).
@Suite struct DoublePrecisionTests {
    static let source = """
        #pragma OPENCL EXTENSION cl_khr_fp64 : enable
        __kernel void k(__global const double *a, __global const double *b, __global double *out,
                        __global long *ints, const double scale) {
            const size_t i = get_global_id(0);
            const double x = a[i], y = b[i];
            __global double *o = out + i * 12;
            o[0] = x * y + 0.1;                   // contracted: fma(x, y, 0.1), 0.1 a double
            o[1] = x / y - scale;
            o[2] = sqrt(fabs(x));
            o[3] = fma(x, y, -x);
            o[4] = (double)(float)x;              // rounded through float
            o[5] = min(x, y) + max(x, y) * 2;
            o[6] = floor(x) + ceil(y) + trunc(x * y) + rint(x);
            o[7] = x > y ? x : -y;
            o[8] = sin(x);
            o[9] = exp(y / 16);
            o[10] = pow(fabs(x), 0.5);
            double2 v = (double2)(x, y) * (double2)(y, 2.0);
            o[11] = dot(v, (double2)(1.0, -1.0)) + M_PI;
            __global long *n = ints + i * 4;
            n[0] = (long)(x * 1e6);
            n[1] = convert_int_sat(x * 1e12);
            n[2] = convert_long_rte(x * 2.5);
            long2 flags = isnan((double2)(x, NAN)) + isgreater_emulated(x, y);
            n[3] = flags.x * 10 + flags.y;
        }
        """.replacingOccurrences(of: "isgreater_emulated(x, y)", with: "(x > y ? (long2)(1, 1) : (long2)(0, 0))")

    static func reference(_ x: Double, _ y: Double, scale: Double) -> (exact: [Double], approximate: [Double], ints: [Int64]) {
        let exact: [Double] = [
            Double(0.1).addingProduct(x, y), x / y - scale, abs(x).squareRoot(), (-x).addingProduct(x, y), Double(Float(x)),
            Swift.min(x, y) + Swift.max(x, y) * 2,
            x.rounded(.down) + y.rounded(.up) + (x * y).rounded(.towardZero) + x.rounded(.toNearestOrEven),
            x > y ? x : -y
        ]
        let v = (x * y, y * 2)
        let approximate = [sin(x), exp(y / 16), pow(abs(x), 0.5), (-v.1).addingProduct(v.0, 1.0) + Double.pi]
        let clamped = Swift.max(Swift.min((x * 1e12).rounded(.towardZero), Double(Int32.max)), Double(Int32.min))
        let flags: (Int64, Int64) = (x > y ? 1 : 0, -1 + (x > y ? 1 : 0))
        let ints: [Int64] = [Int64(x * 1e6), Int64(clamped), Int64((x * 2.5).rounded(.toNearestOrEven)), flags.0 * 10 + flags.1]
        return (exact, approximate, ints)
    }

    @Test func doublesMatchAFloat64ReferenceOnEveryAdapter() throws {
        let count = 256
        var xs = sampleDoubles(count, seed: 64, in: -100...100)
        let ys = sampleDoubles(count, seed: 65, in: 0.5...50)
        xs[0] = 2.5; xs[1] = -0.5; xs[2] = Double.leastNormalMagnitude / 4  // ties for rint and convert_rte, and a subnormal
        let scale = 0.3
        let adapters = try Instance().adapters()
        #expect(adapters.contains { $0.backend == .cpu && $0.supportsDoublePrecision })
        for adapter in adapters where adapter.supportsDoublePrecision {
            let device = try adapter.makeDevice(label: "fp64")
            let a = try device.makeBuffer(array: xs), b = try device.makeBuffer(array: ys)
            let out = try device.makeBuffer(length: count * 12 * 8), ints = try device.makeBuffer(length: count * 4 * 8)
            let kernel = try device.makeLibrary(source: Self.source).makeKernel(named: "k")
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(
                kernel, arguments: [.buffer(a), .buffer(b), .buffer(out), .buffer(ints), .value(scale)],
                globalSize: [count], localSize: [64])
            try device.queue.submit(commands).wait(timeout: .seconds(120))
            let results: [Double] = try out.read(as: Double.self), integers: [Int64] = try ints.read(as: Int64.self)
            var mismatches: [String] = []
            for i in 0..<count {
                let expected = Self.reference(xs[i], ys[i], scale: scale)
                let row = Array(results[i * 12..<(i + 1) * 12])
                for (j, value) in expected.exact.enumerated() where value.bitPattern != row[j].bitPattern {
                    mismatches.append("x=\(xs[i]) y=\(ys[i]) o[\(j)] = \(row[j]), expected \(value)")
                }
                for (j, value) in expected.approximate.enumerated() where abs(row[8 + j] - value) > 4 * value.ulp {
                    mismatches.append("x=\(xs[i]) y=\(ys[i]) o[\(8 + j)] = \(row[8 + j]), expected \(value) (4 ulp)")
                }
                let rowInts = Array(integers[i * 4..<(i + 1) * 4])
                if rowInts != expected.ints { mismatches.append("x=\(xs[i]) y=\(ys[i]) ints \(rowInts), expected \(expected.ints)") }
            }
            #expect(mismatches.count == 0, "\(adapter.name): \(mismatches.prefix(8).joined(separator: "\n"))")
        }
    }
}
