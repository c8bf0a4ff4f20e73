import COpenCL
import Conduit

/// A `cl_command_queue`: a Conduit queue on one device, and the command buffer being recorded.
///
/// Kernels, copies, fills and markers go into an open command buffer (a batch) that is submitted
/// when the application flushes, finishes, waits on one of its events, or when it grows past
/// `batchLimit`: a burst of launches is one submission, as drivers batch them. Transfers to and
/// from host memory and maps run on the calling thread once the queue's earlier work is done.
/// Every queue runs in order (an out-of-order queue is accepted; in-order execution is one of
/// its valid schedules).
final class QueueObject: ICDObject, @unchecked Sendable {
    let context: ContextObject
    let device: DeviceObject
    let properties: cl_command_queue_properties
    let queue: Queue
    /// The property list given to clCreateCommandQueueWithProperties (CL_QUEUE_PROPERTIES_ARRAY).
    let propertyList: [cl_queue_properties]
    static let batchLimit = 256

    private struct Batch {
        var buffer: CommandBuffer?
        var events: [EventObject] = []
        var commands = 0
    }
    private let batch = Locked(Batch())

    init(context: ContextObject, device: DeviceObject, properties: cl_command_queue_properties, list: [cl_queue_properties])
        throws(CLError)
    {
        self.context = context
        self.device = device
        self.properties = properties
        propertyList = list
        let conduitDevice = try device.device()
        queue = try conduit(CL_OUT_OF_RESOURCES) { () throws(ConduitError) in try conduitDevice.makeQueue(label: "OpenCL queue") }
        super.init(kind: .queue)
        context.retain()
    }

    override func destroy() {
        try? flush()
        context.release()
    }

    var profiling: Bool { properties & cl_command_queue_properties(CL_QUEUE_PROFILING_ENABLE) != 0 }

    /// Records one command in the open batch, after the waits its wait list needs.
    /// - Returns: its event when `wantsEvent` (retained once for the application).
    @discardableResult
    func record(
        _ type: Int32, waitingFor waitList: [EventObject], wantsEvent: Bool,
        _ body: (CommandBuffer) throws(ConduitError) -> Void = { _ in }
    ) throws(CLError) -> EventObject? {
        var dependencies: [FenceValue] = []
        for event in waitList {
            if let dependency = try event.dependency(for: self) { dependencies.append(dependency) }
        }
        let event = wantsEvent ? EventObject(queue: self, type: cl_command_type(type)) : nil
        let full = try batch.withLock { batch throws(CLError) in
            let buffer = batch.buffer ?? queue.makeCommandBuffer(label: "OpenCL batch")
            batch.buffer = buffer
            try conduit(CL_INVALID_VALUE) { () throws(ConduitError) in
                for dependency in dependencies { try buffer.wait(for: dependency.fence, value: dependency.value) }
                try body(buffer)
            }
            if let event {
                event.retain()  // the batch's reference, dropped when it finishes
                batch.events.append(event)
            }
            batch.commands += 1
            return batch.commands >= Self.batchLimit
        }
        if full { try flush() }
        return event
    }

    /// Submits the open batch, if any.
    func flush() throws(CLError) {
        try batch.withLock { batch throws(CLError) in
            guard let buffer = batch.buffer else { return }
            let events = batch.events
            batch = Batch()
            // Submitted under the lock: batches of one queue reach the host in order.
            _ = try conduit(CL_OUT_OF_RESOURCES) { () throws(ConduitError) in try queue.submit(buffer) }
            guard !events.isEmpty else { return }
            let now = EventObject.now()
            for event in events { event.submitted(in: buffer, at: now) }
            buffer.addCompletedHandler { _ in
                for event in events {
                    event.finished()
                    event.release()
                }
            }
        }
    }

    /// Flushes and blocks until everything enqueued so far has run. A failed command reports
    /// through its event; only a lost device is an error here.
    func finish() throws(CLError) {
        try flush()
        do {
            try queue.waitUntilIdle(timeout: .seconds(Int64.max))
        } catch  where error.code == .deviceLost {
            throw CLError(CL_OUT_OF_RESOURCES)
        } catch {}
    }

    /// Runs `body` on the calling thread once the wait list's events and the queue's earlier
    /// work are done (transfers to and from host memory, maps).
    /// - Returns: its event, already complete, when `wantsEvent`.
    func runOnHost(
        _ type: Int32, waitingFor waitList: [EventObject], wantsEvent: Bool, _ body: () throws(CLError) -> Void
    ) throws(CLError) -> EventObject? {
        for event in waitList { try event.wait() }
        try finish()
        let started = EventObject.now()
        try body()
        guard wantsEvent else { return nil }
        let event = EventObject(queue: self, type: cl_command_type(type))
        event.complete(with: CL_COMPLETE, started: started)
        return event
    }

    func info(_ parameter: UInt32) -> InfoValue? {
        switch Int32(parameter) {
        case CL_QUEUE_CONTEXT: InfoValue(context.opaque)
        case CL_QUEUE_DEVICE: InfoValue(device.opaque)
        case CL_QUEUE_REFERENCE_COUNT: InfoValue(referenceCount)
        case CL_QUEUE_PROPERTIES: InfoValue(properties)
        case CL_QUEUE_PROPERTIES_ARRAY: InfoValue(array: propertyList)
        case CL_QUEUE_DEVICE_DEFAULT: InfoValue(UInt(0))
        default: nil
        }
    }
}
