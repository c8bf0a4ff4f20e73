import Conduit
import Foundation

/// `conduit bench latency`: what crossing the boundary costs, per transport.
public enum LatencyBenchmark {
    public struct Result: Sendable, Codable {
        public var transport: String
        public var adapter: String
        /// Median of an empty command buffer's submit + wait.
        public var roundTripMicroseconds: Double
        public var roundTripP99Microseconds: Double
        /// 10 000 one-work-item dispatches submitted back to back, then one wait: time per dispatch.
        public var pipelinedMicrosecondsPerDispatch: Double
        /// 256 MiB written then read back, against two `memcpy`s of the same size in this process.
        public var transferBytes: Int
        public var transferGBPerSecond: Double
        public var memcpyGBPerSecond: Double
        public var transferToMemcpyRatio: Double
        /// Median and p99 of an empty submit + wait on a second queue while another thread
        /// uploads `transferBytes` (three times): how long a transfer holds up a small command.
        public var roundTripDuringUploadMicroseconds: Double
        public var roundTripDuringUploadP99Microseconds: Double
        /// sgemm at 2048 on the CPU adapter through this transport.
        public var sgemm2048Gflops: Double
        /// (max − min) / median over 5 runs of each measurement, in percent: the round trip's
        /// runs are 5 batches (the median of each), the others 5 timed repetitions.
        public var spreadPercent: [String: Double]
    }

    static let noopKernel = "__kernel void bump(__global int *counter) { counter[0] += 1; }"

    /// Measures one transport on one adapter (the CPU adapter when `adapterIndex` is nil).
    public static func run(
        host: Instance.HostLocation, adapterIndex: Int?, transferBytes: Int = 256 << 20,
        roundTrips: Int = 5000, dispatches: Int = 10_000, progress: BenchmarkProgress? = nil
    ) throws -> Result {
        var options = Instance.Options()
        options.host = host
        options.clientName = "conduit-bench-latency"
        let instance = try Instance(options: options)
        let adapters = try instance.adapters()
        let adapter =
            try adapterIndex.map { index in
                guard let adapter = adapters.first(where: { $0.index == index }) else { throw ConduitError(.invalidArgument, "no adapter \(index)") }
                return adapter
            } ?? adapters.first { $0.backend == .cpu } ?? adapters[0]
        let device = try adapter.makeDevice(label: "latency")
        let queue = device.queue

        progress?(0, 5, "\(host): submit + wait")
        var batches: [Double] = []
        var roundTripSamples: [Double] = []
        for batch in 0..<5 {
            let timing = try Timing.measure(iterations: roundTrips / 5, warmUp: batch == 0 ? 200 : 20) {
                try queue.submit(queue.makeCommandBuffer()).wait(timeout: .seconds(60))
            }
            batches.append(timing.median)
            roundTripSamples += timing.samples
        }
        let roundTrip = Timing(samples: roundTripSamples)

        progress?(1, 5, "\(host): \(dispatches) pipelined dispatches")
        let kernel = try device.makeLibrary(source: noopKernel, fileName: "bump.cl").makeKernel(named: "bump")
        let counter = try device.makeBuffer(length: 4)
        let pipelined = try Timing.measure(iterations: 5) {
            var last: FenceValue?
            for _ in 0..<dispatches {
                let commands = queue.makeCommandBuffer()
                try commands.dispatch(kernel, arguments: [.buffer(counter)], globalSize: [1], localSize: [1])
                last = try queue.submit(commands)
            }
            try last!.wait(timeout: .seconds(600))
        }
        let counted: [Int32] = try counter.read()
        guard counted[0] == Int32(dispatches * 6) else {
            throw ConduitError(.internalError, "the dispatch counter reads \(counted[0]), expected \(dispatches * 6)")
        }

        progress?(2, 5, "\(host): \(transferBytes >> 20) MiB upload + download")
        let (transfer, copy) = try measureTransfer(device: device, bytes: transferBytes)
        progress?(3, 5, "\(host): submit + wait during uploads")
        let underUpload = try roundTripDuringUpload(device: device, bytes: transferBytes)
        progress?(4, 5, "\(host): sgemm 2048")
        let gemm = try gemmTiming(device: device, size: 2048)

        return Result(
            transport: instance.sharesMemoryWithHost ? "shared memory (\(host))" : "\(host)", adapter: adapter.name,
            roundTripMicroseconds: roundTrip.median * 1e6, roundTripP99Microseconds: percentile(roundTrip.samples, 0.99) * 1e6,
            pipelinedMicrosecondsPerDispatch: pipelined.median / Double(dispatches) * 1e6,
            transferBytes: transferBytes, transferGBPerSecond: Double(2 * transferBytes) / transfer.median / 1e9,
            memcpyGBPerSecond: Double(2 * transferBytes) / copy.median / 1e9,
            transferToMemcpyRatio: copy.median / transfer.median,
            roundTripDuringUploadMicroseconds: underUpload.median * 1e6,
            roundTripDuringUploadP99Microseconds: percentile(underUpload.samples, 0.99) * 1e6, sgemm2048Gflops: MatmulInputs.flops(2048) / gemm.median / 1e9,
            spreadPercent: [
                "roundTrip": spread(Timing(samples: batches)), "pipelined": spread(pipelined),
                "transfer": spread(transfer), "sgemm2048": spread(gemm)
            ])
    }

