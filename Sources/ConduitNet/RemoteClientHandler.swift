import ConduitHost
import ConduitWire
import NIOCore
import NIOSSL
import Synchronization

/// The host's end of one TCP connection: frames in to a session, the session's frames out.
///
/// The session opens with the first frame (after the TLS handshake, when there is one) and closes
/// with the connection, which frees everything the client held. Frames are handed to the session
/// on the connection's event loop; a burst of them (one read's worth) pushes its fence advances
/// once, at the end.
///
/// A connection whose first frame is `joinBulkLane` is instead the bulk lane of the session that
/// gave out its token: it carries that session's write bytes in and read replies out, and when
/// either connection of the pair closes, the session ends and the other closes too.
final class RemoteClientHandler: ChannelInboundHandler, HostFrameReceiver, @unchecked Sendable {
    // SAFETY: `session`, `inBurst`, `ended` and `deadline` are touched on the channel's event loop only;
    // `unread` is guarded by its mutex; `channel` and the rest are fixed.
    typealias InboundIn = [UInt8]

    private let service: HostService
    private let channel: any Channel
    private let limits: TCPHostListener.Limits
    private let log: @Sendable (String) -> Void
    private var session: Session?
    private var inBurst = false
    /// Whether this connection is a session's bulk lane.
    private var isBulkLane = false
    /// Set when the channel goes inactive: frames still decoded from bytes read before (the
    /// decoder finishes its buffer) open no new session.
    private var ended = false
    private var deadline: Scheduled<Void>?
    private let unread = Mutex(0)
    private let peer: String

    init(service: HostService, channel: any Channel, limits: TCPHostListener.Limits, log: @escaping @Sendable (String) -> Void) {
        self.service = service
        self.channel = channel
        self.limits = limits
        self.log = log
        peer = TCPHostListener.peer(channel)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let channel = channel, peer = peer, log = log, limit = limits.helloDeadline
        deadline = context.eventLoop.scheduleTask(in: TimeAmount(limit)) {
            log("cut off \(peer): no hello within \(limit) (TLS handshake included)")
            channel.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        guard !ended else { return }
        if session == nil {
            deadline?.cancel()
            deadline = nil
            if (try? Frame.open(frame))?.type == ClientMessage.MessageType.joinBulkLane.rawValue {
                return join(frame, context: context)
            }
            session = service.connect(receiver: self, descriptors: nil, processID: 0, offersBulkLane: true)
        }
        if isBulkLane {
            // Too many bytes wait for their writes: stop reading until the session resumes us.
            if session?.receiveBulk(frame) == false { context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in } }
            return
        }
        if !inBurst {
            inBurst = true
            session?.beginBurst()
        }
        session?.receive(frame)
    }

    /// Makes this connection the bulk lane of the session whose token it presents, or cuts it off.
    private func join(_ frame: [UInt8], context: ChannelHandlerContext) {
        let channel = channel
        guard case let .joinBulkLane(request, token)? = try? ClientMessage.decode(frame),
            let joined = service.joinBulkLane(
                token: token, receiver: self,
                resume: { channel.setOption(ChannelOptions.autoRead, value: true).whenFailure { _ in } })
        else {
            log("cut off \(peer): it asked to join a bulk lane with a token no session gave out")
            ended = true
            context.close(promise: nil)
            return
        }
        session = joined
        isBulkLane = true
        receive(HostMessage.bulkLaneJoined(request: request).encoded())
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if inBurst {
            inBurst = false
            session?.endBurst()
        }
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        ended = true
        deadline?.cancel()
        // Closed later in this loop turn, never from inside this call: a write that fails while the
        // session pushes a frame (under its lock) closes the channel right there, and a close from
        // here would take that lock again (the TCP fuzz test crashed the host so).
        if let session {
            let ending = inBurst
            context.eventLoop.execute {
                if ending { session.endBurst() }
                session.close()
            }
        }
        session = nil
        inBurst = false
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A client that ends without TLS's close_notify (one that exits, or is killed) is not
        // news once its session ran; before that, it is a peer that never got through TLS.
        if session != nil, let tls = error as? NIOSSLError, case .uncleanShutdown = tls {
            context.close(promise: nil)
            return
        }
        log("cut off \(peer): \(Self.describe(error))")
        context.close(promise: nil)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? NIOSSLError {
            return "TLS failed (\(error)): the peer has no certificate signed by the client CA, or does not speak TLS"
        }
        if error is NIOSSLExtraError || error is BoringSSLError {
            return "TLS failed (\(error))"
        }
        return "\(error)"
    }

    // MARK: - HostFrameReceiver (any host thread)

    func receive(_ frame: [UInt8]) {
        send(channel.allocator.buffer(bytes: frame))
    }

    /// Builds the frame straight in the buffer the socket sends from: one copy of a read's bytes.
    func receive(frameOfSize size: Int, fill: (UnsafeMutableRawBufferPointer) -> Bool) {
        var buffer = channel.allocator.buffer(capacity: size)
        let written = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { space in
            fill(UnsafeMutableRawBufferPointer(rebasing: space[..<size])) ? size : 0
        }
        if written == size { send(buffer) }
    }

    /// Queues a frame for the peer, unless too many bytes already wait for it to read them.
    private func send(_ buffer: ByteBuffer) {
        let size = buffer.readableBytes
        let backlog = unread.withLock { bytes in
            bytes += size
            return bytes
        }
        guard backlog <= limits.unreadReplyBytes else {
            log("cut off \(peer): \(backlog) bytes of replies wait unread (limit \(limits.unreadReplyBytes))")
            channel.close(promise: nil)
            return
        }
        let promise = channel.eventLoop.makePromise(of: Void.self)
        promise.futureResult.whenComplete { _ in self.unread.withLock { $0 -= size } }
        channel.writeAndFlush(buffer, promise: promise)
    }

    func transportFailed(_ reason: String) {}

    /// The session ended (its other connection closed, or this one did): close this one too.
    func sessionEnded() {
        channel.close(promise: nil)
    }
}
