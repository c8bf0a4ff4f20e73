import COpenCL
import Conduit

/// A `cl_kernel`: one kernel of a built program, per device, and the arguments set so far.
final class KernelObject: ICDObject, @unchecked Sendable {
    let program: ProgramObject
    let name: String
    let parameters: [Kernel.Parameter]
    let requiredWorkGroupSize: [Int]?
    private let kernels: [ObjectIdentifier: Kernel]

    /// One argument as set by clSetKernelArg; buffers keep their object alive while set.
    enum Argument {
        case memory(MemoryObject)
        case bytes([UInt8])
        case local(Int)
    }
    private let arguments: Locked<[Argument?]>

    /// A copy of `source`: the same kernel with the arguments set so far (clCloneKernel).
    init(cloning source: KernelObject) {
        program = source.program
        name = source.name
        kernels = source.kernels
        parameters = source.parameters
        requiredWorkGroupSize = source.requiredWorkGroupSize
        arguments = Locked(source.arguments.withLock { $0 })
        super.init(kind: .kernel)
        program.retain()
        program.kernelAttached(1)
    }

    init(program: ProgramObject, name: String) throws(CLError) {
        let libraries = program.libraries
        guard !libraries.isEmpty else { throw CLError(CL_INVALID_PROGRAM_EXECUTABLE) }
        var kernels: [ObjectIdentifier: Kernel] = [:]
        for (device, library) in libraries {
            guard let kernel = try? library.makeKernel(named: name) else { throw CLError(CL_INVALID_KERNEL_NAME) }
            kernels[ObjectIdentifier(device)] = kernel
        }
        let first = kernels[ObjectIdentifier(libraries[0].0)]!
        self.program = program
        self.name = name
        self.kernels = kernels
        parameters = first.parameters
        requiredWorkGroupSize = first.requiredWorkGroupSize
        arguments = Locked([Argument?](repeating: nil, count: first.parameters.count))
        super.init(kind: .kernel)
        program.retain()
        program.kernelAttached(1)
    }

    override func destroy() {
        program.kernelAttached(-1)
        program.release()
    }

    func kernel(for device: DeviceObject) -> Kernel? { kernels[ObjectIdentifier(device)] }

    /// Checks and stores one argument as clSetKernelArg does.
    func setArgument(_ index: Int, size: Int, value: UnsafeRawPointer?) throws(CLError) {
        guard parameters.indices.contains(index) else { throw CLError(CL_INVALID_ARG_INDEX) }
        let parameter = parameters[index]
        let argument: Argument
        switch parameter.kind {
        case .buffer:
            guard size == MemoryLayout<cl_mem>.size else { throw CLError(CL_INVALID_ARG_SIZE) }
            guard let value, let handle = value.loadUnaligned(as: cl_mem?.self) else {
                warn("kernel '\(name)' argument \(index): a NULL buffer is not supported")
                throw CLError(CL_INVALID_ARG_VALUE)
            }
            let memory = try MemoryObject.from(handle, or: CL_INVALID_MEM_OBJECT)
            guard memory.context === program.context else { throw CLError(CL_INVALID_MEM_OBJECT) }
            argument = .memory(memory)
        case .local:
            guard value == nil else { throw CLError(CL_INVALID_ARG_VALUE) }
            guard size > 0 else { throw CLError(CL_INVALID_ARG_SIZE) }
            argument = .local(size)
        default:
            guard size == parameter.size else { throw CLError(CL_INVALID_ARG_SIZE) }
            guard let value else { throw CLError(CL_INVALID_ARG_VALUE) }
            argument = .bytes(Array(UnsafeRawBufferPointer(start: value, count: size)))
        }
        arguments.withLock { $0[index] = argument }
        launch.withLock { $0 = nil }
    }

    /// The arguments as a launch passes them, made once after they change (a burst of launches
    /// with the same arguments builds them once), and the device whose buffers they hold.
    private let launch = Locked<(arguments: [KernelArgument], device: DeviceObject)?>(nil)

