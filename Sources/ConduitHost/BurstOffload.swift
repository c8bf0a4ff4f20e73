import ConduitWire
import Foundation
import Synchronization

/// Hands the embedded host's frames to a thread of their own while the client streams them.
///
/// The embedded transport applies a frame on the thread that sends it: a submit + wait costs no
/// thread hand-over at all. But a client that submits thousands of small dispatches without
/// waiting then pays for recording, validation and execution one after the other on one core,
/// while the other idles. Once more than `burst` frames have gone out since the client last
/// waited, frames queue here instead and a host thread applies them in order, as a daemon's
/// client thread does: recording overlaps with execution (PoCL's worker threads do the same).
/// The first wait ends the burst; frames already queued are applied first, so order holds.
///
/// The thread spins briefly when it runs dry (a burst's next frame is about a microsecond
/// away), then sleeps; it starts with the first burst and ends with the transport. A woken
/// thread is often placed on its waker's CPU, where the two would take turns instead of
/// overlapping: while a burst lasts, the thread keeps off the CPU the sender last sent from.
final class BurstOffload: @unchecked Sendable {
    // SAFETY: the fields below are read and written with `condition` held.
    private let condition = NSCondition()
    private var pending: [[UInt8]] = []
    /// The array the thread gave back after applying a batch, kept for its capacity.
    private var spare: [[UInt8]] = []
    /// The thread is applying a batch now.
    private var running = false
    private var sleeping = false
    private var stopped = false
    private var sentSinceWait = 0
    /// The CPU the last queued frame was sent from.
    private var senderCPU: Int?
    private var thread: Thread?
    /// Frames queued so far, read without the lock by the spinning thread.
    private let queued = Atomic<Int>(0)
    private let deliver: @Sendable ([UInt8]) -> Void
    /// Called around each run of at most `notifyEvery` frames: the session collects the fence
    /// advances of the run and pushes each fence's latest once (`Session.beginBurst`).
    private let beginRun: @Sendable () -> Void
    private let endRun: @Sendable () -> Void

    /// Frames sent without a wait after which the stream counts as a burst.
    static let burst = 32
    /// Frames that may wait here before `take` holds its caller (backpressure).
    static let capacity = 4096
    /// How long the thread looks for the next frame before it sleeps.
    static let spin: Duration = .microseconds(50)
    /// Frames between fence notifications: a waiter hears of its fence at most this many frames
    /// (a few hundred microseconds) late.
    static let notifyEvery = 256

    init(
        deliver: @escaping @Sendable ([UInt8]) -> Void, beginRun: @escaping @Sendable () -> Void = {},
        endRun: @escaping @Sendable () -> Void = {}
    ) {
        self.deliver = deliver
        self.beginRun = beginRun
        self.endRun = endRun
    }

    /// Queues `frame` when a burst is under way or earlier frames are still queued or being
    /// applied; false when the caller should apply it itself, now.
    func take(_ frame: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        sentSinceWait += 1
        let behindOthers = !pending.isEmpty || running
        guard !stopped, behindOthers || sentSinceWait > Self.burst else { return false }
        // The thread itself (a completion handler that submits) never waits for room it makes.
        let onThread = Thread.current === thread
        while !onThread, !stopped, pending.count >= Self.capacity { condition.wait() }
        pending.append(frame)
        senderCPU = Syscall.currentCPU()
        queued.add(1, ordering: .releasing)
        if thread == nil { start() }
        if sleeping { condition.broadcast() }
        return true
    }

    /// The client waits for the host: the burst, if any, is over.
    func clientWaits() {
        condition.lock()
        sentSinceWait = 0
        condition.unlock()
    }

    /// Returns once every queued frame has been applied (at once on the thread itself, which
    /// may be applying the frame that asked).
    func drain() {
        condition.lock()
        defer { condition.unlock() }
        guard Thread.current !== thread else { return }
        while !pending.isEmpty || running { condition.wait() }
    }

    /// Whether frames are queued or being applied.
    var isBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !pending.isEmpty || running
    }

    /// Applies what is queued, then ends the thread; later frames are applied by their senders.
    func stop() {
        drain()
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Lock held.
    private func start() {
        let thread = Thread { [self] in run() }
        thread.name = "conduit.embedded-burst"
        self.thread = thread
        thread.start()
    }

    /// Takes everything queued at once: the sender and the thread meet at the lock once per
    /// batch, not once per frame (a contended lock sleeps in the kernel).
    private func run() {
        var avoiding: Int?
        condition.lock()
        while true {
            if !pending.isEmpty {
                if let sender = senderCPU, sender != avoiding, Syscall.currentCPU() == sender, Syscall.avoidCPU(sender) {
                    avoiding = sender
                }
                var batch = pending
                pending = spare
                running = true
                condition.unlock()
                var start = 0
                while start < batch.count {
                    let end = min(batch.count, start + Self.notifyEvery)
                    beginRun()
                    for index in start..<end { deliver(batch[index]) }
                    endRun()
                    start = end
                }
                batch.removeAll(keepingCapacity: true)
                condition.lock()
                spare = batch
                running = false
                // Drainers and senders held for room.
                condition.broadcast()
                continue
            }
            if stopped { break }
            let seen = queued.load(ordering: .acquiring)
            condition.unlock()
            let deadline = ContinuousClock.now + Self.spin
            while queued.load(ordering: .acquiring) == seen, ContinuousClock.now < deadline {}
            condition.lock()
            if pending.isEmpty, !stopped {
                // The burst is over: any CPU will do for the next one.
                if avoiding != nil, Syscall.avoidCPU(nil) { avoiding = nil }
                sleeping = true
                condition.wait()
                sleeping = false
            }
        }
        condition.unlock()
    }
}
