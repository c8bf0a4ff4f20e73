import COpenCL
import Dispatch

/// Waits for a launch the way CUDA's default schedule does when a core is free: poll the launch
/// event for a short while, then block in `clFinish`. A small kernel finishes before a blocked
/// thread could even be woken (on these VMs a wake-up costs 10–20 µs of a 40–60 µs dispatch), so
/// it is seen at once; a long one costs at most the spin, once.
///
/// The spin is long (100 µs) only while launches keep finishing within it; after a launch that
/// took longer, the next one spins briefly, so a stream of long kernels does not keep a core busy.
struct CompletionWait {
    static let spinNanoseconds: UInt64 = 100_000
    static let briefSpinNanoseconds: UInt64 = 5_000
    /// How long the last launch took from `wait` to its completion.
    private var lastLatency: UInt64 = 0

    /// Returns once the launch has run; its execution status (`CL_COMPLETE`, or a negative error).
    mutating func wait(for launch: cl_event, on queue: cl_command_queue) throws(CL.Error) -> cl_int {
        try CL.check(clFlush(queue), "clFlush")
        let start = DispatchTime.now().uptimeNanoseconds
        let budget = lastLatency <= Self.spinNanoseconds ? Self.spinNanoseconds : Self.briefSpinNanoseconds
        var status: cl_int
        repeat {
            status = try Self.status(of: launch)
        } while status > CL_COMPLETE && DispatchTime.now().uptimeNanoseconds &- start < budget
        // Also the synchronisation point after which the kernel's SVM writes are visible here.
        try CL.check(clFinish(queue), "clFinish (after the kernel)")
        if status > CL_COMPLETE { status = try Self.status(of: launch) }
        lastLatency = DispatchTime.now().uptimeNanoseconds &- start
        return status
    }

    /// CL_EVENT_COMMAND_EXECUTION_STATUS: queued, submitted, running, complete, or an error (< 0).
    private static func status(of launch: cl_event) throws(CL.Error) -> cl_int {
        var status: cl_int = 0
        try CL.check(
            clGetEventInfo(launch, cl_event_info(CL_EVENT_COMMAND_EXECUTION_STATUS), MemoryLayout<cl_int>.size, &status, nil),
            "clGetEventInfo")
        return status
    }
}
