import Conduit
import Foundation
import Synchronization
import Testing

/// Objects made and released from several threads at once. Found by the OpenCL CTS
/// (compiler/unload_build_threaded): a released id was recycled before its release reached the
/// host, another thread's create with the reused id arrived first, and the host dropped the client.
@Suite struct ConcurrentObjectsTests {
    @Test func buffersMadeAndReleasedOnFourThreadsKeepTheDevice() throws {
        let (_, device) = try makeCPUDevice()
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for round in 0..<1500 {
                do {
                    let buffer = try device.makeBuffer(array: [Int32(thread), Int32(round)])
                    if round % 100 == 0, try buffer.read(as: Int32.self) != [Int32(thread), Int32(round)] { failures.withLock { $0 += 1 } }
                } catch {
                    failures.withLock { $0 += 1 }
                }
            }
        }
        #expect(failures.withLock { $0 } == 0)
        let buffer = try device.makeBuffer(array: [Int32(7)])
        #expect(try buffer.read(as: Int32.self) == [7])
    }
}
