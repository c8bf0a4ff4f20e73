import ConduitKernel
import ConduitWire

/// Compiled kernels on a device. Source is compiled in the client (the user-mode driver's job);
/// only verified bytecode travels to the host, which verifies it again.
///
/// Corresponds to `MTLLibrary` and `cl_program`.
public final class Library: Sendable {
    let id: ObjectID
    let core: DeviceCore
    let module: BytecodeModule
    /// A name for debugging.
    public let label: String?

    init(core: DeviceCore, module: BytecodeModule, label: String?) {
        self.core = core
        self.module = module
        self.label = label
        id = core.connection.makeID()
        core.connection.libraries.create(id, device: core.id, bytecode: module.serialized(), on: core.connection)
    }

    deinit {
        core.connection.libraries.release(id, on: core.connection)
    }

    /// The kernels' names, in source order.
    public var kernelNames: [String] { module.kernels.map(\.name) }

    /// The verified bytecode, serialized: what `makeLibrary(bytecode:)` takes back (a program
    /// binary, as `CL_PROGRAM_BINARIES` returns one).
    public var bytecode: [UInt8] { module.serialized() }

    /// The bytecode as text (`conduit compile --disassemble`).
    public var disassembly: String { Disassembler.text(module) }

    /// A kernel of this library.
    ///
    /// - Throws: `ConduitError` with `.invalidArgument` naming the kernels that exist.
    /// Corresponds to `makeFunction(name:)` and `clCreateKernel`.
    public func makeKernel(named name: String) throws(ConduitError) -> Kernel {
        guard let index = module.kernels.firstIndex(where: { $0.name == name }) else {
            throw .invalidArgument("no kernel '\(name)' in the library; it has \(kernelNames.joined(separator: ", "))")
        }
        return Kernel(library: self, index: index)
    }
}

/// One kernel of a library, with its signature.
///
/// Corresponds to `MTLFunction` / `MTLComputePipelineState` and `cl_kernel`.
public struct Kernel: Sendable, CustomStringConvertible {
    /// A kernel parameter.
    public struct Parameter: Sendable, Hashable {
        /// How an argument is passed.
        public struct Kind: RawRepresentable, Hashable, Sendable {
            public let rawValue: String
            public init(rawValue: String) { self.rawValue = rawValue }
            /// A `__global` or `__constant` pointer: pass `.buffer(_:)`.
            public static let buffer = Kind(rawValue: "buffer")
            /// A value (scalar, vector, struct): pass `.value(_:)` or a typed helper.
            public static let value = Kind(rawValue: "value")
            /// A `__local` pointer: pass `.local(bytes:)`.
            public static let local = Kind(rawValue: "local")
        }

        public var name: String
        public var kind: Kind
        /// The type as written in the source, e.g. "__global float*" or "float4".
        public var typeName: String
        /// Bytes of a value parameter (0 for buffers and local memory).
        public var size: Int
    }

    let library: Library
    let index: Int

    var code: KernelCode { library.module.kernels[index] }

    public var name: String { code.name }
    public var parameters: [Parameter] {
        code.parameters.map { p in
            Parameter(name: p.name, kind: p.kind == .buffer ? .buffer : p.kind == .value ? .value : .local, typeName: p.typeName, size: p.size)
        }
    }
    /// `reqd_work_group_size`, when the kernel declares one.
    public var requiredWorkGroupSize: [Int]? { code.requiredWorkGroupSize }

    public var description: String {
        "\(name)(" + parameters.map { "\($0.typeName) \($0.name)" }.joined(separator: ", ") + ")"
    }
}

/// One argument of a dispatch.
///
/// Corresponds to `clSetKernelArg` and Metal's `setBuffer` / `setBytes` / `setThreadgroupMemoryLength`.
public struct KernelArgument: Sendable {
    enum Storage: Sendable {
        case buffer(Buffer, offset: Int)
        case bytes([UInt8])
        case local(Int)
    }

    let storage: Storage

    /// A buffer for a `__global` or `__constant` pointer parameter, from `offset` bytes.
    public static func buffer(_ buffer: Buffer, offset: Int = 0) -> KernelArgument { KernelArgument(storage: .buffer(buffer, offset: offset)) }
    /// A value's bytes for a by-value parameter: scalars, SIMD vectors, or a struct laid out as in OpenCL C.
    public static func value<T: BitwiseCopyable>(_ value: T) -> KernelArgument {
        KernelArgument(storage: .bytes(withUnsafeBytes(of: value) { Array($0) }))
    }
    /// Raw bytes for a by-value parameter.
    public static func bytes(_ bytes: [UInt8]) -> KernelArgument { KernelArgument(storage: .bytes(bytes)) }
    /// `bytes` of local memory for a `__local` pointer parameter.
    public static func local(bytes: Int) -> KernelArgument { KernelArgument(storage: .local(bytes)) }

