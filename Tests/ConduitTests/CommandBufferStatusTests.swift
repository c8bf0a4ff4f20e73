import Conduit
import Synchronization
import Testing

/// A command buffer's status, error and completion handlers (Metal's), on a good and a faulting
/// dispatch.
@Suite struct CommandBufferStatusTests {
    @Test func statusErrorAndHandlersFollowTheWork() async throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void fine(__global float *a) { a[get_global_id(0)] = 1.0f; }
                __kernel void overrun(__global float *a) { a[get_global_id(0) + 100] = 1.0f; }
                """)
        let buffer = try device.makeBuffer(length: 64)
        let outcomes = Mutex<[String: Bool]>([:])
        let (called, calls) = AsyncStream.makeStream(of: Void.self)
        for name in ["fine", "overrun"] {
            let commands = device.queue.makeCommandBuffer()
            #expect(commands.status == .notEnqueued && commands.error == nil)
            try commands.dispatch(try library.makeKernel(named: name), arguments: [.buffer(buffer)], globalSize: [16])
            commands.addCompletedHandler { result in
                outcomes.withLock { $0[name + " before"] = (try? result.get()) != nil }; calls.yield()
            }
            let done = try device.queue.submit(commands)
            #expect(commands.status != .notEnqueued)
            try? await done.wait()
            #expect(commands.status == (name == "fine" ? .completed : .error))
            #expect(name == "fine" ? commands.error == nil : commands.error?.code == .kernelFault, "\(String(describing: commands.error))")
            // Added after the end: called at once.
            commands.addCompletedHandler { result in
                outcomes.withLock { $0[name + " after"] = (try? result.get()) != nil }; calls.yield()
            }
        }
        // Handlers added before submission run on a Conduit thread when the work finishes.
        var count = 0
        for await _ in called { count += 1; if count == 4 { break } }
        #expect(outcomes.withLock { $0 } == ["fine before": true, "fine after": true, "overrun before": false, "overrun after": false])
    }
}
