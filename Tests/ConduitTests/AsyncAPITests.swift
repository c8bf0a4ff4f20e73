import Conduit
import Testing

/// The async forms: connect, enumerate, submit, wait and read without blocking a thread of the
/// cooperative pool, on the embedded host and through a daemon.
@Suite struct AsyncAPITests {
    static let source = "__kernel void square(__global float *x) { size_t i = get_global_id(0); x[i] = x[i] * x[i]; }"

    @Test func connectEnumerateDispatchAndReadWithoutBlocking() async throws {
        let instance = try await Instance.connect()
        let adapters = try await instance.adapters(matching: .backend(.cpu))
        let device = try #require(adapters.first).makeDevice()
        let kernel = try device.makeLibrary(source: Self.source).makeKernel(named: "square")
        // Many reads in flight at once from a pool of two threads: none of them parks one.
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for n in 0..<32 {
                group.addTask {
                    let buffer = try device.makeBuffer(array: (0..<64).map { Float($0 + n) })
                    let commands = device.queue.makeCommandBuffer()
                    try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [64], localSize: [16])
                    try await device.queue.submit(commands).wait()
                    let squares: [Float] = try await buffer.read(as: Float.self)
                    return squares == (0..<64).map { Float(($0 + n) * ($0 + n)) }
                }
            }
            for try await correct in group { #expect(correct) }
        }
        let partial: [Float] = try await device.makeBuffer(array: [Float](repeating: 2, count: 8)).read(byteOffset: 8, count: 2)
        #expect(partial == [2, 2])
        try await device.queue.waitUntilIdle()
        let kept = try device.makeBuffer(length: 4096)
        try await kept.synchronizeContents()
        #expect(try kept.withUnsafeMutableContents { $0.allSatisfy { $0 == 0 } })
        let report = try await instance.hostReport()  // ordered after the buffer's creation
        #expect(report.clients.contains { $0.bufferBytes >= UInt64(kept.length) })
    }

    @Test func asyncReadsCheckTheirRangeAsTheBlockingOnesDo() async throws {
        let instance = try await Instance.connect()
        let device = try #require(try await instance.adapters().first).makeDevice()
        let buffer = try device.makeBuffer(length: 16)
        let error = await #expect(throws: ConduitError.self) { let _: [Float] = try await buffer.read(byteOffset: 8, count: 4) }
        #expect(error?.code == .outOfRange)
    }

    /// A task cancelled before it reads sends nothing and ends with `.cancelled`, even where
    /// the reply would come at once (an idle queue on the embedded host answers inline).
    @Test func aReadStartedInACancelledTaskEndsCancelled() async throws {
        let (_, device) = try makeCPUDevice()
        let buffer = try device.makeBuffer(array: [UInt32](repeating: 7, count: 4))
        let reader = Task { () -> [UInt32] in
            while !Task.isCancelled { await Task.yield() }
            return try await buffer.read(as: UInt32.self)
        }
        reader.cancel()
        #expect(await reader.result.conduitError?.code == .cancelled)
        #expect(try await buffer.read(as: UInt32.self) == [7, 7, 7, 7])
    }

    /// A read queued behind a long kernel ends with `.cancelled` when its task is cancelled; the
    /// kernel and the queue go on, and a later read sees the result.
    @Test func cancellingTheTaskEndsAWaitingRead() async throws {
        let (_, device) = try makeCPUDevice()
        let flag = try device.makeBuffer(array: [UInt32](repeating: 0, count: 4)), out = try device.makeBuffer(length: 4)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try device.makeLibrary(source: InlineExecutionTests.spinner).makeKernel(named: "spin"),
            arguments: [.buffer(flag), .buffer(out)], globalSize: [1])
        let spinning = try device.queue.submit(commands)
        let reader = Task { () -> [UInt32] in try await out.read(as: UInt32.self) }
        reader.cancel()
        let error = await reader.result.conduitError
        #expect(error?.code == .cancelled, "\(String(describing: error))")
        #expect(!spinning.isCompleted, "the read gave up while the kernel before it still ran")
        try flag.withUnsafeMutableContents { $0.storeBytes(of: UInt32(1), as: UInt32.self) }
        try await spinning.wait()
        #expect(try await out.read(as: UInt32.self)[0] < 50_000_000)
    }
}
