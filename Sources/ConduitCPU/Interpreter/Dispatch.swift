import ConduitHAL
import ConduitKernel
import Dispatch
import Synchronization

/// A kernel dispatch with everything resolved: the code, the NDRange, the memory of each
/// buffer parameter, and the argument block (values and local pointers, filled by the host).
///
/// A class, so handing it to the interpreter's threads costs a retain, not one per field.
package final class KernelDispatch: @unchecked Sendable {
    package let kernel: KernelCode
    package let constants: [UInt8]
    /// Sizes in three dimensions (1 past the dispatch's own; offsets 0).
    package let globalSize: SIMD3<Int>
    package let localSize: SIMD3<Int>
    package let globalOffset: SIMD3<Int>
    /// Per parameter (in order): base and length of a buffer parameter's memory; nil for others.
    package let buffers: [(base: UnsafeMutableRawPointer, length: Int, writable: Bool)?]
    package let arguments: [UInt8]
    /// Bytes of local memory per group: static locals plus every `__local` pointer argument.
    package let localBytes: Int
    /// The kernel's shared, prepared form; made for this dispatch when nil.
    package let prepared: PreparedKernel?

    package init(
        kernel: KernelCode, constants: [UInt8], globalSize: SIMD3<Int>, localSize: SIMD3<Int>, globalOffset: SIMD3<Int> = .zero,
        buffers: [(base: UnsafeMutableRawPointer, length: Int, writable: Bool)?], arguments: [UInt8], localBytes: Int,
        prepared: PreparedKernel? = nil
    ) {
        self.kernel = kernel; self.constants = constants; self.globalSize = globalSize; self.localSize = localSize
        self.globalOffset = globalOffset; self.buffers = buffers; self.arguments = arguments; self.localBytes = localBytes
        self.prepared = prepared
    }

    /// A dispatch of 1 to 3 dimensions given as arrays (the missing ones 1, offsets 0).
    package convenience init(
        kernel: KernelCode, constants: [UInt8], globalSize: [Int], localSize: [Int], globalOffset: [Int] = [],
        buffers: [(base: UnsafeMutableRawPointer, length: Int, writable: Bool)?], arguments: [UInt8], localBytes: Int
    ) {
        self.init(
            kernel: kernel, constants: constants, globalSize: SIMD3(padding: globalSize, with: 1),
            localSize: SIMD3(padding: localSize, with: 1), globalOffset: SIMD3(padding: globalOffset, with: 0), buffers: buffers,
            arguments: arguments, localBytes: localBytes)
    }

    var groupCount: Int {
        let counts = globalSize / localSize
        return counts.x * counts.y * counts.z
    }
    var groupSize: Int { localSize.x * localSize.y * localSize.z }
}

/// Runs bytecode kernels on the CPU: work-groups spread over the cores, each group's work-items
/// in lock-step (see `WorkGroupRunner`). Tiny dispatches run on the calling thread.
package enum Interpreter {
    /// Aborts running dispatches at their next loop back-edge (the host's watchdog, or teardown).
    package typealias Cancellation = DispatchWatchdog

    /// Work-items below which a dispatch is not worth waking other threads for.
    static let inlineThreshold = 2048

    /// - Precondition: the host validated the dispatch: sizes divide, buffers match parameters,
    ///   the argument block has the kernel's size.
    ///
    /// - Parameter share: the client's share of the cores: the dispatch's worker threads are
    ///   taken from it (waiting while the client's other dispatches hold them), and the
    ///   watchdog's limit starts once they are.
    package static func run(_ dispatch: KernelDispatch, cancellation: Cancellation = Cancellation(), share: CPUShare? = nil) throws(KernelFault) {
        let groups = dispatch.groupCount
        guard groups > 0 else { return }
        let prepared = dispatch.prepared ?? PreparedKernel(dispatch.kernel, constants: dispatch.constants)
        var workers = groups == 1 || groups * dispatch.groupSize <= inlineThreshold ? 1 : min(groups, SystemMemory.onlineCPUs)
        if let share {
            workers = share.acquire(workers)
            cancellation.restart()
        }
        defer { share?.release(workers) }
        if workers == 1 {
            var runner = WorkGroupRunner(dispatch, prepared: prepared, cancellation: cancellation)
            defer { runner.deallocate() }
            for group in 0..<groups { try runner.run(group: group) }
            return
        }
        let next = Atomic<Int>(0)
        let failure = Mutex<KernelFault?>(nil)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var runner = WorkGroupRunner(dispatch, prepared: prepared, cancellation: cancellation)
            defer { runner.deallocate() }
            while true {
                let group = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard group < groups, !cancellation.isCancelled else { return }
                do throws(KernelFault) {
                    try runner.run(group: group)
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                    cancellation.cancel()
                    return
                }
            }
        }
        if let fault = failure.withLock({ $0 }) { throw fault }
        if cancellation.isCancelled { throw .cancelled(kernel: dispatch.kernel.name) }
    }
}
