import Conduit
import ConduitKernel
import ConduitWire

/// The hot paths the `Benchmarks/` package-benchmark suite measures, as small public entry
/// points (the wire is `package` API, unreachable from another package otherwise).
public enum HotPaths {
    /// Encodes and decodes one `submit` frame holding a dispatch and a GEMM.
    public struct WireRoundTrip: Sendable {
        let message: ClientMessage

        public init() {
            let id = ObjectID(index: 3, generation: 1)
            let dispatch = DispatchCommand(
                library: id, kernelIndex: 0, globalSize: [1024, 1, 1], localSize: [64, 1, 1],
                globalOffset: [0, 0, 0], arguments: [.buffer(id, offset: 0), .value([0, 0, 128, 63])])
            let gemm = GEMMCommand(
                transposeA: .none, transposeB: .none, m: 64, n: 64, k: 64, alpha: 1, beta: 0,
                a: id, aOffset: 0, lda: 64, b: id, bOffset: 0, ldb: 64, c: id, cOffset: 0, ldc: 64)
            message = .submit(queue: id, value: 1, commands: [.dispatch(dispatch), .gemm(gemm)])
        }

        /// Returns the decoded frame's size, so the work cannot be optimised away.
        public func run() throws -> Int {
            let frame = message.encoded()
            _ = try ClientMessage.decode(frame)
            return frame.count
        }
    }

    /// An embedded instance with a CPU device, a tiny kernel and small GEMM operands.
    public final class Embedded: Sendable {
        let device: Device
        let bump: Kernel
        let counter: Buffer
        let a: Buffer, b: Buffer, c: Buffer
        let gemmSize: Int

        public init(gemmSize: Int = 64) throws {
            let instance = try Instance()
            device = try instance.adapters(matching: .backend(.cpu))[0].makeDevice(label: "hot-paths")
            bump = try device.makeLibrary(source: LatencyBenchmark.noopKernel).makeKernel(named: "bump")
            counter = try device.makeBuffer(length: 4)
            self.gemmSize = gemmSize
            a = try device.makeBuffer(array: MatmulInputs.matrix(gemmSize * gemmSize, seed: 1))
            b = try device.makeBuffer(array: MatmulInputs.matrix(gemmSize * gemmSize, seed: 2))
            c = try device.makeBuffer(length: gemmSize * gemmSize * 4)
        }

        /// An empty command buffer, submitted and waited for.
        public func emptySubmit() throws {
            try device.queue.submit(device.queue.makeCommandBuffer()).wait(timeout: .seconds(60))
        }

        /// A one-work-item dispatch, submitted and waited for.
        public func tinyDispatch() throws {
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(bump, arguments: [.buffer(counter)], globalSize: [1], localSize: [1])
            try device.queue.submit(commands).wait(timeout: .seconds(60))
        }

        /// A small GEMM through the CPU adapter.
        public func smallGEMM() throws {
            let commands = device.queue.makeCommandBuffer()
            try commands.gemm(a, b, c, m: gemmSize, n: gemmSize, k: gemmSize)
            try device.queue.submit(commands).wait(timeout: .seconds(60))
        }
    }

    /// Compiles one built-in program to verified bytecode; returns its kernel count.
    public static func compile(builtin name: String) throws -> Int {
        try Compiler.compile(source: BuiltinKernels.source(named: name)!, fileName: "\(name).cl").kernels.count
    }
}
