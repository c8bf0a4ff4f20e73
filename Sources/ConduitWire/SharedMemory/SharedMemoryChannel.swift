import Synchronization

/// One side of a client–host connection over shared memory: a ring each way in one memfd,
/// an eventfd doorbell per side, and the Unix socket that carried them (kept for descriptors
/// and to notice the peer's death).
///
/// Region layout: a 4 KiB page (magic, layout version, ring capacity), the client-to-host
/// ring, then the host-to-client ring. Frames are a byte stream on the rings, so a frame may be
/// larger than a ring; the receiver copies each frame out of the ring exactly once, into memory
/// of its own, before anything parses it.
package final class SharedMemoryChannel: @unchecked Sendable {
    package enum Side: Sendable { case client, host }

    /// The largest frame this transport carries. Bulk data lives in shared buffers, never here.
    package static let maxFrameBytes = 64 << 20
    package static let defaultRingCapacity = 1 << 20
    static let magic: UInt32 = 0x5344_4E43  // "CNDS"
    static let layoutVersion: UInt32 = 1
    static let pageSize = 4096

    package let region: SharedRegion
    package let socket: Int32
    /// Our doorbell (we sleep on it) and the peer's (we ring it).
    let ownDoorbell: Int32, peerDoorbell: Int32
    private let outgoing: Mutex<RingWriter>
    // SAFETY: the reading side is used by one thread at a time (the caller's contract).
    private var incoming: RingReader
    private var assembler = FrameAssembler(limit: maxFrameBytes)
    private let incomingRing: SPSCRing
    /// The peer's incoming ring: where it says which CPU it waits on.
    private let outgoingRing: SPSCRing

    package static func regionSize(ringCapacity: Int) -> Int {
        pageSize + 2 * SPSCRing.size(capacity: ringCapacity)
    }

    /// Lays out a fresh region (the host does this once per client).
    package static func makeRegion(ringCapacity: Int = defaultRingCapacity) throws(IPCError) -> SharedRegion {
        let region = try SharedRegion(creating: regionSize(ringCapacity: ringCapacity), name: "conduit-channel")
        let words = region.base.assumingMemoryBound(to: UInt32.self)
        words[0] = magic
        words[1] = layoutVersion
        words[2] = UInt32(ringCapacity)
        return region
    }

    /// - Throws: `.protocolViolation` when the region's header is not a channel layout this build knows.
    package init(region: SharedRegion, side: Side, socket: Int32, ownDoorbell: Int32, peerDoorbell: Int32) throws(IPCError) {
        let words = region.base.assumingMemoryBound(to: UInt32.self)
        guard region.length >= Self.pageSize, words[0] == Self.magic, words[1] == Self.layoutVersion else {
            throw .protocolViolation("the shared region is not a Conduit channel (layout version \(words[1]))")
        }
        let capacity = Int(words[2])
        guard capacity >= 4096, capacity <= 1 << 28, capacity & (capacity - 1) == 0,
            region.length >= Self.regionSize(ringCapacity: capacity)
        else {
            throw .protocolViolation("ring capacity \(capacity) does not fit a \(region.length)-byte region")
        }
        let toHost = SPSCRing(at: region.base + Self.pageSize, capacity: capacity)
        let toClient = SPSCRing(at: region.base + Self.pageSize + SPSCRing.size(capacity: capacity), capacity: capacity)
        self.region = region
        self.socket = socket
        self.ownDoorbell = ownDoorbell
        self.peerDoorbell = peerDoorbell
        outgoing = Mutex(RingWriter(ring: side == .client ? toHost : toClient))
        incomingRing = side == .client ? toClient : toHost
        outgoingRing = side == .client ? toHost : toClient
        incoming = RingReader(ring: incomingRing)
    }

    // MARK: - Sending (any thread)

    /// Writes one frame, waiting for room when the ring is full.
    ///
    /// - Parameter giveUp: asked while waiting for room; a non-nil error ends the wait with it
    ///   (the peer died, or it stopped reading for too long).
    package func send(_ frame: [UInt8], giveUp: (_ waited: Duration) -> IPCError?) throws(IPCError) {
        try outgoing.withLock { writer throws(IPCError) in
            var offset = 0
            var waitStart: ContinuousClock.Instant?
            while offset < frame.count {
                let result = frame.withUnsafeBytes { bytes in
                    Result { () throws(IPCError) in try writer.write(UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
                }
                let (written, wake) = try result.get()
                offset += written
                if wake { Syscall.signal(eventFD: peerDoorbell) }
                if offset == frame.count { break }
                if written > 0 { waitStart = nil }
                let start = waitStart ?? .now
                waitStart = start
                if let error = giveUp(.now - start) { throw error }
                try Self.waitForRoom(writer)
            }
        }
    }

    /// Spins briefly, then sleeps on the head futex until the consumer frees space (or 10 ms pass).
    private static func waitForRoom(_ writer: RingWriter) throws(IPCError) {
        for _ in 0..<256 {
            if try writer.freeSpace() > 0 { return }
            Syscall.relax()
        }
        let ring = writer.ring
        ring.producerSleeping.pointee.store(1, ordering: .sequentiallyConsistent)
        let head = writer.observedHead
        if try writer.freeSpace() == 0 {
            Syscall.futexWait(SPSCRing.futexAddress(ring.headWord), expected: head, timeoutNanoseconds: 10_000_000)
        }
        ring.producerSleeping.pointee.store(0, ordering: .sequentiallyConsistent)
    }

    // MARK: - Receiving (one thread at a time)

    /// Whether bytes are waiting in the incoming ring.
    package var hasIncoming: Bool {
        ((try? incoming.available()) ?? 1) > 0
    }

    /// Consumes every waiting byte, handing each completed frame to `deliver` in order.
    /// Returns whether anything was consumed.
    package func receiveAvailable(_ deliver: ([UInt8]) -> Void) throws(IPCError) -> Bool {
        var consumedAny = false
        while true {
            let wanted = assembler.bytesWanted
            var failure: IPCError?
            let count = try incoming.read(upTo: wanted) { slice in
                do throws(IPCError) { try assembler.append(slice) } catch { failure = error }
            }
            if let failure { throw failure }
            if count == 0 { return consumedAny }
            consumedAny = true
            if let frame = assembler.takeFrame() { deliver(frame) }
        }
    }

    /// Marks this side asleep (or awake) for the peer's doorbell logic.
    /// Says which CPU this side waits on, and whether spinning for the peer is worth it: not when
    /// the peer last waited on this same CPU. The scheduler places a woken thread beside the one
    /// that woke it; a waiter that then spins holds the very CPU its peer needs to answer (traced
    /// with `perf sched`: 300–390 µs round trips, one client-side spin budget each). Then both
    /// sides sleep at once and hand the CPU over.
    package func noteWaitingCPUAndShouldSpin() -> Bool {
        let cpu = Syscall.currentCPU()
        incomingRing.consumerCPU.pointee.store(cpu.map { UInt32(truncatingIfNeeded: $0 + 1) } ?? 0, ordering: .relaxed)
        guard let cpu else { return true }
        return outgoingRing.consumerCPU.pointee.load(ordering: .relaxed) != UInt32(truncatingIfNeeded: cpu + 1)
    }

    package func setSleeping(_ sleeping: Bool) {
        incomingRing.consumerSleeping.pointee.store(sleeping ? 1 : 0, ordering: .sequentiallyConsistent)
    }

    /// Spins up to `spins` pauses for incoming bytes, then sleeps on the doorbell and the socket.
    /// Returns whether the socket became readable (descriptors, or the peer hung up).
    ///
    /// - Parameter movingOffThePeer: where this side finds itself on the CPU its peer waits on,
    ///   it moves to another CPU first (`sched_setaffinity`) and spins there, instead of both
    ///   sides sleeping and paying two wake-ups per round trip (the host's link thread does).
    package func waitForIncoming(spins: Int, timeoutMilliseconds: Int32, movingOffThePeer: Bool = false) throws(IPCError) -> Bool {
        var spin = noteWaitingCPUAndShouldSpin()
        if !spin, movingOffThePeer, let cpu = Syscall.currentCPU(), Syscall.avoidCPU(cpu) {
            spin = noteWaitingCPUAndShouldSpin()
        }
        for _ in 0..<(spin ? spins : 0) {
            if hasIncoming { return false }
            Syscall.relax()
        }
        setSleeping(true)
        defer { setSleeping(false) }
        if hasIncoming { return false }
        let ready = try Syscall.poll([ownDoorbell, socket], timeoutMilliseconds: timeoutMilliseconds)
        if ready[0] { Syscall.drain(eventFD: ownDoorbell) }
        return ready[1]
    }

    /// Ends the connection: the peer's poll sees the hang-up. The descriptors stay open until the
    /// channel's last reference goes, so a thread still sending never writes to a descriptor number
    /// the process has meanwhile reused for something else.
    package func shutdown() {
        Syscall.shutdown(socket)
    }

    deinit {
        Syscall.shutdown(socket)
        Syscall.close(socket)
        Syscall.close(ownDoorbell)
        Syscall.close(peerDoorbell)
    }
}

/// Reassembles frames from the ring's byte stream: the 16-byte header first, then exactly the
/// payload it declares (after checking it against the limit).
package struct FrameAssembler {
    let limit: Int
    private var frame: [UInt8] = []
    private var expected = Frame.headerSize
    private var headerRead = false

    package init(limit: Int) {
        self.limit = limit
        frame.reserveCapacity(Frame.headerSize)
    }

    /// Takes a stretch of a byte stream, handing each frame it completes to `deliver`.
    package mutating func consume(_ bytes: UnsafeRawBufferPointer, deliver: ([UInt8]) -> Void) throws(IPCError) {
        var offset = 0
        while offset < bytes.count {
            let take = min(bytesWanted, bytes.count - offset)
            try append(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + take]))
            offset += take
            if let frame = takeFrame() { deliver(frame) }
        }
    }

    var bytesWanted: Int { expected - frame.count }

    mutating func append(_ bytes: UnsafeRawBufferPointer) throws(IPCError) {
        frame.append(contentsOf: bytes)
        guard !headerRead, frame.count == Frame.headerSize else { return }
        headerRead = true
        let payload = Int(frame[8]) | Int(frame[9]) << 8 | Int(frame[10]) << 16 | Int(frame[11]) << 24
        guard payload <= limit - Frame.headerSize else {
            throw .protocolViolation("a frame declares a \(payload)-byte payload; the limit is \(limit - Frame.headerSize)")
        }
        expected = Frame.headerSize + payload
        // All of it at once (the limit was checked): growing a large frame by doubling would
        // fault in fresh pages at each step.
        frame.reserveCapacity(expected)
    }

    /// The completed frame, if the last append finished one.
    mutating func takeFrame() -> [UInt8]? {
        guard headerRead, frame.count == expected else { return nil }
        defer {
            frame = []
            frame.reserveCapacity(Frame.headerSize)
            expected = Frame.headerSize
            headerRead = false
        }
        return frame
    }
}
