import ConduitHAL
import ConduitWire
import Synchronization

/// One client's connection to the host: its object table, its queues, its fences.
///
/// Every frame goes through `receive`: decode, validate (Validator), apply. A frame that fails
/// to decode or validate loses this client's context: the client is told why, everything it
/// owned is released, and later frames are ignored. Other sessions are untouched.
package final class Session: @unchecked Sendable {
    package let id: UInt64
    private unowned let host: HostService
    private weak var receiver: (any HostFrameReceiver)?

    // SAFETY: the fields below are only touched with `lock` held.
    private let lock = Mutex(())
    private var table: ObjectTable
    private var peer: Hello?
    private var lostReason: Failure?
    private var closed = false

    init(id: UInt64, host: HostService, receiver: any HostFrameReceiver, objectLimit: Int) {
        self.id = id
        self.host = host
        self.receiver = receiver
        self.table = ObjectTable(capacity: objectLimit)
    }

    /// The client's name from its hello, once the handshake is done.
    package var clientName: String? { lock.withLock { _ in peer?.name } }
    package var objectCount: Int { lock.withLock { _ in table.count } }
    package var isLost: Bool { lock.withLock { _ in lostReason != nil } }

    /// Handles one frame from the client. Never throws and never traps on what the frame holds.
    package func receive(_ frame: [UInt8]) {
        lock.withLock { _ in
            guard lostReason == nil, !closed else { return }
            do {
                let message = try ClientMessage.decode(frame)
                let operation = try Validator(table: table, adapters: host.adapterDescriptions,
                                              handshakeDone: peer != nil).validate(message)
                try apply(operation)
            } catch let error as WireError {
                loseContext(Failure(code: Failure.protocolError, message: "malformed frame: \(error)"))
            } catch let error as ValidationError {
                loseContext(error.failure)
            } catch {
                loseContext(Failure(code: Failure.internalError, message: "\(error)"))
            }
        }
    }

    /// Ends the session (client disconnected): releases everything it owned.
    package func close() {
        lock.withLock { _ in
            guard !closed else { return }
            closed = true
            tearDown()
        }
        host.remove(self)
    }

    // MARK: - Applying validated operations (lock held)

    private func apply(_ operation: Operation) throws {
        switch operation {
        case let .hello(hello):
            let ours = host.hello
            // Rule: the two version ranges overlap.
            guard ours.agreedVersion(with: hello) != nil else {
                push(.welcome(ours))
                throw ValidationError.versionMismatch(
                    clientVersion: hello.version, clientLastCompatible: hello.lastCompatibleVersion,
                    hostVersion: ours.version, hostLastCompatible: ours.lastCompatibleVersion)
            }
            peer = hello
            push(.welcome(ours))
        case let .queryAdapters(request):
            push(.adapters(request: request, host.adapterDescriptions))
        case let .createDevice(id, adapterIndex):
            let device = try host.openDevice(adapterIndex: adapterIndex)
            table.insert(id, .device(device))
        case let .createQueue(id, device, fenceID):
            let fence = makeFence(fenceID, device: device, initialValue: 0, isQueueTimeline: true)
            table.insert(fenceID, .fence(fence))
            table.insert(id, .queue(HostQueue(id: id, device: device, fence: fence)))
        case let .createBuffer(id, device, length):
            do {
                table.insert(id, .buffer(HostBuffer(device: device, memory: try device.backend.makeBuffer(length: length))))
            } catch {
                throw HostFailure(failure: error.failure)
            }
        case let .createFence(id, device, initialValue):
            table.insert(id, .fence(makeFence(id, device: device, initialValue: initialValue, isQueueTimeline: false)))
        case let .createLibrary(id, device, module):
            table.insert(id, .library(HostLibrary(device: device, module: module)))
        case let .release(id):
            if case let .queue(queue) = table.remove(id) {
                table.remove(queue.fence.id)
                queue.worker.shutdown(cancelPending: false)
            }
        case let .write(queue, buffer, offset, data):
            queue.worker.enqueue(inlineIfIdle: data.count <= Self.inlineBytes) {
                buffer.device.backend.write(buffer.memory, offset: offset, bytes: data)
            }
        case let .read(request, queue, buffer, offset, length):
            queue.worker.enqueue(inlineIfIdle: length <= Self.inlineBytes) { [weak self] in
                self?.push(.readResult(request: request, data: buffer.device.backend.read(buffer.memory, offset: offset, length: length)))
            }
        case let .submit(queue, value, commands):
            let cheap = commands.reduce(0) { $0 + $1.cost } <= Self.inlineBytes
            queue.worker.enqueue(inlineIfIdle: cheap) { [weak self] in
                self?.execute(commands, on: queue, value: value)
            }
        case let .signalFence(fence, value):
            try fence.advance(to: value)
        case .goodbye:
            closed = true
            tearDown()
        }
    }

    /// Work at or below this size runs on the submitting thread when its queue is idle.
    private static let inlineBytes = 64 << 10

    private func makeFence(_ id: ObjectID, device: HostDevice, initialValue: UInt64, isQueueTimeline: Bool) -> HostFence {
        HostFence(id: id, device: device, initialValue: initialValue, isQueueTimeline: isQueueTimeline) { [weak self] id, value in
            self?.push(.fenceAdvanced(fence: id, value: value))
        }
    }

    // MARK: - Execution (on the queue's worker, or inline)

    private func execute(_ commands: [ResolvedCommand], on queue: HostQueue, value: UInt64) {
        do {
            for command in commands { try run(command, on: queue.device.backend) }
        } catch let error as ValidationError {
            push(.submissionFailed(queue: queue.id, value: value, error.failure))
        } catch let error as BackendError {
            push(.submissionFailed(queue: queue.id, value: value, error.failure))
        } catch {
            push(.submissionFailed(queue: queue.id, value: value, Failure(code: Failure.internalError, message: "\(error)")))
        }
        // The timeline advances even after a failure, so waiters wake and see the error.
        try? queue.fence.advance(to: value)
    }

    private func run(_ command: ResolvedCommand, on device: any BackendDevice) throws {
        switch command {
        case let .gemm(op, _):
            try device.gemm(op)
        case let .copy(source, sourceOffset, destination, destinationOffset, length):
            device.copy(from: source.memory, sourceOffset: sourceOffset, to: destination.memory,
                        destinationOffset: destinationOffset, length: length)
        case let .fill(buffer, offset, length, pattern):
            device.fill(buffer.memory, offset: offset, length: length, pattern: pattern)
        case let .signal(fence, value):
            try fence.advance(to: value)
        case let .dispatch(op, _):
            try device.dispatch(op)
        }
    }

    // MARK: - Loss and teardown (lock held)

    private func loseContext(_ failure: Failure) {
        lostReason = failure
        push(.contextLost(failure))
        tearDown()
    }

    /// Releases every object. Queued work that has not started is cancelled; the item a worker
    /// is running finishes, and the memory goes when the last reference (its own) drops.
    private func tearDown() {
        for object in table.removeAll() {
            if case let .queue(queue) = object { queue.worker.shutdown(cancelPending: true) }
        }
    }

    private func push(_ message: HostMessage) {
        receiver?.receive(message.encoded())
    }
}

/// A failure found while applying an operation (not a validation rule).
struct HostFailure: Error {
    var failure: Failure
}

extension BackendError {
    var failure: Failure {
        switch self {
        case .outOfMemory: Failure(code: Failure.outOfMemory, message: description)
        case .unavailable: Failure(code: Failure.unsupported, message: description)
        case .deviceLost: Failure(code: Failure.deviceLost, message: description)
        case .kernelFault: Failure(code: Failure.kernelFault, message: description)
        }
    }
}
