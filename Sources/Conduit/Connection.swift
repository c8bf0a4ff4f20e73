import ConduitHost
import ConduitNet
import ConduitWire
import Dispatch
import Glibc
import Synchronization

/// The client end of a session with a host: mints ids, sends frames, matches replies, and keeps
/// a mirror of every fence the host pushes.
///
/// Fire-and-forget messages return at once. Round trips (`request`) block the calling thread
/// until the reply arrives. Fence waits are answered from the mirror: completions are pushed by
/// the host, so waiting never polls it.
final class Connection: HostFrameReceiver, @unchecked Sendable {
    // SAFETY: `transport` is written once, in `open`, before the connection is shared.
    private var transport: (any ClientTransport)?
    private let state = Mutex(State())
    /// The next `bulkData` sequence number; held while a write's bytes and its `writeBulk` are
    /// sent, so the two connections carry them in the same order.
    private let bulkOrder = Mutex<UInt64>(0)

    private struct State {
        var ids = ObjectIDAllocator()
        var nextRequest: UInt32 = 1
        var pending: [UInt32: ReplySlot] = [:]
        var fences: [ObjectID: FenceMirror] = [:]
        var queueTimelines: [ObjectID: ObjectID] = [:]
        var lost: ConduitError?
        var closed = false
        var limits = ClientLimits()
        var capabilities: Capabilities = []
        var bufferBytes: UInt64 = 0
        var queues = 0
    }

    private struct FenceMirror {
        var value: UInt64
        var waiters: [Waiter] = []
        /// Errors of failed submissions, by the value they would have signalled.
        var failures: [UInt64: ConduitError] = [:]
    }

    private struct Waiter {
        var value: UInt64
        var wake: @Sendable (Result<Void, ConduitError>) -> Void
    }

    let hostName: String
    /// The libraries this connection holds on its host, by bytecode.
    let libraries = LibraryRegistry()

    /// What the host's welcome offered (empty before the handshake).
    var hostCapabilities: Capabilities { state.withLock { $0.capabilities } }

    private init(hostName: String) {
        self.hostName = hostName
    }

    /// A connection to the embedded host; `handshake` follows.
    static func embedded(host: HostService = .embedded) -> Connection {
        let connection = Connection(hostName: host.configuration.name)
        connection.transport = InProcessTransport(host: host, receiver: connection)
        return connection
    }

    /// A connection to a host daemon's Unix socket; `handshake` follows.
    static func daemon(path: String) throws(ConduitError) -> Connection {
        let connection = Connection(hostName: path)
        do {
            connection.transport = try SharedMemoryTransport.connect(path: path, receiver: connection)
        } catch {
            throw ConduitError(.deviceLost, "cannot reach the Conduit host at unix:\(path): \(error) (is `conduit host` running?)")
        }
        return connection
    }

    /// A connection to a `conduit host --listen` over TCP, mutual TLS when `tls` is given;
    /// `handshake` follows.
    static func remote(host: String, port: Int, tls: Instance.TLSFiles?) throws(ConduitError) -> Connection {
        let connection = Connection(hostName: "tcp://\(host):\(port)")
        let identity = tls.map { TLSIdentity(certificatePath: $0.certificatePath, keyPath: $0.keyPath, trustedCAPath: $0.trustedCAPath) }
        do {
            connection.transport = try TCPClientTransport.connect(host: host, port: port, tls: identity, receiver: connection)
        } catch {
            throw ConduitError(.deviceLost, "cannot reach the Conduit host: \(error)")
        }
        return connection
    }

    deinit {
        close()
    }

    /// Whether buffers can live in memory this process maps too (the daemon's transport).
    var sharesMemory: Bool { transport?.sharesMemory ?? false }

    /// Sends a `createSharedBuffer` with its region's descriptor.
    func send(_ message: ClientMessage, sharing region: SharedRegion) throws(ConduitError) {
        do {
            try transport?.send(message.encoded(), sharing: region)
        } catch {
            throw ConduitError(.deviceLost, "handing a shared buffer to the host failed: \(error)")
        }
    }

    /// How long a thread that blocks on the host reads the host's frames itself before sleeping:
    /// long enough to cover a quick round trip, short enough not to burn a core.
    static let pumpBudget: Duration = .microseconds(300)

    /// How long a host may take to answer the hello before the connection counts as lost (a
    /// port that accepts and never answers is not a Conduit host).
    static let handshakeTimeout: Duration = .seconds(30)

