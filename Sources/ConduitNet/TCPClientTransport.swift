import ConduitWire
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import Synchronization

/// The client's end of a connection to a host over TCP (`CONDUIT_HOST=tcp://HOST:PORT`), TLS 1.3
/// with a client certificate when it is given one.
///
/// Frames from any thread go into an outbox that one event-loop task drains, writing them all and
/// flushing once: a burst of submissions costs one wake-up of the loop and as few TCP segments as
/// the kernel makes of it (`TCP_NODELAY` is on, so a lone command is never held back). A sender
/// waits while more than `maxQueuedBytes` are queued and not yet written to the socket, so a host
/// that stops reading slows its client down instead of growing its memory.
package final class TCPClientTransport: ClientTransport, @unchecked Sendable {
    // SAFETY: `channel` is fixed after `connect`; mutable state is in the mutex and the condition.
    private let channel: any Channel
    private let handler: ClientFrameHandler
    private let outbox = Mutex(Outbox())
    private let drained = NSCondition()
    private let queuedBytes = Atomic<Int>(0)

    /// Bytes a client may have queued toward the host before `send` waits.
    package static let maxQueuedBytes = 32 << 20

    private struct Outbox {
        var frames: [[UInt8]] = []
        var scheduled = false
    }

    private init(channel: any Channel, handler: ClientFrameHandler) {
        self.channel = channel
        self.handler = handler
    }

    /// Connects, completes the TLS handshake when `tls` is given, and starts delivering the host's
    /// frames to `receiver` (on an event-loop thread).
    ///
    /// - Throws: `NetError` naming the address and the cause: nothing listening, a refused or
    ///   failed handshake (wrong CA, no client certificate, a plain host), a timeout.
    package static func connect(
        host: String, port: Int, tls: TLSIdentity?, receiver: any HostFrameReceiver, timeout: Duration = .seconds(10)
    ) throws(NetError) -> TCPClientTransport {
        let context = try tls?.clientContext()
        let isAddress = (try? SocketAddress(ipAddress: host, port: port)) != nil
        let group = MultiThreadedEventLoopGroup.singleton
        let handshake = group.next().makePromise(of: Void.self)
        let handler = ClientFrameHandler(receiver: receiver, handshake: handshake, expectsTLS: context != nil, peer: "\(host):\(port)")
        let bootstrap = ClientBootstrap(group: handshake.futureResult.eventLoop)
            .connectTimeout(TimeAmount(timeout))
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handlers = channel.pipeline.syncOperations
                    if let context {
                        try handlers.addHandler(try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host))
                    }
                    try handlers.addHandler(ByteToMessageHandler(FrameDecoder(limit: TCPWire.maxFrameBytes)))
                    try handlers.addHandler(handler)
                }
            }
        let channel: any Channel
        do {
            channel = try bootstrap.connect(host: host, port: port).wait()
        } catch {
            throw NetError("cannot connect to tcp://\(host):\(port): \(error)")
        }
        let deadline = channel.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
            handshake.fail(NetError("no TLS handshake with tcp://\(host):\(port) within \(timeout)"))
        }
        do {
            try handshake.futureResult.wait()
            deadline.cancel()
        } catch {
            channel.close(promise: nil)
            throw error as? NetError ?? NetError("cannot connect to tcp://\(host):\(port): \(error)")
        }
        return TCPClientTransport(channel: channel, handler: handler)
    }

    package func send(_ frame: [UInt8]) {
        let size = frame.count
        if queuedBytes.wrappingAdd(size, ordering: .relaxed).newValue > Self.maxQueuedBytes && !channel.eventLoop.inEventLoop {
            drained.lock()
            while queuedBytes.load(ordering: .relaxed) > Self.maxQueuedBytes && channel.isActive {
                _ = drained.wait(until: Date(timeIntervalSinceNow: 0.05))
            }
            drained.unlock()
        }
        let schedule = outbox.withLock { outbox in
            outbox.frames.append(frame)
            defer { outbox.scheduled = true }
            return !outbox.scheduled
        }
        if schedule { channel.eventLoop.execute { self.writeOutbox() } }
    }

    /// On the event loop: writes every waiting frame and flushes once.
    private func writeOutbox() {
        let frames = outbox.withLock { outbox in
            outbox.scheduled = false
            defer { outbox.frames.removeAll(keepingCapacity: true) }
            return outbox.frames
        }
        guard !frames.isEmpty else { return }
        var bytes = 0
        for frame in frames.dropLast() {
            bytes += frame.count
            channel.write(channel.allocator.buffer(bytes: frame), promise: nil)
        }
        bytes += frames[frames.count - 1].count
        // Writes complete in order: the last one's promise stands for the whole batch.
        let promise = channel.eventLoop.makePromise(of: Void.self)
        let written = bytes
        promise.futureResult.whenComplete { _ in
            self.queuedBytes.wrappingSubtract(written, ordering: .relaxed)
            self.drained.broadcast()
        }
        channel.writeAndFlush(channel.allocator.buffer(bytes: frames[frames.count - 1]), promise: promise)
    }

    package func close() {
        handler.closing()
        channel.close(promise: nil)
        drained.broadcast()
    }
}

/// Delivers the host's frames and tells the transport's owner when the connection ends.
private final class ClientFrameHandler: ChannelInboundHandler, @unchecked Sendable {
    // SAFETY: all state is touched on the channel's event loop, except `closedByUs` (atomic).
    typealias InboundIn = [UInt8]

    private weak var receiver: (any HostFrameReceiver)?
    private let handshake: EventLoopPromise<Void>
    private let expectsTLS: Bool
    private let peer: String
    private var established = false
    private var heardFromHost = false
    private let closedByUs = Atomic<Bool>(false)

    init(receiver: any HostFrameReceiver, handshake: EventLoopPromise<Void>, expectsTLS: Bool, peer: String) {
        self.receiver = receiver
        self.handshake = handshake
        self.expectsTLS = expectsTLS
        self.peer = peer
    }

    func closing() { closedByUs.store(true, ordering: .releasing) }

    func channelActive(context: ChannelHandlerContext) {
        if !expectsTLS { establish() }
        context.fireChannelActive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted = event as? TLSUserEvent { establish() }
        context.fireUserInboundEventTriggered(event)
    }

    private func establish() {
        established = true
        handshake.succeed()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        heardFromHost = true
        receiver?.receive(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        let hint =
            heardFromHost
            ? ""
            : expectsTLS
                ? " during the handshake (does it trust the CA that signed CONDUIT_TLS_CERT?)"
                : " before answering (if it serves TLS, give CONDUIT_TLS_CERT, CONDUIT_TLS_KEY and CONDUIT_TLS_CA)"
        end("the host at tcp://\(peer) closed the connection" + hint)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let reason =
            error is NIOSSLError || error is BoringSSLError
            ? "TLS with tcp://\(peer) failed: \(error) (the host's certificate must be signed by CONDUIT_TLS_CA and name the address used; "
                + "the host must trust the CA of CONDUIT_TLS_CERT)"
            : "the connection to tcp://\(peer) failed: \(error)"
        end(reason)
        context.close(promise: nil)
    }

    private func end(_ reason: String) {
        if !established {
            established = true
            closedByUs.store(true, ordering: .releasing)  // the handshake's failure is the one report
            handshake.fail(NetError(reason))
            return
        }
        guard !closedByUs.exchange(true, ordering: .acquiringAndReleasing) else { return }
        receiver?.transportFailed(reason)
    }
}
