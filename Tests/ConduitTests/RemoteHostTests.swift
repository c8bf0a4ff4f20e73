@testable import Conduit
import ConduitTestSupport
import ConduitWire
import Foundation
import Testing

/// Hosts on the network: `conduit host --listen` processes on loopback ports, with mutual TLS,
/// checked as a client program uses them, and against peers that are not clients.
@Suite(.serialized) struct RemoteHostTests {
    static var certificates: Result<String, any Error> { SpawnedTCPHost.certificates }
    static var tlsHost: Result<SpawnedTCPHost, any Error> { SpawnedTCPHost.sharedPair.map { $0[0] } }

    @Test func aTLSHostRunsKernelsGEMMAndLargeTransfersForAClientWithACertificate() throws {
        let host = try Self.tlsHost.get()
        let instance = try host.connect(tls: SpawnedTCPHost.clientTLS(try Self.certificates.get()))
        #expect(!instance.sharesMemoryWithHost)
        let adapters = try instance.adapters()
        #expect(!adapters.isEmpty && adapters.allSatisfy { $0.host == host.location })
        for adapter in adapters {
            let device = try adapter.makeDevice(label: "remote")
            // A kernel, checked against the same arithmetic in Swift.
            let input = (0..<4096).map { Int32(truncatingIfNeeded: $0 &* 2_654_435_761) }
            let buffer = try device.makeBuffer(array: input)
            let kernel = try device.makeLibrary(source: "__kernel void mix(__global int *a) { size_t i = get_global_id(0); a[i] = a[i] * 3 + (int)i; }")
                .makeKernel(named: "mix")
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [input.count])
            try device.queue.submit(commands).wait(timeout: .seconds(60))
            #expect(try buffer.read(as: Int32.self) == input.enumerated().map { $0.element &* 3 &+ Int32($0.offset) })

            try expectGEMMMatchesReference(on: device, n: 48, seed: 1)
        }
        // A transfer of several chunks that starts and ends off a chunk boundary round-trips.
        let device = try adapters[0].makeDevice()
        let length = 9 << 20 + 4 * 1234
        let large = try device.makeBuffer(length: length + 4096)
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 11) }
        try large.write(bytes, byteOffset: 4096)
        #expect(try large.read(as: UInt8.self, byteOffset: 4096) == bytes)
        var tail = [UInt8](repeating: 0, count: 5 << 20)
        try large.read(into: &tail, byteOffset: length + 4096 - tail.count)
        #expect(tail == Array(bytes.suffix(tail.count)))
    }

    /// Transfers take a second connection, the bulk lane, and still keep their places among the
    /// commands of the first: writes of sizes that start and end off chunk boundaries, kernels
    /// that read what was just written, a write after the kernel, and a read of the result, all
    /// queued without waiting, checked against the same arithmetic in Swift.
    @Test func transfersTakeTheBulkLaneAndKeepTheirOrderAmongKernels() throws {
        let host = try SpawnedTCPHost(certificates: try Self.certificates.get())
        try transfersKeepTheirOrder(on: host)
        // The client is gone (without TLS's close_notify, as a process that exits goes): its
        // connections just end, with no line claiming it lacked a certificate.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!host.log.contains("cut off"), "\(host.log)")
    }

    private func transfersKeepTheirOrder(on host: SpawnedTCPHost) throws {
        let port = try #require(host.location.description.split(separator: ":").last.map(String.init))
        let instance = try host.connect("bulk-lane")
        let (status, connections) = try ConduitTests.run(
            "/usr/bin/ss", ["-Htn", "state", "established", "( dport = :\(port) )"], environment: ProcessInfo.processInfo.environment)
        #expect(status == 0)
        #expect(connections.split(separator: "\n").count == 2, "a command connection and a bulk lane: \(connections)")

        let device = try instance.adapters()[0].makeDevice()
        let kernel = try device.makeLibrary(source: "__kernel void step(__global uint *a, uint k) { size_t i = get_global_id(0); a[i] = a[i] * 3u + k; }")
            .makeKernel(named: "step")
        var generator = SeededGenerator(seed: 17)
        for round in 0..<6 {
            let count = Int.random(in: 1...(3 << 18), using: &generator)  // up to 3 MiB of uint
            let values = (0..<count).map { _ in UInt32.random(in: .min ... .max, using: &generator) }
            let buffer = try device.makeBuffer(length: count * 4 + 12)
            try buffer.write(values, byteOffset: 12)
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(kernel, arguments: [.buffer(buffer, offset: 12), .uint32(UInt32(round))], globalSize: [count])
            try device.queue.submit(commands)
            try buffer.write(Array(values.prefix(5)), byteOffset: 12)  // after the kernel, before the read
            let expected = Array(values.prefix(5)) + values.dropFirst(5).map { $0 &* 3 &+ UInt32(round) }
            #expect(try buffer.read(as: UInt32.self, byteOffset: 12) == expected, "round \(round): \(count) values")
        }
        // The bytes went both ways on the bulk lane: one connection sent and received megabytes,
        // the other (commands) less than one each way.
        let (_, counters) = try ConduitTests.run(
            "/usr/bin/ss", ["-Htni", "state", "established", "( dport = :\(port) )"], environment: ProcessInfo.processInfo.environment)
        func counter(_ name: String) -> [Int] {
            counters.split(whereSeparator: \.isWhitespace).compactMap { $0.hasPrefix(name + ":") ? Int($0.dropFirst(name.count + 1)) : nil }
        }
        let lanes = zip(counter("bytes_acked"), counter("bytes_received")).map { [$0, $1] }.sorted { $0[0] < $1[0] }
        #expect(lanes.count == 2 && lanes[0].allSatisfy { $0 < 1 << 20 } && lanes[1].allSatisfy { $0 > 10 << 20 }, "sent, received: \(lanes)")
    }

    /// A write that returned is seen by work on any queue, as after `cudaMemcpy`, though its
    /// pieces are ordered on the default queue and their bytes travel on the bulk lane: each
    /// write here is followed at once by a kernel on a second queue that reads it.
    @Test func aReturnedWriteIsSeenByKernelsOnAnotherQueue() throws {
        let remote = try Self.tlsHost.get().connect("write-visibility")
        // The same on the embedded host (shared memory), every adapter, for comparison.
        for adapter in try remote.adapters() + Instance().adapters() { try expectWritesSeenAcrossQueues(on: try adapter.makeDevice()) }
    }

    private func expectWritesSeenAcrossQueues(on device: Device) throws {
        let other = try device.makeQueue(label: "other")
        let kernel = try device.makeLibrary(
            source: "__kernel void next(__global const uint *a, __global uint *b) { size_t i = get_global_id(0); b[i] = a[i] + 1u; }"
        )
        .makeKernel(named: "next")
        for round in 0..<6 {
            let count = [4, 300, (1 << 18) + 3][round % 3]
            let values = (0..<count).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761 &+ round) }
            let source = try device.makeBuffer(length: count * 4)
            let result = try device.makeBuffer(length: count * 4)
            try source.write(values)
            let commands = other.makeCommandBuffer()
            try commands.dispatch(kernel, arguments: [.buffer(source), .buffer(result)], globalSize: [count])
            try other.submit(commands).wait(timeout: .seconds(60))
            #expect(try result.read(as: UInt32.self) == values.map { $0 &+ 1 }, "\(device.adapter.name), round \(round): \(count) values")
        }
    }

    /// At a distance (a relay that holds every byte 5 ms each way: a 10 ms round trip, since this
    /// kernel has no `netem`), commands and transfers are pipelined: 200 submissions and one wait
    /// cost a few round trips, not 200, and a 4 MiB write and read back a few, not one per piece.
    @Test func atATenMillisecondRoundTripCommandsAndTransfersArePipelined() throws {
        let host = try Self.tlsHost.get()
        let port = try #require(host.location.description.split(separator: ":").last.flatMap { Int($0) })
        let relay = try DelayRelay(targetPort: port, oneWay: .milliseconds(5))
        defer { relay.close() }
        var options = host.options(tls: SpawnedTCPHost.clientTLS(try Self.certificates.get()), clientName: "distance")
        options.host = .tcp(host: "127.0.0.1", port: relay.port)
        let device = try Instance(options: options).adapters()[0].makeDevice()
        let queue = device.queue
        func seconds(_ body: () throws -> Void) throws -> Double {
            let start = ContinuousClock.now
            try body()
            let (whole, fraction) = (ContinuousClock.now - start).components
            return Double(whole) + Double(fraction) / 1e18
        }
        let roundTrip = try seconds { try queue.submit(queue.makeCommandBuffer()).wait(timeout: .seconds(30)) }
        #expect(roundTrip >= 0.010, "the relay holds each byte 5 ms each way")
        let burst = try seconds {
            var last: FenceValue?
            for _ in 0..<200 { last = try queue.submit(queue.makeCommandBuffer()) }
            try last?.wait(timeout: .seconds(60))
        }
        #expect(burst < 20 * roundTrip, "200 submissions took \(burst) s at a \(roundTrip) s round trip")
        let bytes = (0..<(4 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 9) }
        let buffer = try device.makeBuffer(length: bytes.count)
        var back: [UInt8] = []
        let transfer = try seconds {
            try buffer.write(bytes)
            back = try buffer.read(as: UInt8.self)
        }
        #expect(back == bytes)
        #expect(transfer < 20 * roundTrip, "4 MiB there and back took \(transfer) s at a \(roundTrip) s round trip")
    }

    /// The same bytecode crosses the wire once per host: later libraries refer to a live one, on
    /// any of the host's devices, and run as the first did; once every holder is released, the
    /// bytecode is sent again.
    @Test func repeatedBytecodeIsSentOncePerHost() throws {
        let host = try Self.tlsHost.get()
        let instance = try host.connect(tls: SpawnedTCPHost.clientTLS(try Self.certificates.get()))
        let registry = instance.connection.libraries
        let source = "__kernel void twice(__global int *a) { a[get_global_id(0)] *= 2; }"
        let devices = try instance.adapters().map { try $0.makeDevice() }
        func run(_ library: Library, on device: Device) throws {
            let buffer = try device.makeBuffer(array: (0..<256).map(Int32.init))
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(try library.makeKernel(named: "twice"), arguments: [.buffer(buffer)], globalSize: [256])
            try device.queue.submit(commands).wait(timeout: .seconds(60))
            #expect(try buffer.read(as: Int32.self) == (0..<256).map { Int32($0 * 2) }, "\(device.adapter.name)")
        }
        let before = registry.referencedCount
        var first: Library? = try devices[0].makeLibrary(source: source)
        for device in devices { try run(try device.makeLibrary(source: source), on: device) }
        #expect(registry.referencedCount == before + devices.count)
        try run(first!, on: devices[0])
        first = nil  // every holder is gone now: the next library carries its bytecode again
        let again = try devices[0].makeLibrary(source: source)
        #expect(registry.referencedCount == before + devices.count)
        try run(again, on: devices[0])
        try run(try devices[0].makeLibrary(source: source), on: devices[0])
        #expect(registry.referencedCount == before + devices.count + 1)
    }

    @Test func aClientWithoutACertificateIsRefusedAndTheHostKeepsServing() throws {
        let host = try Self.tlsHost.get()
        let directory = try Self.certificates.get()
        // Plain TCP to a TLS port.
        #expect(throws: ConduitError.self) { _ = try host.connect(tls: nil).adapters() }
        // A certificate signed by another CA (the client still trusts the host's CA).
        let stranger = try SpawnedTCPHost.makeCertificates()
        let refused = #expect(throws: ConduitError.self) { _ = try host.connect(tls: SpawnedTCPHost.clientTLS(stranger, trusting: directory)).adapters() }
        #expect(refused?.code == .deviceLost)
        // A host certificate the client's CA did not sign.
        #expect(throws: ConduitError.self) { _ = try host.connect(tls: SpawnedTCPHost.clientTLS(directory, trusting: stranger)).adapters() }
        let log = host.log
        #expect(log.contains("cut off") && log.contains("TLS failed"), "\(log)")
        // The rightful client is still served.
        #expect(try !host.connect(tls: SpawnedTCPHost.clientTLS(directory)).adapters().isEmpty)
    }

    @Test func plainTCPOffLoopbackIsRefusedUnlessInsecure() throws {
        let (status, message) = try run(SpawnedHost.executable, ["host", "--listen", "0.0.0.0:0"], environment: ProcessInfo.processInfo.environment)
        #expect(status != 0)
        #expect(message.contains("refusing to serve plain TCP") && message.contains("--insecure"), "\(message)")
        // With --insecure it serves, and says what that means.
        let insecure = try SpawnedTCPHost(certificates: nil, listen: "0.0.0.0:0", extraArguments: ["--insecure"])
        let warned = Date().addingTimeInterval(5)
        while !insecure.log.contains("WARNING: plain TCP") && Date() < warned { Thread.sleep(forTimeInterval: 0.05) }
        #expect(insecure.log.contains("WARNING: plain TCP"), "\(insecure.log)")
        insecure.kill()
    }

    @Test func peersThatAreNotClientsAreCutOff() throws {
        let host = try SpawnedTCPHost(certificates: nil, extraArguments: ["--hello-deadline-ms", "300"])
        let port = try #require(host.location.description.split(separator: ":").last.flatMap { UInt16($0) })
        // Not the protocol at all.
        #expect(try RawPeer(port: port).sendAndWaitForClose(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)))
        // A header that declares a 1 GiB frame: cut off before any payload is buffered.
        var header: [UInt8] = [0x43, 0x4E, 0x44, 0x54, 1, 0, 1, 0]
        header += [0, 0, 0, 0x40, 0, 0, 0, 0]
        #expect(try RawPeer(port: port).sendAndWaitForClose(header))
        // Silence (slow loris): cut off at the hello deadline.
        #expect(try RawPeer(port: port).sendAndWaitForClose([]))
        let log = host.log
        #expect(log.contains("does not speak the Conduit protocol"), "\(log)")
        #expect(log.contains("1073741824-byte payload"), "\(log)")
        #expect(log.contains("no hello within"), "\(log)")
        // Meanwhile a real client is served.
        #expect(try !host.connect(tls: nil).adapters().isEmpty)
    }

    @Test func oneInstanceSeesTheAdaptersOfSeveralHostsAndLosesOnlyTheOneThatDies() throws {
        let directory = try Self.certificates.get()
        let first = try Self.tlsHost.get()
        let second = try SpawnedTCPHost(certificates: directory)
        var options = second.options(tls: SpawnedTCPHost.clientTLS(directory))
        options.host = .list([.embedded, first.location, second.location])
        let instance = try Instance(options: options)
        let adapters = try instance.adapters()
        let perHost = Dictionary(grouping: adapters, by: \.host)
        #expect(perHost.count == 3)
        #expect(adapters.map(\.index) == Array(0..<adapters.count))
        #expect(perHost[second.location]?.count == perHost[.embedded]?.count)

        let doomed = try #require(perHost[second.location]?.first { $0.backend == .cpu }).makeDevice()
        let survivor = try #require(perHost[first.location]?.first { $0.backend == .cpu }).makeDevice()
        let local = try #require(perHost[.embedded]?.first { $0.backend == .cpu }).makeDevice()
        let doomedBuffer = try doomed.makeBuffer(array: [Float](repeating: 1, count: 1024))
        second.kill()
        let lost = #expect(throws: ConduitError.self) {
            for _ in 0..<100 {
                _ = try doomedBuffer.read(as: Float.self)
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        #expect(lost?.code == .deviceLost)
        #expect(lost?.description.contains(second.location.description.dropFirst(6)) == true, "\(String(describing: lost))")
        for device in [survivor, local] {
            let buffer = try device.makeBuffer(array: [Float](repeating: 2, count: 1024))
            let commands = device.queue.makeCommandBuffer()
            try commands.fill(buffer, with: UInt32(7))
            try device.queue.submit(commands).wait(timeout: .seconds(60))
            #expect(try buffer.read(as: UInt32.self).allSatisfy { $0 == 7 })
        }
    }

    /// Two machines on a network, as far as one machine can be: each host in a network namespace of
    /// its own, reached over veth links (loopback ports where namespaces cannot be made, said so).
    /// One Swift program and one unmodified OpenCL program see the adapters of both and run on them.
    @Test func twoHostsInTwoNamespacesServeOneClientProgram() throws {
        var namespaces: [TestNamespace] = []
        for index in 0..<2 {
            switch TestNamespace.make(index) {
            case let .success(namespace): namespaces.append(namespace)
            case let .failure(reason): print("RemoteHostTests: no network namespaces here (\(reason)); using loopback ports instead")
            }
        }
        if namespaces.count < 2 {
            namespaces.forEach { $0.remove() }
            namespaces = []
        }
        let directory = try SpawnedTCPHost.makeCertificates(names: namespaces.map(\.address))
        var hosts: [SpawnedTCPHost] = []
        defer {
            hosts.forEach { $0.kill() }
            namespaces.forEach { $0.remove() }
        }
        if namespaces.isEmpty {
            hosts = [try SpawnedTCPHost(certificates: directory), try SpawnedTCPHost(certificates: directory)]
        } else {
            for namespace in namespaces { hosts.append(try SpawnedTCPHost(certificates: directory, listen: namespace.address + ":0", namespace: namespace)) }
            for (host, namespace) in zip(hosts, namespaces) { #expect(host.location.description.hasPrefix("tcp://\(namespace.address):")) }
        }
        var options = hosts[0].options(tls: SpawnedTCPHost.clientTLS(directory))
        options.host = .list(hosts.map(\.location))
        let instance = try Instance(options: options)
        let adapters = try instance.adapters()
        for host in hosts {
            let cpu = try #require(adapters.first { $0.host == host.location && $0.backend == .cpu }, "no CPU adapter on \(host.location)")
            try expectGEMMMatchesReference(on: try cpu.makeDevice(), n: 64, seed: 2)
        }
        // The unmodified OpenCL programs, on the second host's adapters.
        var environment = try ICDFixture.shared.get().environment
        environment["CONDUIT_TLS_CA"] = directory + "/ca.pem"
        environment["CONDUIT_TLS_CERT"] = directory + "/client.pem"
        environment["CONDUIT_TLS_KEY"] = directory + "/client-key.pem"
        environment["CONDUIT_HOST"] = options.host.description
        let perHost = adapters.filter { $0.host == hosts[0].location }.count
        for (name, adapter) in [("programs_kernels", perHost), ("memory", perHost + 1), ("events", perHost)] {
            environment["CONDUIT_VISIBLE_ADAPTERS"] = "\(adapter)"
            let binary = try #require(try ICDFixture.shared.get().binaries[name])
            let result = try run(binary, [], environment: environment)
            #expect(result.status == 0 && result.output.contains("\(name): all checks passed"), "\(name) on adapter \(adapter):\n\(result.output)")
        }
    }

    @Test func theHostFreesEverythingOfAClientKilledMidUpload() throws {
        let directory = try Self.certificates.get()
        let host = try Self.tlsHost.get()
        let observer = try host.connect(tls: SpawnedTCPHost.clientTLS(directory), clientName: "observer")
        let client = Process()
        client.executableURL = URL(fileURLWithPath: SpawnedHost.executable)
        client.arguments = ["bench", "latency", "--host", host.location.description, "--transfer-mib", "512", "--json"]
        client.environment = ProcessInfo.processInfo.environment.merging(try SpawnedTCPHost.clientEnvironment()) { $1 }
        client.standardOutput = FileHandle.nullDevice
        client.standardError = FileHandle.nullDevice
        try client.run()
        // Wait until its 512 MiB transfer buffer exists on the host, then kill it mid-transfer.
        let deadline = Date().addingTimeInterval(120)
        var holding: HostReport.Client?
        while holding == nil && Date() < deadline && client.isRunning {
            holding = try observer.hostReport().clients.first { $0.name == "conduit-bench-latency" && $0.bufferBytes >= 512 << 20 }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(holding != nil, "the client never held its transfer buffer")
        kill(client.processIdentifier, SIGKILL)
        client.waitUntilExit()
        var report = try observer.hostReport()
        let freedBy = Date().addingTimeInterval(20)
        while report.clients.contains(where: { $0.name == "conduit-bench-latency" }) && Date() < freedBy {
            Thread.sleep(forTimeInterval: 0.05)
            report = try observer.hostReport()
        }
        #expect(!report.clients.contains { $0.name == "conduit-bench-latency" })
        #expect(report.clients.allSatisfy { $0.name == "observer" || $0.bufferBytes == 0 })
        #expect(report.liveBufferBytes < 512 << 20)
    }
}

extension RemoteHostTests {
    /// The wire fuzzer's idea on the TCP listener: valid client streams with bytes flipped,
    /// truncated, or with garbage spliced in, over many connections, then a flood of connections
    /// past the limit. The host stays up, the client that was already working keeps working, and
    /// nothing of the fuzzed sessions stays behind.
    @Test func mutatedStreamsAndAFloodOfConnectionsNeverHurtTheHost() throws {
        let host = try SpawnedTCPHost(certificates: nil, extraArguments: ["--hello-deadline-ms", "500", "--max-connections", "24"])
        let port = try #require(host.location.description.split(separator: ":").last.flatMap { UInt16($0) })
        let steady = try #require(try host.connect("steady").adapters(matching: .backend(.cpu)).first).makeDevice()
        let baseline = try host.report { $0.clients.count == 1 }

        let (device, queue, fence, buffer) = (
            ObjectID(index: 1, generation: 1), ObjectID(index: 2, generation: 1), ObjectID(index: 3, generation: 1), ObjectID(index: 4, generation: 1)
        )
        let valid: [UInt8] = [
            ClientMessage.hello(Hello(name: "fuzz")), .createDevice(id: device, adapterIndex: 0),
            .createQueue(id: queue, device: device, fence: fence), .createBuffer(id: buffer, device: device, length: 4096),
            .writeBuffer(queue: queue, buffer: buffer, offset: 16, data: ArraySlice(repeating: 7, count: 256)),
            .readBuffer(request: 1, queue: queue, buffer: buffer, offset: 0, length: 512), .queryStatus(request: 2)
        ].flatMap { $0.encoded() }
        var generator = SeededGenerator(seed: 2026)
        for round in 0..<150 {
            var stream = valid
            switch round % 3 {
            case 0:
                for _ in 0..<(1 + Int(generator.next() % 8)) { stream[Int(generator.next() % UInt64(stream.count))] ^= UInt8(1 + generator.next() % 255) }
            case 1:
                stream = Array(stream.prefix(Int(generator.next() % UInt64(stream.count))))
            default:
                let at = Int(generator.next() % UInt64(stream.count))
                stream.insert(contentsOf: (0..<(1 + generator.next() % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }, at: at)
            }
            guard let peer = try? RawPeer(port: port) else {
                Issue.record("the host refused round \(round) (running: \(host.process.isRunning)): \(host.log)")
                return
            }
            try peer.sendAndClose(stream)
        }
        // A flood: 60 connections held open at once against a limit of 24.
        let flood = try (0..<60).map { _ in try RawPeer(port: port) }
        try expectGEMMMatchesReference(on: steady, n: 48, seed: 3)
        let refusedBy = Date().addingTimeInterval(10)
        while !host.log.contains("connections are already served") && Date() < refusedBy { Thread.sleep(forTimeInterval: 0.05) }
        flood.forEach { $0.close() }
        let after = try host.report { $0.clients.count == 1 && $0.liveBuffers == baseline.liveBuffers }
        #expect(after.clients.map(\.name) == ["steady"], "\(after.clients)")
        #expect(after.liveBuffers == baseline.liveBuffers && after.liveBufferBytes == baseline.liveBufferBytes)
        #expect(host.process.isRunning)
        #expect(host.log.contains("connections are already served"), "\(host.log)")
        try expectGEMMMatchesReference(on: steady, n: 48, seed: 4)
    }
}

/// A TCP peer that is not a Conduit client: sends bytes, then waits for the host to hang up.
struct RawPeer {
    let socket: Int32

    init(port: UInt16) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ConduitError(.deviceLost, "cannot connect to port \(port): errno \(errno)") }
    }

    /// Sends the bytes and hangs up at once.
    func sendAndClose(_ bytes: [UInt8]) throws {
        defer { close() }
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    func close() { Glibc.close(socket) }

    /// Whether the host closed the connection within 10 s of the bytes.
    func sendAndWaitForClose(_ bytes: [UInt8]) throws -> Bool {
        defer { close() }
        if !bytes.isEmpty { _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var scratch = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &scratch, scratch.count, 0)
            if count == 0 { return true }  // orderly close
            if count < 0 { return errno == ECONNRESET }
        }
    }
}
