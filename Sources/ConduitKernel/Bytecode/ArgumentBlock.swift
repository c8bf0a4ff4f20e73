/// The bytes a kernel's by-value parameters and `__local` pointers are read from.
///
/// Values go at their parameter's offset. `__local` pointer parameters get a pointer into the
/// local segment: after the kernel's static `__local` variables, each argument's region in
/// parameter order, each aligned to 128 bytes: the largest type's alignment (`long16`,
/// `double16`), which OpenCL's CL_DEVICE_MIN_DATA_TYPE_ALIGN_SIZE promises a `__local` argument.
public struct ArgumentBlock: Sendable, Hashable {
    public var bytes: [UInt8]
    /// Local memory the dispatch needs per work-group (static plus every `__local` argument).
    public var localBytes: Int

    /// - Parameters:
    ///   - values: bytes of each `.value` parameter, by parameter index (sizes already checked).
    ///   - localSizes: bytes of each `.local` parameter, by parameter index.
    public init(kernel: KernelCode, values: [Int: [UInt8]], localSizes: [Int: Int]) {
        self.init(kernel: kernel, value: { values[$0].map { $0[...] } }, localSize: { localSizes[$0] ?? 0 })
    }

    /// - Parameters:
    ///   - value: the bytes of `.value` parameter `index` (its size already checked), nil for zeros.
    ///   - localSize: the bytes of `.local` parameter `index`.
    public init(kernel: KernelCode, value: (_ index: Int) -> ArraySlice<UInt8>?, localSize: (_ index: Int) -> Int) {
        bytes = [UInt8](repeating: 0, count: kernel.argumentBytes)
        var local = kernel.staticLocalBytes
        let parameters = kernel.parameters
        // Field by field: copying a parameter would retain its two strings.
        for index in parameters.indices {
            let at = parameters[index].argumentOffset
            switch parameters[index].kind {
            case .value:
                guard let value = value(index) else { continue }
                let count = min(value.count, parameters[index].size)
                bytes.withUnsafeMutableBytes { block in
                    value.withUnsafeBytes { source in
                        guard let base = source.baseAddress, count > 0 else { return }
                        (block.baseAddress! + at).copyMemory(from: base, byteCount: count)
                    }
                }
            case .local:
                local = (local + Self.localAlignment - 1) / Self.localAlignment * Self.localAlignment
                let pointer = Segment.pointer(Segment.local, offset: UInt64(local))
                for byte in 0..<8 { bytes[at + byte] = UInt8(truncatingIfNeeded: pointer >> (8 * byte)) }
                local += localSize(index)
            case .buffer:
                break
            }
        }
        localBytes = (local + 15) / 16 * 16
    }

    /// Where each `__local` argument's region starts: a multiple of this.
    public static let localAlignment = 128
}
