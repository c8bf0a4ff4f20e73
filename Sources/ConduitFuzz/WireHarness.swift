import ConduitHost
import ConduitKernel
import ConduitWire
import Synchronization

/// A host session per input: a valid prelude (handshake, device, queue, buffers, a library), then
/// the fuzzed frame, then teardown. The host runs with a 50 ms watchdog so a fuzzed dispatch with
/// an enormous range cannot stall the fuzzer.
final class WireHarness: HostFrameReceiver, Sendable {
    static let shared = WireHarness()

    let host: HostService
    private let lost = Mutex(false)

    private init() {
        var configuration = HostService.Configuration()
        configuration.dispatchTimeLimit = .milliseconds(50)
        configuration.name = "conduit-fuzz"
        host = HostService(configuration: configuration)
    }

    static let device = ObjectID(index: 1, generation: 1), queue = ObjectID(index: 2, generation: 1)
    static let fence = ObjectID(index: 3, generation: 1), bufferA = ObjectID(index: 4, generation: 1)
    static let bufferB = ObjectID(index: 5, generation: 1), library = ObjectID(index: 6, generation: 1)
    static let cpuFence = ObjectID(index: 7, generation: 1)

    static let saxpy = (try? Compiler.compile(source: BuiltinSources.fallbackSaxpy).serialized()) ?? []

    static let prelude: [ClientMessage] = [
        .hello(Hello(name: "fuzz")), .createDevice(id: device, adapterIndex: 0),
        .createQueue(id: queue, device: device, fence: fence),
        .createBuffer(id: bufferA, device: device, length: 256), .createBuffer(id: bufferB, device: device, length: 256),
        .createLibrary(id: library, device: device, bytecode: saxpy),
        .createFence(id: cpuFence, device: device, initialValue: 0)
    ]

    /// One valid frame of every kind the prelude's objects allow.
    static let seedFrames: [[UInt8]] = {
        let dispatch = DispatchCommand(
            library: library, kernelIndex: 0, globalSize: [64, 1, 1], localSize: [0, 0, 0], globalOffset: [0, 0, 0],
            arguments: [
                .buffer(bufferA, offset: 0), .buffer(bufferB, offset: 0),
                .value([0, 0, 0, 64]), .value([64, 0, 0, 0])
            ])
        let gemm = GEMMCommand(
            transposeA: .none, transposeB: .transpose, m: 4, n: 4, k: 4, alpha: 1, beta: 0,
            a: bufferA, aOffset: 0, lda: 4, b: bufferA, bOffset: 64, ldb: 4, c: bufferB, cOffset: 0, ldc: 4)
        let messages: [ClientMessage] = [
            .submit(queue: queue, value: 1, commands: [.dispatch(dispatch), .gemm(gemm), .signal(fence: cpuFence, value: 3)]),
            .submit(
                queue: queue, value: 1,
                commands: [
                    .copy(source: bufferA, sourceOffset: 8, destination: bufferB, destinationOffset: 16, length: 64),
                    .fill(buffer: bufferA, offset: 0, length: 128, pattern: [1, 2, 3, 4]),
                    .wait(fence: cpuFence, value: 0)
                ]),
            .writeBuffer(queue: queue, buffer: bufferA, offset: 16, data: ArraySlice(repeating: 9, count: 32)),
            .readBuffer(request: 1, queue: queue, buffer: bufferB, offset: 0, length: 64),
            .signalFence(fence: cpuFence, value: 5), .release(id: bufferB), .queryAdapters(request: 2), .queryStatus(request: 3),
            .createBuffer(id: ObjectID(index: 9, generation: 2), device: device, length: 1024),
            .createLibrary(id: ObjectID(index: 10, generation: 1), device: device, bytecode: saxpy),
            .cloneLibrary(id: ObjectID(index: 11, generation: 1), device: device, from: library),
            .openBulkLane(request: 4), .joinBulkLane(request: 5, token: Array(repeating: 1, count: 32)),
            .bulkData(sequence: 0, data: ArraySlice(repeating: 3, count: 16)),
            .writeBulk(queue: queue, buffer: bufferA, offset: 0, length: 16, sequence: 0)
        ]
        return messages.map { $0.encoded() }
    }()

    func execute(_ frame: [UInt8]) -> FuzzTarget.Outcome {
        lost.withLock { $0 = false }
        let session = host.connect(receiver: self, offersBulkLane: true)
        for message in Self.prelude { session.receive(message.encoded()) }
        session.receive(frame)
        let rejected = session.isLost
        session.close()
        return rejected ? .rejected : .accepted
    }

    func receive(_ frame: [UInt8]) {
        // Invariant: whatever the client sent, the host's own frames decode.
        do {
            if case .contextLost = try HostMessage.decode(frame) { lost.withLock { $0 = true } }
        } catch {
            preconditionFailure("the host pushed a frame it cannot decode itself: \(error)")
        }
    }

    func transportFailed(_ reason: String) {}
}
