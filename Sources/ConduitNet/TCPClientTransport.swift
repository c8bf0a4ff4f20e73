import ConduitWire
import Foundation
import Synchronization

/// The client's end of a connection to a host over TCP (`CONDUIT_HOST=tcp://HOST:PORT`), in TLS
/// 1.3 with a client certificate when it is given one.
///
/// The threads that send and wait use the socket themselves; no event-loop thread stands between
/// them and the kernel. On these 2-CPU VMs every hand-over between threads on different CPUs
/// costs ~30 µs: through an event loop a round trip took 86 µs (23 µs with every thread pinned
/// to one CPU), against 5 µs for a plain socket ping-pong. So:
///
/// - `send` seals the frame (TLS) and writes it on the calling thread. Writers combine: a thread
///   that finds another one writing leaves its bytes for it, in the order they were sealed.
///   A write blocks while the socket's buffer is full (a host that stops reading slows its
///   client), and fails after 30 s without progress.
/// - A thread waiting for a reply or a fence (`pump`) reads the socket itself, asleep in the
///   kernel until bytes arrive, which is what a plain ping-pong costs. A background thread reads
///   when no one waits (pushed fence advances for callbacks and `async` waiters); it stays away
///   from the socket while waiters read it, so a reply wakes one thread, not two.
///
/// A host reached over TCP offers a **bulk lane**: a second connection (`openBulkLane`) that
/// carries write bytes and read replies, so a long transfer never queues ahead of a small
/// command on the command connection. It is this same type, sending to the same receiver; a
/// waiter reads both connections.
package final class TCPClientTransport: ClientTransport, @unchecked Sendable {
    // SAFETY: the record layer and the bytes waiting to be written are in `io`; socket writes are
    // serialised by `writer`; only the reader-role holder reads.
    private let socket: TCPSocket
    private weak var receiver: (any HostFrameReceiver)?
    private let io: Mutex<IOState>
    private let writer = NSLock()
    private let readerRole = Atomic<Bool>(false)
    private let waitersReading = Atomic<Int>(0)
    private let lastWaiterRead = Atomic<UInt64>(0)
    private let closed = Atomic<Bool>(false)
    private let failed = Atomic<Bool>(false)
    private let heardFromHost = Atomic<Bool>(false)
    private let usesTLS: Bool
    private let peer: String
    private let endpoint: (host: String, port: Int, tls: TLSIdentity?)
    /// The bulk lane, once joined (`adoptBulkLane`).
    private let bulk = Mutex<TCPClientTransport?>(nil)

    /// Bytes sealed but not yet written past which a sender waits for the writer instead of
    /// leaving its bytes to it.
    static let maxPendingBytes = 16 << 20
    /// How long after a waiter last read the background reader keeps off the socket, and how long
    /// it sleeps before looking again. Waking it more often than this cost a steady round trip
    /// its place beside the host's thread (22 µs became 22–80 µs with a 0.2 ms period); a frame
    /// no waiter reads (an `async` waiter's, a callback's) waits at most this long.
    static let waiterGraceSeconds = 0.002

    private struct IOState: ~Copyable {
        var layer: any RecordLayer
        var pending: [UInt8] = []
    }

    private init(
        socket: TCPSocket, layer: any RecordLayer, receiver: any HostFrameReceiver, peer: String,
        endpoint: (host: String, port: Int, tls: TLSIdentity?)
    ) {
        self.socket = socket
        self.usesTLS = endpoint.tls != nil
        self.endpoint = endpoint
        self.io = Mutex(IOState(layer: layer))
        self.receiver = receiver
        self.peer = peer
    }

    /// Connects, completes the TLS handshake when `tls` is given, and starts the background reader.
    ///
    /// - Throws: `NetError` naming the address and the cause: nothing listening, a refused or
    ///   failed handshake (wrong CA, no client certificate, a plain host), a timeout.
    package static func connect(
        host: String, port: Int, tls: TLSIdentity?, receiver: any HostFrameReceiver, timeout: Duration = .seconds(10),
        role: String = ""
    ) throws(NetError) -> TCPClientTransport {
        let peer = "tcp://\(host):\(port)" + role
        FrameMemory.keepFreed()
        let socket = try TCPSocket.connect(host: host, port: port, timeout: timeout, writeTimeout: .seconds(30))
        let layer: any RecordLayer
        do {
            if let tls {
                let session = try TLSClientSession(identity: tls, host: host, socket: socket)
                try session.handshake(over: socket, timeout: timeout, peer: peer)
                layer = session
            } else {
                layer = PlainRecords()
            }
        } catch {
            socket.close()
            throw error
        }
        let transport = TCPClientTransport(socket: socket, layer: layer, receiver: receiver, peer: peer, endpoint: (host, port, tls))
        let thread = Thread { [transport] in transport.backgroundReader() }
        thread.name = "conduit.tcp-reader"
        thread.start()
        return transport
    }

    // MARK: - The bulk lane

    /// Connects a second connection to the same host, with the same identity, whose frames go
    /// to the same receiver. It carries nothing until `adoptBulkLane`; its first frame must be
    /// the `joinBulkLane` that makes it this session's lane.
    package func connectBulkLane() throws(IPCError) -> (any ClientTransport)? {
        guard let receiver else { throw .unreachable("the connection to \(peer) is gone") }
        do {
            return try Self.connect(host: endpoint.host, port: endpoint.port, tls: endpoint.tls, receiver: receiver, role: " (bulk lane)")
        } catch {
            throw .unreachable(error.description)
        }
    }

    /// Sends transfers on `lane` from now on, and reads it while waiting. A lane this transport
    /// did not open is ignored.
    package func adoptBulkLane(_ lane: any ClientTransport) {
        guard let lane = lane as? TCPClientTransport else { return }
        bulk.withLock { $0 = lane }
    }

    package var hasBulkLane: Bool { bulk.withLock { $0 != nil } }

    /// Sends a frame on the bulk lane, as its `head` then `payload` sealed straight from the
    /// caller's memory (no frame is assembled first).
    package func sendBulk(head: [UInt8], payload: UnsafeRawBufferPointer) {
        (bulk.withLock { $0 } ?? self).send(head: head, payload: payload)
    }

    // MARK: - Sending (any thread)

    package func send(_ frame: [UInt8]) {
        frame.withUnsafeBytes { send(head: [], payload: $0) }
    }

    /// Sends `head` then `payload` as one frame's bytes, sealed in that order under one lock.
    private func send(head: [UInt8], payload: UnsafeRawBufferPointer) {
        guard !closed.load(ordering: .relaxed), !failed.load(ordering: .relaxed) else { return }
        do {
            try io.withLock { state throws(NetError) in
                if !head.isEmpty {
                    try head.withUnsafeBytes { bytes in Result { () throws(NetError) in try state.layer.seal(bytes, into: &state.pending) } }.get()
                }
                try state.layer.seal(payload, into: &state.pending)
            }
            try flush()
        } catch {
            fail("sending to \(peer) failed: \(error)")
        }
    }

    /// Writes the sealed bytes, unless another thread is writing: that one writes them too (it
    /// looks again after it lets go), unless too many are waiting, then this one waits its turn.
    private func flush() throws(NetError) {
        while let waiting = io.withLock({ $0.pending.isEmpty ? nil : $0.pending.count }) {
            if !writer.try() {
                guard waiting > Self.maxPendingBytes else { return }
                writer.lock()
            }
            defer { writer.unlock() }
            while true {
                let bytes = io.withLock { state in
                    defer { state.pending = [] }
                    return state.pending
                }
                if bytes.isEmpty { break }
                guard !closed.load(ordering: .acquiring) else { return }
                try socket.write(bytes)
            }
        }
    }

    // MARK: - Reading (the reader-role holder)

    /// Reads this connection and the bulk lane (those whose reader role is free) until `done`.
    package func pump(for budget: Duration, until done: () -> Bool) -> Bool {
        let lanes = ([self] + (bulk.withLock { $0 }.map { [$0] } ?? [])).filter { $0.takeReaderRole() }
        guard !lanes.isEmpty else { return done() }
        defer { for lane in lanes { lane.releaseReaderRole() } }
        // Asleep in the kernel costs nothing, so wait longer than a spinning transport would.
        let deadline = ContinuousClock.now + max(budget, .milliseconds(50))
        while !done() && lanes.allSatisfy({ $0.isUsable }) {
            for lane in lanes { lane.readAvailable(unlessBusy: lane !== self) }
            if done() { break }
            let left = deadline - .now
            guard left > .zero else { break }
            _ = TCPSocket.waitReadable(lanes.map(\.socket), timeout: left)
        }
        return done()
    }

    private var isUsable: Bool { !failed.load(ordering: .relaxed) && !closed.load(ordering: .relaxed) }

    /// Takes the reader role for a waiter, so the background reader keeps off the socket.
    private func takeReaderRole() -> Bool {
        guard readerRole.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return false }
        waitersReading.wrappingAdd(1, ordering: .relaxed)
        return true
    }

    private func releaseReaderRole() {
        lastWaiterRead.store(Self.now(), ordering: .relaxed)
        waitersReading.wrappingSubtract(1, ordering: .relaxed)
        readerRole.store(false, ordering: .releasing)
    }

    private func backgroundReader() {
        while !closed.load(ordering: .acquiring) && !failed.load(ordering: .relaxed) {
            let sinceWaiter = Self.now() &- lastWaiterRead.load(ordering: .relaxed)
            if waitersReading.load(ordering: .relaxed) > 0 || sinceWaiter < UInt64(Self.waiterGraceSeconds * 1e9) {
                Thread.sleep(forTimeInterval: Self.waiterGraceSeconds)
                continue
            }
            guard socket.waitReadable(timeout: .milliseconds(100)) else { continue }
            if readerRole.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
                readAvailable()
                readerRole.store(false, ordering: .releasing)
            } else {
                Thread.sleep(forTimeInterval: 0.0002)
            }
        }
        // The descriptor is closed only when no thread can still use it: not a writer (the
        // writer lock), not a waiter reading (the reader role), so its number, reused by the
        // process, is never read or written by mistake.
        while !readerRole.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            Thread.sleep(forTimeInterval: 0.001)
        }
        writer.lock()
        socket.close()
        writer.unlock()
    }

    /// Reads and delivers everything waiting, without blocking.
    ///
    /// - Parameter unlessBusy: return at once while a sender holds the record layer (sealing a
    ///   megabyte of an upload takes a few hundred microseconds): a waiter that reads the bulk
    ///   lane only in case a reply comes there must not queue behind another thread's upload.
    private func readAvailable(unlessBusy: Bool = false) {
        do {
            while true {
                var frames: [[UInt8]] = []
                var answered = false
                func receive(_ state: inout IOState) -> Result<Bool?, NetError> {
                    let before = state.pending.count
                    defer { answered = state.pending.count != before }
                    return Result { () throws(NetError) in
                        try state.layer.receive(from: socket, deliver: { frames.append($0) }, reply: &state.pending)
                    }
                }
                let attempt = unlessBusy ? io.withLockIfAvailable { receive(&$0) } : io.withLock { receive(&$0) }
                guard let attempt else { return }
                let arrived = try attempt.get()
                guard let arrived else {
                    let hint =
                        heardFromHost.load(ordering: .relaxed)
                        ? ""
                        : usesTLS
                            ? " before answering (does it trust the CA that signed CONDUIT_TLS_CERT?)"
                            : " before answering (if it serves TLS, give CONDUIT_TLS_CERT, CONDUIT_TLS_KEY and CONDUIT_TLS_CA)"
                    fail("the host at \(peer) closed the connection" + hint)
                    return
                }
                if !frames.isEmpty { heardFromHost.store(true, ordering: .relaxed) }
                for frame in frames { receiver?.receive(frame) }
                // What TLS itself answers, if anything. Only then: a reader that flushed anyway
                // would write whatever senders left pending, and a waiter for a small reply
                // would find itself writing megabytes of another thread's upload.
                if answered { try flush() }
                if !arrived { return }
            }
        } catch {
            fail("reading from \(peer) failed: \(error)")
        }
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    // MARK: - Ending

    package func close() {
        guard !closed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        socket.shutdown()  // the background reader wakes, sees `closed`, and closes the descriptor
        bulk.withLock { $0 }?.close()
    }

    private func fail(_ reason: String) {
        guard !closed.load(ordering: .acquiring), !failed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        socket.shutdown()
        receiver?.transportFailed(reason)
    }
}

