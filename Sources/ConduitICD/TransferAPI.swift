import COpenCL
import Conduit

/// The queue and buffer of a transfer, checked against each other.
private func operands(_ queue: cl_command_queue?, _ memory: cl_mem?) throws(CLError) -> (QueueObject, MemoryObject) {
    let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
    let memory = try MemoryObject.from(memory, or: CL_INVALID_MEM_OBJECT)
    guard memory.context === queue.context else { throw CLError(CL_INVALID_CONTEXT) }
    try checkDevice(memory, queue)
    return (queue, memory)
}

/// Places `memory` on `queue`'s device if this is its first use; a queue of another device than
/// the one it lives on cannot reach it.
func checkDevice(_ memory: MemoryObject, _ queue: QueueObject) throws(CLError) { _ = try memory.buffer(on: queue.device) }

/// Refuses host access the buffer's flags rule out.
private func checkHostAccess(_ memory: MemoryObject, reading: Bool) throws(CLError) {
    let denied = reading ? CL_MEM_HOST_WRITE_ONLY | CL_MEM_HOST_NO_ACCESS : CL_MEM_HOST_READ_ONLY | CL_MEM_HOST_NO_ACCESS
    guard memory.flags & cl_mem_flags(denied) == 0 else { throw CLError(CL_INVALID_OPERATION) }
}

/// A read or write between host memory and a buffer: checked, then run on the calling thread
/// once the wait list and the queue's earlier work are done.
private func hostTransfer(
    _ type: Int32, _ queue: cl_command_queue?, _ memory: cl_mem?, offset: Int, size: Int, hasPointer: Bool, reading: Bool,
    _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?,
    _ body: (MemoryObject) throws(CLError) -> Void
) -> cl_int {
    status { () throws(CLError) in
        let (queue, memory) = try operands(queue, memory)
        let waits = try waitList(count, list, context: queue.context)
        guard hasPointer, size > 0 else { throw CLError(CL_INVALID_VALUE) }
        try memory.check(offset: offset, count: size)
        try checkHostAccess(memory, reading: reading)
        deliver(try queue.runOnHost(type, waitingFor: waits, wantsEvent: event != nil) { () throws(CLError) in try body(memory) }, to: event)
    }
}

@_cdecl("conduit_clEnqueueReadBuffer")
func icdEnqueueReadBuffer(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ blocking: cl_bool, _ offset: Int, _ size: Int,
    _ pointer: UnsafeMutableRawPointer?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    hostTransfer(
        CL_COMMAND_READ_BUFFER, queue, memory, offset: offset, size: size, hasPointer: pointer != nil, reading: true, count, list, event
    ) { memory throws(CLError) in
        try memory.read(into: UnsafeMutableRawBufferPointer(start: pointer, count: size), at: offset)
    }
}

@_cdecl("conduit_clEnqueueWriteBuffer")
func icdEnqueueWriteBuffer(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ blocking: cl_bool, _ offset: Int, _ size: Int,
    _ pointer: UnsafeRawPointer?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    hostTransfer(
        CL_COMMAND_WRITE_BUFFER, queue, memory, offset: offset, size: size, hasPointer: pointer != nil, reading: false, count, list, event
    ) { memory throws(CLError) in
        try memory.write(UnsafeRawBufferPointer(start: pointer, count: size), at: offset)
    }
}

@_cdecl("conduit_clEnqueueCopyBuffer")
func icdEnqueueCopyBuffer(
    _ queue: cl_command_queue?, _ source: cl_mem?, _ destination: cl_mem?, _ sourceOffset: Int, _ destinationOffset: Int,
    _ size: Int, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let (queue, source) = try operands(queue, source)
        let (_, destination) = try operands(queue.opaque, destination)
        let waits = try waitList(count, list, context: queue.context)
        guard size > 0 else { throw CLError(CL_INVALID_VALUE) }
        try source.check(offset: sourceOffset, count: size)
        try destination.check(offset: destinationOffset, count: size)
        let from = source.origin + sourceOffset, to = destination.origin + destinationOffset
        if source.buffer === destination.buffer, from < to + size, to < from + size { throw CLError(CL_MEM_COPY_OVERLAP) }
        deliver(
            try queue.record(CL_COMMAND_COPY_BUFFER, waitingFor: waits, wantsEvent: event != nil) { buffer throws(ConduitError) in
                try buffer.copy(from: source.buffer, sourceOffset: from, to: destination.buffer, destinationOffset: to, size: size)
            }, to: event)
    }
}

