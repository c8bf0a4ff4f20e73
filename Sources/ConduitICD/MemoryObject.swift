import COpenCL
import Conduit
import Foundation

/// A `cl_mem` buffer: a Conduit buffer, or a range of its parent's (a sub-buffer). With
/// `CL_MEM_USE_HOST_PTR` the application's memory is the host copy: it is read when the buffer is
/// placed and brought up to date by every map, as drivers of discrete devices do.
///
/// In a context of one device the buffer is made at creation. In a context of several (two
/// adapters, or the adapters of several hosts) it is made on the device of the first queue that
/// uses it, as drivers allocate lazily, so a program that makes its context from a device type
/// and then uses one of its devices works. Buffers do not move between devices: a queue of
/// another device refuses it (`CL_INVALID_OPERATION`, with a line on stderr).
final class MemoryObject: ICDObject, @unchecked Sendable {
    typealias Callback = @convention(c) (cl_mem?, UnsafeMutableRawPointer?) -> Void

    let context: ContextObject
    let flags: cl_mem_flags
    let size: Int
    /// Where the bytes live, shared with sub-buffers.
    private let placement: Placement
    let parent: MemoryObject?
    /// Where this object starts in `buffer` (non-zero for sub-buffers).
    let origin: Int
    let hostPointer: UnsafeMutableRawPointer?
    let properties: [cl_mem_properties]?

    struct Mapping {
        var offset: Int
        var size: Int
        var writes: Bool
        var staged: Bool
    }
    private struct State {
        var mappings: [UnsafeMutableRawPointer: [Mapping]] = [:]
        var destructors: [(Callback, UnsafeMutableRawPointer?)] = []
    }
    private let state = Locked(State())

    init(
        context: ContextObject, flags: cl_mem_flags, size: Int, hostPointer: UnsafeMutableRawPointer?,
        properties: [cl_mem_properties]?
    ) throws(CLError) {
        guard size > 0, context.devices.allSatisfy({ UInt64(size) <= $0.maxAllocation }) else { throw CLError(CL_INVALID_BUFFER_SIZE) }
        let copied = flags & cl_mem_flags(CL_MEM_COPY_HOST_PTR) != 0 ? hostPointer : nil
        placement = Placement(size: size)
        self.context = context
        self.flags = flags
        self.size = size
        self.properties = properties
        parent = nil
        origin = 0
        self.hostPointer = flags & cl_mem_flags(CL_MEM_USE_HOST_PTR) != 0 ? hostPointer : nil
        super.init(kind: .memory)
        context.retain()
        if context.devices.count == 1 {
            _ = try placement.buffer(on: context.devices[0], initial: self.hostPointer ?? copied)
        } else if let copied {
            placement.keep(UnsafeRawBufferPointer(start: copied, count: size))
        }
    }

    /// A sub-buffer of `parent`.
    init(subBufferOf parent: MemoryObject, flags: cl_mem_flags, origin: Int, size: Int) {
        context = parent.context
        self.flags = flags
        self.size = size
        placement = parent.placement
        self.parent = parent
        self.origin = parent.origin + origin
        hostPointer = parent.hostPointer.map { $0 + origin }
        properties = nil
        super.init(kind: .memory)
        parent.retain()
    }

    override func destroy() {
        for (callback, userData) in state.withLock({ $0.destructors }).reversed() { callback(opaque, userData) }
        if let parent { parent.release() } else { context.release() }
    }

    func addDestructor(_ callback: @escaping Callback, _ userData: UnsafeMutableRawPointer?) {
        state.withLock { $0.destructors.append((callback, userData)) }
    }

    /// The buffer, made on `device` if this is its first use; CL_INVALID_OPERATION when it lives on another device.
    func buffer(on device: DeviceObject) throws(CLError) -> Buffer {
        try placement.buffer(on: device, initial: root.hostPointer)
    }

    /// The buffer, once placed (every call site binds it to its queue's device first).
    var buffer: Buffer {
        guard let buffer = placement.placed else { preconditionFailure("a cl_mem used before its queue placed it") }
        return buffer
    }

