import ConduitNet
import ConduitWire
import Synchronization

/// Memory on a device.
///
/// `write` and `read` are ordered with the device's default queue, as CUDA's `cudaMemcpy` is
/// with the default stream: a read returns the result of every command buffer submitted to that
/// queue before it. The memory is shared with the host (a daemon maps the same pages; the
/// embedded host runs on this process's mapping), so transfers are one `memcpy` and
/// `withUnsafeMutableContents` reaches the bytes directly.
/// Corresponds to `MTLBuffer`, `cl_mem` and a `cudaMalloc` pointer.
public final class Buffer: Sendable {
    let id: ObjectID
    let queue: Queue
    /// Size in bytes.
    public let length: Int
    /// A name for debugging.
    public let label: String?
    private let released = Mutex(false)
    /// The memory this process maps too, when the host shares it.
    let region: SharedRegion?

    init(queue: Queue, length: Int, label: String?) throws(ConduitError) {
        let connection = queue.core.connection
        try connection.reserveBufferBytes(length)
        id = connection.makeID()
        self.queue = queue
        self.length = length
        self.label = label
        guard connection.sharesMemory else {
            region = nil
            connection.send(.createBuffer(id: id, device: queue.core.id, length: UInt64(length)))
            return
        }
        do {
            region = try SharedRegion(creating: length, name: "conduit-buffer")
        } catch {
            connection.release(id, notifyHost: false)
            connection.returnBufferBytes(length)
            throw ConduitError(.outOfMemory, "cannot create \(length) bytes of shared memory: \(error)")
        }
        do {
            try connection.send(.createSharedBuffer(id: id, device: queue.core.id, length: UInt64(length)), sharing: region!)
        } catch {
            // Fully initialised, so deinit will run: mark the buffer released so it does not repeat this.
            released.withLock { $0 = true }
            connection.release(id, notifyHost: false)
            connection.returnBufferBytes(length)
            throw error
        }
    }

    deinit {
        if !released.withLock({ $0 }) {
            queue.core.connection.release(id)
            queue.core.connection.returnBufferBytes(length)
        }
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
        if first {
            queue.core.connection.release(id)
            queue.core.connection.returnBufferBytes(length)
        }
    }

    /// Throws unless the buffer is alive and belongs to `core`'s device.
    func checkUsable(on core: DeviceCore) throws(ConduitError) {
        guard !released.withLock({ $0 }) else { throw ConduitError(.invalidObject, "\(name) was released") }
        guard self.queue.core === core else {
            throw ConduitError(.invalidObject, "\(name) belongs to \(queue.core.name), not \(core.name)")
        }
    }

    /// Copies `values` into the buffer at `byteOffset`, after the work already submitted to the
    /// device's default queue.
    ///
    /// Returns when the bytes are in the buffer: work submitted afterwards, on any queue, sees
    /// them. (On a host across the network that costs a round trip after the bytes.)
    ///
    /// - Throws: `ConduitError` with `.outOfRange` when the values do not fit, `.invalidObject`
    ///   after `release()`.
    /// Corresponds to `clEnqueueWriteBuffer` and `cudaMemcpy(HostToDevice)`.
    public func write<Element: BitwiseCopyable>(_ values: [Element], byteOffset: Int = 0) throws(ConduitError) {
        let result = values.withUnsafeBytes { bytes in Result { () throws(ConduitError) in try write(from: bytes, byteOffset: byteOffset) } }
        try result.get()
    }

    /// Copies the bytes of `source` into the buffer at `byteOffset`, ordered as `write(_:byteOffset:)`.
    ///
    /// - Throws: `ConduitError` with `.outOfRange` when the bytes do not fit, `.invalidObject`
    ///   after `release()`.
    /// Corresponds to `clEnqueueWriteBuffer(CL_TRUE)` from caller memory and `cudaMemcpy(HostToDevice)`.
    public func write(from source: UnsafeRawBufferPointer, byteOffset: Int = 0) throws(ConduitError) {
        let byteCount = source.count
        try checkUsable(on: queue.core)
        try checkRange("write", offset: byteOffset, length: byteCount)
        try queue.core.connection.checkAlive()
        guard byteCount > 0 else { return }
        if let region {
            try waitForDefaultQueue()
            // Sound: the range was checked against `length`, and the region holds `length` bytes.
            UnsafeMutableRawBufferPointer(start: region.base + byteOffset, count: byteCount).copyMemory(from: source)
            queue.core.connection.send(.publishBuffer(queue: queue.id, buffer: id, offset: UInt64(byteOffset), length: UInt64(byteCount)))
            return
        }
        // A host on the network: the bytes travel in chunks, on the bulk lane when there is one,
        // so no frame is large and a long upload never queues ahead of a small command.
        for start in stride(from: 0, to: byteCount, by: Self.transferChunkBytes) {
            let piece = UnsafeRawBufferPointer(rebasing: source[start..<min(byteCount, start + Self.transferChunkBytes)])
            queue.core.connection.sendWrite(queue: queue.id, buffer: id, offset: UInt64(byteOffset + start), bytes: piece)
        }
        try waitForPieces()
    }