/// What travels on the socket: frames as they are, or inside TLS records.
protocol RecordLayer: Sendable {
    /// Appends the bytes that carry `bytes` (a frame, or a run of one) to `out`.
    mutating func seal(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) throws(NetError)
    /// Reads what the socket holds now (never waiting; a bounded amount per call), handing each
    /// frame completed to `deliver`, and appending to `reply` what the layer itself must send.
    /// Returns whether anything arrived, nil when the peer closed the connection.
    mutating func receive(from socket: TCPSocket, deliver: ([UInt8]) -> Void, reply: inout [UInt8]) throws(NetError) -> Bool?
}

/// Plain TCP: the frames are the bytes.
struct PlainRecords: RecordLayer {
    private var assembler = FrameAssembler(limit: TCPWire.maxFrameBytes)
    private var scratch = [UInt8](repeating: 0, count: 256 << 10)

    mutating func seal(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) throws(NetError) {
        out.append(contentsOf: bytes)
    }

    mutating func receive(from socket: TCPSocket, deliver: ([UInt8]) -> Void, reply: inout [UInt8]) throws(NetError) -> Bool? {
        guard let count = try socket.readAvailable(into: &scratch) else { return nil }
        let consumed = scratch.withUnsafeBytes { bytes in
            Result { () throws(IPCError) in try assembler.consume(UnsafeRawBufferPointer(rebasing: bytes[..<count]), deliver: deliver) }
        }
        if case let .failure(error) = consumed { throw NetError("the host broke the framing: \(error)") }
        return count > 0
    }
}
