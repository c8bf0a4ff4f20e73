import Conduit
import Testing

/// The same matmul timed on every adapter: GEMM and the tiled kernel, plus the naive kernel on
/// the CPU interpreter. Prints a table; asserts only orderings noise cannot flip.
@Suite(.serialized) struct ComparisonTests {
    struct Row {
        var adapter: String
        var method: String
        var seconds: Double
        var deviceType: Adapter.DeviceType
        var backend: Adapter.Backend
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        try body()  // warm-up: builds, caches, first-touch
        var best = Double.infinity
        let clock = ContinuousClock()
        for _ in 0..<3 {
            let start = clock.now
            try body()
            let elapsed = clock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return best
    }

    @Test func matmulOnEveryAdapter() throws {
        let n = 128  // small enough for the interpreter in a debug test build
        let a = sampleValues(n * n, seed: 31), b = sampleValues(n * n, seed: 32)
        var rows: [Row] = []
        for adapter in try Instance().adapters() {
            let device = try adapter.makeDevice(label: "comparison")
            let ba = try device.makeBuffer(array: a), bb = try device.makeBuffer(array: b), bc = try device.makeBuffer(length: n * n * 4)
            let library = try device.makeLibrary(builtin: "matmul")
            func run(_ record: (CommandBuffer) throws -> Void) throws {
                let commands = device.queue.makeCommandBuffer()
                try record(commands)
                try device.queue.submit(commands).wait(timeout: .seconds(600))
            }
            let size: [KernelArgument] = [.buffer(ba), .buffer(bb), .buffer(bc), .int32(Int32(n)), .int32(Int32(n)), .int32(Int32(n))]
            let gemm = try Self.time { try run { try $0.gemm(ba, bb, bc, m: n, n: n, k: n) } }
            let tiled = try library.makeKernel(named: "matmul_tiled")
            let tiledTime = try Self.time { try run { try $0.dispatch(tiled, arguments: size, globalSize: [n, n], localSize: [16, 16]) } }
            rows.append(Row(adapter: adapter.name, method: "gemm", seconds: gemm, deviceType: adapter.deviceType, backend: adapter.backend))
            rows.append(Row(adapter: adapter.name, method: "tiled kernel", seconds: tiledTime, deviceType: adapter.deviceType, backend: adapter.backend))
            if adapter.backend == .cpu {
                let naive = try library.makeKernel(named: "matmul_naive")
                let naiveTime = try Self.time { try run { try $0.dispatch(naive, arguments: size, globalSize: [n, n], localSize: [16, 16]) } }
                rows.append(Row(adapter: adapter.name, method: "naive kernel", seconds: naiveTime, deviceType: adapter.deviceType, backend: adapter.backend))
            }
        }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        print("matmul \(n)×\(n)×\(n), best of 3:")
        for row in rows {
            let gflops = flops / row.seconds / 1e9
            print("  \(row.adapter.padding(36)) \(row.method.padding(14)) \(String(format: "%9.3f ms %9.2f GFLOP/s", row.seconds * 1e3, gflops))")
        }
        let cpuGEMM = try #require(rows.first { $0.backend == .cpu && $0.method == "gemm" })
        let interpreted = try #require(rows.first { $0.backend == .cpu && $0.method == "naive kernel" })
        #expect(cpuGEMM.seconds * 10 < interpreted.seconds, "OpenBLAS GEMM is far ahead of the interpreted naive kernel")
        let interpretedTiled = try #require(rows.first { $0.backend == .cpu && $0.method == "tiled kernel" })
        for gpu in rows where gpu.method == "tiled kernel" && (gpu.deviceType == .discreteGPU || gpu.deviceType == .integratedGPU) {
            #expect(gpu.seconds * 10 < interpretedTiled.seconds, "\(gpu.adapter) runs the tiled kernel ten times faster than the CPU interpreter")
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
