/// Why an interprocess operation failed. Carries the call and errno, or the broken rule.
package enum IPCError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed.
    case system(call: String, errno: Int32)
    /// The peer closed its end (exited, crashed or was killed).
    case peerClosed
    /// The peer broke the shared-memory protocol (a corrupt ring index, a frame over the limit).
    case protocolViolation(String)
    /// The peer did not make room or answer in time.
    case timedOut(String)
    /// The peer could not be reached (a connection that could not be made).
    case unreachable(String)

    package var description: String {
        switch self {
        case let .system(call, errno): "\(call) failed: \(Syscall.describe(errno: errno)) (errno \(errno))"
        case .peerClosed: "the peer closed the connection"
        case let .protocolViolation(why): "shared-memory protocol violation: \(why)"
        case let .timedOut(what): "timed out: \(what)"
        case let .unreachable(why): why
        }
    }
}
