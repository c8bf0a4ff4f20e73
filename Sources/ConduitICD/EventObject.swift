import COpenCL
import Conduit
import Dispatch

/// A `cl_event`. A command's event follows the command buffer (batch) that carries it: queued
/// while the batch is open, submitted once the queue is flushed, complete (or failed, with a
/// negative status) when the host reports the batch. Commands the ICD runs on the calling thread
/// (transfers, maps) and user events hold their status themselves.
final class EventObject: ICDObject, @unchecked Sendable {
    typealias Callback = @convention(c) (cl_event?, cl_int, UnsafeMutableRawPointer?) -> Void

    let context: ContextObject
    let queue: QueueObject?
    let commandType: cl_command_type

    private struct State {
        var batch: CommandBuffer?
        var status: cl_int?
        var callbacks: [(trigger: cl_int, callback: Callback, userData: UnsafeMutableRawPointer?)] = []
        /// queued, submit, start, end (host nanoseconds).
        var times: [UInt64] = [0, 0, 0, 0]
        /// A user event's fences, one per device a queue waits on it from.
        var fences: [ObjectIdentifier: Fence] = [:]
    }
    private let state = Locked(State())

    /// An event for a command enqueued on `queue`.
    init(queue: QueueObject, type: cl_command_type) {
        context = queue.context
        self.queue = queue
        commandType = type
        super.init(kind: .event)
        queue.retain()
        context.retain()
        state.withLock { $0.times[0] = Self.now() }
    }

    /// A user event (`clCreateUserEvent`).
    init(userEventIn context: ContextObject) {
        self.context = context
        queue = nil
        commandType = cl_command_type(CL_COMMAND_USER)
        super.init(kind: .event)
        context.retain()
        state.withLock { $0.status = CL_SUBMITTED }
    }