@_cdecl("conduit_clEnqueueFillBuffer")
func icdEnqueueFillBuffer(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ pattern: UnsafeRawPointer?, _ patternSize: Int, _ offset: Int, _ size: Int,
    _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let (queue, memory) = try operands(queue, memory)
        let waits = try waitList(count, list, context: queue.context)
        guard let pattern, [1, 2, 4, 8, 16, 32, 64, 128].contains(patternSize), offset % patternSize == 0, size % patternSize == 0
        else { throw CLError(CL_INVALID_VALUE) }
        try memory.check(offset: offset, count: size)
        let bytes = Array(UnsafeRawBufferPointer(start: pattern, count: patternSize))
        deliver(
            try queue.record(CL_COMMAND_FILL_BUFFER, waitingFor: waits, wantsEvent: event != nil) { buffer throws(ConduitError) in
                if size > 0 { try buffer.fill(memory.buffer, pattern: bytes, byteOffset: memory.origin + offset, length: size) }
            }, to: event)
    }
}

@_cdecl("conduit_clEnqueueMapBuffer")
func icdEnqueueMapBuffer(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ blocking: cl_bool, _ flags: cl_map_flags, _ offset: Int, _ size: Int,
    _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> UnsafeMutableRawPointer? {
    var mapped: UnsafeMutableRawPointer?
    let code = status { () throws(CLError) in
        let (queue, memory) = try operands(queue, memory)
        let waits = try waitList(count, list, context: queue.context)
        let known = cl_map_flags(CL_MAP_READ | CL_MAP_WRITE | CL_MAP_WRITE_INVALIDATE_REGION)
        let invalidate = flags & cl_map_flags(CL_MAP_WRITE_INVALIDATE_REGION) != 0
        guard size > 0, flags & ~known == 0, !(invalidate && flags & cl_map_flags(CL_MAP_READ | CL_MAP_WRITE) != 0) else {
            throw CLError(CL_INVALID_VALUE)
        }
        try memory.check(offset: offset, count: size)
        if flags & cl_map_flags(CL_MAP_READ) != 0 { try checkHostAccess(memory, reading: true) }
        if flags & cl_map_flags(CL_MAP_WRITE | CL_MAP_WRITE_INVALIDATE_REGION) != 0 { try checkHostAccess(memory, reading: false) }
        deliver(
            try queue.runOnHost(CL_COMMAND_MAP_BUFFER, waitingFor: waits, wantsEvent: event != nil) { () throws(CLError) in
                mapped = try memory.map(offset: offset, count: size, flags: flags)
            }, to: event)
    }
    errcode?.pointee = code
    return code == CL_SUCCESS ? mapped : nil
}

@_cdecl("conduit_clEnqueueUnmapMemObject")
func icdEnqueueUnmapMemObject(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ pointer: UnsafeMutableRawPointer?, _ count: cl_uint,
    _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let (queue, memory) = try operands(queue, memory)
        let waits = try waitList(count, list, context: queue.context)
        guard let pointer else { throw CLError(CL_INVALID_VALUE) }
        deliver(
            try queue.runOnHost(CL_COMMAND_UNMAP_MEM_OBJECT, waitingFor: waits, wantsEvent: event != nil) { () throws(CLError) in
                try memory.unmap(pointer)
            }, to: event)
    }
}

@_cdecl("conduit_clEnqueueMigrateMemObjects")
func icdEnqueueMigrateMemObjects(
    _ queue: cl_command_queue?, _ objectCount: cl_uint, _ objects: UnsafePointer<cl_mem?>?, _ flags: cl_mem_migration_flags,
    _ count: cl_uint, _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
        guard objectCount > 0, let objects else { throw CLError(CL_INVALID_VALUE) }
        let known = cl_mem_migration_flags(CL_MIGRATE_MEM_OBJECT_HOST | CL_MIGRATE_MEM_OBJECT_CONTENT_UNDEFINED)
        guard flags & ~known == 0 else { throw CLError(CL_INVALID_VALUE) }
        for index in 0..<Int(objectCount) {
            let memory = try MemoryObject.from(objects[index], or: CL_INVALID_MEM_OBJECT)
            guard memory.context === queue.context else { throw CLError(CL_INVALID_CONTEXT) }
            // A buffer not used yet is placed on this queue's device, as asked; one that lives
            // on another device stays there (buffers do not migrate).
            if flags & cl_mem_migration_flags(CL_MIGRATE_MEM_OBJECT_HOST) == 0 { _ = try? memory.buffer(on: queue.device) }
        }
        let waits = try waitList(count, list, context: queue.context)
        // Buffers stay on their device: migrating is ordering only.
        deliver(try queue.record(CL_COMMAND_MIGRATE_MEM_OBJECTS, waitingFor: waits, wantsEvent: event != nil), to: event)
    }
}
