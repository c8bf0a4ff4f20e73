import Synchronization

/// One direction of a shared-memory channel: a single-producer, single-consumer byte ring.
///
/// ```
/// +0    tail              (u32, written by the producer: bytes ever written, mod 2^32)
/// +64   head              (u32, written by the consumer: bytes ever read, mod 2^32)
/// +128  consumer sleeping (u32, 1 while the consumer sleeps on its doorbell)
/// +132  consumer's CPU    (u32, the CPU the consumer last waited on, plus one; 0 unknown)
/// +192  producer sleeping (u32, 1 while the producer waits for room, on the head futex)
/// +256  data              (capacity bytes, a power of two)
/// ```
///
/// Each side keeps its own index privately and only publishes it, so a peer that scribbles on
/// the shared words can corrupt its own traffic but never steer our copies outside the ring: a
/// published index claiming more than `capacity` bytes is a protocol violation. Each word sits on
/// its own cache line (the consumer's CPU shares the line of its sleeping flag: one writer). The
/// publish/sleeping pairs are sequentially consistent (a Dekker pair), so a side that is about to
/// sleep is always seen by the other, and no wake-up is lost.
struct SPSCRing: @unchecked Sendable {
    // SAFETY: the pointers stay valid for the life of the region that holds the ring; the words
    // are atomics, the data bytes are handed over by the tail/head publication.
    private let header: UnsafeMutableRawPointer
    private let data: UnsafeMutableRawPointer
    let capacity: Int

    static let headerSize = 256
    static func size(capacity: Int) -> Int { headerSize + capacity }

    init(at base: UnsafeMutableRawPointer, capacity: Int) {
        precondition(capacity > 0 && capacity & (capacity - 1) == 0 && capacity <= 1 << 30, "ring capacity must be a power of two")
        header = base
        data = base + Self.headerSize
        self.capacity = capacity
    }

    private func word(_ offset: Int) -> UnsafeMutablePointer<Atomic<UInt32>> {
        (header + offset).assumingMemoryBound(to: Atomic<UInt32>.self)
    }

    var tailWord: UnsafeMutablePointer<Atomic<UInt32>> { word(0) }
    var headWord: UnsafeMutablePointer<Atomic<UInt32>> { word(64) }
    var consumerSleeping: UnsafeMutablePointer<Atomic<UInt32>> { word(128) }
    /// Where the consumer waits: a peer on the same CPU must not spin for it (it would hold the
    /// CPU the consumer needs to answer). Advisory: a stale or scribbled value costs only speed.
    var consumerCPU: UnsafeMutablePointer<Atomic<UInt32>> { word(132) }
    var producerSleeping: UnsafeMutablePointer<Atomic<UInt32>> { word(192) }

    /// The raw futex word behind an atomic.
    static func futexAddress(_ word: UnsafeMutablePointer<Atomic<UInt32>>) -> UnsafeMutablePointer<UInt32> {
        UnsafeMutableRawPointer(word).assumingMemoryBound(to: UInt32.self)
    }

    /// Copies `count` bytes from `source` into the data area starting at ring index `index`.
    func copyIn(_ source: UnsafeRawPointer, count: Int, at index: UInt32) {
        let start = Int(index) & (capacity - 1)
        let first = min(count, capacity - start)
        (data + start).copyMemory(from: source, byteCount: first)
        if first < count { data.copyMemory(from: source + first, byteCount: count - first) }
    }

    /// The `count` bytes starting at ring index `index`, as one slice or two when they wrap.
    func withSlices(count: Int, at index: UInt32, _ body: (UnsafeRawBufferPointer) -> Void) {
        let start = Int(index) & (capacity - 1)
        let first = min(count, capacity - start)
        body(UnsafeRawBufferPointer(start: data + start, count: first))
        if first < count { body(UnsafeRawBufferPointer(start: data, count: count - first)) }
    }
}

/// The producing end of a ring. Not thread-safe: one writer at a time (callers hold a lock).
struct RingWriter: @unchecked Sendable {
    let ring: SPSCRing
    /// Our tail; the shared copy is only ever written from here.
    private var tail: UInt32 = 0

    init(ring: SPSCRing) {
        self.ring = ring
    }

    /// Bytes that fit now.
    func freeSpace() throws(IPCError) -> Int {
        let head = ring.headWord.pointee.load(ordering: .acquiring)
        let used = Int(tail &- head)
        guard used <= ring.capacity else {
            throw .protocolViolation("the consumer published head \(head) for tail \(tail) in a \(ring.capacity)-byte ring")
        }
        return ring.capacity - used
    }

    /// The head value the producer sees, for waiting on its futex.
    var observedHead: UInt32 { ring.headWord.pointee.load(ordering: .acquiring) }

    /// Copies as much of `bytes` as fits and publishes it. Returns how many bytes were written and
    /// whether the consumer is asleep (then the caller rings its doorbell).
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(IPCError) -> (written: Int, wakeConsumer: Bool) {
        let count = min(bytes.count, try freeSpace())
        guard count > 0, let base = bytes.baseAddress else { return (0, false) }
        ring.copyIn(base, count: count, at: tail)
        tail &+= UInt32(count)
        ring.tailWord.pointee.store(tail, ordering: .sequentiallyConsistent)
        return (count, ring.consumerSleeping.pointee.load(ordering: .sequentiallyConsistent) != 0)
    }
}

/// The consuming end of a ring. Not thread-safe: one reader at a time.
struct RingReader: @unchecked Sendable {
    let ring: SPSCRing
    /// Our head; the shared copy is only ever written from here.
    private var head: UInt32 = 0

    init(ring: SPSCRing) {
        self.ring = ring
    }

    /// Bytes waiting to be read.
    func available() throws(IPCError) -> Int {
        let tail = ring.tailWord.pointee.load(ordering: .acquiring)
        let count = Int(tail &- head)
        guard count <= ring.capacity else {
            throw .protocolViolation("the producer published tail \(tail) for head \(head) in a \(ring.capacity)-byte ring")
        }
        return count
    }

    /// Hands up to `limit` waiting bytes to `consume` (one or two slices of ring memory, which it
    /// must copy), then frees their space. Returns how many bytes were consumed.
    mutating func read(upTo limit: Int, _ consume: (UnsafeRawBufferPointer) -> Void) throws(IPCError) -> Int {
        let count = min(limit, try available())
        guard count > 0 else { return 0 }
        ring.withSlices(count: count, at: head, consume)
        head &+= UInt32(count)
        ring.headWord.pointee.store(head, ordering: .sequentiallyConsistent)
        if ring.producerSleeping.pointee.load(ordering: .sequentiallyConsistent) != 0 {
            Syscall.futexWake(SPSCRing.futexAddress(ring.headWord))
        }
        return count
    }
}
