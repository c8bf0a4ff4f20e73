import ConduitKernel

/// Why a dispatch stopped: a kernel's own fault, never the host's.
package enum KernelFault: Error, Equatable, Sendable, CustomStringConvertible {
    case outOfBounds(kernel: String, access: String, segment: String, offset: UInt64, size: Int, limit: Int, workItem: [Int])
    case readOnly(kernel: String, segment: String, workItem: [Int])
    case divergentBarrier(kernel: String, active: Int, live: Int, group: [Int])
    case cancelled(kernel: String)

    package var description: String {
        switch self {
        case let .outOfBounds(kernel, access, segment, offset, size, limit, item):
            "kernel '\(kernel)': out-of-bounds \(access) of \(size) bytes at offset \(offset) in \(segment) (\(limit) bytes) by work-item \(item)"
        case let .readOnly(kernel, segment, item):
            "kernel '\(kernel)': write to read-only \(segment) by work-item \(item)"
        case let .divergentBarrier(kernel, active, live, group):
            "kernel '\(kernel)': barrier reached by \(active) of the \(live) live work-items of group \(group) (divergent control flow)"
        case let .cancelled(kernel):
            "kernel '\(kernel)' was aborted"
        }
    }
}

/// A region a pointer segment names: its bytes and whether kernels may write them.
struct SegmentMemory {
    var base: UnsafeMutableRawPointer?
    var length: Int
    var writable: Bool
    var name: String
}
