import ConduitKernel
import ConduitWire

/// What every object of one device shares: the connection and the device's id on the host.
final class DeviceCore: Sendable {
    let connection: Connection
    let id: ObjectID
    let maxBufferLength: UInt64
    let dispatchLimits: DispatchRules.Limits
    let label: String?

    init(connection: Connection, id: ObjectID, adapter: Adapter, label: String?) {
        self.connection = connection
        self.id = id
        self.maxBufferLength = adapter.limits.maxBufferLength
        self.dispatchLimits = DispatchRules.Limits(
            maxWorkGroupSize: adapter.limits.maxWorkGroupSize,
            maxWorkGroupSizes: adapter.limits.maxWorkGroupSizes,
            maxLocalMemory: Int(adapter.limits.maxLocalMemoryLength))
        self.label = label
    }

    deinit {
        connection.release(id)
    }

    var name: String { label.map { "device '\($0)'" } ?? "device \(id)" }
}

/// An open adapter: the factory for buffers, queues and fences.
///
/// Corresponds to `MTLDevice`, `cl_context` + `cl_device_id`, and a CUDA context.
public final class Device: Sendable {
    let core: DeviceCore
    /// The adapter this device runs on.
    public let adapter: Adapter
    /// A name for debugging.
    public let label: String?
    /// The default queue. `Buffer` reads and writes are ordered with it.
    public let queue: Queue

    init(adapter: Adapter, label: String?) throws(ConduitError) {
        let connection = adapter.connection
        try connection.checkAlive()
        let id = connection.makeID()
        connection.send(.createDevice(id: id, adapterIndex: UInt32(adapter.hostAdapterIndex)))
        core = DeviceCore(connection: connection, id: id, adapter: adapter, label: label)
        self.adapter = adapter
        self.label = label
        queue = try Queue(core: core, label: label.map { "\($0).queue" })
    }

    /// Makes another queue. Work on different queues may run concurrently.
    ///
    /// - Throws: `ConduitError` with `.limitExceeded` past the host's queues per client (64 by
    ///   default, counting each device's default queue: each queue is a host thread), or
    ///   `.deviceLost`.
    /// Corresponds to `makeCommandQueue()`, `clCreateCommandQueue` and `cudaStreamCreate`.
    public func makeQueue(label: String? = nil) throws(ConduitError) -> Queue {
        try core.connection.checkAlive()
        return try Queue(core: core, label: label)
    }

    /// Makes a zero-filled buffer.
    ///
    /// - Parameters:
    ///   - length: size in bytes, 1 ... `adapter.limits.maxBufferLength`.
    ///   - label: a name for debugging.
    /// - Throws: `ConduitError` with `.invalidArgument` for a size out of range, `.deviceLost`
    ///   when the host dropped this client. Creation does not wait for the host: if the host
    ///   cannot allocate the memory, the device is lost with an out-of-memory message, which the
    ///   next wait or read reports.
    /// Corresponds to `makeBuffer(length:options:)`, `clCreateBuffer` and `cudaMalloc`.
    public func makeBuffer(length: Int, label: String? = nil) throws(ConduitError) -> Buffer {
        guard length > 0 else { throw .invalidArgument("buffer length must be positive, got \(length)") }
        guard UInt64(length) <= core.maxBufferLength else {
            throw .invalidArgument("buffer length \(length) exceeds the adapter's maximum \(core.maxBufferLength)")
        }
        try core.connection.checkAlive()
        return try Buffer(queue: queue, length: length, label: label)
    }

    /// Makes a buffer holding a copy of `array`.
    ///
    /// - Throws: `ConduitError` with `.invalidArgument` for an empty array.
    /// Corresponds to `makeBuffer(bytes:length:options:)` and `clCreateBuffer(CL_MEM_COPY_HOST_PTR)`.
    public func makeBuffer<Element: BitwiseCopyable>(array: [Element], label: String? = nil) throws(ConduitError) -> Buffer {
        let length = array.count * MemoryLayout<Element>.stride
        guard length > 0 else { throw .invalidArgument("cannot make a buffer from an empty array") }
        let buffer = try makeBuffer(length: length, label: label)
        try buffer.write(array)
        return buffer
    }

    /// Makes a fence: a 64-bit timeline that only moves forward.
    ///
    /// Corresponds to `MTLSharedEvent`, `ID3D12Fence` and Vulkan timeline semaphores.
    public func makeFence(initialValue: UInt64 = 0, label: String? = nil) throws(ConduitError) -> Fence {
        try core.connection.checkAlive()
        let id = core.connection.makeID()
        core.connection.registerFence(id, initialValue: initialValue)
        core.connection.send(.createFence(id: id, device: core.id, initialValue: initialValue))
        return Fence(id: id, core: core, queueTimeline: false, label: label)
    }
}
