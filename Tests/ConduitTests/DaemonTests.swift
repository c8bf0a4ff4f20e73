import Conduit
@testable import ConduitWire
import Foundation
import Testing

/// The paravirtual boundary for real: clients in other processes (or this one) against a
/// `conduit host` process, over shared-memory rings.
@Suite(.serialized) struct DaemonTests {
    @Test func theDaemonStartsAndListsItsClients() throws {
        let host = try #require(SpawnedHost.shared, "conduit host did not start")
        let instance = try host.connect("lister")
        #expect(instance.sharesMemoryWithHost)
        let report = try instance.hostReport()
        #expect(report.hostName == "conduit-host")
        #expect(report.processID == host.process.processIdentifier)
        #expect(report.clients.contains { $0.name == "lister" && $0.processID == getpid() })
    }

    @Test func aSecondDaemonRefusesALiveSocket() throws {
        let host = try #require(SpawnedHost.shared)
        let (status, message) = try run(SpawnedHost.executable, ["host", "--socket", host.socketPath], environment: ProcessInfo.processInfo.environment)
        #expect(status != 0)
        #expect(message.contains("already listening"), "\(message)")
        // The live daemon still serves.
        _ = try host.connect().adapters()
    }

    @Test func sharedBuffersMapTheHostsMemory() throws {
        let host = try #require(SpawnedHost.shared)
        let device = try #require(try host.connect().adapters(matching: .backend(.cpu)).first).makeDevice()
        let buffer = try device.makeBuffer(length: 4096)
        #expect(buffer.sharesContents)
        try buffer.withUnsafeMutableContents { contents in
            contents.withMemoryRebound(to: Float.self) { floats in for i in floats.indices { floats[i] = Float(i) } }
        }
        try buffer.didModifyContents(in: 0..<4096)
        let kernel = try device.makeLibrary(source: "__kernel void twice(__global float *a) { a[get_global_id(0)] *= 2.0f; }")
            .makeKernel(named: "twice")
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [1024])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        try buffer.synchronizeContents()
        let doubled = try buffer.withUnsafeMutableContents { $0.withMemoryRebound(to: Float.self) { Array($0) } }
        #expect(doubled == (0..<1024).map { Float($0 * 2) })
        #expect(try buffer.read(as: Float.self, byteOffset: 8, count: 2) == [4, 6])
    }

    @Test func twoClientProcessesWithInterleavedWorkBothGetCorrectResults() throws {
        let host = try #require(SpawnedHost.shared)
        // The other client: a verified GEMM benchmark in its own process (it fails unless verified).
        let (other, output) = try spawnClient(["bench", "matmul", "--size", "192", "--iterations", "30", "--adapter", "0", "--json"], host: host)
        let device = try #require(try host.connect("interleaved").adapters(matching: .backend(.cpu)).first).makeDevice()
        let n = 96
        let a = sampleValues(n * n, seed: 7), b = sampleValues(n * n, seed: 8)
        let expected = referenceGEMM(
            a: a, b: b, c: [Float](repeating: 0, count: n * n), m: n, n: n, k: n, transposeA: false,
            transposeB: false, alpha: 1, beta: 0, lda: n, ldb: n, ldc: n, aOffset: 0, bOffset: 0, cOffset: 0)
        var rounds = 0
        repeat {
            let bufferA = try device.makeBuffer(array: a), bufferB = try device.makeBuffer(array: b)
            let bufferC = try device.makeBuffer(length: n * n * 4)
            let commands = device.queue.makeCommandBuffer()
            try commands.gemm(bufferA, bufferB, bufferC, m: n, n: n, k: n)
            try device.queue.submit(commands).wait(timeout: .seconds(60))
            expectClose(try bufferC.read(as: Float.self), expected)
            rounds += 1
        } while other.isRunning || rounds < 5
        other.waitUntilExit()
        let json = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(other.terminationStatus == 0, "\(json)")
        #expect(json.contains("\"verified\" : true"), "\(json)")
    }

    @Test func aClientKilledMidStreamLeavesTheHostAtItsBaseline() throws {
        let host = try SpawnedHost()
        let baseline = try host.report { $0.clients.isEmpty }
        #expect(baseline.clients.isEmpty)
        let (client, output) = try spawnClient(["stream", "--buffers", "8"], host: host)
        let line = output.fileHandleForReading.availableData
        #expect(String(decoding: line, as: UTF8.self).contains("streaming"))
        let busy = try host.report { $0.clients.contains { $0.name == "conduit-stream" && $0.buffers == 8 } }
        let streamer = try #require(busy.clients.first { $0.name == "conduit-stream" })
        #expect(streamer.processID == client.processIdentifier)
        #expect(streamer.bufferBytes == 8 << 20 && streamer.queues == 2 && streamer.submissions > 0)
        #expect(busy.liveBufferBytes >= baseline.liveBufferBytes + (8 << 20))

        kill(client.processIdentifier, SIGKILL)
        client.waitUntilExit()
        let after = try host.report { $0.clients.isEmpty && $0.liveBuffers == baseline.liveBuffers }
        #expect(after.clients.isEmpty, "\(after.clients)")
        #expect(after.liveBufferBytes == baseline.liveBufferBytes)
        #expect(after.liveBuffers == baseline.liveBuffers)
        // And it keeps serving.
        let device = try #require(try host.connect().adapters().first).makeDevice()
        #expect(try device.makeBuffer(array: [Float](repeating: 3, count: 4)).read(as: Float.self) == [3, 3, 3, 3])
    }

    @Test func whenTheHostDiesClientsGetDeviceLostPromptly() throws {
        let host = try SpawnedHost()
        let instance = try host.connect()
        let device = try #require(try instance.adapters().first).makeDevice()
        let fence = try device.makeFence()
        let started = Date()
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.2); host.kill()
        }
        let error = #expect(throws: ConduitError.self) { try fence.wait(for: 1, timeout: .seconds(30)) }
        #expect(error?.code == .deviceLost, "\(String(describing: error))")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(throws: ConduitError.self) { _ = try device.makeBuffer(length: 16).read(as: UInt8.self) }
    }

    // MARK: - Hostile peers

    /// A raw channel to the host, below the public API.
    func rawChannel(_ host: SpawnedHost) throws -> SharedMemoryChannel {
        try ChannelSetup.accept(connectingTo: host.socketPath)
    }

    /// Reads host frames until one arrives or `timeout` passes.
    func nextHostMessage(_ channel: SharedMemoryChannel, timeout: TimeInterval = 10) throws -> HostMessage? {
        let deadline = Date().addingTimeInterval(timeout)
        var frames: [[UInt8]] = []
        while frames.isEmpty && Date() < deadline {
            _ = try channel.receiveAvailable { frames.append($0) }
            if frames.isEmpty, try channel.waitForIncoming(spins: 100, timeoutMilliseconds: 100) { break }
        }
        return try frames.first.map(HostMessage.decode)
    }

    @Test func malformedFramesOnTheRingLoseOnlyThatClient() throws {
        let host = try #require(SpawnedHost.shared)
        let bystander = try #require(try host.connect("bystander").adapters().first).makeDevice()
        let raw = try rawChannel(host)
        defer { raw.shutdown() }
        try raw.send(ClientMessage.hello(Hello(name: "raw")).encoded()) { _ in nil }
        guard case .welcome = try #require(try nextHostMessage(raw)) else { Issue.record("no welcome"); return }
        var garbage = ClientMessage.queryAdapters(request: 1).encoded()
        garbage[6] = 0xEE  // an unknown message type
        try raw.send(garbage) { _ in nil }
        guard case let .contextLost(failure) = try #require(try nextHostMessage(raw)) else { Issue.record("no context loss"); return }
        #expect(failure.message.contains("unknown message type"), "\(failure)")
        #expect(try bystander.makeBuffer(array: [Int32(7)]).read(as: Int32.self) == [7])
    }

    @Test func aFrameClaimingAHugeLengthDropsTheClient() throws {
        let host = try #require(SpawnedHost.shared)
        let raw = try rawChannel(host)
        defer { raw.shutdown() }
        var header = ClientMessage.goodbye.encoded()
        header[8] = 0xFF; header[9] = 0xFF; header[10] = 0xFF; header[11] = 0x7F
        try raw.send(header) { _ in nil }
        // The host hangs up: the socket turns readable with end-of-stream.
        let hungUp = try Syscall.poll([raw.socket], timeoutMilliseconds: 10_000)[0]
        #expect(hungUp)
        #expect(try host.report { !$0.clients.contains { $0.name == "(handshaking)" } }.clients.allSatisfy { $0.name != "(handshaking)" })
        _ = try host.connect().adapters()
    }

    @Test func garbageOnTheSocketDropsTheClient() throws {
        let host = try #require(SpawnedHost.shared)
        let raw = try rawChannel(host)
        defer { raw.shutdown() }
        try Syscall.send(raw.socket, bytes: Array("GET / HTTP/1.1\r\n\r\n".utf8), fds: [])
        #expect(try Syscall.poll([raw.socket], timeoutMilliseconds: 10_000)[0])
        _ = try host.connect().adapters()
    }

    @Test func aDescriptorThatIsNotASealedMemfdIsRejected() throws {
        let host = try #require(SpawnedHost.shared)
        let raw = try rawChannel(host)
        defer { raw.shutdown() }
        try raw.send(ClientMessage.hello(Hello(name: "raw")).encoded()) { _ in nil }
        _ = try nextHostMessage(raw)
        let device = ObjectID(index: 1, generation: 1), buffer = ObjectID(index: 2, generation: 1)
        try raw.send(ClientMessage.createDevice(id: device, adapterIndex: 0).encoded()) { _ in nil }
        // An eventfd posing as a buffer's memory.
        let impostor = try Syscall.makeEventFD()
        try Syscall.send(raw.socket, bytes: [UInt8(ascii: "F")], fds: [impostor])
        Syscall.close(impostor)
        try raw.send(ClientMessage.createSharedBuffer(id: buffer, device: device, length: 4096).encoded()) { _ in nil }
        guard case let .contextLost(failure) = try #require(try nextHostMessage(raw)) else { Issue.record("no context loss"); return }
        #expect(failure.message.contains("not a memfd sealed"), "\(failure)")
    }
}

