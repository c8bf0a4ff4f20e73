import Conduit
@testable import ConduitWire
import Foundation
import Testing

/// Issue 7's guarantees across the process boundary: the watchdog, quotas, and clients that are
/// killed at random while others work.
@Suite(.serialized) struct HostileClientTests {
    static let spin = """
        __kernel void forever(__global int *out) {
            int i = 0;
            while (out[0] == 0) { i++; }
            out[1] = i;
        }
        __kernel void foreverAroundACountedLoop(__global int *out) {
            int i = 0;
            while (out[0] == 0) { for (int j = 0; j < 4; j++) i += j; }
            out[1] = i;
        }
        // Big enough to be compiled as a bytecode function, not inlined: its loop's count goes
        // through the call and back (Emitter.function).
        uint endless(uint x, uint y) {
            uint i = 0u;
            while ((x | 1u) != 0u) {
                x = (x * 2654435761u) ^ (y >> 3);
                y = (y + x) * 40503u + (i & 7u);
                i += (x ^ y) & 1u;
            }
            return i + x + y;
        }
        __kernel void foreverInAFunction(__global int *out) {
            out[1] = (int)endless((uint)out[0], 5u) + (int)endless(3u, (uint)out[1]);
        }
        """

    @Test func theWatchdogAbortsAnEndlessKernelWhileAnotherClientsWorkCompletes() throws {
        let host = try SpawnedHost(["--watchdog-ms", "300"])
        let rogue = try #require(try host.connect("rogue").adapters(matching: .backend(.cpu)).first).makeDevice()
        let flag = try rogue.makeBuffer(length: 8)
        let commands = rogue.queue.makeCommandBuffer()
        try commands.dispatch(
            try rogue.makeLibrary(source: Self.spin).makeKernel(named: "forever"), arguments: [.buffer(flag)],
            globalSize: [1], localSize: [1])
        let clock = ContinuousClock()
        let submitted = clock.now
        let endless = try rogue.queue.submit(commands)

        // Meanwhile a well-behaved client on the same host gets its work done.
        let good = try #require(try host.connect("good").adapters(matching: .backend(.cpu)).first).makeDevice()
        let data = try good.makeBuffer(array: [Float](repeating: 1, count: 1024))
        let saxpy = try good.makeLibrary(builtin: "saxpy").makeKernel(named: "saxpy")
        let goodStart = clock.now
        let work = good.queue.makeCommandBuffer()
        try work.dispatch(saxpy, arguments: [.buffer(data), .buffer(data), .float(2), .uint32(1024)], globalSize: [1024])
        try good.queue.submit(work).wait(timeout: .seconds(30))
        let goodTime = clock.now - goodStart
        #expect(try data.read(as: Float.self, count: 4) == [3, 3, 3, 3])

        let error = #expect(throws: ConduitError.self) { try endless.wait(timeout: .seconds(30)) }
        let aborted = clock.now - submitted
        #expect(error?.code == .timeout, "\(String(describing: error))")
        #expect(error?.message.contains("watchdog") == true && error?.message.contains("forever") == true)
        #expect(aborted >= .milliseconds(300) && aborted < .seconds(10), "aborted after \(aborted)")
        // The rogue client's device is still usable after the abort.
        #expect(try flag.read(as: Int32.self) == [0, 0])
        print("watchdog: limit 300 ms, aborted \(aborted) after submission; the other client's dispatch took \(goodTime)")
    }

