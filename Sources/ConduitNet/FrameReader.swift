import ConduitWire
import NIOCore

/// Cuts a TCP byte stream into wire frames: the 16-byte header, checked before anything else is
/// read (magic, and a declared length under `limit`), then exactly the payload it declares.
/// A stream that is no Conduit protocol, or that declares an oversized frame, is cut off at its
/// first header, before its payload is ever buffered.
///
/// Each frame is allocated once at its full size when its header arrives and filled straight
/// from the bytes read: no buffer that grows and is copied again as a large transfer arrives.
final class FrameReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = [UInt8]

    private let limit: Int
    private var header: [UInt8] = []
    private var frame: [UInt8] = []
    private var expected = 0
    private var failed = false

    init(limit: Int) {
        self.limit = limit
        header.reserveCapacity(Frame.headerSize)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        while bytes.readableBytes > 0 && !failed {
            if expected == 0 {
                let take = min(Frame.headerSize - header.count, bytes.readableBytes)
                header += bytes.readBytes(length: take)!
                guard header.count == Frame.headerSize else { return }
                do {
                    expected = try Self.frameLength(header, limit: limit)
                } catch {
                    failed = true
                    context.fireErrorCaught(error)
                    return
                }
                frame = []
                frame.reserveCapacity(expected)
                frame += header
                header.removeAll(keepingCapacity: true)
            }
            let take = min(expected - frame.count, bytes.readableBytes)
            bytes.readWithUnsafeReadableBytes { raw in
                frame.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[..<take]))
                return take
            }
            if frame.count == expected {
                expected = 0
                let complete = frame
                frame = []
                context.fireChannelRead(wrapInboundOut(complete))
            }
        }
    }

    /// The whole frame's length from its header, after checking the magic and the limit.
    static func frameLength(_ header: [UInt8], limit: Int) throws(NetError) -> Int {
        let magic = UInt32(header[0]) | UInt32(header[1]) << 8 | UInt32(header[2]) << 16 | UInt32(header[3]) << 24
        guard magic == Frame.magic else {
            throw NetError("the peer does not speak the Conduit protocol (first bytes 0x\(String(magic.byteSwapped, radix: 16)))")
        }
        let length = Int(header[8]) | Int(header[9]) << 8 | Int(header[10]) << 16 | Int(header[11]) << 24
        guard length <= limit - Frame.headerSize else {
            throw NetError("a frame declares a \(length)-byte payload; the limit is \(limit - Frame.headerSize)")
        }
        return Frame.headerSize + length
    }
}
