import ConduitWire
import Foundation
import Synchronization

/// What a host pushed to one test client, in order, with a wait for a message to arrive.
final class MessageInbox: Sendable {
    private let inbox = Mutex<[HostMessage]>([])
    private let arrived = NSCondition()

    /// Decodes and keeps a pushed frame (the host's frames always decode).
    func receive(_ frame: [UInt8]) {
        let message = try! HostMessage.decode(frame)
        inbox.withLock { $0.append(message) }
        arrived.lock(); arrived.broadcast(); arrived.unlock()
    }

    var messages: [HostMessage] { inbox.withLock { $0 } }

    /// Waits (up to 10 s) for a pushed message `match` accepts.
    func await<T>(_ match: (HostMessage) -> T?) -> T? {
        let deadline = Date().addingTimeInterval(10)
        arrived.lock()
        defer { arrived.unlock() }
        while true {
            if let found = messages.lazy.compactMap(match).first { return found }
            guard arrived.wait(until: deadline) else { return messages.lazy.compactMap(match).first }
        }
    }

    var lostReason: Failure? {
        self.await { if case let .contextLost(failure) = $0 { failure } else { nil } }
    }
}
