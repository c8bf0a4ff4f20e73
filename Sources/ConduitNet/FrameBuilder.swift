import ConduitWire

/// Builds frames in place from a stream read piece by piece: the 16-byte header first (checked
/// against the magic and the limit before anything else is allocated), then a frame of exactly
/// the declared size, allocated once without being zeroed, whose payload the reader fills
/// directly (a TLS record's plaintext is decrypted straight into it).
struct FrameBuilder {
    let limit: Int
    private var header = [UInt8](repeating: 0, count: Frame.headerSize)
    private var headerFilled = 0
    private var frame: [UInt8] = []
    private var filled = 0

    init(limit: Int) { self.limit = limit }

    /// Lets `read` fill the space that comes next in the stream (it returns how many bytes it
    /// wrote, 0 for none now). Returns the count read and the frame it completed, if it did.
    mutating func read(_ read: (UnsafeMutableRawBufferPointer) -> Int) throws(NetError) -> (count: Int, frame: [UInt8]?) {
        if headerFilled < Frame.headerSize {
            let count = header.withUnsafeMutableBytes { read(UnsafeMutableRawBufferPointer(rebasing: $0[headerFilled...])) }
            headerFilled += count
            guard headerFilled == Frame.headerSize else { return (count, nil) }
            let length = try FrameReader.frameLength(header, limit: limit)
            frame = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
                _ = buffer.initialize(from: header)
                initialized = length  // the payload is written below before anything reads it
            }
            filled = Frame.headerSize
            return (count, complete())
        }
        let count = frame.withUnsafeMutableBytes { read(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
        filled += count
        return (count, complete())
    }

    private mutating func complete() -> [UInt8]? {
        guard filled == frame.count else { return nil }
        headerFilled = 0
        defer { frame = [] }
        return frame
    }
}