    override func destroy() {
        queue?.release()
        context.release()
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    var isUserEvent: Bool { queue == nil }

    // MARK: - Status

    /// `CL_EVENT_COMMAND_EXECUTION_STATUS`.
    var executionStatus: cl_int {
        state.withLock { state in
            if let status = state.status { return status }
            guard let batch = state.batch else { return CL_QUEUED }
            switch batch.status {
            case .notEnqueued: return CL_QUEUED
            case .committed: return CL_SUBMITTED
            case .completed: return CL_COMPLETE
            case .error: return batch.error?.clCode(CL_OUT_OF_RESOURCES).code ?? CL_OUT_OF_RESOURCES
            }
        }
    }

    /// Whether the event has a batch or a status of its own (a queue flush gave it one).
    var isSubmitted: Bool { state.withLock { $0.status != nil || $0.batch != nil } }

    /// The batch carrying this command, once submitted (nil for host-run commands and user events).
    var submittedBatch: CommandBuffer? { state.withLock { $0.batch } }

    /// Called by the queue, under its lock, when the batch is handed to the host.
    func submitted(in batch: CommandBuffer, at time: UInt64) {
        let due = state.withLock { state in
            state.batch = batch
            state.times[1] = time
            state.times[2] = time
            return Self.take(&state.callbacks, upTo: CL_SUBMITTED)
        }
        for entry in due { entry.callback(opaque, entry.trigger, entry.userData) }
    }

    /// Called when the batch has finished (the host reported it).
    func finished() {
        let (due, status) = state.withLock { state in
            if state.times[3] == 0 { state.times[3] = Self.now() }
            return (Self.take(&state.callbacks, upTo: CL_COMPLETE), state.status)
        }
        let final = status ?? executionStatus
        for entry in due { entry.callback(opaque, final, entry.userData) }
    }

    /// Sets the status of a command run on the host, or of a user event; runs callbacks due.
    func complete(with status: cl_int, started: UInt64? = nil) {
        let (due, fences) = state.withLock { state in
            state.status = status
            let now = Self.now()
            if state.times[0] == 0 { state.times[0] = started ?? now }
            state.times[1] = started ?? now
            state.times[2] = started ?? now
            state.times[3] = now
            return (Self.take(&state.callbacks, upTo: CL_COMPLETE), Array(state.fences.values))
        }
        for fence in fences { try? fence.signal(1) }
        for entry in due { entry.callback(opaque, status < 0 ? status : entry.trigger, entry.userData) }
    }

    /// Removes and returns the callbacks whose trigger state has been reached (`CL_COMPLETE` is
    /// 0, `CL_RUNNING` 1, `CL_SUBMITTED` 2: lower is later).
    private static func take(
        _ callbacks: inout [(trigger: cl_int, callback: Callback, userData: UnsafeMutableRawPointer?)], upTo reached: cl_int
    ) -> [(trigger: cl_int, callback: Callback, userData: UnsafeMutableRawPointer?)] {
        let due = callbacks.filter { $0.trigger >= reached }
        callbacks.removeAll { $0.trigger >= reached }
        return due
    }

    /// Adds a callback, running it at once when its state has passed.
    func addCallback(_ trigger: cl_int, _ callback: @escaping Callback, _ userData: UnsafeMutableRawPointer?) {
        let current = executionStatus
        let runNow = state.withLock { state in
            if current <= trigger { return true }
            state.callbacks.append((trigger, callback, userData))
            return false
        }
        if runNow { callback(opaque, current < 0 ? current : trigger, userData) }
    }

    // MARK: - Waiting

    /// The fence value a queue on `device` waits for so that it runs after this event; nil when
    /// nothing needs waiting for (done, or on `queue` itself, which runs in order).
    func dependency(for waiter: QueueObject) throws(CLError) -> FenceValue? {
        if isUserEvent { return try userFence(on: try waiter.device.device()) }
        guard let queue, queue !== waiter, executionStatus > CL_COMPLETE else { return nil }
        if !isSubmitted { try queue.flush() }
        guard let completion = submittedBatch?.completion else { return nil }
        if queue.device === waiter.device { return completion }
        // Queues of different devices share no fences: the host thread waits here instead.
        try? wait()
        return nil
    }

    /// Blocks until the event is complete or failed; throws CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST
    /// for a failed one.
    func wait() throws(CLError) {
        if let queue, !isSubmitted { try queue.flush() }
        if isUserEvent {
            if let fence = try userFence(on: try context.devices[0].device()) { try? fence.wait(timeout: .seconds(Int64.max)) }
        } else if let batch = submittedBatch {
            try? batch.waitUntilCompleted(timeout: .seconds(Int64.max))
            finished()
        }
        guard executionStatus >= CL_COMPLETE else { throw CLError(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST) }
    }

    /// A user event's fence on `device` (made on first use, signalled when the status is set),
    /// nil once the status is set.
    private func userFence(on device: Device) throws(CLError) -> FenceValue? {
        try state.withLock { state throws(CLError) in
            if state.status != CL_SUBMITTED { return nil }
            if let fence = state.fences[ObjectIdentifier(device)] { return FenceValue(fence: fence, value: 1) }
            let fence = try conduit(CL_OUT_OF_RESOURCES) { () throws(ConduitError) in try device.makeFence(label: "user event") }
            state.fences[ObjectIdentifier(device)] = fence
            return FenceValue(fence: fence, value: 1)
        }
    }

    // MARK: - Info

    func info(_ parameter: UInt32) -> InfoValue? {
        switch Int32(parameter) {
        case CL_EVENT_COMMAND_QUEUE: InfoValue(queue.map { UInt(bitPattern: $0.handle) } ?? 0)
        case CL_EVENT_CONTEXT: InfoValue(context.opaque)
        case CL_EVENT_COMMAND_TYPE: InfoValue(commandType)
        case CL_EVENT_COMMAND_EXECUTION_STATUS: InfoValue(executionStatus)
        case CL_EVENT_REFERENCE_COUNT: InfoValue(referenceCount)
        default: nil
        }
    }

    func profilingInfo(_ parameter: UInt32) throws(CLError) -> InfoValue? {
        guard let queue, queue.profiling else { throw CLError(CL_PROFILING_INFO_NOT_AVAILABLE) }
        guard executionStatus == CL_COMPLETE else { throw CLError(CL_PROFILING_INFO_NOT_AVAILABLE) }
        let times = state.withLock { state in
            if state.times[3] == 0 { state.times[3] = Self.now() }
            return state.times
        }
        switch Int32(parameter) {
        case CL_PROFILING_COMMAND_QUEUED: return InfoValue(cl_ulong(times[0]))
        case CL_PROFILING_COMMAND_SUBMIT: return InfoValue(cl_ulong(times[1]))
        case CL_PROFILING_COMMAND_START: return InfoValue(cl_ulong(times[2]))
        case CL_PROFILING_COMMAND_END, CL_PROFILING_COMMAND_COMPLETE: return InfoValue(cl_ulong(times[3]))
        default: return nil
        }
    }
}
