import ConduitWire
import Dispatch
import Synchronization

/// A one-shot reply that a blocked thread or a suspended task waits for.
final class ReplySlot: Sendable {
    private struct State {
        var result: Result<HostMessage, ConduitError>?
        var continuation: CheckedContinuation<Result<HostMessage, ConduitError>, Never>?
    }
    private let state = Mutex(State())
    private let semaphore = DispatchSemaphore(value: 0)

    var isFulfilled: Bool { state.withLock { $0.result != nil } }

    func fulfil(_ value: Result<HostMessage, ConduitError>) {
        let continuation = state.withLock { state in
            state.result = value
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(returning: value)
        semaphore.signal()
    }

    /// Blocks the calling thread until the reply arrives.
    func wait() throws(ConduitError) -> HostMessage {
        semaphore.wait()
        return try Self.checked(state.withLock { $0.result }!)
    }

    /// Blocks until the reply arrives or `timeout` passes (then nil).
    func wait(timeout: Duration) throws(ConduitError) -> HostMessage? {
        guard semaphore.wait(timeout: Connection.deadline(after: timeout)) == .success else { return nil }
        return try Self.checked(state.withLock { $0.result }!)
    }

    /// Suspends until the reply arrives; no thread is blocked meanwhile.
    /// Suspends until the reply arrives, or ends with `.cancelled` as soon as the task is
    /// cancelled (the request itself still completes on the host; its reply is dropped).
    func value() async throws(ConduitError) -> HostMessage {
        let result: Result<HostMessage, ConduitError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state in
                    if state.result == nil { state.continuation = continuation }
                    return state.result
                }
                if let ready { return continuation.resume(returning: ready) }
                if Task.isCancelled { cancel() }
            }
        } onCancel: {
            cancel()
        }
        return try Self.checked(result)
    }

    /// Resumes a waiting task with `.cancelled`, once; a reply that comes later finds no one.
    private func cancel() {
        let waiting = state.withLock { state in
            defer { state.continuation = nil }
            return state.continuation
        }
        waiting?.resume(returning: .failure(ConduitError(.cancelled, "the request was cancelled while it waited for the host's reply")))
    }

    private static func checked(_ result: Result<HostMessage, ConduitError>) throws(ConduitError) -> HostMessage {
        let reply = try result.get()
        if case let .requestFailed(_, failure) = reply { throw ConduitError(failure) }
        return reply
    }
}
