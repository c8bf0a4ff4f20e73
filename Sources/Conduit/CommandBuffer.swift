import ConduitKernel
import ConduitWire

/// A single-use list of commands for one queue: GEMMs, copies, fills and fence signals.
///
/// Recording checks every argument and throws at once, naming the problem; the host checks
/// again when the buffer is submitted. A command buffer is recorded by one thread.
/// Corresponds to `MTLCommandBuffer` with its encoders, and `ID3D12GraphicsCommandList`.
public final class CommandBuffer {
    /// A name for debugging.
    public let label: String?
    let queue: Queue
    private var commands: [Command] = []
    /// Keeps recorded buffers, libraries and fences alive until the host holds them; buffers
    /// are checked again at submission. One array: most command buffers hold one dispatch.
    private var held: [Held] = []

    private enum Held {
        case buffer(Buffer)
        case object(AnyObject)
    }
    /// Set once submitted.
    public private(set) var completion: FenceValue?
    /// Completion handlers added before submission, registered when it is submitted.
    private var completedHandlers: [@Sendable (Result<Void, ConduitError>) -> Void] = []

    /// Where a command buffer is in its life. Corresponds to `MTLCommandBufferStatus`.
    public enum Status: Sendable, Equatable {
        /// Recording: not submitted yet.
        case notEnqueued
        /// Submitted; not finished.
        case committed
        /// Ran to the end.
        case completed
        /// Failed: `error` says why (a kernel fault, the watchdog, a lost device).
        case error
    }

    /// Where the command buffer is now (asks no one: completions are pushed by the host).
    public var status: Status {
        guard let completion else { return .notEnqueued }
        switch completion.outcome {
        case nil: return .committed
        case .success: return .completed
        case .failure: return .error
        }
    }

    /// Why the command buffer failed, once it has. Corresponds to `MTLCommandBuffer.error`.
    public var error: ConduitError? {
        if case let .failure(error) = completion?.outcome { error } else { nil }
    }

    /// Calls `handler` once the command buffer has finished, with its outcome; at once if it has
    /// already finished. Handlers run on a Conduit thread, in no set order among themselves: keep
    /// them short. Corresponds to `MTLCommandBuffer.addCompletedHandler(_:)` and
    /// `clSetEventCallback(CL_COMPLETE)`.
    public func addCompletedHandler(_ handler: @escaping @Sendable (Result<Void, ConduitError>) -> Void) {
        guard let completion else { return completedHandlers.append(handler) }
        completion.fence.core.connection.addWaiter(completion.fence.id, value: completion.value, wake: handler)
    }

    init(queue: Queue, label: String?) {
        self.queue = queue
        self.label = label
    }

    var name: String { label.map { "command buffer '\($0)'" } ?? "command buffer" }

    /// The number of commands recorded.
    public var commandCount: Int { commands.count }

    /// Records `C = alpha·op(A)·op(B) + beta·C` on row-major float32 matrices.
    ///
    /// `op(A)` is m×k, `op(B)` is k×n, `C` is m×n. Leading dimensions count elements between
    /// rows as stored (before transposition) and default to a packed layout; offsets count
    /// elements from the start of each buffer.
    /// - Throws: `ConduitError` for a negative dimension, a leading dimension below the row
    ///   length, a matrix reaching outside its buffer, `C` overlapping `A` or `B`, or a buffer of
    ///   another device or released.
    /// Corresponds to `cblas_sgemm(CblasRowMajor, ...)` and `cublasSgemm`.
    public func gemm(
        _ a: Buffer, _ b: Buffer, _ c: Buffer, m: Int, n: Int, k: Int,
        transposeA: Bool = false, transposeB: Bool = false, alpha: Float = 1, beta: Float = 0,
        lda: Int? = nil, ldb: Int? = nil, ldc: Int? = nil,
        aOffset: Int = 0, bOffset: Int = 0, cOffset: Int = 0
    ) throws(ConduitError) {
        try checkRecording()
        for buffer in [a, b, c] { try buffer.checkUsable(on: queue.core) }
        let values = [
            ("m", m), ("n", n), ("k", k),
            ("lda", lda ?? max(1, transposeA ? m : k)), ("ldb", ldb ?? max(1, transposeB ? k : n)),
            ("ldc", ldc ?? max(1, n)), ("aOffset", aOffset), ("bOffset", bOffset), ("cOffset", cOffset)
        ]
        var checked: [UInt32] = []
        for (name, value) in values {
            guard value >= 0 else { throw .invalidArgument("GEMM \(name) must not be negative, got \(value)") }
            guard value <= Int(Int32.max) else { throw .invalidArgument("GEMM \(name) = \(value) exceeds \(Int32.max)") }
            checked.append(UInt32(value))
        }
        let command = GEMMCommand(
            transposeA: transposeA ? .transpose : .none, transposeB: transposeB ? .transpose : .none,
            m: checked[0], n: checked[1], k: checked[2], alpha: alpha, beta: beta,
            a: a.id, aOffset: UInt64(aOffset) * 4, lda: checked[3],
            b: b.id, bOffset: UInt64(bOffset) * 4, ldb: checked[4],
            c: c.id, cOffset: UInt64(cOffset) * 4, ldc: checked[5])
        do {
            _ = try CommandRules.checkGEMM(command, aSize: a.length, bSize: b.length, cSize: c.length)
        } catch {
            throw ConduitError(error)
        }
        record(.gemm(command), using: [a, b, c])
    }

