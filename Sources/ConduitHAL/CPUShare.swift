import Dispatch
import Synchronization

/// One client's share of the host's cores: at most `slots` worker threads of its dispatches run
/// at once, across all its queues.
///
/// The operating system shares CPU time by thread, so without it a client running kernels on
/// sixteen queues would get sixteen times the CPU of a client with one queue, and its long
/// kernels would stretch every other client's. With it each client's dispatches use at most the
/// cores there are, and clients share the machine as equals. Dispatches cheap enough to run
/// inline do not take slots (they never wait for another queue's kernel).
package final class CPUShare: Sendable {
    package let slots: Int
    private let permits: DispatchSemaphore
    /// Held while one dispatch gathers several permits, so two dispatches never each hold part
    /// of what the other waits for.
    private let gathering = Mutex(())

    package init(slots: Int) {
        self.slots = max(1, slots)
        permits = DispatchSemaphore(value: self.slots)
    }

    /// Blocks until `count` slots (at most all of them) are free, takes them, and returns how
    /// many it took, for `release`.
    package func acquire(_ count: Int) -> Int {
        let taken = min(max(1, count), slots)
        gathering.withLock { _ in
            for _ in 0..<taken { permits.wait() }
        }
        return taken
    }

    package func release(_ count: Int) {
        for _ in 0..<count { permits.signal() }
    }
}
