import COpenCL
import Conduit

@_cdecl("conduit_clCreateKernel")
func icdCreateKernel(_ program: cl_program?, _ name: UnsafePointer<CChar>?, _ errcode: UnsafeMutablePointer<cl_int>?) -> cl_kernel? {
    creating(errcode) { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        guard let name else { throw CLError(CL_INVALID_VALUE) }
        return try KernelObject(program: program, name: String(cString: name)).opaque
    }
}

@_cdecl("conduit_clCreateKernelsInProgram")
func icdCreateKernelsInProgram(
    _ program: cl_program?, _ count: cl_uint, _ kernels: UnsafeMutablePointer<cl_kernel?>?, _ countReturned: UnsafeMutablePointer<cl_uint>?
) -> cl_int {
    status { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        guard let library = program.libraries.first?.1 else { throw CLError(CL_INVALID_PROGRAM_EXECUTABLE) }
        let names = library.kernelNames
        if kernels != nil, count < names.count { throw CLError(CL_INVALID_VALUE) }
        if let kernels {
            for (index, name) in names.enumerated() { kernels[index] = try KernelObject(program: program, name: name).opaque }
        }
        countReturned?.pointee = cl_uint(names.count)
    }
}

@_cdecl("conduit_clCloneKernel")
func icdCloneKernel(_ kernel: cl_kernel?, _ errcode: UnsafeMutablePointer<cl_int>?) -> cl_kernel? {
    creating(errcode) { () throws(CLError) in KernelObject(cloning: try KernelObject.from(kernel, or: CL_INVALID_KERNEL)).opaque }
}

@_cdecl("conduit_clRetainKernel")
func icdRetainKernel(_ kernel: cl_kernel?) -> cl_int {
    status { () throws(CLError) in try KernelObject.from(kernel, or: CL_INVALID_KERNEL).retain() }
}

@_cdecl("conduit_clReleaseKernel")
func icdReleaseKernel(_ kernel: cl_kernel?) -> cl_int {
    status { () throws(CLError) in try KernelObject.from(kernel, or: CL_INVALID_KERNEL).release() }
}

@_cdecl("conduit_clSetKernelArg")
func icdSetKernelArg(_ kernel: cl_kernel?, _ index: cl_uint, _ size: Int, _ value: UnsafeRawPointer?) -> cl_int {
    status { () throws(CLError) in try KernelObject.from(kernel, or: CL_INVALID_KERNEL).setArgument(Int(index), size: size, value: value) }
}

@_cdecl("conduit_clGetKernelInfo")
func icdGetKernelInfo(
    _ kernel: cl_kernel?, _ name: cl_kernel_info, _ size: Int, _ value: UnsafeMutableRawPointer?, _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let kernel = try KernelObject.from(kernel, or: CL_INVALID_KERNEL)
        try info(name, size, value, sizeReturned) { kernel.info($0) }
    }
}

@_cdecl("conduit_clGetKernelWorkGroupInfo")
func icdGetKernelWorkGroupInfo(
    _ kernel: cl_kernel?, _ device: cl_device_id?, _ name: cl_kernel_work_group_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let kernel = try KernelObject.from(kernel, or: CL_INVALID_KERNEL)
        let devices = kernel.program.devices
        // A NULL device is allowed when the program has one device.
        let device = device == nil && devices.count == 1 ? devices[0] : try DeviceObject.from(device, or: CL_INVALID_DEVICE)
        guard kernel.kernel(for: device) != nil else { throw CLError(CL_INVALID_DEVICE) }
        try info(name, size, value, sizeReturned) { kernel.workGroupInfo($0, device: device) }
    }
}

@_cdecl("conduit_clGetKernelArgInfo")
func icdGetKernelArgInfo(
    _ kernel: cl_kernel?, _ index: cl_uint, _ name: cl_kernel_arg_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let kernel = try KernelObject.from(kernel, or: CL_INVALID_KERNEL)
        try info(name, size, value, sizeReturned) { parameter throws(CLError) in try kernel.argumentInfo(Int(index), parameter) }
    }
}

