import ConduitWire
import Synchronization

/// An in-order stream of command buffers with a timeline fence.
///
/// Corresponds to `MTLCommandQueue`, an in-order `cl_command_queue` and a CUDA stream.
public final class Queue: Sendable {
    let id: ObjectID
    let core: DeviceCore
    /// A name for debugging.
    public let label: String?
    /// The queue's timeline: submission N (from 1) sets it to N when it has run.
    public let fence: Fence
    private let lastSubmitted = Mutex<UInt64>(0)

    init(core: DeviceCore, label: String?) throws(ConduitError) {
        let connection = core.connection
        try connection.reserveQueue()
        id = connection.makeID()
        let fenceID = connection.makeID()
        self.core = core
        self.label = label
        connection.registerFence(fenceID, initialValue: 0, timelineOf: id)
        fence = Fence(id: fenceID, core: core, queueTimeline: true, label: label.map { "\($0).fence" })
        connection.send(.createQueue(id: id, device: core.id, fence: fenceID))
    }

    deinit {
        core.connection.release(id)
        core.connection.returnQueue()
    }

    var name: String { label.map { "queue '\($0)'" } ?? "queue \(id)" }

    /// Makes a single-use command buffer for this queue.
    ///
    /// Corresponds to `makeCommandBuffer()` and `vkAllocateCommandBuffers`.
    public func makeCommandBuffer(label: String? = nil) -> CommandBuffer {
        CommandBuffer(queue: self, label: label)
    }

    /// Submits a command buffer. Returns at once, without a round trip to the host.
    ///
    /// - Returns: the fence value that marks this submission's completion; wait on it to get
    ///   its result or its error.
    /// - Throws: `ConduitError` when the command buffer was already submitted, belongs to another
    ///   queue, uses a released buffer, or the device is lost.
    /// Corresponds to `commit()`, `ExecuteCommandLists` + `Signal`, and `vkQueueSubmit2`.
    @discardableResult
    public func submit(_ commandBuffer: CommandBuffer) throws(ConduitError) -> FenceValue {
        let commands = try commandBuffer.takeForSubmission(on: self)
        try core.connection.checkAlive()
        // Values and sends stay in one order even when several threads submit.
        let value = lastSubmitted.withLock { last in
            last += 1
            core.connection.send(.submit(queue: id, value: last, commands: commands))
            return last
        }
        let result = FenceValue(fence: fence, value: value)
        commandBuffer.submitted(as: result)
        return result
    }

    /// The value of the latest submission (0 before the first).
    public var lastSubmittedValue: UInt64 { lastSubmitted.withLock { $0 } }

    /// Blocks until everything submitted so far has run.
    ///
    /// - Throws: the error of the last submission if it failed, `.timeout` after `timeout`.
    /// Corresponds to `clFinish` and `cudaStreamSynchronize`.
    public func waitUntilIdle(timeout: Duration = .seconds(3600)) throws(ConduitError) {
        try fence.wait(for: lastSubmittedValue, timeout: timeout)
    }

    /// Suspends until everything submitted so far has run; `.cancelled` if the task is.
    ///
    /// - Throws: the error of the last submission if it failed.
    public func waitUntilIdle() async throws(ConduitError) {
        try await fence.wait(for: lastSubmittedValue)
    }
}
