import Conduit
import Testing

@Suite struct BufferTests {
    /// The embedded host shares buffers as a daemon does: the client's writes through the mapping
    /// are what a kernel reads, and its results are there to read back in place.
    @Test func embeddedBuffersShareTheirContents() throws {
        let (_, device) = try makeCPUDevice()
        let buffer = try device.makeBuffer(length: 64, label: "shared")
        #expect(buffer.sharesContents)
        try buffer.withUnsafeMutableContents { $0.withMemoryRebound(to: Float.self) { for i in $0.indices { $0[i] = Float(i) } } }
        try buffer.didModifyContents(in: 0..<64)
        let kernel = try device.makeLibrary(source: "__kernel void k(__global float *a) { a[get_global_id(0)] += 1.0f; }").makeKernel(named: "k")
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [16])
        try device.queue.submit(commands).wait(timeout: .seconds(30))
        try buffer.synchronizeContents()
        let values = try buffer.withUnsafeMutableContents { $0.withMemoryRebound(to: Float.self) { Array($0) } }
        #expect(values == (0..<16).map { Float($0 + 1) })
        #expect(try buffer.read(as: Float.self, byteOffset: 4, count: 2) == [2, 3])
    }

    @Test func arraysRoundTrip() throws {
        let (_, device) = try makeCPUDevice()
        let values: [Int32] = Array(-500..<500)
        let buffer = try device.makeBuffer(array: values, label: "ints")
        #expect(buffer.length == 4000)
        #expect(try buffer.read(as: Int32.self) == values)
        #expect(try buffer.read(as: Int32.self, byteOffset: 8, count: 3) == [-498, -497, -496])
    }

    @Test func writesLandAtTheirOffset() throws {
        let (_, device) = try makeCPUDevice()
        let buffer = try device.makeBuffer(length: 16)
        #expect(try buffer.read(as: UInt8.self) == [UInt8](repeating: 0, count: 16), "new buffers are zero-filled")
        try buffer.write([UInt16(0xBEEF)], byteOffset: 6)
        #expect(try buffer.read(as: UInt8.self, byteOffset: 5, count: 4) == [0, 0xEF, 0xBE, 0])
    }

    @Test func copyAndFillRunInOrder() throws {
        let (_, device) = try makeCPUDevice()
        let source = try device.makeBuffer(array: [Float](repeating: 1.5, count: 100))
        let target = try device.makeBuffer(length: 400)
        let commands = device.queue.makeCommandBuffer()
        try commands.fill(target, with: Float(-2))
        try commands.copy(from: source, sourceOffset: 40, to: target, destinationOffset: 0, size: 80)
        try commands.fill(target, with: UInt32(0), byteOffset: 392, length: 8)
        try device.queue.submit(commands).wait(timeout: .seconds(10))
        let result = try target.read(as: Float.self)
        #expect(result[0..<20].allSatisfy { $0 == 1.5 })
        #expect(result[20..<98].allSatisfy { $0 == -2 })
        #expect(result[98...].allSatisfy { $0 == 0 })
    }

    @Test func largeTransfersTakeTheQueueThread() throws {
        let (_, device) = try makeCPUDevice()
        let values = sampleValues(1 << 20, seed: 9)
        let buffer = try device.makeBuffer(array: values)
        let copy = try device.makeBuffer(length: buffer.length)
        let commands = device.queue.makeCommandBuffer()
        try commands.copy(from: buffer, to: copy)
        try device.queue.submit(commands)
        #expect(try copy.read(as: Float.self) == values, "a read is ordered after earlier submissions")
    }

    @Test func badSizesAndRangesAreNamed() throws {
        let (_, device) = try makeCPUDevice()
        #expect(throws: ConduitError(.invalidArgument, "buffer length must be positive, got -5")) { try device.makeBuffer(length: -5) }
        #expect(throws: ConduitError(.invalidArgument, "cannot make a buffer from an empty array")) { try device.makeBuffer(array: [Float]()) }
        let huge = try #require(throws: ConduitError.self) { try device.makeBuffer(length: Int.max) }
        #expect(huge.message.contains("exceeds the adapter's maximum"))
        let buffer = try device.makeBuffer(length: 16, label: "small")
        let read = try #require(throws: ConduitError.self) { try buffer.read(as: Float.self, byteOffset: 8, count: 3) }
        #expect(read.code == .outOfRange && read.message.contains("buffer 'small'"))
        let write = try #require(throws: ConduitError.self) { try buffer.write([UInt64](repeating: 0, count: 3)) }
        #expect(write.code == .outOfRange)
        let commands = device.queue.makeCommandBuffer()
        let fill = try #require(throws: ConduitError.self) { try commands.fill(buffer, with: UInt32(1), length: 6) }
        #expect(fill.message == "fill length 6 is not a multiple of the 4-byte pattern")
        let copy = try #require(throws: ConduitError.self) { try commands.copy(from: buffer, sourceOffset: 10, to: buffer, size: 8) }
        #expect(copy.code == .outOfRange)
    }

    @Test func releasedBuffersCannotBeUsed() throws {
        let (_, device) = try makeCPUDevice()
        let buffer = try device.makeBuffer(length: 16, label: "gone")
        buffer.release()
        buffer.release()
        #expect(throws: ConduitError(.invalidObject, "buffer 'gone' was released")) { try buffer.read(as: UInt8.self) }
        let commands = device.queue.makeCommandBuffer()
        #expect(throws: ConduitError(.invalidObject, "buffer 'gone' was released")) { try commands.fill(buffer, with: UInt8(1)) }
    }

    @Test func aBufferReleasedAfterRecordingIsCaughtAtSubmit() throws {
        let (_, device) = try makeCPUDevice()
        let buffer = try device.makeBuffer(length: 16, label: "late")
        let commands = device.queue.makeCommandBuffer()
        try commands.fill(buffer, with: UInt8(1))
        buffer.release()
        #expect(throws: ConduitError(.invalidObject, "buffer 'late' was released")) { try device.queue.submit(commands) }
    }

    @Test func buffersOfAnotherDeviceAreRejected() throws {
        let (instance, first) = try makeCPUDevice(label: "first")
        let second = try instance.adapters(matching: .backend(.cpu))[0].makeDevice(label: "second")
        let foreign = try second.makeBuffer(length: 64, label: "foreign")
        let local = try first.makeBuffer(length: 64)
        let commands = first.queue.makeCommandBuffer()
        let error = try #require(throws: ConduitError.self) { try commands.copy(from: foreign, to: local) }
        #expect(error.code == .invalidObject)
        #expect(error.message == "buffer 'foreign' belongs to device 'second', not device 'first'")
    }
}
