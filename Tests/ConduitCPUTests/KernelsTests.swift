import Foundation
import Testing

/// Every kernel of Kernels/ on the interpreter, against a plain-Swift reference.
@Suite struct KernelsTests {
    static func source(_ file: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Kernels/\(file)"), encoding: .utf8)
    }

    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 23) - 1
        }
    }

    func close(_ a: [Float], _ b: [Float], tolerance: Float) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    @Test func vectorAdd() throws {
        let n = 1000
        let a = Self.values(n, seed: 1), b = Self.values(n, seed: 2)
        let out = try KernelHarness(try Self.source("vector_add.cl"))
            .run("vector_add", [.floats(a), .floats(b), .floats(.init(repeating: -7, count: 1024)), .scalar(Int32(n))], global: [1024], local: [128])
        let c = out[2]!.as(Float.self)
        #expect(Array(c[0..<n]) == zip(a, b).map { $0 + $1 })
        #expect(c[n...].allSatisfy { $0 == -7 }, "items past n return early")
    }

    @Test func matmulNaiveAndTiled() throws {
        let (m, n, k) = (48, 32, 64)
        let a = Self.values(m * k, seed: 3), b = Self.values(k * n, seed: 4)
        var expected = [Float](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { expected[i * n + j] = (0..<k).reduce(0) { $0 + a[i * k + $1] * b[$1 * n + j] } } }
        let harness = try KernelHarness(try Self.source("matmul.cl"))
        let args: [KernelHarness.Argument] = [.floats(a), .floats(b), .floats(.init(repeating: 0, count: m * n)),
                                              .scalar(Int32(m)), .scalar(Int32(n)), .scalar(Int32(k))]
        let naive = try harness.run("matmul_naive", args, global: [n, m], local: [8, 8])[2]!.as(Float.self)
        #expect(close(naive, expected, tolerance: 1e-4))
        let tiled = try harness.run("matmul_tiled", args, global: [n, m], local: [16, 16])[2]!.as(Float.self)
        #expect(close(tiled, expected, tolerance: 1e-4))
    }

    @Test func nbodyStep() throws {
        let n = 256, tile = 64
        let dt: Float = 0.01, damping: Float = 0.995, softening: Float = 0.01
        var positions: [Float] = [], velocities: [Float] = []
        let r = Self.values(n * 4, seed: 5), v = Self.values(n * 4, seed: 6)
        for i in 0..<n {
            positions += [r[4 * i] * 10, r[4 * i + 1] * 10, r[4 * i + 2] * 10, abs(r[4 * i + 3]) + 0.5]
            velocities += [v[4 * i], v[4 * i + 1], v[4 * i + 2], 0]
        }
        let out = try KernelHarness(try Self.source("nbody.cl")).run("nbody_step", [
            .floats(positions), .floats(velocities), .floats(.init(repeating: 0, count: n * 4)), .floats(.init(repeating: 0, count: n * 4)),
            .local(tile * 16), .scalar(Int32(n)), .scalar(dt), .scalar(damping),
        ], global: [n], local: [tile])
        let newPositions = out[2]!.as(Float.self), newVelocities = out[3]!.as(Float.self)
        var worst: Float = 0
        for i in 0..<n {
            var acc: (Double, Double, Double) = (0, 0, 0)
            for j in 0..<n {
                let dx = Double(positions[4 * j] - positions[4 * i]), dy = Double(positions[4 * j + 1] - positions[4 * i + 1])
                let dz = Double(positions[4 * j + 2] - positions[4 * i + 2])
                let distSqr = dx * dx + dy * dy + dz * dz + Double(softening)
                let s = Double(positions[4 * j + 3]) / (distSqr * distSqr.squareRoot())
                acc = (acc.0 + dx * s, acc.1 + dy * s, acc.2 + dz * s)
            }
            let accs = [acc.0, acc.1, acc.2]
            for axis in 0..<3 {
                let vel = (Double(velocities[4 * i + axis]) + accs[axis] * Double(dt)) * Double(damping)
                let pos = Double(positions[4 * i + axis]) + vel * Double(dt)
                worst = max(worst, Float(abs(vel - Double(newVelocities[4 * i + axis])) / max(1, abs(vel))))
                worst = max(worst, Float(abs(pos - Double(newPositions[4 * i + axis])) / max(1, abs(pos))))
            }
            #expect(newPositions[4 * i + 3] == positions[4 * i + 3], "mass is carried over")
        }
        #expect(worst < 1e-3, "largest relative error \(worst)")
    }

    @Test func reduction() throws {
        let n = 10_000, local = 128
        let input = Self.values(n, seed: 7)
        let groups = (n + 2 * local - 1) / (2 * local)
        let out = try KernelHarness(try Self.source("reduction.cl")).run("reduce_sum", [
            .floats(input), .floats(.init(repeating: 0, count: groups)), .local(local * 4), .scalar(UInt32(n)),
        ], global: [groups * local], local: [local])
        let partial = out[1]!.as(Float.self)
        let expected = input.reduce(0.0) { $0 + Double($1) }
        #expect(abs(partial.reduce(0.0) { $0 + Double($1) } - expected) < 1e-2)
        for g in 0..<groups {
            let range = (g * 2 * local)..<min(n, (g + 1) * 2 * local)
            let part = input[range].reduce(0.0) { $0 + Double($1) }
            #expect(abs(Double(partial[g]) - part) < 1e-3, "group \(g)")
        }
    }

    @Test func exclusiveScan() throws {
        let local = 64, blocks = 8, n = local * 2 * blocks
        let input = (0..<n).map { Int32(($0 * 7 + 3) % 11) - 5 }
        let harness = try KernelHarness(try Self.source("scan.cl"))
        let first = try harness.run("scan_exclusive", [.ints(input), .ints(.init(repeating: 0, count: n)), .ints(.init(repeating: 0, count: blocks)),
                                                       .local(local * 2 * 4)], global: [n / 2], local: [local])
        let blockScans = first[1]!.as(Int32.self), sums = first[2]!.as(Int32.self)
        var offsets: [Int32] = [], running: Int32 = 0
        for s in sums { offsets.append(running); running += s }
        let second = try harness.run("scan_add_offsets", [.ints(blockScans), .ints(offsets)], global: [n], local: [local * 2])
        var expected: [Int32] = [], total: Int32 = 0
        for value in input { expected.append(total); total += value }
        #expect(second[0]!.as(Int32.self) == expected)
    }

    @Test func histogram() throws {
        let n = 50_000
        var state: UInt32 = 12345
        let data: [UInt8] = (0..<n).map { _ in state = state &* 1664525 &+ 1013904223; return UInt8(truncatingIfNeeded: (state >> 24) ^ (state >> 9)) }
        let out = try KernelHarness(try Self.source("histogram.cl")).run("histogram256", [
            .bytes(data), .scalar(UInt32(n)), .bytes(.init(repeating: 0, count: 256 * 4)),
        ], global: [64 * 16], local: [64])
        var expected = [UInt32](repeating: 0, count: 256)
        for byte in data { expected[Int(byte)] += 1 }
        #expect(out[2]!.as(UInt32.self) == expected)
    }

    @Test func transpose() throws {
        let rows = 40, cols = 72
        let input = Self.values(rows * cols, seed: 8)
        let out = try KernelHarness(try Self.source("transpose.cl")).run("transpose", [
            .floats(input), .floats(.init(repeating: 0, count: rows * cols)), .scalar(Int32(rows)), .scalar(Int32(cols)),
        ], global: [80, 48], local: [16, 16])
        let result = out[1]!.as(Float.self)
        var expected = [Float](repeating: 0, count: rows * cols)
        for y in 0..<rows { for x in 0..<cols { expected[x * rows + y] = input[y * cols + x] } }
        #expect(result == expected)
    }
}
