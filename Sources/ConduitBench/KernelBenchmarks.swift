import Conduit
import ConduitKernel
import Foundation

/// Compile time of every built-in kernel, and the interpreter's raw throughput.
public enum KernelBenchmarks {
    public struct CompileResult: Sendable, Codable {
        public var program: String
        public var kernels: Int
        public var medianMilliseconds: Double
        public var maxMilliseconds: Double
    }

    /// Compiles each program of `Kernels/` `repeats` times (front end to verified bytecode).
    public static func compileTimes(repeats: Int) throws -> [CompileResult] {
        try BuiltinKernels.names.map { name in
            let source = BuiltinKernels.source(named: name)!
            var kernels = 0
            let timing = try Timing.measure(iterations: repeats) {
                kernels = try Compiler.compile(source: source, fileName: "\(name).cl").kernels.count
            }
            return CompileResult(program: name, kernels: kernels, medianMilliseconds: timing.median * 1e3, maxMilliseconds: timing.maximum * 1e3)
        }
    }

    public struct DispatchResult: Sendable, Codable {
        public var adapter: String
        public var medianMicroseconds: Double
        /// The direct loop: `clEnqueueNDRangeKernel` + `clFinish`.
        public var directOpenCLMedianMicroseconds: Double?
        public var overheadPercent: Double?
        /// The direct loop waiting as Conduit's OpenCL backend does (poll the event up to 100 µs,
        /// then `clFinish`): what is left is the cost of Conduit's own layers.
        public var directSpinWaitMedianMicroseconds: Double?
        public var overheadOverSpinWaitPercent: Double?
    }

    static let tinyKernel = "__kernel void tiny(__global float *a) { a[get_global_id(0)] += 1.0f; }"

    /// Median submit + wait of a one-work-item dispatch through Conduit; on OpenCL adapters also
    /// the same kernel enqueued directly (clEnqueueNDRangeKernel + clFinish) in the same run.
    /// The two alternate in blocks of `block` dispatches, so drift in the machine's speed affects
    /// both alike; a sample is one block's time per dispatch.
    public static func dispatchLatency(on adapter: Adapter, repeats: Int = 500, block: Int = 10) throws -> DispatchResult {
        let device = try adapter.makeDevice(label: "latency")
        let kernel = try device.makeLibrary(source: tinyKernel).makeKernel(named: "tiny")
        let buffer = try device.makeBuffer(length: 16)
        func conduit() throws {
            for _ in 0..<block {
                let commands = device.queue.makeCommandBuffer()
                try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [1], localSize: [1])
                try device.queue.submit(commands).wait(timeout: .seconds(60))
            }
        }
        let rounds = max(1, repeats / block)
        for _ in 0..<2 { try conduit() }
        let direct = adapter.backend == .openCL ? try? OpenCLDirect.DispatchRunner(source: tinyKernel, kernelName: "tiny") : nil
        let timing: Timing, directTiming: Timing?, spinTiming: Timing?
        if let direct {
            direct.run(count: 2 * block)
            let timings = try Timing.measureInterleaved(
                iterations: rounds,
                [
                    conduit, { direct.run(count: block) },
                    { direct.run(count: block, spinWait: true) }
                ])
            (timing, directTiming, spinTiming) = (timings[0], timings[1], timings[2])
        } else {
            (timing, directTiming, spinTiming) = (try Timing.measure(iterations: rounds, conduit), nil, nil)
        }
        // The overhead is the median over rounds of each Conduit block against the direct block
        // next to it: PoCL's own latency drifts between runs by more than the overhead.
        func overhead(over reference: Timing?) -> Double? {
            reference.map { Timing(samples: zip(timing.samples, $0.samples).map { $0 / $1 }).median * 100 - 100 }
        }
        return DispatchResult(
            adapter: adapter.name, medianMicroseconds: timing.median / Double(block) * 1e6,
            directOpenCLMedianMicroseconds: directTiming.map { $0.median / Double(block) * 1e6 },
            overheadPercent: overhead(over: directTiming),
            directSpinWaitMedianMicroseconds: spinTiming.map { $0.median / Double(block) * 1e6 },
            overheadOverSpinWaitPercent: overhead(over: spinTiming))
    }

    public struct ThroughputResult: Sendable, Codable {
        public var adapter: String
        public var workItems: Int
        public var laneOperations: Double
        public var medianSeconds: Double
        public var billionLaneOperationsPerSecond: Double
    }

    /// A kernel of 16 dependent multiply-adds per loop iteration, over `items` work-items:
    /// lane-operations counted as the arithmetic instructions each work-item executes.
    public static func interpreterThroughput(on adapter: Adapter, items: Int = 1 << 16, iterations: Int = 256, repeats: Int = 5) throws -> ThroughputResult {
        let source = """
            __kernel void fma_chain(__global float *out, const int n) {
                float x = (float)get_global_id(0) * 1e-6f, a = 0.999f, b = 0.001f;
                for (int i = 0; i < n; i++) {
                    x = x * a + b; x = x * a + b; x = x * a + b; x = x * a + b;
                    x = x * a + b; x = x * a + b; x = x * a + b; x = x * a + b;
                    x = x * a + b; x = x * a + b; x = x * a + b; x = x * a + b;
                    x = x * a + b; x = x * a + b; x = x * a + b; x = x * a + b;
                }
                out[get_global_id(0)] = x;
            }
            """
        let device = try adapter.makeDevice(label: "throughput")
        let kernel = try device.makeLibrary(source: source, fileName: "fma_chain.cl").makeKernel(named: "fma_chain")
        let out = try device.makeBuffer(length: items * 4)
        let timing = try Timing.measure(iterations: repeats) {
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(kernel, arguments: [.buffer(out), .int32(Int32(iterations))], globalSize: [items], localSize: [256])
            try device.queue.submit(commands).wait(timeout: .seconds(600))
        }
        // Each `x * a + b` is a multiply and an add: 32 float operations per iteration per work-item.
        let operations = Double(items) * Double(iterations) * 32
        return ThroughputResult(
            adapter: adapter.name, workItems: items, laneOperations: operations, medianSeconds: timing.median,
            billionLaneOperationsPerSecond: operations / timing.median / 1e9)
    }
}
