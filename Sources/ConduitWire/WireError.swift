/// Why a frame could not be decoded. Carries the offending values.
package enum WireError: Error, Equatable, Sendable, CustomStringConvertible {
    case truncated(needed: Int, remaining: Int)
    case badMagic(UInt32)
    case unsupportedVersion(UInt16)
    case unknownMessageType(UInt16)
    case unknownCommandType(UInt8)
    case lengthMismatch(declared: UInt32, actual: Int)
    case countTooLarge(what: String, count: UInt64, limit: UInt64)
    case invalidValue(what: String, value: UInt64)
    case trailingBytes(Int)
    case invalidUTF8(what: String)

    package var description: String {
        switch self {
        case let .truncated(needed, remaining):
            "truncated frame: needed \(needed) more bytes, \(remaining) remain"
        case let .badMagic(magic):
            "bad frame magic 0x\(String(magic, radix: 16))"
        case let .unsupportedVersion(version):
            "unsupported protocol version \(version)"
        case let .unknownMessageType(type):
            "unknown message type \(type)"
        case let .unknownCommandType(type):
            "unknown command type \(type)"
        case let .lengthMismatch(declared, actual):
            "frame declares a \(declared)-byte payload but carries \(actual) bytes"
        case let .countTooLarge(what, count, limit):
            "\(what) count \(count) exceeds the limit \(limit)"
        case let .invalidValue(what, value):
            "invalid \(what) \(value)"
        case let .trailingBytes(count):
            "\(count) unexpected bytes after the message"
        case let .invalidUTF8(what):
            "\(what) is not valid UTF-8"
        }
    }
}