    /// Records a copy of `size` bytes (the rest of the source when nil). Ranges may overlap.
    ///
    /// - Throws: `ConduitError` for a negative or out-of-range offset or size, or a buffer of
    ///   another device or released.
    /// Corresponds to `MTLBlitCommandEncoder.copy(from:sourceOffset:to:destinationOffset:size:)`
    /// and `clEnqueueCopyBuffer`.
    public func copy(
        from source: Buffer, sourceOffset: Int = 0, to destination: Buffer, destinationOffset: Int = 0,
        size: Int? = nil
    ) throws(ConduitError) {
        try checkRecording()
        try source.checkUsable(on: queue.core)
        try destination.checkUsable(on: queue.core)
        let size = size ?? (source.length - sourceOffset)
        try source.checkRange("copy source", offset: sourceOffset, length: size)
        try destination.checkRange("copy destination", offset: destinationOffset, length: size)
        record(
            .copy(
                source: source.id, sourceOffset: UInt64(sourceOffset), destination: destination.id,
                destinationOffset: UInt64(destinationOffset), length: UInt64(size)),
            using: [source, destination])
    }

    /// Records a fill of `length` bytes (the rest of the buffer when nil) with copies of `value`.
    ///
    /// - Throws: `ConduitError` when the offset or length is not a multiple of the value's size,
    ///   the value is larger than 128 bytes, or the range leaves the buffer.
    /// Corresponds to `clEnqueueFillBuffer` and `MTLBlitCommandEncoder.fill(buffer:range:value:)`.
    public func fill<Value: BitwiseCopyable>(
        _ buffer: Buffer, with value: Value, byteOffset: Int = 0,
        length: Int? = nil
    ) throws(ConduitError) {
        try fill(buffer, pattern: withUnsafeBytes(of: value) { Array($0) }, byteOffset: byteOffset, length: length)
    }

    /// Records a fill of `length` bytes (the rest of the buffer when nil) with copies of the
    /// bytes of `pattern` (1 to 128 of them).
    ///
    /// - Throws: as `fill(_:with:byteOffset:length:)`.
    /// Corresponds to `clEnqueueFillBuffer` with its `pattern` and `pattern_size`.
    public func fill(_ buffer: Buffer, pattern: [UInt8], byteOffset: Int = 0, length: Int? = nil) throws(ConduitError) {
        try checkRecording()
        try buffer.checkUsable(on: queue.core)
        let length = length ?? (buffer.length - byteOffset)
        guard byteOffset >= 0, length >= 0 else {
            throw .invalidArgument("fill offset and length must not be negative, got \(byteOffset) and \(length)")
        }
        do {
            _ = try CommandRules.checkFill(
                offset: UInt64(byteOffset), length: UInt64(length),
                patternSize: pattern.count, bufferSize: buffer.length)
        } catch {
            throw ConduitError(error)
        }
        record(
            .fill(buffer: buffer.id, offset: UInt64(byteOffset), length: UInt64(length), pattern: pattern),
            using: [buffer])
    }

