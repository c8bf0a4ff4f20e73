import Conduit
import Foundation

/// `conduit bench matmul --sizes …`: GEMM and the tiled kernel of Kernels/matmul.cl on each
/// adapter at each size, verified, with the spread of the timed runs.
public struct MatmulSweep {
    public struct Point: Sendable, Codable {
        public var size: Int
        public var adapter: String
        public var adapterIndex: Int
        public var backend: String
        /// `gemm` or `tiled kernel`.
        public var method: String
        public var runs: Int
        public var gflops: Double
        public var medianMilliseconds: Double
        /// (max − min) / median of the timed runs, in percent.
        public var spreadPercent: Double
        public var verified: Bool
        public var maxRelativeError: Double
        /// This point's GFLOP/s over the CPU adapter's for the same size and method.
        public var speedupVsCPUAdapter: Double?
    }

    public var sizes: [Int]
    public var runs: Int
    /// Reports each point as it finishes (for progress).
    public var progress: BenchmarkProgress?

    public init(sizes: [Int], runs: Int) {
        self.sizes = sizes
        self.runs = runs
    }

    public static let methods = ["gemm", "tiled kernel"]

    public func run(on adapters: [Adapter]) throws -> [Point] {
        var points: [Point] = []
        let total = sizes.count * adapters.count * Self.methods.count
        for n in sizes {
            let a = MatmulInputs.matrix(n * n, seed: 1), b = MatmulInputs.matrix(n * n, seed: 2)
            for adapter in adapters {
                let device = try adapter.makeDevice(label: "sweep")
                let bufferA = try device.makeBuffer(array: a), bufferB = try device.makeBuffer(array: b)
                let bufferC = try device.makeBuffer(length: n * n * 4)
                let tiled = try device.makeLibrary(builtin: "matmul").makeKernel(named: "matmul_tiled")
                let dimensions: [KernelArgument] = [.int32(Int32(n)), .int32(Int32(n)), .int32(Int32(n))]
                for method in Self.methods {
                    progress?(points.count, total, "\(method) \(n) on \(adapter.name)")
                    try bufferC.write([Float](repeating: .nan, count: n * n))
                    let timing = try Timing.measure(iterations: runs) {
                        let commands = device.queue.makeCommandBuffer()
                        if method == "gemm" {
                            try commands.gemm(bufferA, bufferB, bufferC, m: n, n: n, k: n)
                        } else {
                            try commands.dispatch(
                                tiled, arguments: [.buffer(bufferA), .buffer(bufferB), .buffer(bufferC)] + dimensions,
                                globalSize: [n, n], localSize: [16, 16])
                        }
                        try device.queue.submit(commands).wait(timeout: .seconds(3600))
                    }
                    let check = MatrixCheck(a: a, b: b, c: try bufferC.read(as: Float.self), m: n, n: n, k: n, samples: 1024)
                    points.append(
                        Point(
                            size: n, adapter: adapter.name, adapterIndex: adapter.index, backend: adapter.backend.rawValue,
                            method: method, runs: runs, gflops: MatmulInputs.flops(n) / timing.median / 1e9,
                            medianMilliseconds: timing.median * 1e3,
                            spreadPercent: (timing.maximum - timing.minimum) / timing.median * 100,
                            verified: check.passed, maxRelativeError: check.maxRelativeError))
                }
            }
        }
        for index in points.indices {
            let point = points[index]
            let cpu = points.first { $0.backend == Adapter.Backend.cpu.rawValue && $0.size == point.size && $0.method == point.method }
            points[index].speedupVsCPUAdapter = cpu.map { point.gflops / $0.gflops }
        }
        return points
    }
}
