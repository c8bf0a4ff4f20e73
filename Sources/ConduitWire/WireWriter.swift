/// Appends little-endian fields to a growing byte array.
package struct WireWriter: Sendable {
    package private(set) var bytes: [UInt8]

    package init(capacity: Int = 64) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    package mutating func u8(_ value: UInt8) { bytes.append(value) }
    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func u16(_ value: UInt16) { appendLittleEndian(value) }
    package mutating func u32(_ value: UInt32) { appendLittleEndian(value) }
    package mutating func u64(_ value: UInt64) { appendLittleEndian(value) }
    package mutating func f32(_ value: Float) { appendLittleEndian(value.bitPattern) }
    package mutating func id(_ value: ObjectID) { u64(value.rawValue) }

    /// A u32 length, then the bytes.
    package mutating func blob(_ value: some Collection<UInt8>) {
        u32(UInt32(value.count))
        bytes.append(contentsOf: value)
    }

    package mutating func string(_ value: String) { blob(Array(value.utf8)) }

    /// Overwrites a u32 written earlier (used for the frame's payload length).
    package mutating func patchU32(at offset: Int, _ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for i in 0..<4 { bytes[offset + i] = raw[i] }
        }
    }

    /// Byte by byte: appending a raw buffer goes through `append(contentsOf:)`'s generic path,
    /// which cost more than the rest of encoding a dispatch.
    @inline(__always) private mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