    /// A driver cannot be interrupted, so on OpenCL adapters the watchdog is a loop budget emitted
    /// into the kernel. Runs on every OpenCL adapter present (none: nothing to check).
    @Test func theWatchdogStopsAnEndlessKernelOnOpenCLAdapters() throws {
        let host = try SpawnedHost(["--watchdog-ms", "300"])
        let instance = try host.connect("rogue-cl")
        // The second kernel's inner loop is counted, so it is charged to the budget before it
        // runs and checks nothing itself (LoopBounds): the endless loop around it still stops.
        for adapter in try instance.adapters(matching: .backend(.openCL)) {
            for name in ["forever", "foreverAroundACountedLoop", "foreverInAFunction"] {
                let device = try adapter.makeDevice()
                let flag = try device.makeBuffer(length: 8)
                let commands = device.queue.makeCommandBuffer()
                try commands.dispatch(
                    try device.makeLibrary(source: Self.spin).makeKernel(named: name), arguments: [.buffer(flag)],
                    globalSize: [1], localSize: [1])
                let error = #expect(throws: ConduitError.self) { try device.queue.submit(commands).wait(timeout: .seconds(120)) }
                #expect(error?.code == .timeout, "\(adapter.name), \(name): \(String(describing: error))")
                #expect(error?.message.contains("loop budget") == true)
                // The device still works afterwards.
                #expect(try device.makeBuffer(array: [Int32(4)]).read(as: Int32.self) == [4])
            }
        }
    }

    /// The first fault is the one reported: an out-of-bounds write before an endless loop is an
    /// out-of-bounds fault, an endless loop before one is the watchdog (Emitter.budgetFault).
    @Test func theFirstFaultIsReportedWhenALoopRunsOutOfBudgetToo() throws {
        let host = try SpawnedHost(["--watchdog-ms", "300"])
        let instance = try host.connect("faults-in-order")
        let source = """
            __kernel void faultThenSpin(__global int *out) {
                out[100000] = 1;
                int i = 0;
                while (out[0] == 0) { i++; }
                out[1] = i;
            }
            __kernel void spinThenFault(__global int *out) {
                int i = 0;
                while (out[0] == 0) { i++; }
                out[100000 + (i & 1)] = 1;
            }
            """
        for adapter in try instance.adapters(matching: .backend(.openCL)) {
            let device = try adapter.makeDevice()
            let library = try device.makeLibrary(source: source)
            for (name, code) in [("faultThenSpin", ConduitError.Code.kernelFault), ("spinThenFault", .timeout)] {
                let flag = try device.makeBuffer(length: 8)
                let commands = device.queue.makeCommandBuffer()
                try commands.dispatch(try library.makeKernel(named: name), arguments: [.buffer(flag)], globalSize: [1], localSize: [1])
                let error = #expect(throws: ConduitError.self) { try device.queue.submit(commands).wait(timeout: .seconds(120)) }
                #expect(error?.code == code, "\(adapter.name), \(name): \(String(describing: error))")
            }
        }
    }

    @Test func theMemoryQuotaRefusesAnAllocationAtTheCallAndTheHostEnforcesItToo() throws {
        let host = try SpawnedHost(["--memory-quota-mib", "64"])
        let device = try #require(try host.connect("quota").adapters(matching: .backend(.cpu)).first).makeDevice()
        let first = try device.makeBuffer(length: 48 << 20)
        let error = #expect(throws: ConduitError.self) { _ = try device.makeBuffer(length: 32 << 20) }
        #expect(error?.code == .outOfMemory)
        #expect(error?.message.contains("quota") == true, "\(String(describing: error))")
        first.release()
        let second = try device.makeBuffer(length: 32 << 20)
        #expect(try second.read(as: UInt8.self, count: 4) == [0, 0, 0, 0])

        // A client that ignores the announced quota loses its context; the host stays up.
        let raw = try ChannelSetup.accept(connectingTo: host.socketPath)
        defer { raw.shutdown() }
        try raw.send(ClientMessage.hello(Hello(name: "greedy")).encoded()) { _ in nil }
        let deviceID = ObjectID(index: 1, generation: 1)
        try raw.send(ClientMessage.createDevice(id: deviceID, adapterIndex: 0).encoded()) { _ in nil }
        try raw.send(ClientMessage.createBuffer(id: ObjectID(index: 2, generation: 1), device: deviceID, length: 65 << 20).encoded()) { _ in nil }
        var messages: [HostMessage] = []
        let deadline = Date().addingTimeInterval(10)
        while !messages.contains(where: { if case .contextLost = $0 { true } else { false } }) && Date() < deadline {
            _ = try raw.receiveAvailable { messages.append(try! HostMessage.decode($0)) }
            _ = try raw.waitForIncoming(spins: 100, timeoutMilliseconds: 50)
        }
        let lost = messages.compactMap { if case let .contextLost(failure) = $0 { failure } else { nil } }.first
        #expect(lost?.code == Failure.outOfMemory && lost?.message.contains("quota") == true, "\(messages)")
        #expect(try second.read(as: UInt8.self, count: 1) == [0])
    }