@Suite(.serialized) struct DaemonFairnessTests {
    /// A client with a long backlog does not hold up another client's small job: each client's
    /// queues run on threads of their own, scheduled side by side.
    @Test func aSmallJobIsNotQueuedBehindAnotherClientsBacklog() throws {
        let host = try #require(SpawnedHost.shared)
        let busy = try #require(try host.connect("busy").adapters(matching: .backend(.cpu)).first).makeDevice()
        let spin = try busy.makeLibrary(
            source: """
                __kernel void spin(__global float *out, const int n) {
                    float x = 1.0f;
                    for (int i = 0; i < n; i++) { x = x * 0.999f + 0.001f; }
                    out[get_global_id(0)] = x;
                }
                """
        ).makeKernel(named: "spin")
        let sink = try busy.makeBuffer(length: 4 * 64)
        var last: FenceValue?
        let clock = ContinuousClock()
        let backlogStart = clock.now
        for _ in 0..<20 {
            let commands = busy.queue.makeCommandBuffer()
            try commands.dispatch(spin, arguments: [.buffer(sink), .int32(20_000)], globalSize: [64], localSize: [64])
            last = try busy.queue.submit(commands)
        }
        let small = try #require(try host.connect("small").adapters(matching: .backend(.cpu)).first).makeDevice()
        let result = try small.makeBuffer(array: [Float](repeating: 1, count: 4))
        let commands = small.queue.makeCommandBuffer()
        try commands.fill(result, with: Float(2))
        try small.queue.submit(commands).wait(timeout: .seconds(60))
        let smallDone = clock.now - backlogStart
        #expect(try result.read(as: Float.self) == [2, 2, 2, 2])
        #expect(!last!.isCompleted, "the backlog finished before the small job could be checked")
        try last!.wait(timeout: .seconds(300))
        let backlogDone = clock.now - backlogStart
        // The small job finished within a tenth of the backlog's time: it never waited behind it.
        #expect(smallDone * 10 < backlogDone, "small job \(smallDone), backlog \(backlogDone)")
    }
}