    /// The arguments for a launch on `queue`; CL_INVALID_KERNEL_ARGS while any is unset.
    func launchArguments(on queue: QueueObject) throws(CLError) -> [KernelArgument] {
        try launch.withLock { cached throws(CLError) in
            if let cached, cached.device === queue.device { return cached.arguments }
            // Buffers are placed on this device now if it is their first use, else must live there.
            var result: [KernelArgument] = []
            for argument in arguments.withLock({ $0 }) {
                switch argument {
                case nil: throw CLError(CL_INVALID_KERNEL_ARGS)
                case let .memory(memory)?: result.append(.buffer(try memory.buffer(on: queue.device), offset: memory.origin))
                case let .bytes(bytes)?: result.append(.bytes(bytes))
                case let .local(size)?: result.append(.local(bytes: size))
                }
            }
            cached = (result, queue.device)
            return result
        }
    }

    /// The bytes of `__local` memory the kernel's arguments ask for.
    var localMemorySize: Int {
        arguments.withLock { $0.reduce(0) { total, argument in if case let .local(size)? = argument { total + size } else { total } } }
    }

    func info(_ parameter: UInt32) -> InfoValue? {
        switch Int32(parameter) {
        case CL_KERNEL_FUNCTION_NAME: InfoValue(name)
        case CL_KERNEL_NUM_ARGS: InfoValue(cl_uint(parameters.count))
        case CL_KERNEL_REFERENCE_COUNT: InfoValue(referenceCount)
        case CL_KERNEL_CONTEXT: InfoValue(program.context.opaque)
        case CL_KERNEL_PROGRAM: InfoValue(program.opaque)
        case CL_KERNEL_ATTRIBUTES:
            InfoValue(requiredWorkGroupSize.map { "reqd_work_group_size(\($0.map(String.init).joined(separator: ",")))" } ?? "")
        default: nil
        }
    }

    func workGroupInfo(_ parameter: UInt32, device: DeviceObject) -> InfoValue? {
        switch Int32(parameter) {
        case CL_KERNEL_WORK_GROUP_SIZE: InfoValue(max(device.adapter.limits.maxWorkGroupSize, 1))
        case CL_KERNEL_COMPILE_WORK_GROUP_SIZE: InfoValue(array: ((requiredWorkGroupSize ?? []) + [0, 0, 0]).prefix(3).map { $0 })
        case CL_KERNEL_LOCAL_MEM_SIZE: InfoValue(cl_ulong(localMemorySize))
        case CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE: InfoValue(1)
        case CL_KERNEL_PRIVATE_MEM_SIZE: InfoValue(cl_ulong(0))
        default: nil
        }
    }

    func argumentInfo(_ index: Int, _ parameter: UInt32) throws(CLError) -> InfoValue? {
        guard parameters.indices.contains(index) else { throw CLError(CL_INVALID_ARG_INDEX) }
        let argument = parameters[index]
        switch Int32(parameter) {
        case CL_KERNEL_ARG_ADDRESS_QUALIFIER:
            let qualifier =
                switch argument.kind {
                case .buffer: argument.typeName.contains("constant") ? CL_KERNEL_ARG_ADDRESS_CONSTANT : CL_KERNEL_ARG_ADDRESS_GLOBAL
                case .local: CL_KERNEL_ARG_ADDRESS_LOCAL
                default: CL_KERNEL_ARG_ADDRESS_PRIVATE
                }
            return InfoValue(cl_kernel_arg_address_qualifier(qualifier))
        case CL_KERNEL_ARG_ACCESS_QUALIFIER: return InfoValue(cl_kernel_arg_access_qualifier(CL_KERNEL_ARG_ACCESS_NONE))
        case CL_KERNEL_ARG_TYPE_NAME:
            // The type without its address space (`float4*`), as clGetKernelArgInfo reports it.
            let spaces: Set<Substring> = ["__global", "global", "__constant", "constant", "__local", "local", "__private", "private"]
            return InfoValue(argument.typeName.split(separator: " ").filter { !spaces.contains($0) }.joined(separator: " "))
        case CL_KERNEL_ARG_TYPE_QUALIFIER: return InfoValue(cl_kernel_arg_type_qualifier(CL_KERNEL_ARG_TYPE_NONE))
        case CL_KERNEL_ARG_NAME: return InfoValue(argument.name)
        default: return nil
        }
    }
}
