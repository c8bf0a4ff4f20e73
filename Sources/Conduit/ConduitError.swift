import ConduitWire

/// The one error type Conduit throws: an extensible code plus a message naming the offending values.
///
/// Work that fails after submission reports its error through the fence wait of that submission,
/// not at the call that recorded it. Corresponds to `cudaError_t`, OpenCL's `cl_int` status
/// codes and Metal's `MTLCommandBufferError`.
public struct ConduitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is. New codes may be added; switch with a `default`.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// An argument is invalid (a negative size, a bad leading dimension, a misaligned offset).
        public static let invalidArgument = Code(rawValue: Failure.invalidArgument)
        /// A range reaches outside its buffer.
        public static let outOfRange = Code(rawValue: Failure.outOfRange)
        /// An object is released, belongs to another device, or is not what the call expects.
        public static let invalidObject = Code(rawValue: Failure.invalidObject)
        /// The adapter could not allocate the memory.
        public static let outOfMemory = Code(rawValue: Failure.outOfMemory)
        /// The host dropped this client's context, or the connection to it is gone.
        public static let deviceLost = Code(rawValue: Failure.deviceLost)
        /// A wait ran past its timeout.
        public static let timeout = Code(rawValue: Failure.timeout)
        /// The operation is not available in this build or on this adapter.
        public static let unsupported = Code(rawValue: Failure.unsupported)
        /// The peer broke the wire protocol (a version mismatch, a malformed frame).
        public static let protocolError = Code(rawValue: Failure.protocolError)
        /// A per-client or per-adapter limit would be exceeded.
        public static let limitExceeded = Code(rawValue: Failure.limitExceeded)
        /// A failure inside Conduit that no input should cause.
        public static let internalError = Code(rawValue: Failure.internalError)
        /// Kernel source did not compile; `diagnostics` says where and why.
        public static let compileFailed = Code(rawValue: Failure.compileFailed)
        /// A kernel faulted while running (an out-of-bounds access, a divergent barrier) or was aborted.
        public static let kernelFault = Code(rawValue: Failure.kernelFault)
        /// The task that waited was cancelled. The work it waited for is not: it still runs, and
        /// a later wait sees its outcome.
        public static let cancelled = Code(rawValue: Failure.cancelled)

        public var description: String {
            switch self {
            case .invalidArgument: "invalid argument"
            case .outOfRange: "out of range"
            case .invalidObject: "invalid object"
            case .outOfMemory: "out of memory"
            case .deviceLost: "device lost"
            case .timeout: "timeout"
            case .unsupported: "unsupported"
            case .protocolError: "protocol error"
            case .limitExceeded: "limit exceeded"
            case .internalError: "internal error"
            case .compileFailed: "compile failed"
            case .kernelFault: "kernel fault"
            case .cancelled: "cancelled"
            default: "error \(rawValue)"
            }
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// What went wrong, with the offending values.
    public var message: String
    /// For `.compileFailed`: where and why, each with file, line, column and severity.
    public var compileDiagnostics: [Diagnostic] = []

    /// For `.compileFailed`: each diagnostic as `file:line:col: error: …`, the source line and a caret.
    @available(*, deprecated, message: "use compileDiagnostics (typed, with positions); description prints them as before")
    public var diagnostics: [String] { compileDiagnostics.map(\.description) }

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String {
        compileDiagnostics.isEmpty ? "\(code): \(message)" : "\(code): \(message)\n" + compileDiagnostics.map(\.description).joined(separator: "\n")
    }

    init(_ failure: Failure) {
        self.init(Code(rawValue: failure.code), failure.message)
    }

    init(_ violation: RuleViolation) {
        self.init(violation.isRange ? .outOfRange : .invalidArgument, violation.description)
    }

    static func invalidArgument(_ message: String) -> ConduitError { ConduitError(.invalidArgument, message) }
}