    /// Blocks until the pieces just sent are in the buffer, so that a write that returned is seen
    /// by work submitted afterwards on any queue, as after `cudaMemcpy` or a blocking
    /// `clEnqueueWriteBuffer` (the pieces themselves are ordered on the default queue only; on
    /// the bulk lane their bytes may even arrive after a command that follows them). One empty
    /// submission on the default queue, ordered after the pieces, and its round trip.
    private func waitForPieces() throws(ConduitError) {
        try queue.submit(queue.makeCommandBuffer()).wait(timeout: .seconds(3600))
    }

    /// The largest piece of a transfer to or from a host that does not share memory.
    static let transferChunkBytes = TCPWire.transferChunkBytes
    /// Pieces of a read requested before the first one's reply is waited for.
    static let readWindow = 16

    /// Waits for the work already submitted to the default queue: a direct write must not race
    /// it. Failures of that work belong to its own fence values, not to this write.
    private func waitForDefaultQueue() throws(ConduitError) {
        do {
            try queue.waitUntilIdle()
        } catch  where error.code == .deviceLost {
            throw error
        } catch {}  // a failed submission (a fault, the watchdog) reports through its own fence value
    }

    // MARK: - Shared memory

    /// The buffer's bytes mapped into this process, when the host shares them (the embedded host
    /// and a daemon both do); nil otherwise.
    ///
    /// You synchronise access yourself, as with Metal's shared storage: read after waiting for the
    /// work that writes the buffer (and `synchronizeContents()` on adapters with their own
    /// memory), and call `didModifyContents(in:)` after writing, before submitting work that reads.
    /// Corresponds to `MTLBuffer.contents()` and a mapped `cl_mem`.
    @available(*, deprecated, message: "use withUnsafeMutableContents(_:): the pointer is valid only while the buffer lives")
    public var contents: UnsafeMutableRawBufferPointer? { mappedContents }

    private var mappedContents: UnsafeMutableRawBufferPointer? {
        region.map { UnsafeMutableRawBufferPointer(start: $0.base, count: length) }
    }

    /// Whether the buffer's bytes are mapped into this process (`withUnsafeMutableContents`).
    public var sharesContents: Bool { region != nil }

    /// Calls `body` with the buffer's bytes as this process maps them, when the host shares them
    /// (the embedded host and a daemon both do). The pointer is valid only inside `body`; the
    /// buffer stays alive until it returns. Synchronise as with `contents`: read after the work
    /// that writes the buffer (and `synchronizeContents()`), call `didModifyContents(in:)` after
    /// writing, before submitting work that reads.
    ///
    /// - Throws: `ConduitError` with `.unsupported` on a buffer the host does not share (a
    ///   transport without shared memory: use `read` and `write`), or what `body` throws.
    /// Corresponds to `MTLBuffer.contents()` within its lifetime and a mapped `cl_mem`.
    public func withUnsafeMutableContents<Result>(_ body: (UnsafeMutableRawBufferPointer) throws -> Result) throws -> Result {
        guard let contents = mappedContents else {
            throw ConduitError(.unsupported, "\(name) is not shared with the host (its transport cannot share memory); use read and write")
        }
        return try withExtendedLifetime(self) { try body(contents) }
    }

    /// Tells the host that `range` of `contents` was written. Ordered with the default queue.
    ///
    /// - Throws: `.unsupported` on a buffer without `contents`, `.outOfRange` for a range outside it.
    /// Corresponds to `MTLBuffer.didModifyRange(_:)` and `clEnqueueUnmapMemObject`.
    public func didModifyContents(in range: Range<Int>) throws(ConduitError) {
        guard region != nil else { throw ConduitError(.unsupported, "\(name) is not shared with the host") }
        try checkUsable(on: queue.core)
        try checkRange("modified range", offset: range.lowerBound, length: range.count)
        try queue.core.connection.checkAlive()
        queue.core.connection.send(.publishBuffer(queue: queue.id, buffer: id, offset: UInt64(range.lowerBound), length: UInt64(range.count)))
    }