/// Reads `dimensions` sizes (nil pointer: nil).
private func sizes(_ pointer: UnsafePointer<Int>?, _ dimensions: Int) -> [Int]? {
    pointer.map { Array(UnsafeBufferPointer(start: $0, count: dimensions)) }
}

@_cdecl("conduit_clEnqueueNDRangeKernel")
func icdEnqueueNDRangeKernel(
    _ queue: cl_command_queue?, _ kernel: cl_kernel?, _ dimensions: cl_uint, _ offsetPointer: UnsafePointer<Int>?,
    _ globalPointer: UnsafePointer<Int>?, _ localPointer: UnsafePointer<Int>?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?,
    _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    status { () throws(CLError) in
        let queue = try QueueObject.from(queue, or: CL_INVALID_COMMAND_QUEUE)
        let kernelObject = try KernelObject.from(kernel, or: CL_INVALID_KERNEL)
        guard kernelObject.program.context === queue.context else { throw CLError(CL_INVALID_CONTEXT) }
        guard let kernel = kernelObject.kernel(for: queue.device) else { throw CLError(CL_INVALID_PROGRAM_EXECUTABLE) }
        guard (1...3).contains(dimensions) else { throw CLError(CL_INVALID_WORK_DIMENSION) }
        let n = Int(dimensions)
        guard let global = sizes(globalPointer, n) else { throw CLError(CL_INVALID_VALUE) }
        let offset = sizes(offsetPointer, n)
        let local = sizes(localPointer, n)
        let waits = try waitList(count, list, context: queue.context)
        let arguments = try kernelObject.launchArguments(on: queue)
        // OpenCL 2.0 and later: a zero-sized range is a no-op command.
        let empty = global.contains(0)
        guard global.allSatisfy({ $0 >= 0 && $0 <= Int(UInt32.max) }) else { throw CLError(CL_INVALID_GLOBAL_WORK_SIZE) }
        for (axis, size) in (offset ?? []).enumerated() where size < 0 || size + global[axis] > Int(UInt32.max) {
            throw CLError(CL_INVALID_GLOBAL_OFFSET)
        }
        let limits = queue.device.adapter.limits
        if let local {
            let maxSizes = limits.maxWorkGroupSizes + [1, 1, 1]
            for axis in 0..<n where local[axis] == 0 || local[axis] > maxSizes[axis] { throw CLError(CL_INVALID_WORK_ITEM_SIZE) }
            guard local.reduce(1, *) <= limits.maxWorkGroupSize else { throw CLError(CL_INVALID_WORK_GROUP_SIZE) }
            for axis in 0..<n where global[axis] % local[axis] != 0 { throw CLError(CL_INVALID_WORK_GROUP_SIZE) }
            if let required = kernelObject.requiredWorkGroupSize, required.prefix(n) != local[...] {
                throw CLError(CL_INVALID_WORK_GROUP_SIZE)
            }
        }
        deliver(
            try queue.record(CL_COMMAND_NDRANGE_KERNEL, waitingFor: waits, wantsEvent: event != nil) { buffer throws(ConduitError) in
                guard !empty else { return }
                try buffer.dispatch(
                    kernel, arguments: arguments, globalSize: GridSize(global), localSize: local.map(GridSize.init),
                    globalOffset: offset.map(GridSize.init))
            }, to: event)
    }
}

@_cdecl("conduit_clEnqueueTask")
func icdEnqueueTask(
    _ queue: cl_command_queue?, _ kernel: cl_kernel?, _ count: cl_uint, _ list: UnsafePointer<cl_event?>?,
    _ event: UnsafeMutablePointer<cl_event?>?
) -> cl_int {
    var one = 1
    return icdEnqueueNDRangeKernel(queue, kernel, 1, nil, &one, &one, count, list, event)
}