    /// Says hello and blocks until the host's welcome.
    func handshake(clientName: String) throws(ConduitError) {
        let slot = sayHello(clientName)
        _ = transport?.pump(for: Self.pumpBudget) { slot.isFulfilled }
        guard let reply = try slot.wait(timeout: Self.handshakeTimeout) else {
            close()
            throw ConduitError(.deviceLost, "\(hostName) did not answer the handshake within \(Self.handshakeTimeout)")
        }
        try welcomed(reply, clientName: clientName)
    }

    /// Says hello and suspends until the host's welcome.
    func handshake(clientName: String) async throws(ConduitError) {
        try welcomed(try await sayHello(clientName).value(), clientName: clientName)
    }

    private func sayHello(_ clientName: String) -> ReplySlot {
        let slot = ReplySlot()
        // A host may hang up before the hello is even sent (one at its connection limit does):
        // the loss is then the answer, not a wait for a welcome that cannot come.
        if let lost = state.withLock({ state -> ConduitError? in
            if let lost = state.lost { return lost }
            state.pending[0] = slot
            return nil
        }) {
            slot.fulfil(.failure(lost))
            return slot
        }
        send(.hello(Hello(name: clientName)))
        return slot
    }

    private func welcomed(_ reply: HostMessage, clientName: String) throws(ConduitError) {
        guard case let .welcome(host) = reply else {
            throw ConduitError(.protocolError, "the host answered the handshake with \(reply.type)")
        }
        if let lost = state.withLock({ $0.lost }) { throw lost }
        guard Hello(name: clientName).agreedVersion(with: host) != nil else {
            throw ConduitError(.protocolError, "protocol version mismatch: host speaks \(host.lastCompatibleVersion)...\(host.version)")
        }
        state.withLock {
            $0.limits = host.limits
            $0.capabilities = host.capabilities
        }
        try openBulkLane()
    }

    /// `CONDUIT_TCP_BULK_LANE=0` keeps transfers on the command connection (to compare).
    private static var bulkLaneWanted: Bool {
        guard let raw = getenv("CONDUIT_TCP_BULK_LANE") else { return true }
        return String(cString: raw) != "0"
    }

    /// Opens the bulk lane of a host that offers one (over TCP): a second connection, with the
    /// same identity, that carries write bytes and read replies from then on.
    private func openBulkLane() throws(ConduitError) {
        guard hostCapabilities.contains(.bulkLane), let transport, Self.bulkLaneWanted else { return }
        let offer = try request { .openBulkLane(request: $0) }
        guard case let .bulkLaneOffered(_, token) = offer else {
            throw ConduitError(.protocolError, "the host answered openBulkLane with \(offer.type)")
        }
        let lane: any ClientTransport
        do {
            guard let opened = try transport.connectBulkLane() else { return }
            lane = opened
        } catch {
            throw ConduitError(.deviceLost, "cannot open the bulk lane to \(hostName): \(error)")
        }
        do throws(ConduitError) {
            let slot = try send(request: { .joinBulkLane(request: $0, token: token) }, via: lane)
            _ = lane.pump(for: Self.pumpBudget) { slot.isFulfilled }
            guard let reply = try slot.wait(timeout: Self.handshakeTimeout) else {
                throw ConduitError(.deviceLost, "\(hostName) did not answer the bulk lane's join within \(Self.handshakeTimeout)")
            }
            guard case .bulkLaneJoined = reply else {
                throw ConduitError(.protocolError, "the host answered joinBulkLane with \(reply.type)")
            }
        } catch {
            lane.close()
            throw error
        }
        transport.adoptBulkLane(lane)
    }

    /// Sends `bytes` to be written at `offset` of `buffer`, ordered on `queue`: over the bulk
    /// lane when there is one (the bytes there, a `writeBulk` here), else in a `writeBuffer`.
    func sendWrite(queue: ObjectID, buffer: ObjectID, offset: UInt64, bytes: UnsafeRawBufferPointer) {
        guard let transport, transport.hasBulkLane else {
            return send(frame: ClientMessage.writeBufferFrame(queue: queue, buffer: buffer, offset: offset, bytes: bytes))
        }
        bulkOrder.withLock { sequence in
            transport.sendBulk(head: ClientMessage.bulkDataHead(sequence: sequence, dataLength: bytes.count), payload: bytes)
            send(.writeBulk(queue: queue, buffer: buffer, offset: offset, length: UInt64(bytes.count), sequence: sequence))
            sequence += 1
        }
    }

    func close() {
        let shouldClose = state.withLock { state -> Bool in
            defer { state.closed = true }
            return !state.closed
        }
        if shouldClose { transport?.close() }
    }

