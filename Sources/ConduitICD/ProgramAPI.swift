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
        var builds: [(DeviceObject, ProgramObject.Build)] = []
        var failed = false
        for index in 0..<Int(count) {
            let device = try DeviceObject.from(devices[index], or: CL_INVALID_DEVICE)
            guard context.contains(device) else { throw CLError(CL_INVALID_DEVICE) }
            guard let binary = binaries[index], lengths[index] > 0 else {
                binaryStatus?[index] = CL_INVALID_VALUE
                throw CLError(CL_INVALID_VALUE)
            }
            let bytes = Array(UnsafeBufferPointer(start: binary, count: lengths[index]))
            if let object = ObjectBinary.decode(bytes) {
                builds.append((device, ProgramObject.Build(sources: object.sources, binaryType: object.type)))
                binaryStatus?[index] = CL_SUCCESS
                continue
            }
            do {
                let library = try device.device().makeLibrary(bytecode: bytes, label: "program binary")
                builds.append((device, ProgramObject.Build(library: library, binaryType: cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_EXECUTABLE))))
                binaryStatus?[index] = CL_SUCCESS
            } catch {
                binaryStatus?[index] = CL_INVALID_BINARY
                failed = true
            }
        }
        if failed { throw CLError(CL_INVALID_BINARY) }
        return ProgramObject(context: context, builds: builds).opaque
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
        try program.build(for: devices, options: options(buildOptions))
    }
}

/// Compiles a program's source without linking: checks its syntax and keeps it, with its
/// options and embedded headers, for clLinkProgram (Conduit links by compiling the files together).
@_cdecl("conduit_clCompileProgram")
func icdCompileProgram(
    _ program: cl_program?, _ count: cl_uint, _ list: UnsafePointer<cl_device_id?>?, _ compileOptions: UnsafePointer<CChar>?,
    _ headerCount: cl_uint, _ headers: UnsafePointer<cl_program?>?, _ headerNames: UnsafePointer<UnsafePointer<CChar>?>?,
    _ notify: ProgramNotify?, _ userData: UnsafeMutableRawPointer?
) -> cl_int {
    status { () throws(CLError) in
        let program = try ProgramObject.from(program, or: CL_INVALID_PROGRAM)
        guard notify != nil || userData == nil, (headerCount == 0) == (headers == nil), (headerCount == 0) == (headerNames == nil)
        else { throw CLError(CL_INVALID_VALUE) }
        var embedded: [String: String] = [:]
        for index in 0..<Int(headerCount) {
            let header = try ProgramObject.from(headers![index], or: CL_INVALID_PROGRAM)
            guard let name = headerNames![index], let text = header.source else { throw CLError(CL_INVALID_VALUE) }
            embedded[String(cString: name)] = text
        }
        let devices = try targets(program, count, list)
        defer { notify?(program.opaque, userData) }
        try program.compile(for: devices, options: options(compileOptions), headers: embedded)
    }
}

/// Links compiled objects and libraries into an executable (or, with `-create-library`, a
/// library). A link that fails still returns a program, whose build log says why.
@_cdecl("conduit_clLinkProgram")
func icdLinkProgram(
    _ context: cl_context?, _ count: cl_uint, _ list: UnsafePointer<cl_device_id?>?, _ linkOptions: UnsafePointer<CChar>?,
    _ inputCount: cl_uint, _ inputs: UnsafePointer<cl_program?>?, _ notify: ProgramNotify?, _ userData: UnsafeMutableRawPointer?,
    _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_program? {
    var failure: cl_int = CL_SUCCESS
    let linked = creating(errcode) { () throws(CLError) in
        let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        guard inputCount > 0, let inputs, notify != nil || userData == nil else { throw CLError(CL_INVALID_VALUE) }
        var programs: [ProgramObject] = []
        for index in 0..<Int(inputCount) {
            let input = try ProgramObject.from(inputs[index], or: CL_INVALID_PROGRAM)
            guard input.context === context else { throw CLError(CL_INVALID_PROGRAM) }
            programs.append(input)
        }
        let devices = try count == 0 ? context.devices : targets(programs[0], count, list)
        let text = options(linkOptions)
        let createsLibrary = text.split(separator: " ").contains("-create-library")
        var builds: [(DeviceObject, ProgramObject.Build)] = []
        for device in devices {
            var files: [ProgramSource] = []
            for input in programs {
                guard let sources = input.build(of: device).sources else { throw CLError(CL_INVALID_OPERATION) }
                files += sources
            }
            var build = ProgramObject.Build(options: text)
            if createsLibrary {
                build.sources = files
                build.binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_LIBRARY)
                build.status = cl_build_status(CL_BUILD_SUCCESS)
            } else {
                do {
                    build.library = try device.device().makeLibrary(linking: files, label: "OpenCL program")
                    build.binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_EXECUTABLE)
                    build.status = cl_build_status(CL_BUILD_SUCCESS)
                } catch let error as ConduitError {
                    build.status = cl_build_status(CL_BUILD_ERROR)
                    build.log = ProgramObject.log(error)
                    failure = CL_LINK_PROGRAM_FAILURE
                } catch {
                    throw error as? CLError ?? CLError(CL_OUT_OF_RESOURCES)
                }
            }
            builds.append((device, build))
        }
        let program = ProgramObject(context: context, builds: builds)
        notify?(program.opaque, userData)
        return program.opaque
    }
    if linked != nil, failure != CL_SUCCESS { errcode?.pointee = failure }
    return linked
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
                    guard let target = targets[index], let bytes = program.build(of: device).binary else { continue }
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
