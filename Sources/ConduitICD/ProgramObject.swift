import COpenCL
import Conduit

/// A `cl_program`: OpenCL C source (or Conduit bytecode, as a program binary) and, per device,
/// the library a build made, its log and status. Builds compile in the calling thread.
final class ProgramObject: ICDObject, @unchecked Sendable {
    let context: ContextObject
    let source: String?
    /// The devices the program is for: the context's, or those given binaries.
    let devices: [DeviceObject]

    struct Build {
        var status = cl_build_status(CL_BUILD_NONE)
        var log = ""
        var options = ""
        var library: Library?
        /// The files a compiled object or a library carries to a link.
        var sources: [ProgramSource]?
        var binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_NONE)

        /// `CL_PROGRAM_BINARIES`: bytecode for an executable, the files for an object or library.
        var binary: [UInt8]? { library?.bytecode ?? sources.map { ObjectBinary.encode($0, type: binaryType) } }
    }
    private struct State {
        var builds: [ObjectIdentifier: Build] = [:]
        var kernels = 0
    }
    private let state = Locked(State())

    init(context: ContextObject, source: String) {
        self.context = context
        self.source = source
        devices = context.devices
        super.init(kind: .program)
        context.retain()
    }

    /// A program whose builds already exist: from binaries, or made by a link.
    init(context: ContextObject, builds: [(DeviceObject, Build)]) {
        self.context = context
        source = nil
        devices = builds.map(\.0)
        super.init(kind: .program)
        context.retain()
        state.withLock { state in
            for (device, build) in builds { state.builds[ObjectIdentifier(device)] = build }
        }
    }

    override func destroy() { context.release() }

    func build(of device: DeviceObject) -> Build {
        state.withLock { $0.builds[ObjectIdentifier(device)] ?? Build() }
    }

    /// Kernels made from this program (a program with kernels cannot be built again).
    func kernelAttached(_ delta: Int) { state.withLock { $0.kernels += delta } }
    var kernelCount: Int { state.withLock { $0.kernels } }

    /// The libraries of the devices whose build succeeded.
    var libraries: [(DeviceObject, Library)] {
        devices.compactMap { device in build(of: device).library.map { (device, $0) } }
    }

    /// Builds an executable for `targets` (every device when empty): from the source, or by
    /// linking the files of a compiled-object binary; a bytecode binary is one already.
    func build(for targets: [DeviceObject], options: String) throws(CLError) {
        guard kernelCount == 0 else { throw CLError(CL_INVALID_OPERATION) }
        try forEach(targets, failure: CL_BUILD_PROGRAM_FAILURE) { device, build throws(ConduitError) in
            build.options = options
            if let source {
                let file = ProgramSource(source: source, fileName: "<program>", options: BuildOptions(options))
                build.library = try device.makeLibrary(linking: [file], label: "OpenCL program")
            } else if let sources = build.sources {
                build.library = try device.makeLibrary(linking: sources, label: "OpenCL program")
                build.sources = nil
            }
            build.binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_EXECUTABLE)
        }
    }

    /// Compiles the source for `targets` without linking: checks it, and keeps it (with its
    /// options and embedded headers) for clLinkProgram.
    func compile(for targets: [DeviceObject], options: String, headers: [String: String]) throws(CLError) {
        guard kernelCount == 0 else { throw CLError(CL_INVALID_OPERATION) }
        guard let source else { throw CLError(CL_INVALID_OPERATION) }
        try forEach(targets, failure: CL_COMPILE_PROGRAM_FAILURE) { _, build throws(ConduitError) in
            build.options = options
            var file = ProgramSource(source: source, fileName: "<program>", options: BuildOptions(options), headers: headers)
            try file.check()
            build.library = nil
            build.sources = [file]
            build.binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_COMPILED_OBJECT)
        }
    }

    /// Runs one build step per device, recording its status and log; throws `failure` (or
    /// CL_INVALID_BUILD_OPTIONS for bad options) when a device's step failed.
    private func forEach(
        _ targets: [DeviceObject], failure code: Int32, _ step: (Device, inout Build) throws(ConduitError) -> Void
    ) throws(CLError) {
        var failure: CLError?
        for device in targets.isEmpty ? devices : targets {
            var build = self.build(of: device)
            do {
                try step(try device.device(), &build)
                build.status = cl_build_status(CL_BUILD_SUCCESS)
                build.log = ""
            } catch let error as ConduitError {
                build.status = cl_build_status(CL_BUILD_ERROR)
                build.log = Self.log(error)
                build.library = nil
                build.binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_NONE)
                let badOptions = error.compileDiagnostics.contains { $0.fileName == "<options>" }
                failure = CLError(badOptions ? CL_INVALID_BUILD_OPTIONS : code)
            } catch {
                failure = error as? CLError ?? CLError(CL_OUT_OF_RESOURCES)
            }
            let finished = build
            state.withLock { $0.builds[ObjectIdentifier(device)] = finished }
        }
        if let failure { throw failure }
    }

    /// The build log of a failed step: the caret diagnostics, or the message.
    static func log(_ error: ConduitError) -> String {
        error.compileDiagnostics.isEmpty ? error.message : error.compileDiagnostics.map(\.description).joined(separator: "\n")
    }

    func info(_ parameter: UInt32) -> InfoValue? {
        let built = libraries
        switch Int32(parameter) {
        case CL_PROGRAM_REFERENCE_COUNT: return InfoValue(referenceCount)
        case CL_PROGRAM_CONTEXT: return InfoValue(context.opaque)
        case CL_PROGRAM_NUM_DEVICES: return InfoValue(cl_uint(devices.count))
        case CL_PROGRAM_DEVICES: return InfoValue(array: devices.map(\.opaque))
        case CL_PROGRAM_SOURCE: return InfoValue(source ?? "")
        case CL_PROGRAM_IL: return InfoValue(bytes: [])
        case CL_PROGRAM_BINARY_SIZES: return InfoValue(array: devices.map { build(of: $0).binary?.count ?? 0 })
        case CL_PROGRAM_NUM_KERNELS, CL_PROGRAM_KERNEL_NAMES:
            guard let first = built.first?.1 else { return nil }
            if Int32(parameter) == CL_PROGRAM_NUM_KERNELS { return InfoValue(first.kernelNames.count) }
            return InfoValue(first.kernelNames.joined(separator: ";"))
        case CL_PROGRAM_SCOPE_GLOBAL_CTORS_PRESENT, CL_PROGRAM_SCOPE_GLOBAL_DTORS_PRESENT: return .bool(false)
        default: return nil
        }
    }

    func buildInfo(_ parameter: UInt32, device: DeviceObject) -> InfoValue? {
        let build = build(of: device)
        switch Int32(parameter) {
        case CL_PROGRAM_BUILD_STATUS: return InfoValue(build.status)
        case CL_PROGRAM_BUILD_OPTIONS: return InfoValue(build.options)
        case CL_PROGRAM_BUILD_LOG: return InfoValue(build.log)
        case CL_PROGRAM_BINARY_TYPE: return InfoValue(build.binaryType)
        case CL_PROGRAM_BUILD_GLOBAL_VARIABLE_TOTAL_SIZE: return InfoValue(0)
        default: return nil
        }
    }
}
