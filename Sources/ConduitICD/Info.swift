import COpenCL

/// The bytes of one `clGet*Info` answer, and the specification's rules for handing them over:
/// the size in `param_value_size_ret`, the value only when `param_value` is given and
/// `param_value_size` holds it (CL_INVALID_VALUE otherwise).
struct InfoValue {
    var bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A NUL-terminated string.
    init(_ string: String) { bytes = Array(string.utf8) + [0] }

    /// A fixed-size value: cl_uint, cl_ulong, size_t, cl_bool, a bitfield, a handle.
    init<T: BitwiseCopyable>(_ value: T) { bytes = withUnsafeBytes(of: value) { Array($0) } }

    /// An array of fixed-size values.
    init<T: BitwiseCopyable>(array: [T]) { bytes = array.withUnsafeBytes { Array($0) } }

    static func bool(_ value: Bool) -> InfoValue { InfoValue(cl_bool(value ? CL_TRUE : CL_FALSE)) }

    /// An array of `cl_name_version` (a version and a 64-byte name).
    static func nameVersions(_ entries: [(name: String, version: cl_version)]) -> InfoValue {
        var bytes: [UInt8] = []
        for entry in entries {
            bytes += withUnsafeBytes(of: entry.version) { Array($0) }
            var name = Array(entry.name.utf8.prefix(Int(CL_NAME_VERSION_MAX_NAME_SIZE) - 1))
            name += [UInt8](repeating: 0, count: Int(CL_NAME_VERSION_MAX_NAME_SIZE) - name.count)
            bytes += name
        }
        return InfoValue(bytes: bytes)
    }

    /// `CL_MAKE_VERSION(major, minor, patch)`.
    static func version(_ major: UInt32, _ minor: UInt32, _ patch: UInt32 = 0) -> cl_version {
        (major << 22) | (minor << 12) | patch
    }

    func write(size: Int, to value: UnsafeMutableRawPointer?, sizeReturned: UnsafeMutablePointer<Int>?) throws(CLError) {
        if let value {
            guard size >= bytes.count else { throw CLError(CL_INVALID_VALUE) }
            bytes.withUnsafeBytes { source in
                if let base = source.baseAddress { value.copyMemory(from: base, byteCount: source.count) }
            }
        }
        sizeReturned?.pointee = bytes.count
    }
}

/// Answers one info query: `answer` maps the parameter to a value, nil for one it does not know.
func info(
    _ parameter: UInt32, _ size: Int, _ value: UnsafeMutableRawPointer?, _ sizeReturned: UnsafeMutablePointer<Int>?,
    _ answer: (UInt32) throws(CLError) -> InfoValue?
) throws(CLError) {
    guard let result = try answer(parameter) else { throw CLError(CL_INVALID_VALUE) }
    try result.write(size: size, to: value, sizeReturned: sizeReturned)
}
