import Foundation

/// Pairs the writes a client announces on its command connection (`writeBulk`) with their bytes,
/// which arrive on its bulk lane (`bulkData`), by sequence number.
///
/// The two connections race: the bytes usually arrive first and wait here (the backlog) until
/// their write is announced; a write announced first gets a slot its queue's worker waits on.
/// At any time one of the two lists is empty. Both sides count 0, 1, 2, …: anything out of
/// that order, or bytes whose count is not the announced length, breaks the protocol. The
/// backlog is bounded by the host's `bulkBacklogBytes`: past it the host stops reading the lane,
/// so a client that sends bytes and never their writes cannot grow the host.
struct BulkInbox {
    private var nextData: UInt64 = 0
    private var nextWrite: UInt64 = 0
    private var arrived: [ArraySlice<UInt8>] = []
    private var waiting: [BulkSlot] = []
    /// Bytes in `arrived`.
    private(set) var backlogBytes = 0

    /// What an announced write gets: its bytes, or a slot they will be put in.
    enum Claim {
        case ready(ArraySlice<UInt8>)
        case pending(BulkSlot)
    }

    /// Takes the bytes of bulk frame `sequence`, for the write waiting for them or for the backlog.
    mutating func dataArrived(sequence: UInt64, data: ArraySlice<UInt8>) throws(ValidationError) {
        // Rule: bulk frames come in sequence order.
        guard sequence == nextData else { throw .bulkLane("bulk data \(sequence) arrived where \(nextData) was due") }
        nextData += 1
        if waiting.isEmpty {
            arrived.append(data)
            backlogBytes += data.count
            return
        }
        let slot = waiting.removeFirst()
        // Rule: the bytes are as many as the write announced.
        guard data.count == slot.length else { throw Self.mismatch(sequence, data.count, slot.length) }
        slot.fill(data)
    }

    /// Claims the bytes of the write announced with `sequence` and `length`.
    mutating func writeAnnounced(sequence: UInt64, length: Int) throws(ValidationError) -> Claim {
        // Rule: bulk writes are announced in sequence order.
        guard sequence == nextWrite else { throw .bulkLane("bulk write \(sequence) announced where \(nextWrite) was due") }
        nextWrite += 1
        if arrived.isEmpty {
            let slot = BulkSlot(length: length)
            waiting.append(slot)
            return .pending(slot)
        }
        let data = arrived.removeFirst()
        backlogBytes -= data.count
        guard data.count == length else { throw Self.mismatch(sequence, data.count, length) }
        return .ready(data)
    }

    /// Wakes every worker waiting for bytes that will not come now (the session ended).
    mutating func abandon() {
        for slot in waiting { slot.abandon() }
        waiting = []
        arrived = []
        backlogBytes = 0
    }

    private static func mismatch(_ sequence: UInt64, _ count: Int, _ length: Int) -> ValidationError {
        .bulkLane("bulk data \(sequence) has \(count) bytes, its write announced \(length)")
    }
}

/// Where the bytes of a write announced before they arrived are put, and its worker waits.
final class BulkSlot: @unchecked Sendable {
    // SAFETY: `data` and `abandoned` are guarded by `condition`.
    let length: Int
    private let condition = NSCondition()
    private var data: ArraySlice<UInt8>?
    private var abandoned = false

    init(length: Int) {
        self.length = length
    }

    func fill(_ bytes: ArraySlice<UInt8>) {
        condition.lock()
        data = bytes
        condition.signal()
        condition.unlock()
    }

    func abandon() {
        condition.lock()
        abandoned = true
        condition.signal()
        condition.unlock()
    }

    /// Blocks until the bytes arrive; nil when the session ended first.
    func wait() -> ArraySlice<UInt8>? {
        condition.lock()
        defer { condition.unlock() }
        while data == nil && !abandoned { condition.wait() }
        return data
    }
}
