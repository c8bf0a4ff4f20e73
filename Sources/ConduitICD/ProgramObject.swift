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
        var binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_NONE)
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

    /// A program from binaries, one per device (each a library already made from bytecode).
    init(context: ContextObject, libraries: [(DeviceObject, Library)]) {
        self.context = context
        source = nil
        devices = libraries.map(\.0)
        super.init(kind: .program)
        context.retain()
        state.withLock { state in
            for (device, library) in libraries {
                state.builds[ObjectIdentifier(device)] = Build(
                    library: library, binaryType: cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_EXECUTABLE))
            }
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

    /// Builds for `targets` (every device when empty); `binaryType` says what the build stands
    /// for (an executable, or a compiled object from clCompileProgram).
    func build(for targets: [DeviceObject], options: String, binaryType: Int32) throws(CLError) {
        guard kernelCount == 0 else { throw CLError(CL_INVALID_OPERATION) }
        var failure: CLError?
        for device in targets.isEmpty ? devices : targets {
            var build = self.build(of: device)
            build.options = options
            if let source {
                do {
                    let conduitDevice = try device.device()
                    build.library = try conduitDevice.makeLibrary(source: source, options: BuildOptions(options), fileName: "<program>")
                    build.status = cl_build_status(CL_BUILD_SUCCESS)
                    build.log = ""
                    build.binaryType = cl_program_binary_type(binaryType)
                } catch let error as ConduitError {
                    build.library = nil
                    build.status = cl_build_status(CL_BUILD_ERROR)
                    build.log = error.compileDiagnostics.isEmpty ? error.message : error.compileDiagnostics.map(\.description).joined(separator: "\n")
                    build.binaryType = cl_program_binary_type(CL_PROGRAM_BINARY_TYPE_NONE)
                    let badOptions = error.compileDiagnostics.contains { $0.fileName == "<options>" }
                    failure = CLError(badOptions ? CL_INVALID_BUILD_OPTIONS : CL_BUILD_PROGRAM_FAILURE)
                } catch {
                    failure = error as? CLError ?? CLError(CL_OUT_OF_RESOURCES)
                }
            } else if build.library != nil {
                build.status = cl_build_status(CL_BUILD_SUCCESS)
            } else {
                failure = CLError(CL_INVALID_BINARY)
            }
            let finished = build
            state.withLock { $0.builds[ObjectIdentifier(device)] = finished }
        }
        if let failure { throw failure }
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
        case CL_PROGRAM_BINARY_SIZES: return InfoValue(array: devices.map { build(of: $0).library?.bytecode.count ?? 0 })
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
