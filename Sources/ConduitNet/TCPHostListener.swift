import ConduitHost
import ConduitWire
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// `conduit host --listen HOST:PORT`: the host's protocol over TCP, TLS 1.3 with mutual
/// authentication unless it was explicitly turned off.
///
/// Each connection is one session on the shared `HostService`, exactly as a Unix-socket client
/// is; the differences are what a network adds: no shared memory (buffers travel in frames, in
/// chunks), a peer that may be anyone (TLS with client certificates, a deadline for the
/// handshake, a connection limit, a frame limit checked before a payload is buffered), and a
/// peer that may stop reading (a bound on the replies waiting for it).
package final class TCPHostListener: Sendable {
    /// What a listener enforces on its peers.
    package struct Limits: Sendable {
        /// Connections served at once; more are accepted and closed at once, with a log line.
        package var connections = 256
        /// Time from accepting a connection to its `hello` (TLS handshake included): a peer that
        /// sends nothing, or too slowly, is cut off then.
        package var helloDeadline: Duration = .seconds(10)
        /// The largest frame a peer may send. Transfers travel in chunks far below it.
        package var frameBytes = TCPWire.maxFrameBytes
        /// Bytes of replies queued for a peer that does not read them before it is disconnected.
        package var unreadReplyBytes = 256 << 20
        package init() {}
    }

    private let channel: any Channel
    private let group: MultiThreadedEventLoopGroup
    /// The address actually bound (port 0 picks a free one).
    package let address: SocketAddress
    package let usesTLS: Bool
    /// Plain TCP on an address other than loopback (`insecure` was given): anyone who reaches it can use the host.
    package let exposedWithoutTLS: Bool
    private let connections: ConnectionCount

    /// Binds `host:port` and starts serving `service`.
    ///
    /// - Parameters:
    ///   - tls: the host's certificate and key, and the CA client certificates must be signed by;
    ///     nil serves plain TCP, which is refused on any address but loopback unless `insecure`.
    ///   - log: where refusals and disconnections are reported, one line each.
    package init(
        service: HostService, host: String, port: Int, tls: TLSIdentity?, insecure: Bool = false,
        limits: Limits = Limits(), log: @escaping @Sendable (String) -> Void
    ) throws(NetError) {
        let address: SocketAddress
        do {
            address = try SocketAddress.makeAddressResolvingHost(host, port: port)
        } catch {
            throw NetError("cannot resolve \(host):\(port): \(error)")
        }
        if tls == nil && !insecure && !Self.isLoopback(address) {
            throw NetError(
                "refusing to serve plain TCP on \(host), which is not a loopback address: anyone who reaches it could use the host. "
                    + "Give --cert, --key and --client-ca (see `conduit host make-certs`), or --insecure to accept the risk")
        }
        let context = try tls?.serverContext()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(2, System.coreCount))
        let connections = ConnectionCount()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 128)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            // Large reads for large transfers (the default grows to 64 KiB).
            .childChannelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 1024, initial: 64 << 10, maximum: 1 << 20))
            .childChannelInitializer { channel in
                let admitted = connections.count.withLock { count in
                    guard count < limits.connections else { return false }
                    count += 1
                    return true
                }
                guard admitted else {
                    log("refused \(Self.peer(channel)): \(limits.connections) connections are already served")
                    return channel.close()
                }
                channel.closeFuture.whenComplete { _ in connections.count.withLock { $0 -= 1 } }
                return channel.eventLoop.makeCompletedFuture {
                    let handlers = channel.pipeline.syncOperations
                    if let context { try handlers.addHandler(NIOSSLServerHandler(context: context)) }
                    try handlers.addHandler(FrameReader(limit: limits.frameBytes))
                    try handlers.addHandler(RemoteClientHandler(service: service, channel: channel, limits: limits, log: log))
                }
            }
        do {
            channel = try bootstrap.bind(to: address).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw NetError("cannot listen on \(host):\(port): \(error)")
        }
        self.group = group
        self.connections = connections
        self.address = channel.localAddress ?? address
        usesTLS = context != nil
        exposedWithoutTLS = context == nil && !Self.isLoopback(address)
    }

    /// `HOST:PORT` as clients name it (`[ADDRESS]:PORT` for IPv6), with the port actually bound.
    package var endpoint: String {
        let host = address.ipAddress ?? "?"
        return (host.contains(":") ? "[\(host)]" : host) + ":\(address.port ?? 0)"
    }

    /// Clients being served now.
    package var clientCount: Int { connections.count.withLock { $0 } }

    /// Waits until `stop()`.
    package func wait() {
        try? channel.closeFuture.wait()
    }

    /// Stops accepting and drops every client (their sessions close and free what they held).
    package func stop() {
        channel.close(promise: nil)
        try? group.syncShutdownGracefully()
    }

    static func isLoopback(_ address: SocketAddress) -> Bool {
        switch address {
        case let .v4(v4): return (v4.address.sin_addr.s_addr & 0xFF) == 127  // network byte order: first octet
        case .v6: return address.ipAddress == "::1"
        default: return false
        }
    }

    static func peer(_ channel: any Channel) -> String {
        channel.remoteAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "a peer"
    }
}

/// The connections a listener serves now (a class, so the accept path's closures share it).
final class ConnectionCount: Sendable {
    let count = Mutex(0)
}

/// Limits both ends of the TCP transport share.
package enum TCPWire {
    /// The largest frame either side accepts: bytecode and chunks of transfers fit well under it.
    package static let maxFrameBytes = 64 << 20
    /// Buffer transfers travel in frames of at most this many data bytes, so a large transfer
    /// never holds the connection for longer than one chunk at a time.
    package static let transferChunkBytes = 1 << 20
}