    /// The object whose creation owns the memory: itself, or the buffer a sub-buffer is of.
    private var root: MemoryObject { parent?.root ?? self }

    /// Checks that `offset..<offset+count` lies inside the object.
    func check(offset: Int, count: Int) throws(CLError) {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { throw CLError(CL_INVALID_VALUE) }
    }

    /// Copies host bytes into the object at `offset`, in pieces a frame can carry.
    func write(_ source: UnsafeRawBufferPointer, at offset: Int) throws(CLError) {
        try inPieces(source.count) { (range) throws(ConduitError) in
            try buffer.write(from: UnsafeRawBufferPointer(rebasing: source[range]), byteOffset: origin + offset + range.lowerBound)
        }
    }

    /// Copies bytes at `offset` into host memory, in pieces a frame can carry.
    func read(into destination: UnsafeMutableRawBufferPointer, at offset: Int) throws(CLError) {
        try inPieces(destination.count) { (range) throws(ConduitError) in
            try buffer.read(into: UnsafeMutableRawBufferPointer(rebasing: destination[range]), byteOffset: origin + offset + range.lowerBound)
        }
    }

    /// Calls `body` for consecutive ranges of `0..<count`, each at most `pieceLimit` long.
    private func inPieces(_ count: Int, _ body: (Range<Int>) throws(ConduitError) -> Void) throws(CLError) {
        var done = 0
        while done < count {
            let piece = min(count - done, Self.pieceLimit)
            try conduit(CL_OUT_OF_RESOURCES) { () throws(ConduitError) in try body(done..<done + piece) }
            done += piece
        }
    }

    static let pieceLimit = 64 << 20

    /// Maps `count` bytes at `offset`: the USE_HOST_PTR memory, or fresh memory, filled with the
    /// object's bytes unless the map only writes (CL_MAP_WRITE_INVALIDATE_REGION).
    func map(offset: Int, count: Int, flags: cl_map_flags) throws(CLError) -> UnsafeMutableRawPointer {
        let invalidate = flags & cl_map_flags(CL_MAP_WRITE_INVALIDATE_REGION) != 0
        let writes = invalidate || flags & cl_map_flags(CL_MAP_WRITE) != 0
        let pointer = hostPointer.map { $0 + offset } ?? UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 128)
        if !invalidate { try read(into: UnsafeMutableRawBufferPointer(start: pointer, count: count), at: offset) }
        let mapping = Mapping(offset: offset, size: count, writes: writes, staged: hostPointer == nil)
        state.withLock { $0.mappings[pointer, default: []].append(mapping) }
        return pointer
    }

    /// Ends a map: writes back what a writing map may have changed, frees staging memory.
    func unmap(_ pointer: UnsafeMutableRawPointer) throws(CLError) {
        let mapping = state.withLock { state -> Mapping? in
            guard var list = state.mappings[pointer], !list.isEmpty else { return nil }
            let mapping = list.removeLast()
            state.mappings[pointer] = list.isEmpty ? nil : list
            return mapping
        }
        guard let mapping else { throw CLError(CL_INVALID_VALUE) }
        if mapping.writes { try write(UnsafeRawBufferPointer(start: pointer, count: mapping.size), at: mapping.offset) }
        if mapping.staged { pointer.deallocate() }
    }

    var mapCount: Int { state.withLock { $0.mappings.values.reduce(0) { $0 + $1.count } } }

    func info(_ parameter: UInt32) -> InfoValue? {
        switch Int32(parameter) {
        case CL_MEM_TYPE: InfoValue(cl_mem_object_type(CL_MEM_OBJECT_BUFFER))
        case CL_MEM_FLAGS: InfoValue(flags)
        case CL_MEM_SIZE: InfoValue(size)
        case CL_MEM_HOST_PTR: InfoValue(UInt(bitPattern: hostPointer))
        case CL_MEM_MAP_COUNT: InfoValue(cl_uint(mapCount))
        case CL_MEM_REFERENCE_COUNT: InfoValue(referenceCount)
        case CL_MEM_CONTEXT: InfoValue(context.opaque)
        case CL_MEM_ASSOCIATED_MEMOBJECT: InfoValue(parent.map { UInt(bitPattern: $0.handle) } ?? 0)
        case CL_MEM_OFFSET: InfoValue(parent == nil ? 0 : origin - parent!.origin)
        case CL_MEM_USES_SVM_POINTER: InfoValue.bool(false)
        case CL_MEM_PROPERTIES: InfoValue(array: properties ?? [])
        default: nil
        }
    }

    /// Checks buffer flags as clCreateBuffer does: one access kind, one host-access kind, host
    /// pointer given exactly when USE_HOST_PTR or COPY_HOST_PTR asks for one.
    static func checkFlags(_ flags: cl_mem_flags, hostPointer: UnsafeMutableRawPointer?) throws(CLError) {
        func count(_ bits: [Int32]) -> Int { bits.filter { flags & cl_mem_flags($0) != 0 }.count }
        let known = cl_mem_flags(
            CL_MEM_READ_WRITE | CL_MEM_WRITE_ONLY | CL_MEM_READ_ONLY | CL_MEM_USE_HOST_PTR | CL_MEM_ALLOC_HOST_PTR
                | CL_MEM_COPY_HOST_PTR | CL_MEM_HOST_WRITE_ONLY | CL_MEM_HOST_READ_ONLY | CL_MEM_HOST_NO_ACCESS)
        guard flags & ~known == 0, count([CL_MEM_READ_WRITE, CL_MEM_WRITE_ONLY, CL_MEM_READ_ONLY]) <= 1,
            count([CL_MEM_HOST_WRITE_ONLY, CL_MEM_HOST_READ_ONLY, CL_MEM_HOST_NO_ACCESS]) <= 1,
            count([CL_MEM_USE_HOST_PTR, CL_MEM_ALLOC_HOST_PTR]) <= 1, count([CL_MEM_USE_HOST_PTR, CL_MEM_COPY_HOST_PTR]) <= 1
        else { throw CLError(CL_INVALID_VALUE) }
        let wantsPointer = flags & cl_mem_flags(CL_MEM_USE_HOST_PTR | CL_MEM_COPY_HOST_PTR) != 0
        guard wantsPointer == (hostPointer != nil) else { throw CLError(CL_INVALID_HOST_PTR) }
    }
}

