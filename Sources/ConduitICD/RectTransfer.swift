import COpenCL
import Conduit

/// One side of a rectangular transfer: where a box starts and how rows and slices are spaced,
/// as clEnqueue*BufferRect describe it.
struct RectLayout {
    var origin: (x: Int, y: Int, z: Int)
    var rowPitch: Int
    var slicePitch: Int

    /// Fills in zero pitches (tight rows and slices) and checks them against the region.
    init(origin: UnsafePointer<Int>, rowPitch: Int, slicePitch: Int, region: (Int, Int, Int)) throws(CLError) {
        self.origin = (origin[0], origin[1], origin[2])
        self.rowPitch = rowPitch == 0 ? region.0 : rowPitch
        self.slicePitch = slicePitch == 0 ? region.1 * self.rowPitch : slicePitch
        guard self.rowPitch >= region.0, self.slicePitch >= region.1 * self.rowPitch else { throw CLError(CL_INVALID_VALUE) }
        if slicePitch != 0, rowPitch != 0, slicePitch % rowPitch != 0 { throw CLError(CL_INVALID_VALUE) }
    }

    /// Byte offset of row `y`, slice `z` of the region.
    func offset(row y: Int, slice z: Int) -> Int {
        (origin.z + z) * slicePitch + (origin.y + y) * rowPitch + origin.x
    }

    /// One past the last byte the region touches.
    func end(_ region: (Int, Int, Int)) -> Int { offset(row: region.1 - 1, slice: region.2 - 1) + region.0 }

    /// The byte ranges of the region's rows, starting at `base`, in address order.
    func rows(_ region: (Int, Int, Int), base: Int) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        rows.reserveCapacity(region.1 * region.2)
        for z in 0..<region.2 {
            for y in 0..<region.1 {
                let start = base + offset(row: y, slice: z)
                rows.append(start..<start + region.0)
            }
        }
        return rows.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether two boxes of one buffer share a byte: their rows, merged in address order.
    /// (Their spans may interleave without overlapping, as boxes side by side in a volume do.)
    static func overlap(_ region: (Int, Int, Int), _ a: RectLayout, at aBase: Int, _ b: RectLayout, at bBase: Int) -> Bool {
        let first = a.rows(region, base: aBase), second = b.rows(region, base: bBase)
        var i = 0, j = 0
        while i < first.count, j < second.count {
            if first[i].overlaps(second[j]) { return true }
            if first[i].upperBound <= second[j].upperBound { i += 1 } else { j += 1 }
        }
        return false
    }
}

/// The checked region of a rect transfer (every extent non-zero).
private func region(_ pointer: UnsafePointer<Int>?) throws(CLError) -> (Int, Int, Int) {
    guard let pointer, pointer[0] > 0, pointer[1] > 0, pointer[2] > 0 else { throw CLError(CL_INVALID_VALUE) }
    return (pointer[0], pointer[1], pointer[2])
}

/// Calls `body(bufferOffset, hostOffset)` for every row of the region.
private func forEachRow(_ region: (Int, Int, Int), _ buffer: RectLayout, _ host: RectLayout, _ body: (Int, Int) throws(CLError) -> Void)
    throws(CLError)
{
    for z in 0..<region.2 {
        for y in 0..<region.1 { try body(buffer.offset(row: y, slice: z), host.offset(row: y, slice: z)) }
    }
}

private struct RectOperands {
    var queue: QueueObject
    var memory: MemoryObject
    var region: (Int, Int, Int)
    var buffer: RectLayout
    var host: RectLayout
    var waits: [EventObject]

    /// Reads the bytes the buffer-side box spans at once, then calls `body` with each row's bytes
    /// and the offset of that row on the other side (host memory, or a copy's destination).
    func withSourceRows(_ body: (UnsafeRawPointer, Int) throws(CLError) -> Void) throws(CLError) {
        let start = buffer.offset(row: 0, slice: 0)
        let span = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.end(region) - start, alignment: 16)
        defer { span.deallocate() }
        try memory.read(into: span, at: start)
        try forEachRow(region, buffer, host) { (bufferOffset, otherOffset) throws(CLError) in
            try body(UnsafeRawPointer(span.baseAddress! + (bufferOffset - start)), otherOffset)
        }
    }
}

// swift-format-ignore: FunctionParameterCount
private func rectOperands(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ bufferOrigin: UnsafePointer<Int>?, _ hostOrigin: UnsafePointer<Int>?,
    _ regionPointer: UnsafePointer<Int>?, _ bufferRowPitch: Int, _ bufferSlicePitch: Int, _ hostRowPitch: Int,
    _ hostSlicePitch: Int, _ pointer: UnsafeRawPointer?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?
) throws(CLError) -> RectOperands {
    let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
    let memory = try MemoryObject.from(memory, or: CL_INVALID_MEM_OBJECT)
    guard memory.context === queue.context else { throw CLError(CL_INVALID_CONTEXT) }
    try checkDevice(memory, queue)
    let waits = try waitList(count, list, context: queue.context)
    let region = try region(regionPointer)
    guard let bufferOrigin, let hostOrigin, pointer != nil else { throw CLError(CL_INVALID_VALUE) }
    let buffer = try RectLayout(origin: bufferOrigin, rowPitch: bufferRowPitch, slicePitch: bufferSlicePitch, region: region)
    let host = try RectLayout(origin: hostOrigin, rowPitch: hostRowPitch, slicePitch: hostSlicePitch, region: region)
    try memory.check(offset: buffer.offset(row: 0, slice: 0), count: buffer.end(region) - buffer.offset(row: 0, slice: 0))
    return RectOperands(queue: queue, memory: memory, region: region, buffer: buffer, host: host, waits: waits)
}

