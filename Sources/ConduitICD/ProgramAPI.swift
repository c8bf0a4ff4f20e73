import COpenCL
import Conduit

typealias ProgramNotify = @convention(c) (cl_program?, UnsafeMutableRawPointer?) -> Void

@_cdecl("conduit_clCreateProgramWithSource")
func icdCreateProgramWithSource(
    _ context: cl_context?, _ count: cl_uint, _ strings: UnsafePointer<UnsafePointer<CChar>?>?, _ lengths: UnsafePointer<Int>?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_program? {
    creating(errcode) { () throws(CLError) in
        let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        guard count > 0, let strings else { throw CLError(CL_INVALID_VALUE) }
        var source = ""
        for index in 0..<Int(count) {
            guard let string = strings[index] else { throw CLError(CL_INVALID_VALUE) }
            let length = lengths?[index] ?? 0
            if length == 0 {
                source += String(cString: string)
            } else {
                source += String(decoding: UnsafeRawBufferPointer(start: string, count: length), as: UTF8.self)
            }
        }
        return ProgramObject(context: context, source: source).opaque
    }
}

@_cdecl("conduit_clCreateProgramWithBinary")
func icdCreateProgramWithBinary(
    _ context: cl_context?, _ count: cl_uint, _ devices: UnsafePointer<cl_device_id?>?, _ lengths: UnsafePointer<Int>?,
    _ binaries: UnsafePointer<UnsafePointer<UInt8>?>?, _ binaryStatus: UnsafeMutablePointer<cl_int>?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_program? {
    creating(errcode) { () throws(CLError) in
        let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        guard count > 0, let devices, let lengths, let binaries else { throw CLError(CL_INVALID_VALUE) }
        var libraries: [(DeviceObject, Library)] = []
        var failed = false
        for index in 0..<Int(count) {
            let device = try DeviceObject.from(devices[index], or: CL_INVALID_DEVICE)
            guard context.contains(device) else { throw CLError(CL_INVALID_DEVICE) }
            guard let binary = binaries[index], lengths[index] > 0 else {
                binaryStatus?[index] = CL_INVALID_VALUE
                throw CLError(CL_INVALID_VALUE)
            }
            let bytes = Array(UnsafeBufferPointer(start: binary, count: lengths[index]))
            do {
                libraries.append((device, try device.device().makeLibrary(bytecode: bytes, label: "program binary")))
                binaryStatus?[index] = CL_SUCCESS
            } catch {
                binaryStatus?[index] = CL_INVALID_BINARY
                failed = true
            }
        }
        if failed { throw CLError(CL_INVALID_BINARY) }
        return ProgramObject(context: context, libraries: libraries).opaque
    }
}

@_cdecl("conduit_clRetainProgram")
func icdRetainProgram(_ program: cl_program?) -> cl_int {
    status { () throws(CLError) in try ProgramObject.from(program, or: CL_INVALID_PROGRAM).retain() }
}

@_cdecl("conduit_clReleaseProgram")
func icdReleaseProgram(_ program: cl_program?) -> cl_int {
    status { () throws(CLError) in try ProgramObject.from(program, or: CL_INVALID_PROGRAM).release() }
}

/// The devices a build names: all of the program's when the list is empty, each checked.
private func targets(_ program: ProgramObject, _ count: cl_uint, _ list: UnsafePointer<cl_device_id?>?) throws(CLError) -> [DeviceObject] {
    guard (count == 0) == (list == nil) else { throw CLError(CL_INVALID_VALUE) }
    guard let list else { return program.devices }
    var devices: [DeviceObject] = []
    for index in 0..<Int(count) {
        let device = try DeviceObject.from(list[index], or: CL_INVALID_DEVICE)
        guard program.devices.contains(where: { $0 === device }) else { throw CLError(CL_INVALID_DEVICE) }
        devices.append(device)
    }
    return devices
}

private func options(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }

@_cdecl("conduit_clBuildProgram")
func icdBuildProgram(
    _ program: cl_program?, _ count: cl_uint, _ list: UnsafePointer<cl_device_id?>?, _ buildOptions: UnsafePointer<CChar>?,
    _ notify: ProgramNotify?, _ userData: UnsafeMutableRawPointer?
) -> cl_int {
    status { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        guard notify != nil || userData == nil else { throw CLError(CL_INVALID_VALUE) }
        let devices = try targets(program, count, list)
        defer { notify?(program.opaque, userData) }
        try program.build(for: devices, options: options(buildOptions), binaryType: CL_PROGRAM_BINARY_TYPE_EXECUTABLE)
    }
}

/// Compiles a single-source program: the library is made now, so a later link has nothing to
/// resolve. Embedded headers are not supported (CL_COMPILE_PROGRAM_FAILURE says so in the log).
@_cdecl("conduit_clCompileProgram")
func icdCompileProgram(
    _ program: cl_program?, _ count: cl_uint, _ list: UnsafePointer<cl_device_id?>?, _ compileOptions: UnsafePointer<CChar>?,
    _ headerCount: cl_uint, _ headers: UnsafePointer<cl_program?>?, _ headerNames: UnsafePointer<UnsafePointer<CChar>?>?,
    _ notify: ProgramNotify?, _ userData: UnsafeMutableRawPointer?
) -> cl_int {
    status { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        guard notify != nil || userData == nil, (headerCount == 0) == (headers == nil) else { throw CLError(CL_INVALID_VALUE) }
        guard program.source != nil else { throw CLError(CL_INVALID_OPERATION) }
        let devices = try targets(program, count, list)
        defer { notify?(program.opaque, userData) }
        guard headerCount == 0 else {
            warn("clCompileProgram with embedded headers is not supported; put the headers in the source or pass -I")
            throw CLError(CL_COMPILE_PROGRAM_FAILURE)
        }
        do throws(CLError) {
            try program.build(for: devices, options: options(compileOptions), binaryType: CL_PROGRAM_BINARY_TYPE_COMPILED_OBJECT)
        } catch  where error.code == CL_BUILD_PROGRAM_FAILURE {
            throw CLError(CL_COMPILE_PROGRAM_FAILURE)
        }
    }
}

/// Links one compiled program into an executable (Conduit programs are single-source: there is
/// nothing to resolve between programs, so several inputs are refused with CL_LINK_PROGRAM_FAILURE).
@_cdecl("conduit_clLinkProgram")
func icdLinkProgram(
    _ context: cl_context?, _ count: cl_uint, _ list: UnsafePointer<cl_device_id?>?, _ linkOptions: UnsafePointer<CChar>?,
    _ inputCount: cl_uint, _ inputs: UnsafePointer<cl_program?>?, _ notify: ProgramNotify?, _ userData: UnsafeMutableRawPointer?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_program? {
    creating(errcode) { () throws(CLError) in
        let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        guard inputCount > 0, let inputs, notify != nil || userData == nil else { throw CLError(CL_INVALID_VALUE) }
        let input = try ProgramObject.from(inputs[0], or: CL_INVALID_PROGRAM)
        guard input.context === context else { throw CLError(CL_INVALID_PROGRAM) }
        guard inputCount == 1 else {
            warn("clLinkProgram links one program; Conduit programs are single-source")
            throw CLError(CL_LINK_PROGRAM_FAILURE)
        }
        let devices = try targets(input, count, list)
        let compiled = input.libraries.filter { pair in devices.contains { $0 === pair.0 } }
        guard compiled.count == devices.count else { throw CLError(CL_INVALID_OPERATION) }
        let linked = ProgramObject(context: context, libraries: compiled)
        try linked.build(for: [], options: options(linkOptions), binaryType: CL_PROGRAM_BINARY_TYPE_EXECUTABLE)
        notify?(linked.opaque, userData)
        return linked.opaque
    }
}

@_cdecl("conduit_clGetProgramInfo")
func icdGetProgramInfo(
    _ program: cl_program?, _ name: cl_program_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        switch Int32(name) {
        case CL_PROGRAM_NUM_KERNELS, CL_PROGRAM_KERNEL_NAMES:
            guard !program.libraries.isEmpty else { throw CLError(CL_INVALID_PROGRAM_EXECUTABLE) }
        case CL_PROGRAM_BINARIES:
            // An array of pointers the application allocated, one per device, sized by CL_PROGRAM_BINARY_SIZES.
            let pointerSize = MemoryLayout<UnsafeMutableRawPointer?>.size * program.devices.count
            if let value {
                guard size >= pointerSize else { throw CLError(CL_INVALID_VALUE) }
                let targets = value.assumingMemoryBound(to: UnsafeMutablePointer<UInt8>?.self)
                for (index, device) in program.devices.enumerated() {
                    guard let target = targets[index], let bytes = program.build(of: device).library?.bytecode else { continue }
                    bytes.withUnsafeBufferPointer { target.update(from: $0.baseAddress!, count: $0.count) }
                }
            }
            sizeReturned?.pointee = pointerSize
            return
        default: break
        }
        try info(name, size, value, sizeReturned) { program.info($0) }
    }
}

@_cdecl("conduit_clGetProgramBuildInfo")
func icdGetProgramBuildInfo(
    _ program: cl_program?, _ device: cl_device_id?, _ name: cl_program_build_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        let device = try DeviceObject.from(device, or: CL_INVALID_DEVICE)
        guard program.devices.contains(where: { $0 === device }) else { throw CLError(CL_INVALID_DEVICE) }
        try info(name, size, value, sizeReturned) { program.buildInfo($0, device: device) }
    }
}
