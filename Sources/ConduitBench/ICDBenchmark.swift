/// The same one-work-item kernel launched through OpenCL's API, by Conduit's ICD (each of its
/// devices) and by PoCL's own ICD, in one process and one run: what an unmodified OpenCL
/// program pays for the paravirtual layer.
public enum ICDBenchmark {
    public struct Row: Sendable, Codable {
        /// "PoCL directly", or "Conduit ICD: <device>".
        public var path: String
        public var device: String
        /// clEnqueueNDRangeKernel + clFinish, per launch (median over blocks).
        public var launchFinishMicroseconds: Double
        /// clEnqueueNDRangeKernel many times, one clFinish, per launch (median over bursts).
        public var pipelinedMicroseconds: Double
        /// Each figure over PoCL's in the same run.
        public var launchFinishRatio: Double?
        public var pipelinedRatio: Double?
    }

    /// - Parameters:
    ///   - conduitDevices: how many devices the Conduit platform has (each is measured).
    ///   - rounds: samples per path; each is `block` launches with a finish after each, and one
    ///     burst of `burst` launches with one finish.
    public static func run(conduitDevices: Int, rounds: Int, block: Int = 10, burst: Int = 1000) throws -> [Row] {
        let source = KernelBenchmarks.tinyKernel
        var runners = [("PoCL directly", try OpenCLDirect.DispatchRunner(source: source, kernelName: "tiny", platform: "Portable Computing Language"))]
        for index in 0..<conduitDevices {
            let runner = try OpenCLDirect.DispatchRunner(source: source, kernelName: "tiny", platform: "Conduit", deviceIndex: index)
            runners.append(("Conduit ICD: \(runner.deviceName)", runner))
        }
        for (_, runner) in runners {
            runner.run(count: 2 * block)
            runner.pipelined(count: burst)
        }
        let launches = try Timing.measureInterleaved(iterations: rounds, runners.map { _, runner in { runner.run(count: block) } })
        let bursts = try Timing.measureInterleaved(iterations: rounds, runners.map { _, runner in { runner.pipelined(count: burst) } })
        let reference = (launches[0].median / Double(block), bursts[0].median / Double(burst))
        return runners.indices.map { index in
            let launch = launches[index].median / Double(block), pipelined = bursts[index].median / Double(burst)
            return Row(
                path: runners[index].0, device: runners[index].1.deviceName, launchFinishMicroseconds: launch * 1e6,
                pipelinedMicroseconds: pipelined * 1e6, launchFinishRatio: index == 0 ? nil : launch / reference.0,
                pipelinedRatio: index == 0 ? nil : pipelined / reference.1)
        }
    }
}
