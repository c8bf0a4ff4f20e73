import Conduit
import Testing

/// What runs on the submitting thread: only work whose cost is bounded and small. A kernel with a
/// loop (its trip count is data) is queued however few its work-items, and runs outside the
/// session's lock, so it delays neither `submit`, nor the session's other queues, nor the host's
/// report.
@Suite struct InlineExecutionTests {
    static let spinner = """
        __kernel void spin(__global volatile uint *flag, __global uint *out) {
            uint n = 0u;
            while (flag[0] == 0u && n < 50000000u) n++;   // bounded: a regression fails instead of hanging
            out[0] = n;
        }
        """

    @Test func aLongKernelDelaysNeitherSubmitNorOtherQueuesNorTheReport() throws {
        let (instance, device) = try makeCPUDevice()
        let flag = try device.makeBuffer(array: [UInt32](repeating: 0, count: 4))
        let out = try device.makeBuffer(length: 4)
        let spin = try device.makeLibrary(source: Self.spinner).makeKernel(named: "spin")
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(spin, arguments: [.buffer(flag), .buffer(out)], globalSize: [1])
        let spinning = try device.queue.submit(commands)  // one work-item, but a loop: queued, not run here

        let other = try device.makeQueue(label: "other")
        let buffer = try device.makeBuffer(length: 64)
        let fill = other.makeCommandBuffer()
        try fill.fill(buffer, with: UInt8(7))
        try other.submit(fill).wait(timeout: .seconds(30))
        let report = try instance.hostReport()
        #expect(report.clients.contains { $0.queues >= 2 })
        #expect(!spinning.isCompleted, "the kernel still spins while the rest of the session is served")

        // Released through the shared mapping: the kernel reads the flag on every iteration.
        try flag.withUnsafeMutableContents { $0.storeBytes(of: UInt32(1), as: UInt32.self) }
        try spinning.wait(timeout: .seconds(120))
        #expect(try out.read(as: UInt32.self)[0] < 50_000_000, "it stopped because of the flag, not its bound")
        #expect(try buffer.read(as: UInt8.self) == [UInt8](repeating: 7, count: 64))
    }

    /// Each queue is a host thread: a client is refused past its limit at the call, and a queue it
    /// lets go makes room again.
    @Test func queuesPerClientAreLimited() throws {
        let (_, device) = try makeCPUDevice()
        var queues: [Queue] = []
        for _ in 1..<64 { queues.append(try device.makeQueue()) }  // with the default queue: 64
        let error = try #require(throws: ConduitError.self) { try device.makeQueue() }
        #expect(error.code == .limitExceeded && error.message.contains("at most 64 queues"))
        queues.removeLast()
        let again = try device.makeQueue(label: "again")
        let commands = again.makeCommandBuffer()
        try commands.fill(try device.makeBuffer(length: 16), with: UInt8(1))
        try again.submit(commands).wait(timeout: .seconds(30))
    }
}
