import ConduitWire
import Foundation
import Synchronization

/// The host's end of one client's shared-memory channel: a thread that reads the client's ring
/// into its session, and the path the session's replies take back.
///
/// The thread spins briefly after each burst of frames (a reply to a quick round trip then costs no
/// wake-up), then sleeps on the doorbell and the socket. The socket's hang-up is how a client's
/// exit or `SIGKILL` is noticed: the session is then closed, which cancels its queued work and
/// frees everything it owned.
final class ClientLink: HostFrameReceiver, DescriptorSource, @unchecked Sendable {
    // SAFETY: `session` is set once, before the thread starts; `pending` is guarded by its mutex.
    private let channel: SharedMemoryChannel
    private(set) var session: Session!
    private let pending = Mutex<[Int32]>([])
    private let dead = Atomic<Bool>(false)

    /// A client that leaves its reply ring full this long is disconnected.
    static let unresponsiveAfter: Duration = .seconds(5)
    /// Descriptors a client may send ahead of the frames that use them.
    static let maxPendingDescriptors = 64
    /// Pauses to spin on the ring before sleeping (~60 µs here; a cross-CPU wake-up costs ~30 µs).
    static let spins = 2000

    init(channel: SharedMemoryChannel) {
        self.channel = channel
    }

    /// Opens the session and starts the link's thread; `finished` runs on that thread at the end.
    func start(host: HostService, processID: Int32, finished: @escaping @Sendable (ClientLink) -> Void) {
        session = host.connect(receiver: self, descriptors: self, processID: processID)
        let thread = Thread { [self] in
            run()
            finished(self)
        }
        thread.name = "conduit.client\(session.id)"
        thread.start()
    }

    private func run() {
        while !dead.load(ordering: .acquiring) {
            do {
                if try session.receiveBurst({ try channel.receiveAvailable { session.receive($0) } }) { continue }
                if try channel.waitForIncoming(spins: Self.spins, timeoutMilliseconds: 1000, movingOffThePeer: true) {
                    try readSocket()
                }
            } catch {
                dead.store(true, ordering: .releasing)
            }
        }
        session.close()
        channel.shutdown()
        pending.withLock { fds in
            fds.forEach(Syscall.close)
            fds.removeAll()
        }
    }

    /// Takes the descriptors waiting on the socket; a hang-up ends the link.
    private func readSocket() throws(IPCError) {
        guard let fds = try ChannelSetup.receiveDescriptors(on: channel.socket) else {
            dead.store(true, ordering: .releasing)
            return
        }
        let count = pending.withLock { pending in
            pending += fds
            return pending.count
        }
        guard count <= Self.maxPendingDescriptors else {
            throw .protocolViolation("\(count) descriptors sent ahead of the frames that use them (limit \(Self.maxPendingDescriptors))")
        }
    }

    // MARK: - DescriptorSource (called on the link's thread, from session.receive)

    func nextRegion(length: Int) throws(IPCError) -> any SharedMemory {
        try SharedRegion(adopting: try nextDescriptor(), length: length)
    }

    private func nextDescriptor() throws(IPCError) -> Int32 {
        let deadline = ContinuousClock.now + .seconds(2)
        while true {
            if let fd = pending.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { return fd }
            guard ContinuousClock.now < deadline, !dead.load(ordering: .acquiring) else {
                throw .timedOut("no descriptor arrived for a shared buffer")
            }
            if try Syscall.poll([channel.socket], timeoutMilliseconds: 100)[0] { try readSocket() }
        }
    }

    // MARK: - HostFrameReceiver (any host thread)

    func receive(_ frame: [UInt8]) {
        guard !dead.load(ordering: .acquiring) else { return }
        do {
            try channel.send(frame) { waited in
                if dead.load(ordering: .acquiring) { return .peerClosed }
                return waited > Self.unresponsiveAfter ? .timedOut("the client left its reply ring full for \(waited)") : nil
            }
        } catch {
            // Contained: this client is dropped; its thread sees the hang-up and tears it down.
            dead.store(true, ordering: .releasing)
            channel.shutdown()
        }
    }

    func transportFailed(_ reason: String) {}

    /// Drops the client (used when the daemon stops).
    func disconnect() {
        dead.store(true, ordering: .releasing)
        channel.shutdown()
    }
}