    // MARK: - Sending

    func makeID() -> ObjectID { state.withLock { $0.ids.allocate() } }

    /// Counts `length` bytes against the host's memory quota for this client, or throws
    /// `.outOfMemory` at the call that would exceed it (the host enforces it as well).
    func reserveBufferBytes(_ length: Int) throws(ConduitError) {
        try state.withLock { state throws(ConduitError) in
            do throws(RuleViolation) {
                try CommandRules.checkQuota(requested: UInt64(length), held: state.bufferBytes, quota: state.limits.memoryBytes)
            } catch {
                throw ConduitError(.outOfMemory, error.description)
            }
            state.bufferBytes += UInt64(length)
        }
    }

    /// Counts one queue against the host's limit per client, or throws `.limitExceeded` at the
    /// call that would pass it (the host enforces it as well: each queue is one of its threads).
    func reserveQueue() throws(ConduitError) {
        try state.withLock { state throws(ConduitError) in
            let limit = Int(state.limits.queues)
            guard limit == 0 || state.queues < limit else {
                throw ConduitError(.limitExceeded, "a client may hold at most \(limit) queues (each is a host thread); release one first")
            }
            state.queues += 1
        }
    }

    func returnQueue() {
        state.withLock { $0.queues = max(0, $0.queues - 1) }
    }

    func returnBufferBytes(_ length: Int) {
        state.withLock { $0.bufferBytes -= min($0.bufferBytes, UInt64(length)) }
    }

    func send(_ message: ClientMessage) {
        transport?.send(message.encoded())
    }

    /// Sends a frame encoded already (bulk data encoded straight from caller memory).
    func send(frame: [UInt8]) {
        transport?.send(frame)
    }

    /// Throws the reason the context was lost, if it was.
    func checkAlive() throws(ConduitError) {
        if let lost = state.withLock({ $0.lost }) { throw lost }
    }

    /// Sends `makeMessage(requestID)` and blocks until the host answers it.
    func request(_ makeMessage: (UInt32) -> ClientMessage) throws(ConduitError) -> HostMessage {
        transport?.clientWaits()
        let slot = try send(request: makeMessage)
        _ = transport?.pump(for: Self.pumpBudget) { slot.isFulfilled }
        return try slot.wait()
    }

    /// Sends the requests with at most `window` unanswered at once, handing each reply to
    /// `handle` in order: a long transfer keeps the link busy instead of paying a round trip per piece.
    func pipelinedRequests(
        _ makeMessages: [(UInt32) -> ClientMessage], window: Int, handle: (Int, HostMessage) throws(ConduitError) -> Void
    ) throws(ConduitError) {
        var slots: [ReplySlot] = []
        for index in makeMessages.indices {
            while slots.count < makeMessages.count && slots.count < index + window {
                slots.append(try send(request: makeMessages[slots.count]))
            }
            _ = transport?.pump(for: Self.pumpBudget) { slots[index].isFulfilled }
            try handle(index, try slots[index].wait())
        }
    }

    /// Sends `makeMessage(requestID)` and suspends until the host answers it; a task already
    /// cancelled sends nothing and ends with `.cancelled` (else a reply that came at once, as
    /// the embedded host's can, would hide the cancellation).
    func request(_ makeMessage: (UInt32) -> ClientMessage) async throws(ConduitError) -> HostMessage {
        if Task.isCancelled { throw ConduitError(.cancelled, "the task was cancelled before its request was sent") }
        transport?.clientWaits()
        return try await send(request: makeMessage).value()
    }

    private func send(request makeMessage: (UInt32) -> ClientMessage, via lane: (any ClientTransport)? = nil) throws(ConduitError) -> ReplySlot {
        let slot = ReplySlot()
        let requestID = try state.withLock { state throws(ConduitError) -> UInt32 in
            if let lost = state.lost { throw lost }
            let id = state.nextRequest
            state.nextRequest = state.nextRequest == .max ? 1 : state.nextRequest + 1
            state.pending[id] = slot
            return id
        }
        if let lane { lane.send(makeMessage(requestID).encoded()) } else { send(makeMessage(requestID)) }
        return slot
    }

    /// Releases an object on the host and recycles its id.
    ///
    /// The id is recycled only after the release is sent: another thread's create with the
    /// reused id must reach the host after it (the host refuses an id whose slot is still held).
    func release(_ id: ObjectID, notifyHost: Bool = true) {
        let alive = state.withLock { state -> Bool in
            state.fences[id] = nil
            state.queueTimelines[id] = nil
            return !state.closed
        }
        if notifyHost && alive { send(.release(id: id)) }
        state.withLock { $0.ids.release(id) }
    }