    /// The chaos test, on a host daemon's Unix socket and on a TLS host's TCP port.
    @Test(arguments: ["unix", "tcp"])
    func clientsKilledAtRandomLeaveNothingBehindAndTheOthersStayCorrect(transport: String) throws {
        let host: any SpawnedHostProcess =
            transport == "unix" ? try SpawnedHost() : try SpawnedTCPHost(certificates: try SpawnedTCPHost.certificates.get())
        let baseline = try host.report { $0.clients.isEmpty }
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<3 {
            let streams = try (0..<3).map { _ in try spawnClient(["stream", "--buffers", "4"], host: host) }
            // A well-behaved client works the whole time.
            let device = try #require(try host.connect("steady\(round)").adapters(matching: .backend(.cpu)).first).makeDevice()
            for (process, output) in streams {
                _ = output.fileHandleForReading.availableData  // "streaming"
                #expect(process.isRunning)
            }
            let victims = streams.map(\.0).shuffled(using: &generator).prefix(2)
            for victim in victims {
                try expectGEMMMatchesReference(on: device, n: 64, seed: UInt64(round))
                kill(victim.processIdentifier, SIGKILL)
                victim.waitUntilExit()
                killed += 1
            }
            // The survivor leaves too (SIGKILL: a child spawned from a test thread inherits its
            // blocked SIGTERM).
            for (process, _) in streams where process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }
        let after = try host.report { $0.clients.isEmpty && $0.liveBuffers == baseline.liveBuffers }
        #expect(killed == 6)
        #expect(after.clients.isEmpty, "\(after.clients)")
        #expect(after.liveBufferBytes == baseline.liveBufferBytes, "leaked \(Int64(after.liveBufferBytes) - Int64(baseline.liveBufferBytes)) bytes")
        #expect(after.liveBuffers == baseline.liveBuffers)
        print(
            "chaos (\(transport)): \(killed) clients killed with SIGKILL mid-stream, 3 more killed after; leaked bytes \(after.liveBufferBytes - baseline.liveBufferBytes), leaked buffers \(after.liveBuffers - baseline.liveBuffers)"
        )
    }

    @Test func aRestartedHostTakesNewInstancesAfterTheOldOnesSawDeviceLost() throws {
        let host = try SpawnedHost()
        let path = host.socketPath
        let old = try #require(try host.connect("before").adapters().first).makeDevice()
        host.kill()
        let error = #expect(throws: ConduitError.self) { try old.queue.submit(old.queue.makeCommandBuffer()).wait(timeout: .seconds(30)) }
        #expect(error?.code == .deviceLost)
        // A new daemon on the same path: the stale socket is cleaned, new instances work.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SpawnedHost.executable)
        process.arguments = ["host", "--socket", path, "--exit-with-parent"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        var options = Instance.Options()
        options.host = .daemon(socketPath: path)
        var instance: Instance?
        let deadline = Date().addingTimeInterval(20)
        while instance == nil && Date() < deadline {
            instance = try? Instance(options: options)
            if instance == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let restarted = try #require(instance)
        let device = try #require(try restarted.adapters().first).makeDevice()
        #expect(try device.makeBuffer(array: [Int32(5)]).read(as: Int32.self) == [5])
    }
}
