import ConduitWire
import SystemPackage

/// A 64-bit timeline that only moves forward, signalled by queues or by the CPU.
///
/// Completion is pushed by the host, so reading `completedValue` and waiting cost no round
/// trip. Corresponds to `MTLSharedEvent`, `ID3D12Fence` and Vulkan timeline semaphores.
public final class Fence: Sendable {
    let id: ObjectID
    let core: DeviceCore
    /// A queue's own timeline, advanced only by that queue's submissions.
    let isQueueTimeline: Bool
    /// A name for debugging.
    public let label: String?

    init(id: ObjectID, core: DeviceCore, queueTimeline: Bool, label: String?) {
        self.id = id
        self.core = core
        self.isQueueTimeline = queueTimeline
        self.label = label
    }

    deinit {
        // A queue's timeline goes away with its queue on the host; only the id is recycled here.
        core.connection.release(id, notifyHost: !isQueueTimeline)
    }

    var name: String { label.map { "fence '\($0)'" } ?? "fence \(id)" }

    /// The highest value the fence has reached. Corresponds to `signaledValue` and `GetCompletedValue`.
    public var completedValue: UInt64 { core.connection.fenceValue(id) }

    /// Sets the fence to `value` from the CPU, waking every wait for it. Does not wait for the host.
    ///
    /// - Throws: `ConduitError` with `.invalidArgument` when `value` is not above the current
    ///   value, `.invalidObject` for a queue's timeline.
    /// Corresponds to `ID3D12Fence::Signal` and `vkSignalSemaphore`.
    public func signal(_ value: UInt64) throws(ConduitError) {
        guard !isQueueTimeline else {
            throw ConduitError(.invalidObject, "\(name) is a queue's timeline; only its submissions advance it")
        }
        let current = completedValue
        guard value > current else {
            throw .invalidArgument("\(name) cannot move to \(value): it is already at \(current)")
        }
        try core.connection.checkAlive()
        core.connection.send(.signalFence(fence: id, value: value))
    }

    /// Suspends until the fence reaches `value`.
    ///
    /// - Throws: the error of the submission that signals `value` if it failed, or `.deviceLost`.
    /// Corresponds to `valueSignaled(_:)` / `notify(_:atValue:)` and `vkWaitSemaphores`.
    public func wait(for value: UInt64) async throws(ConduitError) {
        try await core.connection.waitFence(id, value: value)
    }

    /// A file descriptor that becomes readable when the fence reaches `value`, for `poll`, `epoll`
    /// or an event loop. It is an eventfd (reading it gives a count of 1); the caller owns it and
    /// closes it when done. It also becomes readable when the submission that signals `value`
    /// fails or the device is lost (then `wait` reports why).
    ///
    /// - Throws: `.internalError` when the system cannot make an eventfd.
    /// Corresponds to `SetEventOnCompletion` with a Win32 event and to `vkGetSemaphoreFdKHR`.
    public func makeEventDescriptor(for value: UInt64) throws(ConduitError) -> FileDescriptor {
        FileDescriptor(rawValue: try core.connection.makeEventFD(fence: id, value: value))
    }

    /// The same descriptor as a raw `Int32`.
    @available(*, deprecated, renamed: "makeEventDescriptor(for:)", message: "returns a FileDescriptor (swift-system)")
    public func makeEventFileDescriptor(for value: UInt64) throws(ConduitError) -> Int32 {
        try makeEventDescriptor(for: value).rawValue
    }

    /// Blocks the calling thread until the fence reaches `value` or `timeout` passes.
    ///
    /// - Throws: `.timeout` when the time runs out, the submission's error if it failed, or `.deviceLost`.
    /// Corresponds to `SetEventOnCompletion` + `WaitForSingleObject` and `vkWaitSemaphores`.
    public func wait(for value: UInt64, timeout: Duration) throws(ConduitError) {
        try core.connection.waitFence(id, value: value, timeout: timeout)
    }
}

/// A point on a fence's timeline: what `Queue.submit` returns.
public struct FenceValue: Sendable, CustomStringConvertible {
    /// The timeline.
    public let fence: Fence
    /// The value that marks completion.
    public let value: UInt64

    /// The point at which `fence` reaches `value` (a wait target, like a timeline semaphore's).
    public init(fence: Fence, value: UInt64) {
        self.fence = fence
        self.value = value
    }

    /// Whether the fence has reached the value.
    public var isCompleted: Bool { fence.completedValue >= value }

    /// Suspends until the value is reached; throws the submission's error if it failed.
    public func wait() async throws(ConduitError) {
        try await fence.wait(for: value)
    }

    /// Blocks until the value is reached or `timeout` passes.
    public func wait(timeout: Duration) throws(ConduitError) {
        try fence.wait(for: value, timeout: timeout)
    }

    /// Nil until the value is reached; then success, or the submission's error.
    var outcome: Result<Void, ConduitError>? { fence.core.connection.outcome(fence.id, value: value) }

    public var description: String { "\(fence.name) @ \(value)" }
}
