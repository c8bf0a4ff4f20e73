import COpenCL
import Conduit

private func makeQueue(
    _ context: cl_context?, _ device: cl_device_id?, _ properties: cl_command_queue_properties, list: [cl_queue_properties]
) throws(CLError) -> OpaquePointer {
    let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
    let device = try DeviceObject.from(device, or: CL_INVALID_DEVICE)
    guard context.contains(device) else { throw CLError(CL_INVALID_DEVICE) }
    let known = cl_command_queue_properties(CL_QUEUE_OUT_OF_ORDER_EXEC_MODE_ENABLE | CL_QUEUE_PROFILING_ENABLE)
    guard properties & ~known == 0 else { throw CLError(CL_INVALID_VALUE) }
    return try QueueObject(context: context, device: device, properties: properties, list: list).opaque
}

@_cdecl("conduit_clCreateCommandQueue")
func icdCreateCommandQueue(
    _ context: cl_context?, _ device: cl_device_id?, _ properties: cl_command_queue_properties,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_command_queue? {
    creating(errcode) { () throws(CLError) in try makeQueue(context, device, properties, list: []) }
}

@_cdecl("conduit_clCreateCommandQueueWithProperties")
func icdCreateCommandQueueWithProperties(
    _ context: cl_context?, _ device: cl_device_id?, _ list: UnsafePointer<cl_queue_properties>?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_command_queue? {
    creating(errcode) { () throws(CLError) in
        var properties: cl_command_queue_properties = 0
        var copied: [cl_queue_properties] = []
        if let list {
            var index = 0
            while list[index] != 0 {
                switch Int32(truncatingIfNeeded: list[index]) {
                case CL_QUEUE_PROPERTIES: properties = list[index + 1]
                default: throw CLError(CL_INVALID_VALUE)  // CL_QUEUE_SIZE and the like are for device queues
                }
                copied += [list[index], list[index + 1]]
                index += 2
            }
            copied.append(0)
        }
        return try makeQueue(context, device, properties, list: copied)
    }
}

@_cdecl("conduit_clRetainCommandQueue")
func icdRetainCommandQueue(_ queue: cl_command_queue?) -> cl_int {
    status { () throws(CLError) in try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE).retain() }
}

@_cdecl("conduit_clReleaseCommandQueue")
func icdReleaseCommandQueue(_ queue: cl_command_queue?) -> cl_int {
    status { () throws(CLError) in
        let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
        try queue.flush()  // releasing a queue flushes it
        queue.release()
    }
}

@_cdecl("conduit_clGetCommandQueueInfo")
func icdGetCommandQueueInfo(
    _ queue: cl_command_queue?, _ name: cl_command_queue_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
        // The size of a device queue: a host queue has none.
        if name == CL_QUEUE_SIZE { throw CLError(CL_INVALID_COMMAND_QUEUE) }
        try info(name, size, value, sizeReturned) { queue.info($0) }
    }
}

@_cdecl("conduit_clFlush")
func icdFlush(_ queue: cl_command_queue?) -> cl_int {
    status { () throws(CLError) in try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE).flush() }
}

@_cdecl("conduit_clFinish")
func icdFinish(_ queue: cl_command_queue?) -> cl_int {
    status { () throws(CLError) in try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE).finish() }
}

// MARK: - Enqueue helpers

/// The events of a wait list, checked as every clEnqueue* checks them: a count without a list
/// (or the reverse) is CL_INVALID_EVENT_WAIT_LIST, as is an event of another context.
func waitList(_ count: cl_uint, _ list: UnsafePointer<cl_event?>?, context: ContextObject) throws(CLError) -> [EventObject] {
    guard (count == 0) == (list == nil) else { throw CLError(CL_INVALID_EVENT_WAIT_LIST) }
    guard let list else { return [] }
    var events: [EventObject] = []
    for index in 0..<Int(count) {
        let event = try EventObject.from(list[index], or: CL_INVALID_EVENT_WAIT_LIST)
        guard event.context === context else { throw CLError(CL_INVALID_CONTEXT) }
        events.append(event)
    }
    return events
}

/// Hands an enqueued command's event to the application, when it asked for one.
func deliver(_ event: EventObject?, to pointer: UnsafeMutablePointer<cl_event?>?) {
    if let event { pointer?.pointee = event.opaque }
}

/// A marker or barrier: a command with nothing to run that completes after its wait list and,
/// since every queue runs in order, after everything enqueued before it.
private func enqueueOrdering(
    _ type: Int32, _ queue: cl_command_queue?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?,
    _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
        let waits = try waitList(count, list, context: queue.context)
        deliver(try queue.record(type, waitingFor: waits, wantsEvent: event != nil), to: event)
    }
}

@_cdecl("conduit_clEnqueueMarkerWithWaitList")
func icdEnqueueMarkerWithWaitList(
    _ queue: cl_command_queue?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    enqueueOrdering(CL_COMMAND_MARKER, queue, count, list, event)
}

@_cdecl("conduit_clEnqueueBarrierWithWaitList")
func icdEnqueueBarrierWithWaitList(
    _ queue: cl_command_queue?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    enqueueOrdering(CL_COMMAND_BARRIER, queue, count, list, event)
}

@_cdecl("conduit_clEnqueueMarker")
func icdEnqueueMarker(_ queue: cl_command_queue?, _ event: UnsafeMutablePointer<cl_event?>?) -> cl_int {
    guard event != nil else { return CL_INVALID_VALUE }
    return icdEnqueueMarkerWithWaitList(queue, 0, nil, event)
}

@_cdecl("conduit_clEnqueueBarrier")
func icdEnqueueBarrier(_ queue: cl_command_queue?) -> cl_int {
    icdEnqueueBarrierWithWaitList(queue, 0, nil, nil)
}

@_cdecl("conduit_clEnqueueWaitForEvents")
func icdEnqueueWaitForEvents(_ queue: cl_command_queue?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?) -> cl_int {
    guard count > 0, list != nil else { return CL_INVALID_VALUE }
    return icdEnqueueBarrierWithWaitList(queue, count, list, nil)
}