    static func spread(_ timing: Timing) -> Double { (timing.maximum - timing.minimum) / timing.median * 100 }

    /// Upload then download of `bytes`, interleaved with two plain `memcpy`s of the same size
    /// between pre-touched arrays of this process.
    static func measureTransfer(device: Device, bytes: Int) throws -> (transfer: Timing, memcpy: Timing) {
        let count = bytes / 4
        let source = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = Float(i & 0xFFFF) }
            initialized = count
        }
        var destination = [Float](repeating: 0, count: count)
        var scratch = [Float](repeating: 0, count: count)
        let buffer = try device.makeBuffer(length: bytes, label: "transfer")
        let timings = try Timing.measureInterleaved(
            iterations: 5,
            {
                try buffer.write(source)
                try buffer.read(into: &destination)
            },
            {
                scratch.withUnsafeMutableBytes { to in source.withUnsafeBytes { to.copyMemory(from: $0) } }
                destination.withUnsafeMutableBytes { to in scratch.withUnsafeBytes { to.copyMemory(from: $0) } }
            })
        guard destination[count - 1] == source[count - 1], destination[count / 2] == source[count / 2] else {
            throw ConduitError(.internalError, "the transfer did not round-trip")
        }
        buffer.release()
        return timings
    }

    /// Empty submits + waits on a queue of their own, back to back, for as long as another
    /// thread uploads `bytes` three times through the device's default queue.
    static func roundTripDuringUpload(device: Device, bytes: Int) throws -> Timing {
        let buffer = try device.makeBuffer(length: bytes, label: "upload")
        let source = [UInt8](repeating: 0x5A, count: bytes)
        try buffer.write(source)  // the pages exist before timing
        let queue = try device.makeQueue(label: "small commands")
        let uploading = Uploader(buffer: buffer, source: source, rounds: 3)
        var samples: [Double] = []
        while samples.isEmpty || !uploading.isDone {
            let start = ContinuousClock.now
            try queue.submit(queue.makeCommandBuffer()).wait(timeout: .seconds(60))
            samples.append(Timing.seconds(ContinuousClock.now - start))
        }
        try uploading.result()
        buffer.release()
        return Timing(samples: samples)
    }

    static func gemmTiming(device: Device, size n: Int) throws -> Timing {
        let a = try device.makeBuffer(array: MatmulInputs.matrix(n * n, seed: 1))
        let b = try device.makeBuffer(array: MatmulInputs.matrix(n * n, seed: 2))
        let c = try device.makeBuffer(length: n * n * 4)
        let timing = try Timing.measure(iterations: 5) {
            let commands = device.queue.makeCommandBuffer()
            try commands.gemm(a, b, c, m: n, n: n, k: n)
            try device.queue.submit(commands).wait(timeout: .seconds(600))
        }
        return timing
    }

    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}

/// Uploads a buffer's contents several times on a thread of its own.
private final class Uploader: @unchecked Sendable {
    // SAFETY: `failure` is written by the thread before `finished` is set under `lock`, and read
    // only after `isDone` saw it set.
    private var finished = false
    private let lock = NSLock()
    private var failure: (any Error)?

    init(buffer: Buffer, source: [UInt8], rounds: Int) {
        let thread = Thread { [self] in
            do {
                for _ in 0..<rounds { try buffer.write(source) }
            } catch {
                self.failure = error
            }
            self.lock.withLock { self.finished = true }
        }
        thread.start()
    }

    var isDone: Bool { lock.withLock { finished } }

    func result() throws {
        if let failure { throw failure }
    }
}

extension LatencyBenchmark {
    /// PoCL driven through its own OpenCL API in this process, for the same figures: the anchor
    /// of the pipelined target ("below PoCL's"). Nil when no PoCL device is installed.
    public struct PoCLReference: Sendable, Codable {
        public var device: String
        /// clEnqueueNDRangeKernel + clFinish of a one-work-item kernel (median per launch).
        public var launchFinishMicroseconds: Double
        /// 10 000 such launches back to back, then one clFinish: time per launch (median of 5).
        public var pipelinedMicrosecondsPerDispatch: Double
    }

    public static func poclReference(dispatches: Int = 10_000) -> PoCLReference? {
        guard
            let runner = try? OpenCLDirect.DispatchRunner(
                source: KernelBenchmarks.tinyKernel, kernelName: "tiny", platform: "Portable Computing Language")
        else { return nil }
        runner.run(count: 200)
        runner.pipelined(count: dispatches / 10)
        let launches = Timing.measure(iterations: 2000, warmUp: 20) { runner.run(count: 1) }
        let pipelined = Timing.measure(iterations: 5) { runner.pipelined(count: dispatches) }
        return PoCLReference(
            device: runner.deviceName, launchFinishMicroseconds: launches.median * 1e6,
            pipelinedMicrosecondsPerDispatch: pipelined.median / Double(dispatches) * 1e6)
    }
}
