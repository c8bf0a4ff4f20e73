@testable import ConduitWire
import Foundation
import Synchronization
import Testing

/// A thread that finds itself on its peer's CPU moves off it (the embedded burst thread, the
/// daemon's link thread), and gets every CPU back afterwards.
@Suite struct CPUAffinityTests {
    struct Outcome {
        var moved = false, stayedOff = false, restored = false
    }

    @Test func aThreadKeepsOffTheCPUItAvoidsAndGetsThemBack() {
        let cpus = Syscall.allowedCPUCount ?? 1
        let outcome = Mutex(Outcome())
        let done = DispatchSemaphore(value: 0)
        // A thread of its own: affinity is per thread.
        let thread = Thread {
            defer { done.signal() }
            guard let start = Syscall.currentCPU() else { return }
            let moved = Syscall.avoidCPU(start)
            var stayedOff = true
            for _ in 0..<10_000 where Syscall.currentCPU() == start { stayedOff = false }
            let restored = Syscall.avoidCPU(nil)
            outcome.withLock { $0 = Outcome(moved: moved, stayedOff: stayedOff, restored: restored) }
        }
        thread.start()
        done.wait()
        let result = outcome.withLock { $0 }
        if cpus < 2 {
            #expect(!result.moved, "one CPU: nowhere to go")
        } else {
            #expect(result.moved && result.stayedOff, "after avoiding its CPU, the thread never ran there")
            #expect(result.restored)
        }
    }
}