    /// Blocks until the default queue's work has run and `contents` shows its results.
    ///
    /// - Throws: `.unsupported` on a buffer without `contents`, or the error that lost the device.
    /// Corresponds to `clEnqueueMapBuffer(CL_TRUE, CL_MAP_READ)` and `synchronize(resource:)`.
    public func synchronizeContents() throws(ConduitError) {
        guard region != nil else { throw ConduitError(.unsupported, "\(name) is not shared with the host") }
        try checkUsable(on: queue.core)
        try sync(offset: 0, length: length)
    }

    /// Suspends until the default queue's work has run and the contents show its results.
    ///
    /// - Throws: as the blocking form, or `.cancelled` when the task is cancelled.
    public func synchronizeContents() async throws(ConduitError) {
        guard region != nil else { throw ConduitError(.unsupported, "\(name) is not shared with the host") }
        try checkUsable(on: queue.core)
        try Self.synced(try await queue.core.connection.request(try readMessage(offset: 0, byteCount: length)))
    }

    private func sync(offset: Int, length: Int) throws(ConduitError) {
        try Self.synced(try queue.core.connection.request(try readMessage(offset: offset, byteCount: length)))
    }

    private static func synced(_ reply: HostMessage) throws(ConduitError) {
        guard case .bufferSynced = reply else {
            throw ConduitError(.protocolError, "the host answered a buffer sync with \(reply.type)")
        }
    }

    /// Reads `count` elements from `byteOffset` (all that fit when `count` is nil).
    ///
    /// Blocks until the work submitted before it on the device's default queue has run; from
    /// async code the `async` form suspends instead.
    /// - Throws: `ConduitError` with `.outOfRange` for a range outside the buffer, or the error
    ///   that lost the device.
    /// Corresponds to `clEnqueueReadBuffer(CL_TRUE)` and `cudaMemcpy(DeviceToHost)`.
    public func read<Element: BitwiseCopyable>(
        as type: Element.Type = Element.self, byteOffset: Int = 0,
        count: Int? = nil
    ) throws(ConduitError) -> [Element] {
        let count = try elementCount(Element.self, byteOffset: byteOffset, count: count)
        guard count > 0 else { return [] }
        return try [Element](unsafeUninitializedCapacity: count) { destination, initialized throws(ConduitError) in
            try fetch(offset: byteOffset, into: UnsafeMutableRawBufferPointer(destination))
            initialized = count
        }
    }

    /// Reads `count` elements from `byteOffset` (all that fit when `count` is nil), suspending
    /// until the work submitted before it on the device's default queue has run: no thread waits.
    ///
    /// - Throws: as the blocking form.
    public func read<Element: BitwiseCopyable>(
        as type: Element.Type = Element.self, byteOffset: Int = 0,
        count: Int? = nil
    ) async throws(ConduitError) -> [Element] {
        let count = try elementCount(Element.self, byteOffset: byteOffset, count: count)
        guard count > 0 else { return [] }
        let byteCount = count * MemoryLayout<Element>.stride
        var replies: [(start: Int, size: Int, reply: HostMessage)] = []
        for (start, size) in pieces(of: byteCount) {
            replies.append((start, size, try await queue.core.connection.request(try readMessage(offset: byteOffset + start, byteCount: size))))
        }
        return try [Element](unsafeUninitializedCapacity: count) { destination, initialized throws(ConduitError) in
            let bytes = UnsafeMutableRawBufferPointer(destination)
            for (start, size, reply) in replies {
                try deliver(reply, offset: byteOffset + start, into: UnsafeMutableRawBufferPointer(rebasing: bytes[start..<start + size]))
            }
            initialized = count
        }
    }

    /// Reads `destination.count` elements from `byteOffset` into an existing array, which is
    /// cheaper than a new array for large transfers (no fresh pages to fault in).
    ///
    /// - Throws: as `read(as:byteOffset:count:)`.
    /// Corresponds to `clEnqueueReadBuffer(CL_TRUE)` into caller memory.
    public func read<Element: BitwiseCopyable>(into destination: inout [Element], byteOffset: Int = 0) throws(ConduitError) {
        guard !destination.isEmpty else { return try checkUsable(on: queue.core) }
        let result = destination.withUnsafeMutableBytes { bytes in
            Result { () throws(ConduitError) in try fetch(offset: byteOffset, into: bytes) }
        }
        try result.get()
    }

