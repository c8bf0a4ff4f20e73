import Testing
@testable import ConduitWire

@Suite struct MessageRoundTripTests {
    static let a = ObjectID(index: 1, generation: 1)
    static let b = ObjectID(index: 2, generation: 7)
    static let c = ObjectID(index: 3, generation: UInt32.max)

    static let gemm = GEMMCommand(
        transposeA: .transpose, transposeB: .none, m: 3, n: 4, k: 5, alpha: 1.5, beta: -0.25,
        a: a, aOffset: 16, lda: 3, b: b, bOffset: 0, ldb: 4, c: c, cOffset: 8, ldc: 4)

    static let clientMessages: [ClientMessage] = [
        .hello(Hello(name: "tests")),
        .queryAdapters(request: 9),
        .createDevice(id: a, adapterIndex: 0),
        .createQueue(id: b, device: a, fence: c),
        .createBuffer(id: c, device: a, length: 1 << 40),
        .createFence(id: b, device: a, initialValue: 42),
        .release(id: c),
        .writeBuffer(queue: b, buffer: c, offset: 12, data: [1, 2, 3, 255]),
        .writeBuffer(queue: b, buffer: c, offset: 0, data: []),
        .readBuffer(request: 7, queue: b, buffer: c, offset: 4, length: 400),
        .submit(
            queue: b, value: 3,
            commands: [
                .gemm(gemm),
                .copy(source: a, sourceOffset: 1, destination: c, destinationOffset: 2, length: 3),
                .fill(buffer: c, offset: 8, length: 64, pattern: [0xAB, 0xCD]),
                .signal(fence: b, value: .max),
                .wait(fence: c, value: 12)
            ]),
        .submit(queue: b, value: 4, commands: []),
        .signalFence(fence: b, value: 10),
        .goodbye,
        .createSharedBuffer(id: c, device: a, length: 4096),
        .publishBuffer(queue: b, buffer: c, offset: 64, length: 128),
        .syncBuffer(request: 11, queue: b, buffer: c, offset: 0, length: 4096),
        .queryStatus(request: 12),
        .cloneLibrary(id: a, device: b, from: c),
        .openBulkLane(request: 13),
        .joinBulkLane(request: 14, token: Array(0..<32)),
        .bulkData(sequence: 15, data: [4, 5, 6]),
        .writeBulk(queue: a, buffer: b, offset: 1 << 33, length: 3, sequence: 15)
    ]

    static let hostMessages: [HostMessage] = [
        .welcome(Hello(version: 1, lastCompatibleVersion: 1, capabilities: [.gemm], name: "host")),
        .adapters(
            request: 1,
            [
                AdapterDescription(
                    name: "CPU", vendor: "Conduit", driverVersion: "1", backend: .cpu, type: .cpu, isHardware: false,
                    isComputeOnly: true, memoryBytes: 1 << 34, computeUnits: 2, maxBufferLength: 1 << 33,
                    maxWorkGroupSize: 1024, maxWorkGroupSizes: [1024, 1024, 64], maxLocalMemoryBytes: 65536)
            ]),
        .adapters(request: 2, []),
        .readResult(request: 3, data: [9, 8, 7]),
        .requestFailed(request: 4, Failure(code: Failure.outOfRange, message: "read range is outside")),
        .fenceAdvanced(fence: a, value: 77),
        .submissionFailed(queue: b, value: 5, Failure(code: Failure.outOfMemory, message: "no memory")),
        .contextLost(Failure(code: Failure.protocolError, message: "malformed")),
        .bufferSynced(request: 13),
        .bulkLaneOffered(request: 16, token: Array(repeating: 0xA5, count: 32)),
        .bulkLaneJoined(request: 17),
        .status(
            request: 14,
            HostStatus(
                hostName: "conduit-host", processID: 42, uptimeNanoseconds: 5_000_000_000,
                liveBufferBytes: 1 << 20, liveBuffers: 3,
                clients: [
                    HostStatus.Client(
                        session: 1, name: "bench", processID: 43, objects: 7, buffers: 3, bufferBytes: 1 << 20,
                        queues: 2, submissions: 99, busyNanoseconds: 1234)
                ])),
        .status(request: 15, HostStatus(hostName: "h", processID: 1, uptimeNanoseconds: 0, liveBufferBytes: 0, liveBuffers: 0, clients: []))
    ]

    @Test(arguments: clientMessages)
    func clientMessageSurvivesEncodeAndDecode(_ message: ClientMessage) throws {
        #expect(try ClientMessage.decode(message.encoded()) == message)
    }

    @Test(arguments: hostMessages)
    func hostMessageSurvivesEncodeAndDecode(_ message: HostMessage) throws {
        #expect(try HostMessage.decode(message.encoded()) == message)
    }

    /// Bulk frames built in place (a write from caller memory, a read's reply from buffer memory)
    /// are byte for byte the frames of the messages they stand for.
    @Test(arguments: [0, 1, 4097])
    func bulkFramesBuiltInPlaceMatchTheirMessages(length: Int) throws {
        let data = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let write = data.withUnsafeBytes { ClientMessage.writeBufferFrame(queue: Self.a, buffer: Self.b, offset: 12, bytes: $0) }
        #expect(write == ClientMessage.writeBuffer(queue: Self.a, buffer: Self.b, offset: 12, data: data[...]).encoded())
        let read = HostMessage.readResultFrame(request: 9, length: length) { $0.copyBytes(from: data) }
        #expect(read == HostMessage.readResult(request: 9, data: data[...]).encoded())
        #expect(try HostMessage.decode(read) == .readResult(request: 9, data: data[...]))
        let bulk = ClientMessage.bulkDataHead(sequence: 77, dataLength: length) + data
        #expect(try ClientMessage.decode(bulk) == .bulkData(sequence: 77, data: data[...]))
        #expect(bulk == ClientMessage.bulkData(sequence: 77, data: data[...]).encoded())
    }

    @Test func headerIsLittleEndianWithMagicVersionTypeAndLength() {
        let frame = ClientMessage.queryAdapters(request: 0x0102_0304).encoded()
        #expect(frame.count == Frame.headerSize + 4)
        #expect(Array(frame[0..<4]) == Array("CNDT".utf8))
        #expect(frame[4] == UInt8(Frame.version) && frame[5] == 0)
        #expect(frame[6] == UInt8(ClientMessage.MessageType.queryAdapters.rawValue) && frame[7] == 0)
        #expect(Array(frame[8..<12]) == [4, 0, 0, 0])
        #expect(Array(frame[16..<20]) == [4, 3, 2, 1])
    }

    @Test func idAllocatorReusesSlotsWithANewGeneration() {
        var ids = ObjectIDAllocator()
        let first = ids.allocate(), second = ids.allocate()
        #expect(first != second && first.index != 0 && second.index != 0)
        ids.release(first)
        let reused = ids.allocate()
        #expect(reused.index == first.index)
        #expect(reused.generation == first.generation + 1)
        #expect(ObjectID(rawValue: reused.rawValue) == reused)
    }

    @Test func versionAgreementNeedsOverlappingRanges() {
        let ours = Hello(version: 3, lastCompatibleVersion: 2, name: "a")
        #expect(ours.agreedVersion(with: Hello(version: 5, lastCompatibleVersion: 3, name: "b")) == 3)
        #expect(ours.agreedVersion(with: Hello(version: 2, lastCompatibleVersion: 1, name: "b")) == 2)
        #expect(ours.agreedVersion(with: Hello(version: 9, lastCompatibleVersion: 4, name: "b")) == nil)
    }
}