/// Where a buffer's bytes live: the Conduit buffer once it is placed on a device, and until then
/// the bytes `CL_MEM_COPY_HOST_PTR` gave it.
private final class Placement: @unchecked Sendable {
    // SAFETY: everything is guarded by `state`.
    private struct State {
        var buffer: Buffer?
        var device: DeviceObject?
        var copied: [UInt8]?
    }
    private let state = Locked(State())
    let size: Int

    init(size: Int) { self.size = size }

    var placed: Buffer? { state.withLock { $0.buffer } }

    /// Keeps a copy of the application's bytes for when the buffer is placed.
    func keep(_ bytes: UnsafeRawBufferPointer) {
        state.withLock { $0.copied = Array(bytes) }
    }

    /// The buffer on `device`: made there with its first bytes (`initial`, else the copy kept)
    /// if it is not placed yet; refused when it lives on another device.
    func buffer(on device: DeviceObject, initial: UnsafeMutableRawPointer?) throws(CLError) -> Buffer {
        try state.withLock { state throws(CLError) in
            if let buffer = state.buffer {
                guard state.device === device else {
                    warn("a buffer of a context with several devices lives on the device that used it first; a queue of '\(device.adapter.name)' cannot use it")
                    throw CLError(CL_INVALID_OPERATION)
                }
                return buffer
            }
            let conduitDevice = try device.device()
            let size = size
            let buffer = try conduit(CL_MEM_OBJECT_ALLOCATION_FAILURE) { () throws(ConduitError) in
                try conduitDevice.makeBuffer(length: size, label: "cl_mem")
            }
            try conduit(CL_OUT_OF_RESOURCES) { () throws(ConduitError) in
                if let initial {
                    try buffer.write(from: UnsafeRawBufferPointer(start: initial, count: size))
                } else if let copied = state.copied {
                    try buffer.write(copied)
                }
            }
            state.copied = nil
            state.buffer = buffer
            state.device = device
            return buffer
        }
    }
}
