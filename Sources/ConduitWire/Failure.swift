/// An error as it crosses the wire: a numeric code and a message naming the offending values.
///
/// The codes are shared with the public `ConduitError.Code`; new codes may be added at the end.
package struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    package var code: UInt32
    package var message: String

    package init(code: UInt32, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }

    package static let invalidArgument: UInt32 = 1
    package static let outOfRange: UInt32 = 2
    package static let invalidObject: UInt32 = 3
    package static let outOfMemory: UInt32 = 4
    package static let deviceLost: UInt32 = 5
    package static let timeout: UInt32 = 6
    package static let unsupported: UInt32 = 7
    package static let protocolError: UInt32 = 8
    package static let limitExceeded: UInt32 = 9
    package static let internalError: UInt32 = 10
    package static let compileFailed: UInt32 = 11
    package static let kernelFault: UInt32 = 12
    /// The waiting task was cancelled (client side only: the work itself goes on).
    package static let cancelled: UInt32 = 13

    package func encode(into writer: inout WireWriter) {
        writer.u32(code)
        writer.string(message)
    }

    package static func decode(from reader: inout WireReader) throws(WireError) -> Failure {
        Failure(code: try reader.u32(), message: try reader.string(limit: 16384, what: "error message"))
    }
}
