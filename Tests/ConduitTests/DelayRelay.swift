import ConduitNet
import Foundation
import Synchronization

/// A TCP relay on a loopback port that forwards every connection to `target` and delays every
/// byte by `oneWay` in each direction: a network with a round trip of twice that, for a kernel
/// without `sch_netem` (`tc qdisc … netem delay` is not available on these machines). TLS passes
/// through it untouched; the host's certificate names 127.0.0.1, which the relay listens on.
final class DelayRelay: @unchecked Sendable {
    // SAFETY: `listener` is fixed; threads only read it; `closed` is atomic.
    let port: Int
    private let listener: Int32
    private let closed = Atomic<Bool>(false)

    init(targetPort: Int, oneWay: Duration) throws {
        guard let (listening, port) = LoopbackSocket.listening() else { throw RelayError(description: "cannot listen on a loopback port") }
        listener = listening
        self.port = Int(port)
        let thread = Thread { [self] in
            while !closed.load(ordering: .relaxed) {
                let client = accept(listening, nil, nil)
                guard client >= 0 else { return }
                guard let server = LoopbackSocket.connected(to: UInt16(targetPort)) else {
                    Glibc.close(client)
                    continue
                }
                LoopbackSocket.noDelay(client)
                Self.forward(from: client, to: server, delay: oneWay)
                Self.forward(from: server, to: client, delay: oneWay)
            }
        }
        thread.start()
    }

    func close() {
        closed.store(true, ordering: .relaxed)
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    /// One direction: a reader stamps each chunk with when it may leave, a writer sends it then.
    private static func forward(from source: Int32, to destination: Int32, delay: Duration) {
        let queue = Mutex<[(due: ContinuousClock.Instant, bytes: [UInt8])]>([])
        let arrived = DispatchSemaphore(value: 0)
        Thread {
            var buffer = [UInt8](repeating: 0, count: 256 << 10)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
                let chunk = count > 0 ? Array(buffer[..<count]) : []
                queue.withLock { $0.append((ContinuousClock.now + delay, chunk)) }
                arrived.signal()
                if count <= 0 { return }
            }
        }.start()
        Thread {
            while true {
                arrived.wait()
                guard let (due, bytes) = queue.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
                let wait = due - .now
                if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18) }
                if bytes.isEmpty {
                    shutdown(destination, Int32(SHUT_WR))
                    return
                }
                var sent = 0
                while sent < bytes.count {
                    let count = bytes.withUnsafeBytes { send(destination, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
                    guard count > 0 else {
                        shutdown(source, Int32(SHUT_RDWR))
                        return
                    }
                    sent += count
                }
            }
        }.start()
    }

    struct RelayError: Error, CustomStringConvertible {
        var description: String
    }
}
