import COpenCL
import Conduit

@_cdecl("conduit_clWaitForEvents")
func icdWaitForEvents(_ count: cl_uint, _ list: UnsafePointer<cl_event?>?) -> cl_int {
    status { () throws(CLError) in
        guard count > 0, let list else { throw CLError(CL_INVALID_VALUE) }
        var events: [EventObject] = []
        for index in 0..<Int(count) { events.append(try EventObject.from(list[index], or: CL_INVALID_EVENT)) }
        guard events.allSatisfy({ $0.context === events[0].context }) else { throw CLError(CL_INVALID_CONTEXT) }
        // Flush every queue first, so no event waits on a batch that is still open.
        for event in events where !event.isSubmitted { try event.queue?.flush() }
        var failed = false
        for event in events {
            do { try event.wait() } catch { failed = true }
        }
        if failed { throw CLError(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST) }
    }
}

@_cdecl("conduit_clGetEventInfo")
func icdGetEventInfo(
    _ event: cl_event?, _ name: cl_event_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let event = try EventObject.from(event, or: CL_INVALID_EVENT)
        // Someone asking about a queued command expects it to make progress: flush its queue.
        if name == CL_EVENT_COMMAND_EXECUTION_STATUS, !event.isSubmitted { try event.queue?.flush() }
        try info(name, size, value, sizeReturned) { event.info($0) }
    }
}

@_cdecl("conduit_clGetEventProfilingInfo")
func icdGetEventProfilingInfo(
    _ event: cl_event?, _ name: cl_profiling_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let event = try EventObject.from(event, or: CL_INVALID_EVENT)
        try info(name, size, value, sizeReturned) { parameter throws(CLError) in try event.profilingInfo(parameter) }
    }
}

@_cdecl("conduit_clRetainEvent")
func icdRetainEvent(_ event: cl_event?) -> cl_int {
    status { () throws(CLError) in try EventObject.from(event, or: CL_INVALID_EVENT).retain() }
}

@_cdecl("conduit_clReleaseEvent")
func icdReleaseEvent(_ event: cl_event?) -> cl_int {
    status { () throws(CLError) in try EventObject.from(event, or: CL_INVALID_EVENT).release() }
}

@_cdecl("conduit_clSetEventCallback")
func icdSetEventCallback(
    _ event: cl_event?, _ trigger: cl_int, _ callback: EventObject.Callback?, _ userData: UnsafeMutableRawPointer?
) -> cl_int {
    status { () throws(CLError) in
        let event = try EventObject.from(event, or: CL_INVALID_EVENT)
        guard let callback, [CL_COMPLETE, CL_RUNNING, CL_SUBMITTED].contains(trigger) else { throw CLError(CL_INVALID_VALUE) }
        event.addCallback(trigger, callback, userData)
    }
}

@_cdecl("conduit_clCreateUserEvent")
func icdCreateUserEvent(_ context: cl_context?, _ errcode: UnsafeMutablePointer<cl_int>?) -> cl_event? {
    creating(errcode) { () throws(CLError) in
        EventObject(userEventIn: try ContextObject.from(context, or: CL_INVALID_CONTEXT)).opaque
    }
}

@_cdecl("conduit_clSetUserEventStatus")
func icdSetUserEventStatus(_ event: cl_event?, _ executionStatus: cl_int) -> cl_int {
    status { () throws(CLError) in
        let event = try EventObject.from(event, or: CL_INVALID_EVENT)
        guard event.isUserEvent else { throw CLError(CL_INVALID_EVENT) }
        guard executionStatus <= CL_COMPLETE else { throw CLError(CL_INVALID_VALUE) }
        guard event.executionStatus == CL_SUBMITTED else { throw CLError(CL_INVALID_OPERATION) }
        event.complete(with: executionStatus)
    }
}
