import Conduit
import Foundation
import Testing

/// Every kernel of Kernels/ on every adapter present, through the public API (compile in the
/// client, verify on the host, run on the backend), against plain-Swift references. Floats are
/// compared with tolerances, integers exactly. The cases are the adapters the host lists; the
/// first tests fail (rather than leaving no cases) when the host, the daemon or an installed
/// OpenCL driver does not come up.
@Suite struct ConformanceTests {
    @Test func theEmbeddedHostComesUpWithItsCPUAdapter() throws {
        let adapters = try Instance().adapters()
        #expect(adapters.contains { $0.backend == .cpu })
        #expect(Self.adapters.count >= adapters.count, "every adapter is a case")
    }

    @Test func theDaemonComesUpForTheCrossProcessCases() throws {
        _ = try SpawnedHost.started.get()
        #expect(Self.adapters.contains { $0.host != .embedded })
    }

    /// An OpenCL driver registered with the ICD loader is an adapter: PoCL here once
    /// scripts/setup.sh has run. Skipped, with the reason, where none is installed.
    @Test(.enabled(if: Self.installedICDs.count > 0, "no OpenCL driver is registered in /etc/OpenCL/vendors"))
    func anInstalledOpenCLDriverIsAnAdapter() throws {
        #expect(try Instance().adapters().contains { $0.backend == .openCL }, "registered: \(Self.installedICDs)")
    }

