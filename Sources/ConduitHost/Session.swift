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
    /// The client's process (from the socket's credentials), or this process's id in-process.
    package let processID: Int32
    private unowned let host: HostService
    /// The host's settings and adapters, copied once: every frame's validation reads them, and
    /// each read through the unowned `host` cost a strong retain and release.
    private let configuration: HostService.Configuration
    private let adapters: [AdapterDescription]
    private weak var receiver: (any HostFrameReceiver)?
    /// Where shared regions come from; nil when the transport cannot share memory.
    private let descriptors: (any DescriptorSource)?
    /// This client's share of the host's cores (`CPUShare`): its dispatches on the CPU adapter
    /// use at most that many threads at once, whatever its number of queues.
    private let cpuShare: CPUShare
    /// Where read replies go once a bulk lane has joined (read on workers, so outside `lock`).
    private let bulkReceiver = Mutex(WeakReceiver())

    // SAFETY: the fields below are only touched with `lock` held.
    private let lock = Mutex(())
    private let table: ObjectTable
    private var peer: Hello?
    private var lostReason: Failure?
    private var closed = false
    private var submissions: UInt64 = 0
    /// Bytes of the buffers in `table`.
    private var bufferBytes: UInt64 = 0
    /// Queues in `table` (each has a host thread).
    private var queueCount = 0
    /// Work `apply` claimed an idle queue for, to run on the receiving thread once the lock is
    /// released: a command never runs under the session's lock, so it never delays the session's
    /// other queues, its releases, or `conduit smi`.
    private var claimed: [() -> Void] = []
    /// A submission `apply` claimed an idle queue for (one frame holds at most one): run as
    /// `claimed` is, but without a closure to allocate, since every small dispatch takes this path.
    private var claimedSubmission: (queue: HostQueue, value: UInt64, commands: [ResolvedCommand])?
    private var bulk: BulkLaneState

    init(
        id: UInt64, host: HostService, receiver: any HostFrameReceiver, descriptors: (any DescriptorSource)?,
        processID: Int32, objectLimit: Int, offersBulkLane: Bool = false
    ) {
        self.bulk = BulkLaneState(offered: offersBulkLane)
        self.cpuShare = CPUShare(slots: host.configuration.coresPerClient)
        self.id = id
        self.host = host
        self.configuration = host.configuration
        self.adapters = host.adapterDescriptions
        self.receiver = receiver
        self.descriptors = descriptors
        self.processID = processID
        self.table = ObjectTable(capacity: objectLimit)
    }

    /// This client's row in `conduit smi`.
    package var status: HostStatus.Client {
        lock.withLock { _ in
            var status = HostStatus.Client(
                session: id, name: peer?.name ?? "(handshaking)", processID: processID,
                objects: UInt32(table.count), buffers: 0, bufferBytes: 0, queues: 0,
                submissions: submissions, busyNanoseconds: 0)
            for object in table.allObjects {
                switch object {
                case let .buffer(buffer):
                    status.buffers += 1
                    status.bufferBytes += UInt64(buffer.length)
                case let .queue(queue):
                    status.queues += 1
                    status.busyNanoseconds += queue.worker.busyNanoseconds
                default:
                    break
                }
            }
            return status
        }
    }

    /// Whether the session has ended (goodbye, close or a lost context): its transport may go.
    package var isFinished: Bool { lock.withLock { _ in closed || lostReason != nil } }

    /// The client's name from its hello, once the handshake is done.
    package var clientName: String? { lock.withLock { _ in peer?.name } }
    package var objectCount: Int { lock.withLock { _ in table.count } }
    package var isLost: Bool { lock.withLock { _ in lostReason != nil } }

    /// Handles one frame from the client. Never throws and never traps on what the frame holds.
    package func receive(_ frame: [UInt8]) {
        let (statusRequest, inline, submission) = lock.withLock { _ in
            defer {
                if !claimed.isEmpty { claimed.removeAll() }
                claimedSubmission = nil
            }
            return (receiveLocked(frame), claimed, claimedSubmission)
        }
        if let submission {
            submission.queue.worker.runClaimed { execute(submission.commands, on: submission.queue, value: submission.value) }
        }
        for work in inline { work() }
        if let statusRequest { push(.status(request: statusRequest, host.status)) }
    }

    /// Decodes, validates and applies one frame (lock held); a status request is answered by the caller.
    private func receiveLocked(_ frame: [UInt8]) -> UInt32? {
        guard lostReason == nil, !closed else { return nil }
        var statusRequest: UInt32?
        losingContextOnError {
            let message = try ClientMessage.decode(frame)
            let operation = try Validator(
                table: table, adapters: adapters, handshakeDone: peer != nil,
                sharesMemory: descriptors != nil, bufferBytes: bufferBytes,
                memoryQuota: configuration.memoryQuotaPerClient, queueCount: queueCount,
                queueLimit: configuration.queueLimitPerClient,
                bulkLaneAvailable: bulk.available, bulkLaneJoined: bulk.joined
            ).validate(message)
            // The status covers this session too, so it is gathered after the lock is released.
            if case let .queryStatus(request) = operation {
                statusRequest = request
                return
            }
            try apply(operation)
        }
        return statusRequest
    }

    /// Runs `body`; whatever it throws loses the client's context, with the reason (lock held).
    private func losingContextOnError(_ body: () throws -> Void) {
        do {
            try body()
        } catch let error as WireError {
            loseContext(Failure(code: Failure.protocolError, message: "malformed frame: \(error)"))
        } catch let error as ValidationError {
            loseContext(error.failure)
        } catch let error as HostFailure {
            loseContext(error.failure)
        } catch {
            loseContext(Failure(code: Failure.internalError, message: "\(error)"))
        }
    }

    // MARK: - The bulk lane (any thread)

    /// Attaches the connection that presented `token` as this session's bulk lane; `resume`
    /// starts reading it again after `receiveBulk` asked for a pause. False when the token is
    /// not this session's (or was used already).
    package func joinBulkLane(token: [UInt8], receiver: any HostFrameReceiver, resume: @escaping @Sendable () -> Void) -> Bool {
        let joined = lock.withLock { _ -> Bool in
            guard lostReason == nil, !closed else { return false }
            return bulk.join(presenting: token, resume: resume)
        }
        if joined { bulkReceiver.withLock { $0.value = receiver } }
        return joined
    }

    /// Handles one frame from the bulk lane. Returns false when the bytes waiting for their
    /// writes passed the host's `bulkBacklogBytes`: the caller stops reading until `resume`.
    package func receiveBulk(_ frame: [UInt8]) -> Bool {
        lock.withLock { _ in
            guard lostReason == nil, !closed else { return true }
            var reading = true
            losingContextOnError {
                guard case let .bulkData(sequence, data) = try ClientMessage.decode(frame) else {
                    throw ValidationError.bulkLane("only bulkData travels on the bulk lane")
                }
                reading = try bulk.dataArrived(sequence: sequence, data: data, limit: configuration.bulkBacklogBytes)
            }
            return reading
        }
    }

    /// Ends the session (client disconnected): releases everything it owned.
    package func close() {
        let wasOpen = lock.withLock { _ -> Bool in
            guard !closed else { return false }
            closed = true
            tearDown()
            return true
        }
        host.remove(self)
        guard wasOpen else { return }
        receiver?.sessionEnded()
        bulkReceiver.withLock { $0.value }?.sessionEnded()
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
            var welcome = ours
            if bulk.available { welcome.capabilities.insert(.bulkLane) }
            push(.welcome(welcome))
        case let .queryAdapters(request):
            push(.adapters(request: request, host.adapterDescriptions))
        case let .createDevice(id, adapterIndex):
            let device = try host.openDevice(adapterIndex: adapterIndex)
            table.insert(id, .device(device))
        case let .createQueue(id, device, fenceID):
            let fence = makeFence(fenceID, device: device, initialValue: 0, isQueueTimeline: true)
            table.insert(fenceID, .fence(fence))
            table.insert(
                id,
                .queue(
                    HostQueue(
                        id: id, device: device, fence: fence, capacity: configuration.queuedPerQueue,
                        dispatchTimeLimit: configuration.dispatchTimeLimit)))
            queueCount += 1
        case let .createBuffer(id, device, length):
            try insertBuffer(id, device: device, length: length, isShared: false) { () throws(BackendError) in
                try device.backend.makeBuffer(length: length)
            }
        case let .createFence(id, device, initialValue):
            table.insert(id, .fence(makeFence(id, device: device, initialValue: initialValue, isQueueTimeline: false)))
        case let .createLibrary(id, device, module):
            table.insert(id, .library(HostLibrary(device: device, module: module)))
        case let .release(id):
            switch table.remove(id) {
            case let .queue(queue):
                table.remove(queue.fence.id)
                queue.worker.shutdown(cancelPending: false)
                queueCount -= 1
            case let .buffer(buffer):
                bufferBytes -= UInt64(buffer.length)
            default:
                break
            }
        case let .write(queue, buffer, offset, data):
            soon(queue.worker, inline: data.count <= ResolvedCommand.inlineBudget) { [weak self] in
                self?.transfer { () throws(BackendError) in try buffer.device.backend.write(buffer.memory, offset: offset, bytes: data) }
            }
        case let .writeBulk(queue, buffer, offset, length, sequence):
            switch try bulk.writeAnnounced(sequence: sequence, length: length) {
            case let .ready(data):
                soon(queue.worker, inline: data.count <= ResolvedCommand.inlineBudget) { [weak self] in
                    self?.transfer { () throws(BackendError) in try buffer.device.backend.write(buffer.memory, offset: offset, bytes: data) }
                }
            case let .pending(slot):
                // Never inline: the bytes may come on a connection served by this very thread.
                queue.worker.enqueue { [weak self] in
                    guard let data = slot.wait() else { return }
                    self?.transfer { () throws(BackendError) in try buffer.device.backend.write(buffer.memory, offset: offset, bytes: data) }
                }
            }
            if let resume = bulk.resumeIfDrained(limit: configuration.bulkBacklogBytes) { claimed.append(resume) }
        case let .openBulkLane(request):
            push(.bulkLaneOffered(request: request, token: bulk.open()))
        case let .read(request, queue, buffer, offset, length):
            soon(queue.worker, inline: length <= ResolvedCommand.inlineBudget) { [weak self] in
                self?.read(request: request, buffer: buffer, offset: offset, length: length)
            }
        case let .createSharedBuffer(id, device, length):
            let region: any SharedMemory
            do {
                guard let descriptors else { throw ValidationError.sharingUnsupported }
                region = try descriptors.nextRegion(length: length)
            } catch let error as IPCError {
                throw ValidationError.sharedRegionRejected(error.description)
            }
            try insertBuffer(id, device: device, length: length, isShared: true) { () throws(BackendError) in
                try device.backend.makeBuffer(sharing: region)
            }
        case let .publish(queue, buffer, offset, length):
            soon(queue.worker, inline: true) { [weak self] in
                self?.transfer { () throws(BackendError) in try buffer.device.backend.publishHostWrites(buffer.memory, offset: offset, length: length) }
            }
        case let .sync(request, queue, buffer, offset, length):
            soon(queue.worker, inline: true) { [weak self] in
                self?.transfer(request: request) { () throws(BackendError) in
                    try buffer.device.backend.refreshHostView(buffer.memory, offset: offset, length: length)
                    return HostMessage.bufferSynced(request: request).encoded()
                }
            }
        case .queryStatus:
            preconditionFailure("answered by receive, outside the lock")
        case let .submit(queue, value, commands):
            submissions += 1
            if ResolvedCommand.runInline(commands), queue.worker.claimIfIdle() {
                claimedSubmission = (queue, value, commands)
            } else {
                queue.worker.enqueue { [weak self] in self?.execute(commands, on: queue, value: value) }
            }
        case let .signalFence(fence, value):
            try fence.advance(to: value)
        case .goodbye:
            closed = true
            tearDown()
        }
    }

    private func insertBuffer(
        _ id: ObjectID, device: HostDevice, length: Int, isShared: Bool,
        make: () throws(BackendError) -> any BackendBuffer
    ) throws(HostFailure) {
        do {
            table.insert(id, .buffer(HostBuffer(device: device, memory: try make(), isShared: isShared, accounting: host.memory)))
            bufferBytes += UInt64(length)
        } catch {
            throw HostFailure(failure: error.failure)
        }
    }

    /// Queues `work` on `worker`; or, when `inline` and the worker is idle, claims it and runs the
    /// work on this thread after the session's lock is released (lock held).
    private func soon(_ worker: QueueWorker, inline: Bool, _ work: @escaping QueueWorker.Work) {
        if inline, worker.claimIfIdle() {
            claimed.append { worker.runClaimed(work) }
        } else {
            worker.enqueue(work)
        }
    }

    private func makeFence(_ id: ObjectID, device: HostDevice, initialValue: UInt64, isQueueTimeline: Bool) -> HostFence {
        HostFence(id: id, device: device, initialValue: initialValue, isQueueTimeline: isQueueTimeline) { [weak self] id, value in
            self?.notifyFence(id, value: value)
        }
    }

    // MARK: - Coalesced fence notifications

    /// While a transport delivers a burst of frames, fence advances are collected and pushed once
    /// per fence at the end of the burst (the latest value): a stream of 10 000 submissions then
    /// costs the client a handful of wake-ups, not 10 000. A failure is still pushed at once, and
    /// always before the advance it belongs to.
    private let notifications = Mutex<(batching: Bool, pending: PendingAdvances)>((false, PendingAdvances()))

    /// Runs `deliver` (which hands this session a burst of frames), then pushes the fence
    /// advances it collected.
    package func receiveBurst<Result>(_ deliver: () throws -> Result) rethrows -> Result {
        beginBurst()
        defer { endBurst() }
        return try deliver()
    }

    /// Starts collecting fence advances, for transports that see a burst's start and end as
    /// separate events (a socket's reads, then its read-complete); `endBurst` pushes them.
    package func beginBurst() {
        notifications.withLock { $0.batching = true }
    }

    package func endBurst() {
        let pending = notifications.withLock { state in
            state.batching = false
            return state.pending.take()
        }
        for (fence, value) in pending { receiver?.fenceAdvanced(fence, to: value) }
    }

    private func notifyFence(_ id: ObjectID, value: UInt64) {
        let deferred = notifications.withLock { state in
            guard state.batching else { return false }
            state.pending.note(id, value)
            return true
        }
        if !deferred { receiver?.fenceAdvanced(id, to: value) }
    }

    // MARK: - Execution (on the queue's worker, or inline)

    private func execute(_ commands: [ResolvedCommand], on queue: HostQueue, value: UInt64) {
        do {
            for command in commands { try run(command, on: queue) }
        } catch let error as ValidationError {
            push(.submissionFailed(queue: queue.id, value: value, error.failure))
        } catch let error as BackendError {
            push(.submissionFailed(queue: queue.id, value: value, error.failure))
        } catch let error as HostFailure {
            push(.submissionFailed(queue: queue.id, value: value, error.failure))
        } catch {
            push(.submissionFailed(queue: queue.id, value: value, Failure(code: Failure.internalError, message: "\(error)")))
        }
        // The timeline advances even after a failure, so waiters wake and see the error.
        try? queue.fence.advance(to: value)
    }

    private func run(_ command: ResolvedCommand, on queue: HostQueue) throws {
        let device = queue.device.backend
        switch command {
        case let .gemm(op, _):
            try device.gemm(op)
        case let .copy(source, sourceOffset, destination, destinationOffset, length):
            try device.copy(
                from: source.memory, sourceOffset: sourceOffset, to: destination.memory,
                destinationOffset: destinationOffset, length: length)
        case let .fill(buffer, offset, length, pattern):
            try device.fill(buffer.memory, offset: offset, length: length, pattern: pattern)
        case let .signal(fence, value):
            try fence.advance(to: value)
        case let .dispatch(op, _):
            // Cheap dispatches (those that may run inline: no loop, bounded work) never wait for
            // the client's cores, and finish long before any time limit. The validator gave the
            // dispatch its queue's watchdog.
            let cheap = command.cost <= ResolvedCommand.inlineBudget
            op.watchdog.rearm(timed: !cheap)
            op.share = cheap ? nil : cpuShare
            try device.dispatch(op)
        case let .wait(fence, value):
            guard fence.wait(until: value, cancelled: { queue.worker.isCancelled }) else {
                throw HostFailure(
                    failure: Failure(code: Failure.deviceLost, message: "the wait for \(fence.id) to reach \(value) was cancelled: the client is going away"))
            }
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
        bulk.abandon()
        bufferBytes = 0
        queueCount = 0
        for object in table.removeAll() {
            if case let .queue(queue) = object {
                queue.worker.shutdown(cancelPending: true)
                queue.watchdog.cancel()
            }
        }
    }

    /// A transfer on a queue's worker. One that answers a request (a read, a sync) answers it
    /// with the device's error; one that answers nothing (a write, a publish) that fails leaves
    /// the buffer's contents unknown, so the client's context is lost with the device's reason.
    /// Runs a read whose reply frame `body` builds, or answers the request with the failure.
    private func transfer(request: UInt32, _ body: () throws(BackendError) -> [UInt8]) {
        do {
            receiver?.receive(try body())
        } catch {
            push(.requestFailed(request: request, error.failure))
        }
    }

    /// Answers a read with a frame built in the receiver's memory (on the bulk lane when there is
    /// one): the bytes go from the buffer to the socket's buffer once. A device error answers the
    /// request with the failure instead.
    private func read(request: UInt32, buffer: HostBuffer, offset: Int, length: Int) {
        var failure: BackendError?
        let target = bulkReceiver.withLock { $0.value } ?? receiver
        target?.receive(frameOfSize: HostMessage.readResultFrameSize(dataLength: length)) { frame in
            do throws(BackendError) {
                try HostMessage.writeReadResult(request: request, into: frame) { destination throws(BackendError) in
                    try buffer.device.backend.read(buffer.memory, offset: offset, into: destination)
                }
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { push(.requestFailed(request: request, failure.failure)) }
    }

    private func transfer(_ body: () throws(BackendError) -> Void) {
        do {
            try body()
        } catch {
            push(.contextLost(Failure(code: Failure.deviceLost, message: "a transfer failed on the device: \(error.failure.message)")))
        }
    }

    private func push(_ message: HostMessage) {
        receiver?.receive(message.encoded())
    }
}

/// The fence advances of a burst, the latest value per fence. A burst usually advances one or
/// two fences (its queues' timelines): those are found by a scan, not by hashing; a burst that
/// advances many fences falls back to a dictionary.
struct PendingAdvances {
    private var few: [(fence: ObjectID, value: UInt64)] = []
    private var many: [ObjectID: UInt64] = [:]

    static let scanLimit = 8

    mutating func note(_ fence: ObjectID, _ value: UInt64) {
        if let index = few.firstIndex(where: { $0.fence == fence }) {
            few[index].value = max(few[index].value, value)
        } else if few.count < Self.scanLimit {
            few.append((fence, value))
        } else {
            many[fence] = max(many[fence] ?? 0, value)
        }
    }

    /// Every fence's latest value, in no set order; leaves none behind.
    mutating func take() -> [(fence: ObjectID, value: UInt64)] {
        var taken: [(fence: ObjectID, value: UInt64)] = []
        swap(&taken, &few)
        if !many.isEmpty {
            taken += many.map { ($0.key, $0.value) }
            many.removeAll()
        }
        return taken
    }
}

/// A receiver held without keeping it alive.
struct WeakReceiver {
    weak var value: (any HostFrameReceiver)?
}

/// A failure found while applying an operation (not a validation rule).
struct HostFailure: Error {
    var failure: Failure
}

/// Hands a session the shared regions of `createSharedBuffer` messages, in the order the client
/// sent them: a daemon's client link maps the descriptor that came over the socket; the embedded
/// transport hands over the client's own mapping.
package protocol DescriptorSource: AnyObject, Sendable {
    /// The next region, at least `length` bytes. Throws when none arrives in time or the peer
    /// broke the side channel's rules (a descriptor that is no sealed memfd of that size).
    func nextRegion(length: Int) throws(IPCError) -> any SharedMemory
}

extension BackendError {
    var failure: Failure {
        switch self {
        case .outOfMemory: Failure(code: Failure.outOfMemory, message: description)
        case .unavailable: Failure(code: Failure.unsupported, message: description)
        case .deviceLost: Failure(code: Failure.deviceLost, message: description)
        case .kernelFault: Failure(code: Failure.kernelFault, message: description)
        case .timedOut: Failure(code: Failure.timeout, message: description)
        case .outOfResources: Failure(code: Failure.outOfMemory, message: description)
        case .buildFailed: Failure(code: Failure.compileFailed, message: description)
        }
    }
}