@Suite struct HandshakeTests {
    /// The client's side of a version mismatch: a host that only speaks versions 7…9 answers the
    /// hello; the instance fails with a protocol error naming both ranges. (The host's side is
    /// MalformedMessageTests.incompatibleProtocolVersion.)
    @Test func aHostSpeakingAnotherVersionIsAClearErrorOnTheClient() throws {
        let path = "/tmp/conduit-test-future-\(getpid()).sock"
        Syscall.unlink(path)
        let listener = try Syscall.listen(path: path)
        defer { Syscall.close(listener); Syscall.unlink(path) }
        Thread.detachNewThread {
            guard let socket = try? Syscall.accept(listener), let channel = try? ChannelSetup.offer(on: socket) else { return }
            var frames: [[UInt8]] = []
            while frames.isEmpty {
                _ = try? channel.receiveAvailable { frames.append($0) }
                if frames.isEmpty { _ = try? channel.waitForIncoming(spins: 100, timeoutMilliseconds: 100) }
            }
            try? channel.send(HostMessage.welcome(Hello(version: 9, lastCompatibleVersion: 7, name: "future-host")).encoded()) { _ in nil }
            Thread.sleep(forTimeInterval: 1)
            channel.shutdown()
        }
        var options = Instance.Options()
        options.host = .daemon(socketPath: path)
        let error = #expect(throws: ConduitError.self) { try Instance(options: options) }
        #expect(error?.code == .protocolError)
        #expect(error?.message.contains("version mismatch") == true && error?.message.contains("7...9") == true, "\(String(describing: error))")
    }
}
