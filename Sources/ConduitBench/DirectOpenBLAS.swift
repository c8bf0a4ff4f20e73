import ConduitCPU
import Foundation

/// OpenBLAS called directly, without Conduit: the reference every matmul figure is compared to.
public enum DirectOpenBLAS {
    /// What the loaded OpenBLAS reports about itself.
    public struct Info: Sendable, Codable {
        public var coreName: String
        public var coreTypeChoice: String
        /// Who chose the kernels: `conduit`, `user` (OPENBLAS_CORETYPE), `openblas`, `preloaded`.
        public var chosenBy: String
        public var threads: Int
        public var config: String
    }

    /// One direct measurement.
    public struct Result: Sendable, Codable {
        public var coreName: String
        public var gflops: Double
        public var medianSeconds: Double
    }

    public static func info() throws -> Info {
        let blas = try OpenBLAS.shared.get()
        return Info(
            coreName: blas.coreName, coreTypeChoice: blas.coreTypeChoice.description,
            chosenBy: blas.coreTypeChoice.source, threads: blas.threads, config: blas.config)
    }

    /// `cblas_sgemm` on n×n matrices in this process, with the kernels Conduit loaded.
    public static func measure(size n: Int, iterations: Int) throws -> Result {
        let gemm = try Multiplier(size: n)
        let timing = Timing.measure(iterations: iterations) { gemm.run() }
        return Result(coreName: gemm.blas.coreName, gflops: MatmulInputs.flops(n) / timing.median / 1e9, medianSeconds: timing.median)
    }

    /// Owns n×n inputs and output and multiplies them with OpenBLAS directly.
    final class Multiplier {
        let blas: OpenBLAS
        let n: Int
        private let a: UnsafeMutableBufferPointer<Float>, b: UnsafeMutableBufferPointer<Float>, c: UnsafeMutableBufferPointer<Float>

        init(size n: Int) throws {
            blas = try OpenBLAS.shared.get()
            self.n = n
            a = .allocate(capacity: n * n); b = .allocate(capacity: n * n); c = .allocate(capacity: n * n)
            _ = a.initialize(from: MatmulInputs.matrix(n * n, seed: 1))
            _ = b.initialize(from: MatmulInputs.matrix(n * n, seed: 2))
            c.initialize(repeating: 0)
        }

        deinit {
            a.deallocate(); b.deallocate(); c.deallocate()
        }

        func run() {
            blas.gemm(
                transposeA: false, transposeB: false, m: n, n: n, k: n, alpha: 1,
                a: a.baseAddress!, lda: n, b: b.baseAddress!, ldb: n, beta: 0, c: c.baseAddress!, ldc: n)
        }
    }

    /// The same measurement with OpenBLAS's default kernel choice, in a child process (the choice
    /// is fixed when the library loads, so it cannot change inside this one).
    ///
    /// - Parameter executable: a `conduit` binary; it runs `bench openblas-direct`.
    public static func measureDefaultKernel(size: Int, iterations: Int, executable: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["bench", "openblas-direct", "--size", "\(size)", "--iterations", "\(iterations)"]
        var environment = ProcessInfo.processInfo.environment
        environment["CONDUIT_OPENBLAS_CORETYPE"] = "default"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("the direct OpenBLAS child exited with status \(process.terminationStatus)")
        }
        return try JSONDecoder().decode(Result.self, from: data)
    }
}

/// A benchmark that could not run, with the reason.
public struct BenchmarkError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
