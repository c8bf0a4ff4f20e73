import ConduitWire

/// A session's bulk lane, kept under the session's lock: the token its connection must present
/// (once), whether it was opened and joined, the writes and bytes it pairs (`BulkInbox`), and
/// whether reading it is paused because too many bytes wait for their writes.
struct BulkLaneState {
    /// Whether the client may open a lane (it came over TCP) and has not yet.
    private let offered: Bool
    private var opened = false
    private(set) var joined = false
    private var token: [UInt8]?
    private(set) var inbox = BulkInbox()
    private var resume: (@Sendable () -> Void)?
    private var paused = false

    init(offered: Bool) { self.offered = offered }

    /// Whether an `openBulkLane` is allowed now.
    var available: Bool { offered && !opened }

    /// Opens the lane: the random token its connection must present.
    mutating func open() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<ClientMessage.bulkTokenBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        self.token = token
        opened = true
        return token
    }

    /// Joins the connection that presented `presented`, if it is this lane's token (used once);
    /// `resume` starts reading it again after a pause.
    mutating func join(presenting presented: [UInt8], resume: @escaping @Sendable () -> Void) -> Bool {
        guard let expected = token, Self.sameToken(expected, presented) else { return false }
        token = nil
        joined = true
        self.resume = resume
        return true
    }

    /// Takes the bytes of bulk frame `sequence`. Returns whether reading the lane may go on: not
    /// once more than `limit` bytes wait for their writes.
    mutating func dataArrived(sequence: UInt64, data: ArraySlice<UInt8>, limit: Int) throws(ValidationError) -> Bool {
        try inbox.dataArrived(sequence: sequence, data: data)
        paused = inbox.backlogBytes > limit
        return !paused
    }

    /// Claims the bytes of the write announced as `sequence`.
    mutating func writeAnnounced(sequence: UInt64, length: Int) throws(ValidationError) -> BulkInbox.Claim {
        try inbox.writeAnnounced(sequence: sequence, length: length)
    }

    /// How to start reading the lane again, once a paused lane's backlog fell to half of `limit`.
    mutating func resumeIfDrained(limit: Int) -> (@Sendable () -> Void)? {
        guard paused, inbox.backlogBytes <= limit / 2, let resume else { return nil }
        paused = false
        return resume
    }

    /// The session ended: waiting writes get nothing, and the token no longer joins.
    mutating func abandon() {
        inbox.abandon()
        token = nil
    }

    /// Compares without an early exit, so timing tells a guesser nothing.
    private static func sameToken(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