    /// Reads `destination.count` bytes from `byteOffset` into caller memory, ordered as
    /// `read(as:byteOffset:count:)`.
    ///
    /// - Throws: as `read(as:byteOffset:count:)`.
    /// Corresponds to `clEnqueueReadBuffer(CL_TRUE)` and `cudaMemcpy(DeviceToHost)` into caller memory.
    public func read(into destination: UnsafeMutableRawBufferPointer, byteOffset: Int = 0) throws(ConduitError) {
        guard destination.count > 0 else { return try checkUsable(on: queue.core) }
        try fetch(offset: byteOffset, into: destination)
    }

    /// Fills `destination` from `offset`, after the default queue's earlier work: one sync of the
    /// shared region, or the bytes themselves in pieces, several requested at once.
    private func fetch(offset: Int, into destination: UnsafeMutableRawBufferPointer) throws(ConduitError) {
        let pieces = pieces(of: destination.count)
        if pieces.count == 1 {
            let reply = try queue.core.connection.request(try readMessage(offset: offset, byteCount: destination.count))
            return try deliver(reply, offset: offset, into: destination)
        }
        var messages: [(UInt32) -> ClientMessage] = []
        for (start, size) in pieces { messages.append(try readMessage(offset: offset + start, byteCount: size)) }
        try queue.core.connection.pipelinedRequests(messages, window: Self.readWindow) { index, reply throws(ConduitError) in
            let (start, size) = pieces[index]
            try deliver(reply, offset: offset + start, into: UnsafeMutableRawBufferPointer(rebasing: destination[start..<start + size]))
        }
    }

    /// How a read of `byteCount` bytes is split: whole when the memory is shared, else in chunks.
    private func pieces(of byteCount: Int) -> [(start: Int, size: Int)] {
        guard region == nil, byteCount > Self.transferChunkBytes else { return [(0, byteCount)] }
        return stride(from: 0, to: byteCount, by: Self.transferChunkBytes).map { ($0, min(Self.transferChunkBytes, byteCount - $0)) }
    }

    /// How many elements a read returns, after checking the range.
    private func elementCount<Element>(_: Element.Type, byteOffset: Int, count: Int?) throws(ConduitError) -> Int {
        let stride = MemoryLayout<Element>.stride
        guard byteOffset >= 0, byteOffset <= length else {
            throw ConduitError(.outOfRange, "read offset \(byteOffset) is outside the \(length)-byte \(name)")
        }
        let count = count ?? (length - byteOffset) / stride
        guard count >= 0 else { throw .invalidArgument("read count must not be negative, got \(count)") }
        let (_, overflow) = count.multipliedReportingOverflow(by: stride)
        guard !overflow else { throw ConduitError(.outOfRange, "reading \(count) elements overflows") }
        if count == 0 { try checkUsable(on: queue.core) }
        return count
    }

    /// The request for `byteCount` bytes at `offset`, after the default queue's earlier work: a
    /// sync of the shared region, or a read whose reply carries the bytes.
    private func readMessage(offset: Int, byteCount: Int) throws(ConduitError) -> (UInt32) -> ClientMessage {
        try checkUsable(on: queue.core)
        try checkRange("read", offset: offset, length: byteCount)
        let (queueID, bufferID) = (queue.id, id)
        if region != nil {
            return { .syncBuffer(request: $0, queue: queueID, buffer: bufferID, offset: UInt64(offset), length: UInt64(byteCount)) }
        }
        return { .readBuffer(request: $0, queue: queueID, buffer: bufferID, offset: UInt64(offset), length: UInt64(byteCount)) }
    }

    /// Copies the bytes a read's reply made available into `destination`.
    private func deliver(_ reply: HostMessage, offset: Int, into destination: UnsafeMutableRawBufferPointer) throws(ConduitError) {
        let byteCount = destination.count
        if let region {
            guard case .bufferSynced = reply else {
                throw ConduitError(.protocolError, "the host answered a buffer sync with \(reply.type)")
            }
            destination.copyMemory(from: UnsafeRawBufferPointer(start: region.base + offset, count: byteCount))
            return
        }
        guard case let .readResult(_, data) = reply, data.count == byteCount else {
            throw ConduitError(.protocolError, "the host answered a \(byteCount)-byte read with \(reply.type)")
        }
        data.withUnsafeBytes { destination.copyMemory(from: $0) }
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
