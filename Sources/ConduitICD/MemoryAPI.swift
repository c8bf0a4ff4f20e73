import COpenCL
import Conduit

private func makeBuffer(
    _ context: cl_context?, _ flags: cl_mem_flags, _ size: Int, _ hostPointer: UnsafeMutableRawPointer?,
    properties: [cl_mem_properties]?
) throws(CLError) -> OpaquePointer {
    let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
    try MemoryObject.checkFlags(flags, hostPointer: hostPointer)
    let flags = flags & cl_mem_flags(CL_MEM_READ_WRITE | CL_MEM_WRITE_ONLY | CL_MEM_READ_ONLY) == 0 ? flags | cl_mem_flags(CL_MEM_READ_WRITE) : flags
    return try MemoryObject(context: context, flags: flags, size: size, hostPointer: hostPointer, properties: properties).opaque
}

@_cdecl("conduit_clCreateBuffer")
func icdCreateBuffer(
    _ context: cl_context?, _ flags: cl_mem_flags, _ size: Int, _ hostPointer: UnsafeMutableRawPointer?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_mem? {
    creating(errcode) { () throws(CLError) in try makeBuffer(context, flags, size, hostPointer, properties: nil) }
}

@_cdecl("conduit_clCreateBufferWithProperties")
func icdCreateBufferWithProperties(
    _ context: cl_context?, _ properties: UnsafePointer<cl_mem_properties>?, _ flags: cl_mem_flags, _ size: Int,
    _ hostPointer: UnsafeMutableRawPointer?, _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_mem? {
    creating(errcode) { () throws(CLError) in
        // No buffer properties are defined for buffers without extensions: only an empty list.
        if let properties, properties[0] != 0 { throw CLError(CL_INVALID_PROPERTY) }
        return try makeBuffer(context, flags, size, hostPointer, properties: properties == nil ? [] : [0])
    }
}

@_cdecl("conduit_clCreateSubBuffer")
func icdCreateSubBuffer(
    _ buffer: cl_mem?, _ flags: cl_mem_flags, _ type: cl_buffer_create_type, _ info: UnsafeRawPointer?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_mem? {
    creating(errcode) { () throws(CLError) in
        let parent = try MemoryObject.from(buffer, or: CL_INVALID_MEM_OBJECT)
        guard parent.parent == nil else { throw CLError(CL_INVALID_MEM_OBJECT) }
        guard type == CL_BUFFER_CREATE_TYPE_REGION, let info else { throw CLError(CL_INVALID_VALUE) }
        let region = info.loadUnaligned(as: cl_buffer_region.self)
        guard region.size > 0 else { throw CLError(CL_INVALID_BUFFER_SIZE) }
        guard region.origin <= parent.size, region.size <= parent.size - region.origin else { throw CLError(CL_INVALID_VALUE) }
        guard region.origin % 128 == 0 else { throw CLError(CL_MISALIGNED_SUB_BUFFER_OFFSET) }
        try MemoryObject.checkFlags(flags, hostPointer: nil)
        let access = cl_mem_flags(CL_MEM_READ_WRITE | CL_MEM_WRITE_ONLY | CL_MEM_READ_ONLY)
        let hostAccess = cl_mem_flags(CL_MEM_HOST_WRITE_ONLY | CL_MEM_HOST_READ_ONLY | CL_MEM_HOST_NO_ACCESS)
        // A sub-buffer inherits what it does not say, and may not ask for more access than its parent.
        if flags & cl_mem_flags(CL_MEM_READ_WRITE) != 0, parent.flags & cl_mem_flags(CL_MEM_READ_WRITE) == 0 {
            throw CLError(CL_INVALID_VALUE)
        }
        if flags & cl_mem_flags(CL_MEM_WRITE_ONLY) != 0, parent.flags & cl_mem_flags(CL_MEM_READ_ONLY) != 0 {
            throw CLError(CL_INVALID_VALUE)
        }
        if flags & cl_mem_flags(CL_MEM_READ_ONLY) != 0, parent.flags & cl_mem_flags(CL_MEM_WRITE_ONLY) != 0 {
            throw CLError(CL_INVALID_VALUE)
        }
        var inherited = flags & access == 0 ? parent.flags & access : flags & access
        inherited |= flags & hostAccess == 0 ? parent.flags & hostAccess : flags & hostAccess
        inherited |= parent.flags & cl_mem_flags(CL_MEM_USE_HOST_PTR | CL_MEM_ALLOC_HOST_PTR | CL_MEM_COPY_HOST_PTR)
        return MemoryObject(subBufferOf: parent, flags: inherited, origin: region.origin, size: region.size).opaque
    }
}

@_cdecl("conduit_clRetainMemObject")
func icdRetainMemObject(_ memory: cl_mem?) -> cl_int {
    status { () throws(CLError) in try MemoryObject.from(memory, or: CL_INVALID_MEM_OBJECT).retain() }
}

@_cdecl("conduit_clReleaseMemObject")
func icdReleaseMemObject(_ memory: cl_mem?) -> cl_int {
    status { () throws(CLError) in try MemoryObject.from(memory, or: CL_INVALID_MEM_OBJECT).release() }
}

@_cdecl("conduit_clGetMemObjectInfo")
func icdGetMemObjectInfo(
    _ memory: cl_mem?, _ name: cl_mem_info, _ size: Int, _ value: UnsafeMutableRawPointer?, _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let memory = try MemoryObject.from(memory, or: CL_INVALID_MEM_OBJECT)
        try info(name, size, value, sizeReturned) { memory.info($0) }
    }
}

@_cdecl("conduit_clSetMemObjectDestructorCallback")
func icdSetMemObjectDestructorCallback(
    _ memory: cl_mem?, _ callback: MemoryObject.Callback?, _ userData: UnsafeMutableRawPointer?
) -> cl_int {
    status { () throws(CLError) in
        let memory = try MemoryObject.from(memory, or: CL_INVALID_MEM_OBJECT)
        guard let callback else { throw CLError(CL_INVALID_VALUE) }
        memory.addDestructor(callback, userData)
    }
}

/// No image formats: Conduit has no images (CL_DEVICE_IMAGE_SUPPORT is false).
@_cdecl("conduit_clGetSupportedImageFormats")
func icdGetSupportedImageFormats(
    _ context: cl_context?, _ flags: cl_mem_flags, _ type: cl_mem_object_type, _ count: cl_uint,
    _ formats: UnsafeMutablePointer<cl_image_format>?, _ countReturned: UnsafeMutablePointer<cl_uint>?
) -> cl_int {
    status { () throws(CLError) in
        _ = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        guard count > 0 || formats == nil else { throw CLError(CL_INVALID_VALUE) }
        countReturned?.pointee = 0
    }
}
