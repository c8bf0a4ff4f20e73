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
        let started = DispatchSemaphore(value: 0)
        worker.enqueue {
            started.signal(); gate.wait(); ran.withLock { $0 += 1 }
        }  // running, blocked on the gate
        started.wait()
        worker.enqueue { ran.withLock { $0 += 1 } }
        worker.enqueue { ran.withLock { $0 += 1 } }  // the queue now holds its capacity
        let fourthQueued = Mutex(false), fourthReturned = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            worker.enqueue { ran.withLock { $0 += 1 } }
            fourthQueued.withLock { $0 = true }
            fourthReturned.signal()
        }
        Thread.sleep(forTimeInterval: 0.1)  // a negative takes time to show: the submitter had 100 ms to return and did not
        #expect(!fourthQueued.withLock { $0 }, "enqueue returned while the queue was full")
        gate.signal()
        #expect(fourthReturned.wait(timeout: .now() + 10) == .success, "the waiting submitter got its turn")
        let drained = DispatchSemaphore(value: 0)
        worker.enqueue { drained.signal() }  // runs after the four, in order
        #expect(drained.wait(timeout: .now() + 10) == .success)
        #expect(fourthQueued.withLock { $0 })
        #expect(ran.withLock { $0 } == 4)
        worker.shutdown(cancelPending: false)
    }

    /// Shutting down releases a submitter that waits on a full queue (its work is dropped).
    @Test func shutdownReleasesAWaitingSubmitter() throws {
        let worker = QueueWorker(name: "test", capacity: 1)
        let gate = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        worker.enqueue {
            started.signal(); gate.wait()
        }
        started.wait()
        worker.enqueue {}
        let accepted = Mutex<Bool?>(nil), answered = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            accepted.withLock { $0 = worker.enqueue {} }; answered.signal()
        }
        Thread.sleep(forTimeInterval: 0.05)  // let the submitter reach the full queue (either order passes)
        worker.shutdown(cancelPending: true)
        #expect(answered.wait(timeout: .now() + 10) == .success, "shutdown released the waiting submitter")
        #expect(accepted.withLock { $0 } == false)
        gate.signal()
    }
}