@_cdecl("conduit_clEnqueueReadBufferRect")
func icdEnqueueReadBufferRect(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ blocking: cl_bool, _ bufferOrigin: UnsafePointer<Int>?,
    _ hostOrigin: UnsafePointer<Int>?, _ region: UnsafePointer<Int>?, _ bufferRowPitch: Int, _ bufferSlicePitch: Int,
    _ hostRowPitch: Int, _ hostSlicePitch: Int, _ pointer: UnsafeMutableRawPointer?, _ count: cl_uint,
    _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let o = try rectOperands(
            queue, memory, bufferOrigin, hostOrigin, region, bufferRowPitch, bufferSlicePitch, hostRowPitch, hostSlicePitch,
            pointer, count, list)
        guard let pointer else { throw CLError(CL_INVALID_VALUE) }
        deliver(
            try o.queue.runOnHost(CL_COMMAND_READ_BUFFER_RECT, waitingFor: o.waits, wantsEvent: event != nil) { () throws(CLError) in
                try o.withSourceRows { (row, hostOffset) throws(CLError) in (pointer + hostOffset).copyMemory(from: row, byteCount: o.region.0) }
            }, to: event)
    }
}

@_cdecl("conduit_clEnqueueWriteBufferRect")
func icdEnqueueWriteBufferRect(
    _ queue: cl_command_queue?, _ memory: cl_mem?, _ blocking: cl_bool, _ bufferOrigin: UnsafePointer<Int>?,
    _ hostOrigin: UnsafePointer<Int>?, _ region: UnsafePointer<Int>?, _ bufferRowPitch: Int, _ bufferSlicePitch: Int,
    _ hostRowPitch: Int, _ hostSlicePitch: Int, _ pointer: UnsafeRawPointer?, _ count: cl_uint,
    _ list: UnsafePointer<cl_event?>?, _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let o = try rectOperands(
            queue, memory, bufferOrigin, hostOrigin, region, bufferRowPitch, bufferSlicePitch, hostRowPitch, hostSlicePitch,
            pointer, count, list)
        guard let pointer else { throw CLError(CL_INVALID_VALUE) }
        deliver(
            try o.queue.runOnHost(CL_COMMAND_WRITE_BUFFER_RECT, waitingFor: o.waits, wantsEvent: event != nil) { () throws(CLError) in
                try forEachRow(o.region, o.buffer, o.host) { (bufferOffset, hostOffset) throws(CLError) in
                    try o.memory.write(UnsafeRawBufferPointer(start: pointer + hostOffset, count: o.region.0), at: bufferOffset)
                }
            }, to: event)
    }
}

@_cdecl("conduit_clEnqueueCopyBufferRect")
func icdEnqueueCopyBufferRect(
    _ queue: cl_command_queue?, _ source: cl_mem?, _ destination: cl_mem?, _ sourceOrigin: UnsafePointer<Int>?,
    _ destinationOrigin: UnsafePointer<Int>?, _ region: UnsafePointer<Int>?, _ sourceRowPitch: Int, _ sourceSlicePitch: Int,
    _ destinationRowPitch: Int, _ destinationSlicePitch: Int, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?,
    _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        // The source side is checked as a read's buffer side, the destination as its host side.
        let o = try rectOperands(
            queue, source, sourceOrigin, destinationOrigin, region, sourceRowPitch, sourceSlicePitch, destinationRowPitch,
            destinationSlicePitch, UnsafeRawPointer(bitPattern: 1), count, list)
        let destination = try MemoryObject.from(destination, or: CL_INVALID_MEM_OBJECT)
        guard destination.context === o.queue.context else { throw CLError(CL_INVALID_CONTEXT) }
        try checkDevice(destination, o.queue)
        let to = o.host
        try destination.check(offset: to.offset(row: 0, slice: 0), count: to.end(o.region) - to.offset(row: 0, slice: 0))
        if o.memory.buffer === destination.buffer,
            RectLayout.overlap(o.region, o.buffer, at: o.memory.origin, to, at: destination.origin)
        {
            throw CLError(CL_MEM_COPY_OVERLAP)
        }
        deliver(
            try o.queue.runOnHost(CL_COMMAND_COPY_BUFFER_RECT, waitingFor: o.waits, wantsEvent: event != nil) { () throws(CLError) in
                try o.withSourceRows { (row, destinationOffset) throws(CLError) in
                    try destination.write(UnsafeRawBufferPointer(start: row, count: o.region.0), at: destinationOffset)
                }
            }, to: event)
    }
}