    static var installedICDs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/etc/OpenCL/vendors")) ?? []).filter { $0.hasSuffix(".icd") }
    }

    /// Every adapter, through the embedded host and through a spawned `conduit host` over shared memory.
    static let adapters: [AdapterCase] = {
        let present = ((try? Instance().adapters()) ?? []).map { ($0.index, $0.name) }
        let transports: [Instance.HostLocation] = [.embedded, SpawnedHost.shared.map { .daemon(socketPath: $0.socketPath) }].compactMap { $0 }
        return transports.flatMap { host in present.map { AdapterCase(index: $0.0, name: $0.1, host: host) } }
    }()

    struct AdapterCase: CustomTestStringConvertible, Sendable {
        var index: Int
        var name: String
        var host: Instance.HostLocation
        var testDescription: String { "\(index): \(name) via \(host == .embedded ? "embedded" : "shared memory")" }

        func makeInstance() throws -> Instance {
            var options = Instance.Options()
            options.host = host
            options.clientName = "conformance"
            return try Instance(options: options)
        }
    }

    /// Runs one built-in kernel on an adapter; returns every buffer argument's bytes afterwards.
    func run(
        _ adapter: AdapterCase, _ program: String, _ kernelName: String, _ arguments: [KernelInput],
        global: [Int], local: [Int]
    ) throws -> [Int: [UInt8]] {
        let instance = try adapter.makeInstance()
        let device = try #require(try instance.adapters().first { $0.index == adapter.index }).makeDevice(label: "conformance")
        let kernel = try device.makeLibrary(builtin: program).makeKernel(named: kernelName)
        var buffers: [Int: Buffer] = [:]
        var converted: [KernelArgument] = []
        for (index, argument) in arguments.enumerated() {
            switch argument {
            case let .value(bytes): converted.append(.bytes(bytes))
            case let .local(size): converted.append(.local(bytes: size))
            default:
                let buffer = try device.makeBuffer(array: argument.bufferBytes ?? [])
                buffers[index] = buffer
                converted.append(.buffer(buffer))
            }
        }
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: converted, globalSize: GridSize(global), localSize: GridSize(local))
        try device.queue.submit(commands).wait(timeout: .seconds(120))
        return try buffers.mapValues { try $0.read(as: UInt8.self) }
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

    @Test(arguments: adapters) func gemm(_ adapter: AdapterCase) throws {
        let instance = try adapter.makeInstance()
        let device = try #require(try instance.adapters().first { $0.index == adapter.index }).makeDevice()
        // (m, n, k, transposeA, transposeB, alpha, beta, padding, offset in elements)
        let cases: [(Int, Int, Int, Bool, Bool, Float, Float, Int, Int)] = [
            (64, 64, 64, false, false, 1, 0, 0, 0), (37, 21, 13, true, false, 0.5, 0, 2, 3),
            (16, 48, 32, false, true, 1, 2, 1, 5), (9, 7, 5, true, true, -1, 0.5, 0, 1)
        ]
        for (m, n, k, ta, tb, alpha, beta, padding, offset) in cases {
            let lda = (ta ? m : k) + padding, ldb = (tb ? k : n) + padding, ldc = n + padding
            let a = Self.values(offset + (ta ? k : m) * lda, seed: 21), b = Self.values(offset + (tb ? n : k) * ldb, seed: 22)
            let c = Self.values(offset + m * ldc, seed: 23)
            let bufferA = try device.makeBuffer(array: a), bufferB = try device.makeBuffer(array: b), bufferC = try device.makeBuffer(array: c)
            let commands = device.queue.makeCommandBuffer()
            try commands.gemm(
                bufferA, bufferB, bufferC, m: m, n: n, k: k, transposeA: ta, transposeB: tb, alpha: alpha, beta: beta,
                lda: lda, ldb: ldb, ldc: ldc, aOffset: offset, bOffset: offset, cOffset: offset)
            try device.queue.submit(commands).wait(timeout: .seconds(120))
            let expected = referenceGEMM(
                a: a, b: b, c: c, m: m, n: n, k: k, transposeA: ta, transposeB: tb, alpha: alpha, beta: beta,
                lda: lda, ldb: ldb, ldc: ldc, aOffset: offset, bOffset: offset, cOffset: offset)
            expectClose(try bufferC.read(as: Float.self), expected)
        }
    }

    @Test(arguments: adapters) func outOfBoundsWritesFaultAndTouchNothingElse(_ adapter: AdapterCase) async throws {
        let instance = try adapter.makeInstance()
        let device = try #require(try await instance.adapters().first { $0.index == adapter.index }).makeDevice()
        let library = try device.makeLibrary(source: "__kernel void overrun(__global float *a) { a[get_global_id(0) + 10] = 1.0f; }")
        let small = try device.makeBuffer(length: 64)
        let neighbour = try device.makeBuffer(array: [Float](repeating: 5, count: 16))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "overrun"), arguments: [.buffer(small)], globalSize: [16], localSize: [16])
        let error = await #expect(throws: ConduitError.self) { try await device.queue.submit(commands).wait() }
        #expect(error?.code == .kernelFault)
        #expect(error?.message.contains("out-of-bounds") == true, "\(String(describing: error))")
        #expect(try await neighbour.read(as: Float.self) == [Float](repeating: 5, count: 16))
        #expect(Array(try await small.read(as: Float.self)[10...]) == [Float](repeating: 1, count: 6), "in-bounds items still ran")
    }

    @Test(arguments: adapters) func saxpy(_ adapter: AdapterCase) throws {
        let n = 1500
        let x = Self.values(n, seed: 11), y = Self.values(n, seed: 12)
        let out = try run(adapter, "saxpy", "saxpy", [.floats(y), .floats(x), .scalar(Float(-1.5)), .scalar(UInt32(n))], global: [1536], local: [256])
        let result = out[0]!.as(Float.self)
        #expect(close(result, zip(x, y).map { -1.5 * $0 + $1 }, tolerance: 1e-6))
    }

    @Test(arguments: adapters) func vectorAdd(_ adapter: AdapterCase) throws {
        let n = 1000
        let a = Self.values(n, seed: 1), b = Self.values(n, seed: 2)
        let out = try run(
            adapter, "vector_add", "vector_add", [.floats(a), .floats(b), .floats(.init(repeating: -7, count: 1024)), .scalar(Int32(n))], global: [1024],
            local: [128])
        let c = out[2]!.as(Float.self)
        #expect(Array(c[0..<n]) == zip(a, b).map { $0 + $1 })
        #expect(c[n...].allSatisfy { $0 == -7 }, "items past n return early")
    }

    @Test(arguments: adapters) func matmulNaiveAndTiled(_ adapter: AdapterCase) throws {
        let (m, n, k) = (48, 32, 64)
        let a = Self.values(m * k, seed: 3), b = Self.values(k * n, seed: 4)
        var expected = [Float](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { expected[i * n + j] = (0..<k).reduce(0) { $0 + a[i * k + $1] * b[$1 * n + j] } } }
        let args: [KernelInput] = [
            .floats(a), .floats(b), .floats(.init(repeating: 0, count: m * n)),
            .scalar(Int32(m)), .scalar(Int32(n)), .scalar(Int32(k))
        ]
        let naive = try run(adapter, "matmul", "matmul_naive", args, global: [n, m], local: [8, 8])[2]!.as(Float.self)
        #expect(close(naive, expected, tolerance: 1e-4))
        let tiled = try run(adapter, "matmul", "matmul_tiled", args, global: [n, m], local: [16, 16])[2]!.as(Float.self)
        #expect(close(tiled, expected, tolerance: 1e-4))
    }

    @Test(arguments: adapters) func nbodyStep(_ adapter: AdapterCase) throws {
        let n = 256, tile = 64
        let dt: Float = 0.01, damping: Float = 0.995, softening: Float = 0.01
        var positions: [Float] = [], velocities: [Float] = []
        let r = Self.values(n * 4, seed: 5), v = Self.values(n * 4, seed: 6)
        for i in 0..<n {
            positions += [r[4 * i] * 10, r[4 * i + 1] * 10, r[4 * i + 2] * 10, abs(r[4 * i + 3]) + 0.5]
            velocities += [v[4 * i], v[4 * i + 1], v[4 * i + 2], 0]
        }
        let out = try run(
            adapter, "nbody", "nbody_step",
            [
                .floats(positions), .floats(velocities), .floats(.init(repeating: 0, count: n * 4)), .floats(.init(repeating: 0, count: n * 4)),
                .local(tile * 16), .scalar(Int32(n)), .scalar(dt), .scalar(damping)
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

    @Test(arguments: adapters) func reduction(_ adapter: AdapterCase) throws {
        let n = 10_000, local = 128
        let input = Self.values(n, seed: 7)
        let groups = (n + 2 * local - 1) / (2 * local)
        let out = try run(
            adapter, "reduction", "reduce_sum",
            [
                .floats(input), .floats(.init(repeating: 0, count: groups)), .local(local * 4), .scalar(UInt32(n))
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

    @Test(arguments: adapters) func exclusiveScan(_ adapter: AdapterCase) throws {
        let local = 64, blocks = 8, n = local * 2 * blocks
        let input = (0..<n).map { Int32(($0 * 7 + 3) % 11) - 5 }
        let first = try run(
            adapter, "scan", "scan_exclusive",
            [
                .ints(input), .ints(.init(repeating: 0, count: n)), .ints(.init(repeating: 0, count: blocks)),
                .local(local * 2 * 4)
            ], global: [n / 2], local: [local])
        let blockScans = first[1]!.as(Int32.self), sums = first[2]!.as(Int32.self)
        var offsets: [Int32] = [], running: Int32 = 0
        for s in sums { offsets.append(running); running += s }
        let second = try run(adapter, "scan", "scan_add_offsets", [.ints(blockScans), .ints(offsets)], global: [n], local: [local * 2])
        var expected: [Int32] = [], total: Int32 = 0
        for value in input { expected.append(total); total += value }
        #expect(second[0]!.as(Int32.self) == expected)
    }

    @Test(arguments: adapters) func histogram(_ adapter: AdapterCase) throws {
        let n = 50_000
        var state: UInt32 = 12345
        let data: [UInt8] = (0..<n).map { _ in
            state = state &* 1664525 &+ 1013904223; return UInt8(truncatingIfNeeded: (state >> 24) ^ (state >> 9))
        }
        let out = try run(
            adapter, "histogram", "histogram256",
            [
                .bytes(data), .scalar(UInt32(n)), .bytes(.init(repeating: 0, count: 256 * 4))
            ], global: [64 * 16], local: [64])
        var expected = [UInt32](repeating: 0, count: 256)
        for byte in data { expected[Int(byte)] += 1 }
        #expect(out[2]!.as(UInt32.self) == expected)
    }

    @Test(arguments: adapters) func transpose(_ adapter: AdapterCase) throws {
        let rows = 40, cols = 72
        let input = Self.values(rows * cols, seed: 8)
        let out = try run(
            adapter, "transpose", "transpose",
            [
                .floats(input), .floats(.init(repeating: 0, count: rows * cols)), .scalar(Int32(rows)), .scalar(Int32(cols))
            ], global: [80, 48], local: [16, 16])
        let result = out[1]!.as(Float.self)
        var expected = [Float](repeating: 0, count: rows * cols)
        for y in 0..<rows { for x in 0..<cols { expected[x * rows + y] = input[y * cols + x] } }
        #expect(result == expected)
    }
}
