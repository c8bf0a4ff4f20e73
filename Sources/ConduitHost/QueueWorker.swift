import Foundation

/// Runs one queue's work in submission order on a thread of its own.
///
/// When the queue is idle, cheap work runs inline on the submitting thread instead: a
/// cross-CPU wake-up costs ~30 µs on these VMs, far more than an empty submission or a small
/// copy (PoCL does the same for tiny kernels). Ordering is kept: inline work runs only when
/// nothing is queued or running.
final class QueueWorker: @unchecked Sendable {
    typealias Work = @Sendable () -> Void

    // SAFETY: every mutable field below is read and written with `condition` held.
    private let condition = NSCondition()
    private var pending: [Work] = []
    private var head = 0
    private var busy = false
    private var stopping = false
    private var cancelPending = false
    private var thread: Thread?
    /// Nanoseconds spent running work (inline or on the thread), for `conduit smi`.
    private var busyTime: UInt64 = 0

    /// Work items that may wait before `enqueue` blocks its caller (backpressure, as a full
    /// launch queue does on a GPU).
    private let capacity: Int

    init(name: String, capacity: Int = 4096) {
        self.capacity = max(1, capacity)
        // The thread keeps the worker alive until `shutdown` lets `run` return.
        let thread = Thread { self.run() }
        thread.name = name
        self.thread = thread
        thread.start()
    }

    /// Queues `work`, or runs it right here when `inlineIfIdle` and the queue is idle.
    /// Returns false when the worker is shutting down (the work is dropped).
    @discardableResult
    func enqueue(inlineIfIdle: Bool = false, _ work: @escaping Work) -> Bool {
        if inlineIfIdle, runIfIdle(work) { return true }
        condition.lock()
        // A full queue holds the submitter here.
        while !stopping && pending.count - head >= capacity { condition.wait() }
        guard !stopping else {
            condition.unlock()
            return false
        }
        pending.append(work)
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// Runs `work` on the calling thread if nothing is queued or running (and the worker is not
    /// shutting down); false, without running it, otherwise. The closure does not escape, so the
    /// common inline case allocates nothing for it.
    func runIfIdle(_ work: () -> Void) -> Bool {
        guard claimIfIdle() else { return false }
        runClaimed(work)
        return true
    }

    /// Marks the worker busy if nothing is queued or running (and it is not shutting down): work
    /// enqueued meanwhile waits behind the claim. The caller then runs its work with `runClaimed`
    /// (on its own thread, when it likes: the session claims under its lock and runs after it).
    func claimIfIdle() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopping, !busy, head == pending.count else { return false }
        busy = true
        return true
    }

    /// Runs the work of a successful `claimIfIdle`, then releases the claim.
    func runClaimed(_ work: () -> Void) {
        // Only queued work can be waiting on this one (the queue was empty when it was claimed).
        runMarkedBusy(work, wakeAlways: false)
    }

    var busyNanoseconds: UInt64 {
        condition.lock()
        defer { condition.unlock() }
        return busyTime
    }

    /// Whether pending work is being cancelled (the session is going away): long waits give up.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopping && cancelPending
    }

    /// Runs `work`, which the caller marked `busy`, then clears the mark and counts its time;
    /// wakes the waiters when `wakeAlways` or when work is queued behind it.
    private func runMarkedBusy(_ work: () -> Void, wakeAlways: Bool) {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        let elapsed = DispatchTime.now().uptimeNanoseconds &- start
        condition.lock()
        busy = false
        busyTime &+= elapsed
        if wakeAlways || head < pending.count { condition.broadcast() }
        condition.unlock()
    }

    /// Stops accepting work; drops what has not started when `cancelPending`, else drains it.
    /// Returns at once: the thread finishes the item it is running, then exits.
    func shutdown(cancelPending: Bool) {
        condition.lock()
        stopping = true
        self.cancelPending = self.cancelPending || cancelPending
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while (head == pending.count || busy) && !stopping {
                condition.wait()
            }
            while busy { condition.wait() }
            if stopping && (cancelPending || head == pending.count) {
                pending.removeAll()
                head = 0
                condition.unlock()
                return
            }
            let work = pending[head]
            head += 1
            if head == pending.count {
                pending.removeAll(keepingCapacity: true)
                head = 0
            }
            busy = true
            condition.unlock()
            // Submitters held by a full queue wait for room.
            runMarkedBusy(work, wakeAlways: true)
        }
    }
}
