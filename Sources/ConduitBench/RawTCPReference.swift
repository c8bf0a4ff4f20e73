import ConduitNet
import Foundation
import Synchronization

/// What loopback TCP itself costs on this machine, measured in the same run as Conduit's TCP
/// transport: a plain-socket ping-pong of 64-byte messages between two threads (`TCP_NODELAY`,
/// blocking reads), a bulk transfer one way then back, in 4 MiB writes, and Debian's iperf3 one
/// way when it is installed.
public enum RawTCPReference {
    public struct Result: Sendable, Codable {
        public var pingPongMicroseconds: Double
        public var pingPongP99Microseconds: Double
        /// The size of the bulk transfers.
        public var bulkBytes: Int
        /// Bytes sent then received back over loopback, per second, counting both directions.
        public var bulkGBPerSecond: Double
        /// Debian's iperf3 over loopback, one way (nil when iperf3 is not installed).
        public var iperf3GBPerSecond: Double?
        /// The ping-pong while two other threads stream `bulkBytes` three times over a second
        /// connection: what a busy link and busy CPUs cost a small message on this machine.
        public var pingPongDuringBulkMicroseconds: Double
        public var pingPongDuringBulkP99Microseconds: Double
    }

    public static func measure(roundTrips: Int = 5000, bulkBytes: Int = 256 << 20) throws -> Result {
        let (client, server) = try connectedPair()
        defer {
            close(client)
            close(server)
        }
        // The echoing side: answers each 64-byte message, then serves the bulk test (receive
        // `bulkBytes`, send them back) five times.
        let echo = Thread {
            var message = [UInt8](repeating: 0, count: 64)
            for _ in 0..<(roundTrips + 200) {
                guard receiveAll(server, &message), sendAll(server, message) else { return }
            }
            var bulk = [UInt8](repeating: 0, count: bulkBytes)
            for _ in 0..<5 {
                guard receiveAll(server, &bulk), sendAll(server, bulk) else { return }
            }
        }
        echo.start()
        var message = [UInt8](repeating: 7, count: 64)
        let pings = try Timing.measure(iterations: roundTrips, warmUp: 200) {
            guard sendAll(client, message), receiveAll(client, &message) else { throw BenchmarkError("the ping-pong socket failed") }
        }
        var bulk = [UInt8](repeating: 1, count: bulkBytes)
        let transfers = try Timing.measure(iterations: 5, warmUp: 0) {
            guard sendAll(client, bulk), receiveAll(client, &bulk) else { throw BenchmarkError("the bulk socket failed") }
        }
        let busy = try pingPongDuringBulk(bulkBytes: bulkBytes)
        return Result(
            pingPongMicroseconds: pings.median * 1e6, pingPongP99Microseconds: LatencyBenchmark.percentile(pings.samples, 0.99) * 1e6,
            bulkBytes: bulkBytes, bulkGBPerSecond: Double(2 * bulkBytes) / transfers.median / 1e9, iperf3GBPerSecond: iperf3(bytes: bulkBytes),
            pingPongDuringBulkMicroseconds: busy.median * 1e6,
            pingPongDuringBulkP99Microseconds: LatencyBenchmark.percentile(busy.samples, 0.99) * 1e6)
    }

    /// Ping-pongs on one connection for as long as `bulkBytes` stream three times over another.
    static func pingPongDuringBulk(bulkBytes: Int) throws -> Timing {
        let (client, server) = try connectedPair()
        let (sender, receiver) = try connectedPair()
        defer { for fd in [client, server, sender, receiver] { close(fd) } }
        let echo = Thread {
            var message = [UInt8](repeating: 0, count: 64)
            while receiveAll(server, &message), sendAll(server, message) {}
        }
        let finished = Mutex(false)
        let stream = Thread {
            let bulk = [UInt8](repeating: 3, count: bulkBytes)
            for _ in 0..<3 where sendAll(sender, bulk) {}
            shutdown(sender, Int32(SHUT_WR))
        }
        let drain = Thread {
            var bulk = [UInt8](repeating: 0, count: 4 << 20)
            while bulk.withUnsafeMutableBytes({ recv(receiver, $0.baseAddress!, $0.count, 0) }) > 0 {}
            finished.withLock { $0 = true }
        }
        for thread in [echo, drain, stream] { thread.start() }
        var message = [UInt8](repeating: 7, count: 64)
        var samples: [Double] = []
        while samples.isEmpty || !finished.withLock({ $0 }) {
            let start = ContinuousClock.now
            guard sendAll(client, message), receiveAll(client, &message) else { throw BenchmarkError("the ping-pong socket failed") }
            samples.append(Timing.seconds(ContinuousClock.now - start))
        }
        shutdown(client, Int32(SHUT_RDWR))  // the echo thread's read fails, and it ends
        return Timing(samples: samples)
    }

    /// `iperf3 -c 127.0.0.1 -n BYTES` against a one-shot `iperf3 -s` on a free port, in GB/s.
    static func iperf3(bytes: Int) -> Double? {
        let executable = "/usr/bin/iperf3"
        guard FileManager.default.isExecutableFile(atPath: executable), let port = try? freePort() else { return nil }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: executable)
        server.arguments = ["-s", "-1", "-p", "\(port)"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        guard (try? server.run()) != nil else { return nil }
        defer { if server.isRunning { server.terminate() } }
        for _ in 0..<20 {
            Thread.sleep(forTimeInterval: 0.1)
            let client = Process()
            client.executableURL = URL(fileURLWithPath: executable)
            client.arguments = ["-c", "127.0.0.1", "-p", "\(port)", "-n", "\(bytes)", "-l", "1M", "--json"]
            let output = Pipe()
            client.standardOutput = output
            client.standardError = FileHandle.nullDevice
            guard (try? client.run()) != nil else { return nil }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            client.waitUntilExit()
            guard client.terminationStatus == 0,
                let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let end = report["end"] as? [String: Any], let received = end["sum_received"] as? [String: Any],
                let bits = received["bits_per_second"] as? Double
            else { continue }  // the server may not be listening yet
            return bits / 8e9
        }
        return nil
    }

    private static func freePort() throws -> UInt16 {
        guard let (fd, port) = LoopbackSocket.listening() else { throw BenchmarkError("no free loopback port") }
        close(fd)
        return port
    }

    /// Two connected loopback sockets with TCP_NODELAY.
    private static func connectedPair() throws -> (Int32, Int32) {
        guard let (listener, port) = LoopbackSocket.listening(backlog: 1) else { throw BenchmarkError("cannot listen on a loopback port") }
        defer { close(listener) }
        guard let client = LoopbackSocket.connected(to: port) else { throw BenchmarkError("cannot connect over loopback") }
        let server = accept(listener, nil, nil)
        guard server >= 0 else { throw BenchmarkError("cannot connect over loopback") }
        LoopbackSocket.noDelay(server)
        return (client, server)
    }

    private static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = send(fd, buffer.baseAddress! + offset, min(4 << 20, buffer.count - offset), Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }

    private static func receiveAll(_ fd: Int32, _ bytes: inout [UInt8]) -> Bool {
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = recv(fd, buffer.baseAddress! + offset, buffer.count - offset, 0)
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }
}
