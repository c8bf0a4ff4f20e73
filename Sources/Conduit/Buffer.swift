import ConduitWire
import Synchronization

/// Memory on a device.
///
/// `write` and `read` are ordered with the device's default queue, as CUDA's `cudaMemcpy` is
/// with the default stream: a read returns the result of every command buffer submitted to that
/// queue before it. Corresponds to `MTLBuffer`, `cl_mem` and a `cudaMalloc` pointer.
public final class Buffer: Sendable {
    let id: ObjectID
    let queue: Queue
    /// Size in bytes.
    public let length: Int
    /// A name for debugging.
    public let label: String?
    private let released = Mutex(false)

    init(queue: Queue, length: Int, label: String?) {
        let connection = queue.core.connection
        id = connection.makeID()
        self.queue = queue
        self.length = length
        self.label = label
        connection.send(.createBuffer(id: id, device: queue.core.id, length: UInt64(length)))
    }

    deinit {
        if !released.withLock({ $0 }) { queue.core.connection.release(id) }
    }

    var name: String { label.map { "buffer '\($0)'" } ?? "buffer \(id)" }

    /// Frees the buffer's memory now rather than when the last reference goes. Later use throws.
    ///
    /// Work already submitted that uses the buffer still completes. Corresponds to
    /// `clReleaseMemObject` and `cudaFree`.
    public func release() {
        let first = released.withLock { released in
            defer { released = true }
            return !released
        }
        if first { queue.core.connection.release(id) }
    }

    /// Throws unless the buffer is alive and belongs to `core`'s device.
    func checkUsable(on core: DeviceCore) throws(ConduitError) {
        guard !released.withLock({ $0 }) else { throw ConduitError(.invalidObject, "\(name) was released") }
        guard self.queue.core === core else {
            throw ConduitError(.invalidObject, "\(name) belongs to \(queue.core.name), not \(core.name)")
        }
    }

    /// Copies `values` into the buffer at `byteOffset`.
    ///
    /// - Throws: `ConduitError` with `.outOfRange` when the values do not fit, `.invalidObject`
    ///   after `release()`.
    /// Corresponds to `clEnqueueWriteBuffer` and `cudaMemcpy(HostToDevice)`.
    public func write<Element: BitwiseCopyable>(_ values: [Element], byteOffset: Int = 0) throws(ConduitError) {
        let bytes = values.withUnsafeBytes { Array($0) }
        try checkUsable(on: queue.core)
        try checkRange("write", offset: byteOffset, length: bytes.count)
        guard bytes.count <= Frame.maxPayload else {
            throw ConduitError(.limitExceeded, "a single write carries at most \(Frame.maxPayload) bytes, got \(bytes.count)")
        }
        try queue.core.connection.checkAlive()
        queue.core.connection.send(.writeBuffer(queue: queue.id, buffer: id, offset: UInt64(byteOffset), data: bytes))
    }

    /// Reads `count` elements from `byteOffset` (all that fit when `count` is nil).
    ///
    /// Blocks until the work submitted before it on the device's default queue has run.
    /// - Throws: `ConduitError` with `.outOfRange` for a range outside the buffer, or the error
    ///   that lost the device.
    /// Corresponds to `clEnqueueReadBuffer(CL_TRUE)` and `cudaMemcpy(DeviceToHost)`.
    public func read<Element: BitwiseCopyable>(as type: Element.Type = Element.self, byteOffset: Int = 0,
                                               count: Int? = nil) throws(ConduitError) -> [Element] {
        let stride = MemoryLayout<Element>.stride
        guard byteOffset >= 0, byteOffset <= length else {
            throw ConduitError(.outOfRange, "read offset \(byteOffset) is outside the \(length)-byte \(name)")
        }
        let count = count ?? (length - byteOffset) / stride
        guard count >= 0 else { throw .invalidArgument("read count must not be negative, got \(count)") }
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: stride)
        guard !overflow else { throw ConduitError(.outOfRange, "reading \(count) elements overflows") }
        try checkUsable(on: queue.core)
        try checkRange("read", offset: byteOffset, length: byteCount)
        guard byteCount <= Frame.maxPayload else {
            throw ConduitError(.limitExceeded, "a single read returns at most \(Frame.maxPayload) bytes, asked for \(byteCount)")
        }
        if count == 0 { return [] }
        let reply = try queue.core.connection.request {
            .readBuffer(request: $0, queue: queue.id, buffer: id, offset: UInt64(byteOffset), length: UInt64(byteCount))
        }
        guard case let .readResult(_, data) = reply, data.count == byteCount else {
            throw ConduitError(.protocolError, "the host answered a \(byteCount)-byte read with \(reply.type)")
        }
        return [Element](unsafeUninitializedCapacity: count) { destination, initialized in
            data.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(destination).copyMemory(from: source)
            }
            initialized = count
        }
    }

    func checkRange(_ what: String, offset: Int, length: Int) throws(ConduitError) {
        guard offset >= 0, length >= 0 else {
            throw .invalidArgument("\(what) offset and length must not be negative, got \(offset) and \(length)")
        }
        do {
            _ = try CommandRules.checkRange("\(what) on \(name)", offset: UInt64(offset), length: UInt64(length), bufferSize: self.length)
        } catch {
            throw ConduitError(error)
        }
    }
}
