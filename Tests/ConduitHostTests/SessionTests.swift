import ConduitHost
import ConduitWire
import Testing

@Suite struct SessionTests {
    let host = HostService()

    @Test func handshakeAnswersWithTheHostsVersions() {
        let client = RawClient(host: host)
        let welcome = client.await { if case let .welcome(hello) = $0 { hello } else { nil } }
        #expect(welcome?.version == Frame.version)
        #expect(welcome?.capabilities.contains(.gemm) == true)
    }

    @Test func adaptersQueryListsTheCPUAdapter() throws {
        let client = RawClient(host: host)
        client.send(.queryAdapters(request: 3))
        let adapters = try #require(client.await { if case let .adapters(3, list) = $0 { list } else { nil } })
        let cpu = try #require(adapters.first { $0.backend == .cpu })
        #expect(!cpu.isHardware && cpu.isComputeOnly)
        #expect(adapters.filter { $0.backend == .cpu }.count == 1, "one CPU adapter; any others are OpenCL devices")
    }

    @Test func workOnAQueueRunsInSubmissionOrder() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        let buffer = client.makeBuffer(device: d.device, length: 4 << 20)
        // Each submission overwrites the whole buffer; only the last may be visible.
        for value in 1...50 {
            client.send(
                .submit(
                    queue: d.queue, value: UInt64(value),
                    commands: [
                        .fill(buffer: buffer, offset: 0, length: 4 << 20, pattern: [UInt8(value)])
                    ]))
        }
        let data = try #require(client.read(queue: d.queue, buffer: buffer, offset: (4 << 20) - 16, length: 16, request: 1))
        #expect(data == [UInt8](repeating: 50, count: 16))
        #expect(client.fenceValue(d.fence, reaching: 50) == 50)
    }

    @Test func fencesAdvanceFromCPUAndFromQueues() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        let fence = client.newID()
        client.send(.createFence(id: fence, device: d.device, initialValue: 3))
        client.send(.signalFence(fence: fence, value: 4))
        #expect(client.fenceValue(fence, reaching: 4) == 4)
        client.send(.submit(queue: d.queue, value: 1, commands: [.signal(fence: fence, value: 10)]))
        #expect(client.fenceValue(fence, reaching: 10) == 10)
        #expect(client.fenceValue(d.fence, reaching: 1) == 1)
    }

    @Test func aSignalThatGoesBackwardsFailsOnlyThatSubmission() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        let fence = client.newID()
        client.send(.createFence(id: fence, device: d.device, initialValue: 0))
        client.send(.signalFence(fence: fence, value: 8))
        client.send(.submit(queue: d.queue, value: 1, commands: [.signal(fence: fence, value: 2)]))
        let failure = try #require(client.await { if case let .submissionFailed(_, 1, f) = $0 { f } else { nil } })
        #expect(failure.message.contains("cannot move to 2: it is already at 8"))
        #expect(client.fenceValue(d.fence, reaching: 1) == 1, "the timeline still advances so waiters wake")
        client.send(.submit(queue: d.queue, value: 2, commands: []))
        #expect(client.fenceValue(d.fence, reaching: 2) == 2)
        #expect(!client.session.isLost)
    }

    @Test func queueTimelinesCannotBeSignalledDirectly() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        client.send(.signalFence(fence: d.fence, value: 5))
        let reason = try #require(client.lostReason)
        #expect(reason.message.contains("queue's timeline"))
    }

    @Test func closingReleasesEverythingTheClientOwned() async throws {
        let memory = host.memory
        let baseline = (memory.liveBytes, memory.liveBuffers, host.sessionCount)
        let client = RawClient(host: host)
        let d = client.openDevice()
        var buffers: [ObjectID] = []
        for _ in 0..<20 { buffers.append(client.makeBuffer(device: d.device, length: 1 << 20)) }
        for (value, buffer) in buffers.enumerated() {
            client.send(.submit(queue: d.queue, value: UInt64(value + 1), commands: [.fill(buffer: buffer, offset: 0, length: 1 << 20, pattern: [1])]))
        }
        #expect(memory.liveBuffers == baseline.1 + 20)
        #expect(client.session.objectCount == 23)
        client.close()
        #expect(host.sessionCount == baseline.2)
        // In-flight work finishes on the queue's thread; its references are the last to go.
        for _ in 0..<200 where memory.liveBuffers != baseline.1 { try? await Task.sleep(for: .milliseconds(10)) }
        #expect(memory.liveBytes == baseline.0)
        #expect(memory.liveBuffers == baseline.1)
    }

    /// The host counts buffers of every backend (what `conduit smi` shows), not the CPU's only.
    @Test func memoryIsCountedOnEveryAdapter() throws {
        let client = RawClient(host: host)
        for adapter in host.adapterDescriptions.indices {
            let before = (host.memory.liveBytes, host.memory.liveBuffers)
            let d = client.openDevice(adapter: UInt32(adapter))
            let buffer = client.makeBuffer(device: d.device, length: 4096)
            #expect(client.read(queue: d.queue, buffer: buffer, length: 16, request: UInt32(adapter + 1)) == [UInt8](repeating: 0, count: 16))
            #expect((host.memory.liveBytes, host.memory.liveBuffers) == (before.0 + 4096, before.1 + 1), "\(host.adapterDescriptions[adapter].name)")
            client.send(.release(id: buffer))
            #expect(host.memory.liveBuffers == before.1, "\(host.adapterDescriptions[adapter].name)")
        }
    }

    @Test func releasedBuffersAreFreedAfterTheWorkUsingThem() throws {
        let memory = host.memory
        let client = RawClient(host: host)
        let d = client.openDevice()
        let before = memory.liveBuffers
        let source = client.makeBuffer(device: d.device, length: 64), target = client.makeBuffer(device: d.device, length: 64)
        client.send(
            .submit(
                queue: d.queue, value: 1,
                commands: [
                    .fill(buffer: source, offset: 0, length: 64, pattern: [9]),
                    .copy(source: source, sourceOffset: 0, destination: target, destinationOffset: 0, length: 64)
                ]))
        client.send(.release(id: source))
        #expect(client.read(queue: d.queue, buffer: target, length: 64, request: 1) == [UInt8](repeating: 9, count: 64))
        #expect(memory.liveBuffers == before + 1)
    }
}
