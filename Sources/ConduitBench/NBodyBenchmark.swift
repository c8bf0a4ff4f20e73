import Conduit
import Foundation

/// `conduit bench nbody`: the all-pairs n-body step of Kernels/nbody.cl, 20 flops per interaction
/// as in CUDA's `nbody -benchmark`, through Conduit on each adapter and on OpenCL directly.
public struct NBodyBenchmark {
    public struct Result: Sendable, Codable {
        public var adapter: String
        /// The host the adapter lives on (`CONDUIT_HOST` may name several).
        public var host: String
        public var bodies: Int
        public var iterations: Int
        public var millisecondsPerStep: Double
        public var billionInteractionsPerSecond: Double
        public var gflops: Double
        public var verified: Bool
        public var maxRelativeError: Double
        /// The same kernel built and run by the first OpenCL device directly (PoCL here).
        public var directOpenCLGflops: Double?
        public var directOpenCLDevice: String?
        public var ratioToDirectOpenCL: Double?
        /// (max − min) / median of the timed repetitions, in percent.
        public var spreadPercent: Double
        public var repetitions: Int
        /// With `--verify`: a small system integrated for several steps here and in float64.
        public var verification: Verification?
        /// GFLOP/s over the CPU adapter's in the same run.
        public var speedupVsCPUAdapter: Double?
    }

    /// A multi-step integration checked against a float64 reference.
    public struct Verification: Sendable, Codable {
        public var bodies: Int
        public var steps: Int
        /// Largest |position − reference| / max(1, |reference|) over every body and axis.
        public var maxPositionError: Double
        public var passed: Bool
    }

    public var bodies: Int
    public var iterations: Int
    public var localSize: Int
    public var repeats: Int
    public static let flopsPerInteraction = 20.0

    /// Also integrate a small system for several steps and compare it with float64 (`--verify`).
    public var verifySystem = false
    public var progress: BenchmarkProgress?

    public init(bodies: Int, iterations: Int, localSize: Int = 256, repeats: Int = 5) {
        self.bodies = bodies
        self.iterations = iterations
        self.localSize = localSize
        self.repeats = repeats
    }

    static let dt: Float = 0.001, damping: Float = 0.999

    func initialState(bodies: Int? = nil) -> (positions: [Float], velocities: [Float]) {
        var generator = SplitMix64(seed: 42)
        var positions: [Float] = [], velocities: [Float] = []
        for _ in 0..<(bodies ?? self.bodies) {
            positions += [generator.nextFloat() * 50, generator.nextFloat() * 50, generator.nextFloat() * 50, abs(generator.nextFloat()) + 0.5]
            velocities += [generator.nextFloat(), generator.nextFloat(), generator.nextFloat(), 0]
        }
        return (positions, velocities)
    }

    public func run(on adapters: [Adapter], compareWithOpenCL: Bool) throws -> [Result] {
        guard let source = BuiltinKernels.source(named: "nbody") else { throw BenchmarkError("the nbody kernel is missing") }
        let (positions, velocities) = initialState()
        let direct =
            compareWithOpenCL
            ? try? OpenCLDirect.NBodyRunner(
                source: source, bodies: bodies, localSize: localSize, positions: positions,
                velocities: velocities, dt: Self.dt, damping: Self.damping)
            : nil
        direct?.run(steps: 1)  // warm-up: build, first launch
        let interactions = Double(bodies) * Double(bodies)
        var results: [Result] = []
        for (index, adapter) in adapters.enumerated() {
            progress?(index, adapters.count, "n-body on \(adapter.name)")
            let device = try adapter.makeDevice(label: "nbody")
            let kernel = try device.makeLibrary(builtin: "nbody").makeKernel(named: "nbody_step")
            let buffers = [
                try device.makeBuffer(array: positions), try device.makeBuffer(array: velocities),
                try device.makeBuffer(array: positions), try device.makeBuffer(array: velocities)
            ]
            var parity = 0
            func steps(_ count: Int) throws {
                for _ in 0..<count {
                    let commands = device.queue.makeCommandBuffer()
                    let inputs = [buffers[parity * 2], buffers[parity * 2 + 1], buffers[(1 - parity) * 2], buffers[(1 - parity) * 2 + 1]]
                    try commands.dispatch(
                        kernel,
                        arguments: inputs.map { .buffer($0) } + [
                            .local(bytes: localSize * 16), .int32(Int32(bodies)),
                            .float(Self.dt), .float(Self.damping)
                        ], globalSize: [bodies], localSize: [localSize])
                    try device.queue.submit(commands)
                    parity = 1 - parity
                }
                try device.queue.waitUntilIdle()
            }
            try steps(1)
            // Conduit and the direct OpenCL run alternate, so drift on a shared machine hits both alike.
            var conduitSamples: [Double] = [], directSamples: [Double] = []
            let clock = ContinuousClock()
            for _ in 0..<repeats {
                var start = clock.now
                try steps(iterations)
                conduitSamples.append(Timing.seconds(clock.now - start) / Double(iterations))
                if let direct {
                    start = clock.now
                    direct.run(steps: iterations)
                    directSamples.append(Timing.seconds(clock.now - start) / Double(iterations))
                }
            }
            let timing = Timing(samples: conduitSamples)
            let perStep = timing.median
            let directGflops = directSamples.isEmpty ? nil : interactions * Self.flopsPerInteraction / Timing(samples: directSamples).median / 1e9
            let check = try verifyOneStep(device: device, kernel: kernel, positions: positions, velocities: velocities)
            let gflops = interactions * Self.flopsPerInteraction / perStep / 1e9
            results.append(
                Result(
                    adapter: adapter.name, host: adapter.host.description, bodies: bodies, iterations: iterations, millisecondsPerStep: perStep * 1e3,
                    billionInteractionsPerSecond: interactions / perStep / 1e9, gflops: gflops,
                    verified: check <= 1e-3, maxRelativeError: check, directOpenCLGflops: directGflops,
                    directOpenCLDevice: direct?.deviceName, ratioToDirectOpenCL: directGflops.map { gflops / $0 },
                    spreadPercent: (timing.maximum - timing.minimum) / perStep * 100, repetitions: repeats,
                    verification: verifySystem ? try integrateAndCompare(device: device, kernel: kernel) : nil))
        }
        if let cpu = zip(adapters, results).first(where: { $0.0.backend == .cpu })?.1 {
            for index in results.indices { results[index].speedupVsCPUAdapter = results[index].gflops / cpu.gflops }
        }
        return results
    }