    /// Records a kernel launch over a 1-, 2- or 3-D range.
    ///
    /// - Parameters:
    ///   - kernel: a kernel of a library of this queue's device.
    ///   - arguments: one per kernel parameter, in order: buffers, values, `__local` sizes.
    ///   - globalSize: work-items per dimension.
    ///   - localSize: work-group size per dimension; each must divide the global size. When nil
    ///     the kernel's `reqd_work_group_size` is used, or the host chooses.
    ///   - globalOffset: added to every global id (`get_global_offset`); zero when nil.
    /// - Throws: `ConduitError` for arguments that do not match the kernel's parameters (count,
    ///   kind, value size), a range the adapter does not allow, or a buffer of another device.
    /// Corresponds to `dispatchThreads(_:threadsPerThreadgroup:)` and `clEnqueueNDRangeKernel`.
    public func dispatch(
        _ kernel: Kernel, arguments: [KernelArgument], globalSize: GridSize, localSize: GridSize? = nil,
        globalOffset: GridSize? = nil
    ) throws(ConduitError) {
        try record(kernel, arguments, globalSize: globalSize, localSize: localSize, globalOffset: globalOffset)
    }

    /// Records a kernel launch; sizes as arrays.
    @available(*, deprecated, message: "pass GridSize values (an array literal still makes one)")
    @_disfavoredOverload
    public func dispatch(
        _ kernel: Kernel, arguments: [KernelArgument], globalSize: [Int], localSize: [Int]? = nil,
        globalOffset: [Int]? = nil
    ) throws(ConduitError) {
        try record(
            kernel, arguments, globalSize: GridSize(globalSize), localSize: localSize.map(GridSize.init),
            globalOffset: globalOffset.map(GridSize.init))
    }

    private func record(
        _ kernel: Kernel, _ arguments: [KernelArgument], globalSize: GridSize, localSize: GridSize?, globalOffset: GridSize?
    ) throws(ConduitError) {
        try checkRecording()
        guard kernel.library.core === queue.core else {
            throw ConduitError(.invalidObject, "kernel '\(kernel.name)' belongs to \(kernel.library.core.name), not \(queue.core.name)")
        }
        let code = kernel.code
        guard arguments.count == code.parameters.count else {
            throw .invalidArgument(DispatchViolation.argumentCount(kernel: code.name, expected: code.parameters.count, given: arguments.count).description)
        }
        var wire: [DispatchArgument] = []
        wire.reserveCapacity(arguments.count)
        // Buffers are kept as they are checked; a dispatch that fails to record leaves none behind.
        let heldBefore = held.count
        var recorded = false
        defer { if !recorded { held.removeSubrange(heldBefore...) } }
        var localBytes = code.staticLocalBytes
        for (index, argument) in arguments.enumerated() {
            let shape: ArgumentShape
            switch argument.storage {
            case let .buffer(buffer, offset):
                try buffer.checkUsable(on: queue.core)
                guard offset >= 0, offset <= buffer.length else {
                    throw ConduitError(.outOfRange, "argument \(index): offset \(offset) is outside the \(buffer.length)-byte \(buffer.name)")
                }
                shape = .buffer
                wire.append(.buffer(buffer.id, offset: UInt64(offset)))
                held.append(.buffer(buffer))
            case let .bytes(bytes):
                guard bytes.count <= DispatchArgument.maxValueBytes else {
                    throw .invalidArgument("argument \(index): values are at most \(DispatchArgument.maxValueBytes) bytes, got \(bytes.count)")
                }
                shape = .value(size: bytes.count)
                wire.append(.value(bytes))
            case let .local(size):
                guard size >= 0, size <= Int(UInt32.max) else { throw .invalidArgument("argument \(index): local size \(size) is out of range") }
                shape = .local(size: size)
                wire.append(.local(size: UInt32(size)))
            }
            do {
                try DispatchRules.checkArgument(shape, at: index, of: code, localBytes: &localBytes)
            } catch {
                throw .invalidArgument(error.description)
            }
        }
        let local: SIMD3<Int>
        do {
            local = try DispatchRules.checkRange(
                kernel: code, global: globalSize.extent, dimensions: globalSize.count, local: localSize?.extent,
                localDimensions: localSize?.count, localBytes: localBytes, limits: queue.core.dispatchLimits)
        } catch {
            throw .invalidArgument(error.description)
        }
        let offset = globalOffset?.offset ?? .zero
        for sizes in [globalSize.extent, offset] {
            for axis in 0..<3 where sizes[axis] > Int(UInt32.max) || sizes[axis] < 0 {
                throw .invalidArgument("range size \(sizes[axis]) is out of range")
            }
        }
        commands.append(
            .dispatch(
                DispatchCommand(
                    library: kernel.library.id, kernelIndex: UInt32(kernel.index), globalSize: SIMD3(truncatingIfNeeded: globalSize.extent),
                    localSize: SIMD3(truncatingIfNeeded: local), globalOffset: SIMD3(truncatingIfNeeded: offset),
                    arguments: wire)))
        recorded = true
        held.append(.object(kernel.library))
    }

