import Foundation
@testable import ConduitHost
import Synchronization
import Testing

/// The embedded transport's burst thread: frames keep their order, whoever applies them.
@Suite struct BurstOffloadTests {
    /// Frames as they were applied: the number each carries, and whether the sender applied it.
    final class Log: Sendable {
        let entries = Mutex<[(value: Int, bySender: Bool)]>([])
        /// The thread that sends (the test's), as `pthread_self` names it.
        let sender = Mutex<pthread_t?>(nil)

        func record(_ frame: [UInt8]) {
            let value = frame.withUnsafeBytes { $0.loadUnaligned(as: Int.self) }
            let bySender = sender.withLock { $0.map { pthread_equal($0, pthread_self()) != 0 } ?? true }
            entries.withLock { $0.append((value, bySender)) }
        }
    }

    static func frame(_ value: Int) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    /// Sends as the embedded transport does: the offload takes the frame or the sender applies it.
    static func send(_ value: Int, through offload: BurstOffload, log: Log) {
        let frame = frame(value)
        if !offload.take(frame) { log.record(frame) }
    }

    @Test func aBurstGoesToTheThreadInOrderAndAWaitEndsIt() {
        let log = Log()
        log.sender.withLock { $0 = pthread_self() }
        let offload = BurstOffload { log.record($0) }
        defer { offload.stop() }
        for value in 0..<10_000 { Self.send(value, through: offload, log: log) }
        offload.clientWaits()
        offload.drain()
        for value in 10_000..<10_010 { Self.send(value, through: offload, log: log) }
        let entries = log.entries.withLock { $0 }
        #expect(entries.map(\.value) == Array(0..<10_010))
        #expect(entries.prefix(BurstOffload.burst).allSatisfy { $0.bySender }, "a short stream is applied by its sender")
        #expect(entries[BurstOffload.burst..<10_000].allSatisfy { !$0.bySender })
        #expect(entries.suffix(10).allSatisfy { $0.bySender }, "after a wait, frames are applied by their sender again")
    }

    @Test func severalSendersKeepTheirOwnOrder() async {
        let log = Log()
        let offload = BurstOffload { log.record($0) }
        defer { offload.stop() }
        await withTaskGroup(of: Void.self) { group in
            for sender in 0..<4 {
                group.addTask {
                    for index in 0..<2_000 { Self.send(sender * 1_000_000 + index, through: offload, log: log) }
                }
            }
        }
        offload.drain()
        let values = log.entries.withLock { $0.map(\.value) }
        #expect(values.count == 8_000)
        for sender in 0..<4 {
            #expect(values.filter { $0 / 1_000_000 == sender } == (0..<2_000).map { sender * 1_000_000 + $0 })
        }
    }

    /// A frame applied on the thread may send more (a completion handler that submits or makes a
    /// buffer): they queue behind, and draining from there does not wait for itself.
    @Test func theThreadMaySendAndDrainWhileApplying() {
        let log = Log()
        let box = Mutex<BurstOffload?>(nil)
        let offload = BurstOffload { frame in
            log.record(frame)
            let value = frame.withUnsafeBytes { $0.loadUnaligned(as: Int.self) }
            guard value < 0, let offload = box.withLock({ $0 }) else { return }
            offload.drain()
            if !offload.take(Self.frame(-value)) { log.record(Self.frame(-value)) }
        }
        box.withLock { $0 = offload }
        defer { offload.stop() }
        for value in 1...100 { Self.send(value == 50 ? -1_000 : value, through: offload, log: log) }
        offload.drain()
        let values = log.entries.withLock { $0.map(\.value) }
        #expect(values == Array(1..<50) + [-1_000] + Array(51...100) + [1_000])
    }

    @Test func stopAppliesWhatIsQueuedAndLetsSendersApplyTheRest() {
        let log = Log()
        log.sender.withLock { $0 = pthread_self() }
        let offload = BurstOffload { log.record($0) }
        for value in 0..<1_000 { Self.send(value, through: offload, log: log) }
        offload.stop()
        #expect(log.entries.withLock { $0.count } == 1_000)
        Self.send(1_000, through: offload, log: log)
        let entries = log.entries.withLock { $0 }
        #expect(entries.map(\.value) == Array(0...1_000) && entries.last!.bySender)
    }
}
