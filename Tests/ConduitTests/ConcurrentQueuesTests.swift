import Conduit
import Foundation
import Synchronization
import Testing

/// Threads that each make a queue, a buffer and a library, run a kernel and read its result, over
/// and over. Found by the OpenCL CTS (compiler/unload_build_threaded) through the ICD: one read in
/// a few hundred returned 0, and 42 a moment later. Two threads making buffers at once could swap
/// their shared regions in the embedded host (each region was handed over apart from its create
/// frame), so each kernel wrote into the other thread's buffer.
@Suite struct ConcurrentQueuesTests {
    @Test func everyReadSeesItsKernelsWrite() throws {
        let (_, device) = try makeCPUDevice()
        let bytecode = try device.makeLibrary(source: "__kernel void k(__global uint *p) { *p = 42; }").bytecode
        let failures = Mutex(0), runs = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<2000 {
                do {
                    let queue = try device.makeQueue()
                    let buffer = try device.makeBuffer(length: 4)
                    let kernel = try device.makeLibrary(bytecode: bytecode).makeKernel(named: "k")
                    let commands = queue.makeCommandBuffer()
                    try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [1])
                    try queue.submit(commands)
                    try queue.waitUntilIdle(timeout: .seconds(60))
                    if try buffer.read(as: UInt32.self) != [42] { failures.withLock { $0 += 1 } }
                } catch {
                    failures.withLock { $0 += 1 }
                }
                runs.withLock { $0 += 1 }
            }
        }
        #expect(failures.withLock { $0 } == 0, "of \(runs.withLock { $0 }) runs")
    }
}