    // MARK: - Fences

    func registerFence(_ id: ObjectID, initialValue: UInt64, timelineOf queue: ObjectID? = nil) {
        state.withLock { state in
            state.fences[id] = FenceMirror(value: initialValue)
            if let queue { state.queueTimelines[queue] = id }
        }
    }

    func fenceValue(_ id: ObjectID) -> UInt64 {
        state.withLock { $0.fences[id]?.value ?? 0 }
    }

    /// Suspends until the fence reaches `value`; throws that submission's error, a lost context,
    /// or `.cancelled` as soon as the waiting task is cancelled (the work goes on).
    func waitFence(_ id: ObjectID, value: UInt64) async throws(ConduitError) {
        transport?.clientWaits()
        if let reached = reachedOutcome(id, value: value) { return try reached.get() }
        // Resumed once: by the fence, or by the cancellation, whichever comes first.
        let pending = Mutex<CheckedContinuation<Result<Void, ConduitError>, Never>?>(nil)
        let finish: @Sendable (Result<Void, ConduitError>) -> Void = { result in
            pending.withLock { continuation in
                continuation?.resume(returning: result)
                continuation = nil
            }
        }
        let result: Result<Void, ConduitError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                pending.withLock { $0 = continuation }
                if Task.isCancelled { finish(.failure(Self.cancelled(id, value))); return }
                addWaiter(id, value: value, wake: finish)
            }
        } onCancel: {
            finish(.failure(Self.cancelled(id, value)))
        }
        try result.get()
    }

    private static func cancelled(_ id: ObjectID, _ value: UInt64) -> ConduitError {
        ConduitError(.cancelled, "the wait for fence \(id) to reach \(value) was cancelled (the work goes on)")
    }

    /// A timeout as dispatch's deadline: the distant future for any timeout past a century
    /// (`.seconds(Int64.max)` included), never an overflow; a negative timeout is no wait.
    static func deadline(after timeout: Duration) -> DispatchTime {
        let (seconds, attoseconds) = timeout.components
        guard seconds >= 0 else { return .now() }
        guard seconds < 100 * 365 * 86_400 else { return .distantFuture }
        return .now() + .nanoseconds(Int(max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)))
    }

    /// Blocks until the fence reaches `value` or `timeout` passes.
    func waitFence(_ id: ObjectID, value: UInt64, timeout: Duration) throws(ConduitError) {
        transport?.clientWaits()
        // Already there (work that ran inline, or finished before the wait): no waiter to park.
        if let reached = reachedOutcome(id, value: value) { return try reached.get() }
        _ = transport?.pump(for: min(timeout, Self.pumpBudget)) { self.fenceValue(id) >= value || self.isLost }
        let slot = Mutex<Result<Void, ConduitError>?>(nil)
        let semaphore = DispatchSemaphore(value: 0)
        addWaiter(id, value: value) { result in
            slot.withLock { $0 = result }
            semaphore.signal()
        }
        if semaphore.wait(timeout: Self.deadline(after: timeout)) == .timedOut {
            let reached = fenceValue(id)
            // A wake that raced the timeout still counts.
            if let result = slot.withLock({ $0 }) { return try result.get() }
            throw ConduitError(.timeout, "fence \(id) did not reach \(value) within \(timeout) (it is at \(reached))")
        }
        try slot.withLock { $0 }!.get()
    }

    /// An eventfd signalled when the fence reaches `value` (or the wait fails).
    func makeEventFD(fence id: ObjectID, value: UInt64) throws(ConduitError) -> Int32 {
        let fd: Int32, ours: Int32
        do {
            fd = try Syscall.makeEventFD()
            do { ours = try Syscall.duplicate(fd) } catch { Syscall.close(fd); throw error }
        } catch {
            throw ConduitError(.internalError, "cannot make an eventfd: \(error)")
        }
        // The waiter signals its own duplicate, so the caller may close theirs at any time.
        addWaiter(id, value: value) { _ in
            Syscall.signal(eventFD: ours)
            Syscall.close(ours)
        }
        return fd
    }

    /// Calls `wake` once the fence reaches `value` (at once when it has), with that submission's
    /// outcome, or when the context is lost.
    func addWaiter(_ id: ObjectID, value: UInt64, wake: @escaping @Sendable (Result<Void, ConduitError>) -> Void) {
        let immediate: Result<Void, ConduitError>? = state.withLock { state in
            if let lost = state.lost { return .failure(lost) }
            guard let mirror = state.fences[id] else {
                return .failure(ConduitError(.invalidObject, "fence \(id) is not alive"))
            }
            if mirror.value >= value { return Self.outcome(of: mirror, at: value) }
            state.fences[id]!.waiters.append(Waiter(value: value, wake: wake))
            return nil
        }
        if let immediate { wake(immediate) }
    }

    /// The outcome at `value`: nil while the fence is short of it, the lost context's error once lost.
    func outcome(_ id: ObjectID, value: UInt64) -> Result<Void, ConduitError>? {
        if let lost = state.withLock({ $0.lost }) { return .failure(lost) }
        return reachedOutcome(id, value: value)
    }

    /// The outcome of a wait for `value` when the fence has already reached it; nil otherwise.
    private func reachedOutcome(_ id: ObjectID, value: UInt64) -> Result<Void, ConduitError>? {
        state.withLock { state in
            guard state.lost == nil, let mirror = state.fences[id], mirror.value >= value else { return nil }
            return Self.outcome(of: mirror, at: value)
        }
    }

    private static func outcome(of mirror: FenceMirror, at value: UInt64) -> Result<Void, ConduitError> {
        mirror.failures[value].map { .failure($0) } ?? .success(())
    }

    private var isLost: Bool { state.withLock { $0.lost != nil } }

    // MARK: - Frames from the host

    func transportFailed(_ reason: String) {
        lose(ConduitError(.deviceLost, "lost the connection to the host: \(reason)"))
    }

    func receive(_ frame: [UInt8]) {
        let message: HostMessage
        do {
            message = try HostMessage.decode(frame)
        } catch {
            lose(ConduitError(.protocolError, "the host sent a malformed frame: \(error)"))
            return
        }
        switch message {
        case .welcome:
            resolve(request: 0, with: message)
        case let .adapters(request, _), let .readResult(request, _), let .bufferSynced(request), let .status(request, _),
            let .bulkLaneOffered(request, _), let .bulkLaneJoined(request):
            resolve(request: request, with: message)
        case let .requestFailed(request, failure):
            resolve(request: request, with: .requestFailed(request: request, failure))
        case let .fenceAdvanced(fence, value):
            advance(fence, to: value)
        case let .submissionFailed(queue, value, failure):
            state.withLock { state in
                guard let fence = state.queueTimelines[queue] else { return }
                state.fences[fence]?.failures[value] = ConduitError(failure)
            }
        case let .contextLost(failure):
            lose(ConduitError(.deviceLost, "the host dropped this client's context: \(failure.message)"))
        }
    }

    /// From the embedded host, in its own process: the advance without its frame.
    func fenceAdvanced(_ fence: ObjectID, to value: UInt64) {
        advance(fence, to: value)
    }

    private func resolve(request: UInt32, with message: HostMessage) {
        let slot = state.withLock { $0.pending.removeValue(forKey: request) }
        slot?.fulfil(.success(message))
    }

    private func advance(_ fence: ObjectID, to value: UInt64) {
        let ready = state.withLock { state in Self.advance(&state.fences[fence], to: value) }
        for (waiter, result) in ready { waiter.wake(result) }
    }

    /// Moves a fence mirror forward in place (no copy out of the table) and takes the waiters it
    /// satisfies, with their outcomes.
    private static func advance(_ mirror: inout FenceMirror?, to value: UInt64) -> [(Waiter, Result<Void, ConduitError>)] {
        guard mirror != nil else { return [] }
        mirror!.value = max(mirror!.value, value)
        guard !mirror!.waiters.isEmpty else { return [] }
        let reached = mirror!
        var ready: [(Waiter, Result<Void, ConduitError>)] = []
        mirror!.waiters.removeAll { waiter in
            guard waiter.value <= reached.value else { return false }
            ready.append((waiter, outcome(of: reached, at: waiter.value)))
            return true
        }
        return ready
    }

    private func lose(_ error: ConduitError) {
        let (slots, waiters) = state.withLock { state -> ([ReplySlot], [Waiter]) in
            if state.lost == nil { state.lost = error }
            let slots = Array(state.pending.values)
            state.pending.removeAll()
            var waiters: [Waiter] = []
            for key in state.fences.keys {
                waiters += state.fences[key]!.waiters
                state.fences[key]!.waiters.removeAll()
            }
            return (slots, waiters)
        }
        for slot in slots { slot.fulfil(.failure(error)) }
        for waiter in waiters { waiter.wake(.failure(error)) }
    }
}
