/// Reads little-endian fields from a frame, checking every length against what remains.
///
/// The reader owns a private copy of the bytes: a frame is copied out of any shared memory once,
/// before parsing, so a peer cannot change a length after it was checked.
package struct WireReader: Sendable {
    private let bytes: [UInt8]
    package private(set) var offset: Int

    package init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    package var remaining: Int { bytes.count - offset }

    package mutating func u8() throws(WireError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    package mutating func bool() throws(WireError) -> Bool {
        let raw = try u8()
        guard raw <= 1 else { throw .invalidValue(what: "boolean", value: UInt64(raw)) }
        return raw == 1
    }

    package mutating func u16() throws(WireError) -> UInt16 { try littleEndian() }
    package mutating func u32() throws(WireError) -> UInt32 { try littleEndian() }
    package mutating func u64() throws(WireError) -> UInt64 { try littleEndian() }
    package mutating func f32() throws(WireError) -> Float { Float(bitPattern: try littleEndian()) }
    package mutating func id() throws(WireError) -> ObjectID { ObjectID(rawValue: try u64()) }

    /// A u32 length (at most `limit`), then that many bytes, sharing the frame's storage: bulk
    /// data (a write's, a read's result) is not copied again on its way to where it goes.
    package mutating func bulk(limit: Int, what: String) throws(WireError) -> ArraySlice<UInt8> {
        let count = try u32()
        guard count <= limit else {
            throw .countTooLarge(what: what, count: UInt64(count), limit: UInt64(limit))
        }
        try need(Int(count))
        defer { offset += Int(count) }
        return bytes[offset..<offset + Int(count)]
    }

    /// A u32 length (at most `limit`), then that many bytes.
    package mutating func blob(limit: Int, what: String) throws(WireError) -> [UInt8] {
        let count = try u32()
        guard count <= limit else {
            throw .countTooLarge(what: what, count: UInt64(count), limit: UInt64(limit))
        }
        try need(Int(count))
        defer { offset += Int(count) }
        return Array(bytes[offset..<offset + Int(count)])
    }

    package mutating func string(limit: Int = 4096, what: String) throws(WireError) -> String {
        let raw = try blob(limit: limit, what: what)
        guard let text = String(validating: raw, as: UTF8.self) else { throw .invalidUTF8(what: what) }
        return text
    }

    /// A u32 element count, capped before anything is allocated for it.
    package mutating func count(limit: Int, what: String) throws(WireError) -> Int {
        let count = try u32()
        guard count <= limit else {
            throw .countTooLarge(what: what, count: UInt64(count), limit: UInt64(limit))
        }
        return Int(count)
    }

    package func expectEnd() throws(WireError) {
        guard remaining == 0 else { throw .trailingBytes(remaining) }
    }

    private func need(_ count: Int) throws(WireError) {
        guard count <= remaining else { throw .truncated(needed: count, remaining: remaining) }
    }

    @inline(__always)
    private mutating func littleEndian<T: FixedWidthInteger>() throws(WireError) -> T {
        let size = MemoryLayout<T>.size
        try need(size)
        // Sound: `need` checked that `size` bytes remain after `offset`.
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return T(littleEndian: value)
    }
}