    /// 1024 bodies, 10 steps through Conduit, against the same integration in float64.
    func integrateAndCompare(device: Device, kernel: Kernel, bodies n: Int = 1024, steps: Int = 10) throws -> Verification {
        var (positions, velocities) = initialState(bodies: n)
        let buffers = [
            try device.makeBuffer(array: positions), try device.makeBuffer(array: velocities),
            try device.makeBuffer(length: n * 16), try device.makeBuffer(length: n * 16)
        ]
        for step in 0..<steps {
            let parity = step % 2
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(
                kernel,
                arguments: [
                    .buffer(buffers[parity * 2]), .buffer(buffers[parity * 2 + 1]),
                    .buffer(buffers[(1 - parity) * 2]), .buffer(buffers[(1 - parity) * 2 + 1]),
                    .local(bytes: localSize * 16), .int32(Int32(n)), .float(Self.dt), .float(Self.damping)
                ],
                globalSize: [n], localSize: [localSize])
            try device.queue.submit(commands)
        }
        try device.queue.waitUntilIdle(timeout: .seconds(600))
        let computed = try buffers[(steps % 2) * 2].read(as: Float.self)
        var p = positions.map(Double.init), v = velocities.map(Double.init)
        let dt = Double(Self.dt), damping = Double(Self.damping)
        for _ in 0..<steps {
            var next = p
            for i in 0..<n {
                var acc = (0.0, 0.0, 0.0)
                for j in 0..<n {
                    let dx = p[4 * j] - p[4 * i], dy = p[4 * j + 1] - p[4 * i + 1], dz = p[4 * j + 2] - p[4 * i + 2]
                    let distSqr = dx * dx + dy * dy + dz * dz + 0.01
                    let s = p[4 * j + 3] / (distSqr * distSqr.squareRoot())
                    acc.0 += dx * s; acc.1 += dy * s; acc.2 += dz * s
                }
                v[4 * i] = (v[4 * i] + acc.0 * dt) * damping
                v[4 * i + 1] = (v[4 * i + 1] + acc.1 * dt) * damping
                v[4 * i + 2] = (v[4 * i + 2] + acc.2 * dt) * damping
                for axis in 0..<3 { next[4 * i + axis] = p[4 * i + axis] + v[4 * i + axis] * dt }
            }
            p = next
        }
        positions = computed
        var worst = 0.0
        for i in 0..<n { for axis in 0..<3 { worst = max(worst, abs(Double(positions[4 * i + axis]) - p[4 * i + axis]) / max(1, abs(p[4 * i + axis]))) } }
        return Verification(bodies: n, steps: steps, maxPositionError: worst, passed: worst <= 1e-4)
    }

    /// One step from the initial state, compared with a float64 computation on a sample of bodies.
    private func verifyOneStep(device: Device, kernel: Kernel, positions: [Float], velocities: [Float]) throws -> Double {
        let p = try device.makeBuffer(array: positions), v = try device.makeBuffer(array: velocities)
        let np = try device.makeBuffer(length: positions.count * 4), nv = try device.makeBuffer(length: velocities.count * 4)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            kernel,
            arguments: [
                .buffer(p), .buffer(v), .buffer(np), .buffer(nv), .local(bytes: localSize * 16),
                .int32(Int32(bodies)), .float(Self.dt), .float(Self.damping)
            ],
            globalSize: [bodies], localSize: [localSize])
        try device.queue.submit(commands).wait(timeout: .seconds(600))
        let result = try nv.read(as: Float.self)
        var worst = 0.0
        for i in stride(from: 0, to: bodies, by: max(1, bodies / 64)) {
            var acc = [0.0, 0.0, 0.0]
            for j in 0..<bodies {
                let d = (0..<3).map { Double(positions[4 * j + $0]) - Double(positions[4 * i + $0]) }
                let distSqr = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + 0.01
                let s = Double(positions[4 * j + 3]) / (distSqr * distSqr.squareRoot())
                for axis in 0..<3 { acc[axis] += d[axis] * s }
            }
            for axis in 0..<3 {
                let expected = (Double(velocities[4 * i + axis]) + acc[axis] * Double(Self.dt)) * Double(Self.damping)
                worst = max(worst, abs(expected - Double(result[4 * i + axis])) / max(1, abs(expected)))
            }
        }
        return worst
    }
}