    public static func float(_ v: Float) -> KernelArgument { .value(v) }
    public static func int32(_ v: Int32) -> KernelArgument { .value(v) }
    public static func uint32(_ v: UInt32) -> KernelArgument { .value(v) }
    public static func int64(_ v: Int64) -> KernelArgument { .value(v) }
    public static func uint64(_ v: UInt64) -> KernelArgument { .value(v) }
}

extension Device {
    /// Compiles OpenCL C source into a library for this device.
    ///
    /// - Parameters:
    ///   - source: the program.
    ///   - options: build options, as fields or as `clBuildProgram` spells them (`"-D N=4 -I include"`).
    ///   - fileName: the name diagnostics use.
    ///   - label: a name for debugging.
    /// - Throws: `ConduitError` with `.compileFailed` and `compileDiagnostics` (file, line,
    ///   column, severity) for errors in the source or the options.
    /// Corresponds to `makeLibrary(source:options:)` and `clCreateProgramWithSource` + `clBuildProgram`.
    public func makeLibrary(
        source: String, options: BuildOptions = BuildOptions(), fileName: String = "<source>",
        label: String? = nil
    ) throws(ConduitError) -> Library {
        try makeLibrary(linking: [ProgramSource(source: source, fileName: fileName, options: options)], label: label)
    }

    /// Compiles several OpenCL C files into one library, as compiling each and linking them
    /// would: each file is preprocessed with its own options and headers, and a function one
    /// file declares may be defined in another.
    ///
    /// - Throws: `ConduitError` with `.compileFailed` and `compileDiagnostics` for errors in any
    ///   file, a name defined twice, or a function declared and defined nowhere.
    /// Corresponds to `clCompileProgram` + `clLinkProgram`, and a Metal library built from several files.
    public func makeLibrary(linking sources: [ProgramSource], label: String? = nil) throws(ConduitError) -> Library {
        let fileName = sources.map(\.fileName).joined(separator: ", ")
        let module: BytecodeModule
        do {
            module = try Compiler.compile(units: try sources.map { source throws(Diagnostic) in try source.unit() }) { path in
                (try? String(contentsOfFile: path, encoding: .utf8))
            }
        } catch {
            var failure = ConduitError(.compileFailed, "\(fileName) did not compile: \(error.message)")
            failure.compileDiagnostics = [error]
            throw failure
        }
        do {
            try verifyForHost(module)
        } catch {
            throw ConduitError(.compileFailed, "\(fileName) does not fit \(adapter.name): \(error.message)")
        }
        try core.connection.checkAlive()
        return Library(core: core, module: module, label: label)
    }

    /// Makes a library from bytecode that `Library.bytecode` returned, checking it as the host does.
    ///
    /// - Throws: `ConduitError` with `.invalidArgument` for bytes that are not a valid module.
    /// Corresponds to `clCreateProgramWithBinary` and `makeLibrary(URL:)`.
    public func makeLibrary(bytecode: [UInt8], label: String? = nil) throws(ConduitError) -> Library {
        let module: BytecodeModule
        do {
            module = try BytecodeModule(serialized: bytecode)
            try verifyForHost(module)
        } catch {
            throw .invalidArgument("not a valid Conduit bytecode module: \(error)")
        }
        try core.connection.checkAlive()
        return Library(core: core, module: module, label: label)
    }

    /// Checks a module as the host will, with this adapter's limits: a module the host rejects
    /// would cost the client its connection, so it never leaves the client.
    private func verifyForHost(_ module: BytecodeModule) throws(BytecodeError) {
        var limits = Verifier.Limits()
        limits.maxLocalBytes = Int(adapter.limits.maxLocalMemoryLength)
        try Verifier.verify(module, limits: limits)
    }

    /// Compiles OpenCL C source with options in `clBuildProgram`'s spelling.
    @available(*, deprecated, message: "pass BuildOptions (a string literal still makes one)")
    @_disfavoredOverload
    public func makeLibrary(source: String, options: String, fileName: String = "<source>", label: String? = nil) throws(ConduitError) -> Library {
        try makeLibrary(source: source, options: BuildOptions(options), fileName: fileName, label: label)
    }
}
