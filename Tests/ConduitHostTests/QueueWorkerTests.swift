import Dispatch
import Foundation
@testable import ConduitHost
import Synchronization
import Testing

@Suite struct QueueWorkerTests {
    /// A full queue makes the submitter wait (backpressure) instead of growing without bound.
    @Test func aFullQueueMakesTheSubmitterWait() throws {
        let worker = QueueWorker(name: "test", capacity: 2)
        let gate = DispatchSemaphore(value: 0)
        let ran = Mutex(0)
        worker.enqueue { gate.wait(); ran.withLock { $0 += 1 } }   // running, blocked on the gate
        Thread.sleep(forTimeInterval: 0.02)
        worker.enqueue { ran.withLock { $0 += 1 } }
        worker.enqueue { ran.withLock { $0 += 1 } }                // the queue now holds its capacity
        let fourthQueued = Mutex(false)
        Thread.detachNewThread {
            worker.enqueue { ran.withLock { $0 += 1 } }
            fourthQueued.withLock { $0 = true }
        }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(!fourthQueued.withLock { $0 }, "enqueue returned while the queue was full")
        gate.signal()
        let deadline = Date().addingTimeInterval(10)
        while ran.withLock({ $0 }) < 4 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(fourthQueued.withLock { $0 })
        #expect(ran.withLock { $0 } == 4)
        worker.shutdown(cancelPending: false)
    }

    /// Shutting down releases a submitter that waits on a full queue (its work is dropped).
    @Test func shutdownReleasesAWaitingSubmitter() throws {
        let worker = QueueWorker(name: "test", capacity: 1)
        let gate = DispatchSemaphore(value: 0)
        worker.enqueue { gate.wait() }
        Thread.sleep(forTimeInterval: 0.02)
        worker.enqueue {}
        let accepted = Mutex<Bool?>(nil)
        Thread.detachNewThread { accepted.withLock { $0 = worker.enqueue {} } }
        Thread.sleep(forTimeInterval: 0.05)
        worker.shutdown(cancelPending: true)
        let deadline = Date().addingTimeInterval(10)
        while accepted.withLock({ $0 }) == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(accepted.withLock { $0 } == false)
        gate.signal()
    }
}
