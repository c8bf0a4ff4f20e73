import Conduit
import Foundation

/// Deterministic matmul inputs shared by every measurement.
enum MatmulInputs {
    static func matrix(_ count: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in generator.nextFloat() }
    }

    static func flops(_ n: Int) -> Double { 2 * Double(n) * Double(n) * Double(n) }
}

/// `conduit bench matmul`: GEMM through Conduit on each adapter, verified, against direct OpenBLAS.
public struct MatmulBenchmark {
    /// One adapter's figures.
    public struct AdapterResult: Sendable, Codable {
        public var adapter: String
        public var adapterIndex: Int
        /// The host the adapter lives on (`CONDUIT_HOST` may name several).
        public var host: String
        public var backend: String
        public var method: String
        public var size: Int
        public var iterations: Int
        public var gflops: Double
        public var medianMilliseconds: Double
        public var minMilliseconds: Double
        public var maxMilliseconds: Double
        public var verified: Bool
        public var maxRelativeError: Double
        public var checkedElements: Int
        /// (max − min) / median of the timed runs, in percent.
        public var spreadPercent: Double
        /// `cblas_sgemm` called directly with OpenBLAS's default kernel choice.
        public var directOpenBLASGflops: Double?
        public var ratioToDirect: Double?
        /// `cblas_sgemm` called directly with the same kernels Conduit uses.
        public var directSameKernelGflops: Double?
        /// Conduit's overhead against that same-kernel call, in percent (negative: faster).
        public var overheadPercent: Double?
    }

    /// Everything one run prints.
    public struct Report: Sendable, Codable {
        public var benchmark = "matmul"
        public var size: Int
        public var iterations: Int
        public var openBLAS: DirectOpenBLAS.Info?
        public var directOpenBLASDefaultKernel: DirectOpenBLAS.Result?
        public var directOpenBLASSameKernel: DirectOpenBLAS.Result?
        public var results: [AdapterResult]
    }

    public var size: Int
    public var iterations: Int
    /// A `conduit` binary for the default-kernel child; nil skips that reference.
    public var executable: String?
    public var progress: BenchmarkProgress?

    public init(size: Int, iterations: Int, executable: String?) {
        self.size = size
        self.iterations = iterations
        self.executable = executable
    }

    public func run(on adapters: [Adapter]) throws -> Report {
        let n = size
        // The child runs first, while this process is idle, so the two never share the cores.
        let defaultKernel = try executable.map { try DirectOpenBLAS.measureDefaultKernel(size: n, iterations: iterations, executable: $0) }
        let a = MatmulInputs.matrix(n * n, seed: 1), b = MatmulInputs.matrix(n * n, seed: 2)
        var results: [AdapterResult] = []
        var sameKernel: DirectOpenBLAS.Result?
        for (index, adapter) in adapters.enumerated() {
            progress?(index, adapters.count, "sgemm \(n) on \(adapter.name)")
            let device = try adapter.makeDevice(label: "bench")
            let bufferA = try device.makeBuffer(array: a, label: "A")
            let bufferB = try device.makeBuffer(array: b, label: "B")
            let bufferC = try device.makeBuffer(length: n * n * 4, label: "C")
            let throughConduit = {
                let commands = device.queue.makeCommandBuffer()
                try commands.gemm(bufferA, bufferB, bufferC, m: n, n: n, k: n)
                try device.queue.submit(commands).wait(timeout: .seconds(600))
            }
            let timing: Timing
            var direct: Timing?
            if adapter.backend == .cpu, let multiplier = try? DirectOpenBLAS.Multiplier(size: n) {
                // The same-kernel reference alternates with Conduit's runs in this process.
                let pair = try Timing.measureInterleaved(iterations: iterations, throughConduit, { multiplier.run() })
                (timing, direct) = (pair.0, pair.1)
                sameKernel = DirectOpenBLAS.Result(
                    coreName: multiplier.blas.coreName,
                    gflops: MatmulInputs.flops(n) / pair.1.median / 1e9, medianSeconds: pair.1.median)
            } else {
                timing = try Timing.measure(iterations: iterations, throughConduit)
            }
            let check = MatrixCheck(a: a, b: b, c: try bufferC.read(as: Float.self), m: n, n: n, k: n)
            let gflops = MatmulInputs.flops(n) / timing.median / 1e9
            results.append(
                AdapterResult(
                    adapter: adapter.name, adapterIndex: adapter.index, host: adapter.host.description, backend: adapter.backend.rawValue, method: "gemm",
                    size: n, iterations: iterations, gflops: gflops,
                    medianMilliseconds: timing.median * 1e3, minMilliseconds: timing.minimum * 1e3, maxMilliseconds: timing.maximum * 1e3,
                    verified: check.passed, maxRelativeError: check.maxRelativeError, checkedElements: check.checkedElements,
                    spreadPercent: (timing.maximum - timing.minimum) / timing.median * 100,
                    directOpenBLASGflops: defaultKernel?.gflops, ratioToDirect: defaultKernel.map { gflops / $0.gflops },
                    directSameKernelGflops: direct.map { MatmulInputs.flops(n) / $0.median / 1e9 },
                    overheadPercent: direct.map { (timing.median / $0.median - 1) * 100 }))
        }
        return Report(
            size: n, iterations: iterations, openBLAS: try? DirectOpenBLAS.info(),
            directOpenBLASDefaultKernel: defaultKernel, directOpenBLASSameKernel: sameKernel, results: results)
    }
}