    /// Records a signal: `fence` moves to `value` once everything before it on the queue has run.
    ///
    /// - Throws: `ConduitError` for a queue's timeline or a fence of another device.
    /// Corresponds to `encodeSignalEvent(_:value:)` and `ID3D12CommandQueue::Signal`.
    public func signal(_ fence: Fence, value: UInt64) throws(ConduitError) {
        try checkRecording()
        guard !fence.isQueueTimeline else {
            throw ConduitError(.invalidObject, "\(fence.name) is a queue's timeline; only its submissions advance it")
        }
        guard fence.core === queue.core else {
            throw ConduitError(.invalidObject, "\(fence.name) belongs to \(fence.core.name), not \(queue.core.name)")
        }
        commands.append(.signal(fence: fence.id, value: value))
        held.append(.object(fence))
    }

    /// Records a wait: the queue runs nothing after this point until `fence` reaches `value`.
    ///
    /// The fence may be another queue's timeline (`otherQueue.fence`), a fence signalled by the CPU,
    /// or one of another device of the same instance. Like GPU waits, it is not bounded: a value
    /// nobody signals stalls this queue (and only this queue) until its instance goes away.
    /// - Throws: `ConduitError` for a fence of another instance.
    /// Corresponds to `encodeWaitForEvent(_:value:)`, `ID3D12CommandQueue::Wait` and
    /// `cudaStreamWaitEvent`.
    public func wait(for fence: Fence, value: UInt64) throws(ConduitError) {
        try checkRecording()
        guard fence.core.connection === queue.core.connection else {
            throw ConduitError(.invalidObject, "\(fence.name) belongs to another instance")
        }
        commands.append(.wait(fence: fence.id, value: value))
        held.append(.object(fence))
    }

    /// Blocks until this command buffer has run (Metal's `waitUntilCompleted`).
    ///
    /// - Throws: its error if it failed, `.invalidArgument` before it was submitted.
    public func waitUntilCompleted(timeout: Duration = .seconds(3600)) throws(ConduitError) {
        guard let completion else { throw .invalidArgument("\(name) has not been submitted") }
        try completion.wait(timeout: timeout)
    }

    private func record(_ command: Command, using buffers: [Buffer]) {
        commands.append(command)
        for buffer in buffers { held.append(.buffer(buffer)) }
    }

    private func checkRecording() throws(ConduitError) {
        guard completion == nil else { throw .invalidArgument("\(name) was already submitted; command buffers are single-use") }
    }

    /// Hands the commands to `queue.submit` once.
    func takeForSubmission(on queue: Queue) throws(ConduitError) -> [Command] {
        try checkRecording()
        guard queue === self.queue else {
            throw ConduitError(.invalidObject, "\(name) was made for \(self.queue.name), not \(queue.name)")
        }
        guard commands.count <= ClientMessage.maxCommandsPerSubmit else {
            throw ConduitError(.limitExceeded, "\(name) holds \(commands.count) commands; the limit is \(ClientMessage.maxCommandsPerSubmit)")
        }
        for case let .buffer(buffer) in held { try buffer.checkUsable(on: queue.core) }
        return commands
    }

    func submitted(as completion: FenceValue) {
        self.completion = completion
        for handler in completedHandlers { addCompletedHandler(handler) }
        completedHandlers.removeAll()
        held.removeAll()
    }
}
