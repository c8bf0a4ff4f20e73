/// The framing every message travels in: a 16-byte little-endian header, then the payload.
///
/// ```
/// offset 0  u32 magic "CNDT"      offset 8  u32 payload length
/// offset 4  u16 protocol version  offset 12 u32 reserved (0)
/// offset 6  u16 message type
/// ```
package enum Frame {
    package static let magic: UInt32 = 0x5444_4E43  // "CNDT" as bytes on the wire
    package static let headerSize = 16
    /// The version this build speaks, and the oldest version it still understands.
    package static let version: UInt16 = 1
    package static let lastCompatibleVersion: UInt16 = 1
    /// Inline data (buffer writes and read results) is capped so one frame stays bounded.
    package static let maxPayload = 256 << 20

    /// Starts a frame: writes the header with a placeholder length that `finish` patches.
    package static func begin(type: UInt16, capacity: Int = 64) -> WireWriter {
        var writer = WireWriter(capacity: headerSize + capacity)
        writer.u32(magic)
        writer.u16(version)
        writer.u16(type)
        writer.u32(0)
        writer.u32(0)
        return writer
    }

    package static func finish(_ writer: consuming WireWriter) -> [UInt8] {
        writer.patchU32(at: 8, UInt32(writer.bytes.count - headerSize))
        return writer.bytes
    }

    /// Checks the header and returns the message type and a reader positioned at the payload.
    package static func open(_ bytes: [UInt8]) throws(WireError) -> (type: UInt16, reader: WireReader) {
        var reader = WireReader(bytes)
        let seenMagic = try reader.u32()
        guard seenMagic == magic else { throw .badMagic(seenMagic) }
        let seenVersion = try reader.u16()
        guard (lastCompatibleVersion...version).contains(seenVersion) else {
            throw .unsupportedVersion(seenVersion)
        }
        let type = try reader.u16()
        let length = try reader.u32()
        guard Int(length) == reader.remaining - 4 else {
            throw .lengthMismatch(declared: length, actual: max(0, reader.remaining - 4))
        }
        let reserved = try reader.u32()
        guard reserved == 0 else { throw .invalidValue(what: "reserved header field", value: UInt64(reserved)) }
        return (type, reader)
    }
}
