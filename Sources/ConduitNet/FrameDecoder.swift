import ConduitWire
import NIOCore

/// Cuts a TCP byte stream into wire frames: the 16-byte header, checked before anything else is
/// read (magic, and a declared length under `limit`), then exactly the payload it declares.
/// A stream that is no Conduit protocol, or that declares an oversized frame, is cut off at its
/// first header, before its payload is ever buffered.
struct FrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = [UInt8]
    let limit: Int

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard buffer.readableBytes >= Frame.headerSize,
            let magic = buffer.getInteger(at: buffer.readerIndex, endianness: .little, as: UInt32.self),
            let length = buffer.getInteger(at: buffer.readerIndex + 8, endianness: .little, as: UInt32.self)
        else { return .needMoreData }
        guard magic == Frame.magic else {
            throw NetError("the peer does not speak the Conduit protocol (first bytes 0x\(String(magic, radix: 16)))")
        }
        guard Int(length) <= limit - Frame.headerSize else {
            throw NetError("a frame declares a \(length)-byte payload; the limit is \(limit - Frame.headerSize)")
        }
        let total = Frame.headerSize + Int(length)
        guard buffer.readableBytes >= total, let frame = buffer.readBytes(length: total) else { return .needMoreData }
        context.fireChannelRead(wrapInboundOut(frame))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
