/// Pointer values: a segment in the top 16 bits, a byte offset in the low 48.
///
/// Segments 1...64 are the kernel's buffer parameters (in parameter order); the others are fixed.
/// Every access is bounds-checked against its segment, so a kernel can fault but never reach
/// memory outside the buffers it was given.
public enum Segment {
    public static let shift: UInt64 = 48
    public static let offsetMask: UInt64 = (1 << 48) - 1
    public static let null: UInt16 = 0
    public static let local: UInt16 = 0x7FF0
    public static let `private`: UInt16 = 0x7FF1
    /// Kernel arguments passed by value (read-only).
    public static let arguments: UInt16 = 0x7FF2
    /// Program-scope `__constant` data (read-only).
    public static let constants: UInt16 = 0x7FF3

    public static func pointer(_ segment: UInt16, offset: UInt64 = 0) -> UInt64 { UInt64(segment) << shift | offset }
    public static func buffer(parameter: Int) -> UInt16 { UInt16(parameter + 1) }
}

/// A kernel parameter as the runtime and the host see it.
public struct KernelParameter: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// A `__global` or `__constant` pointer: a buffer argument.
        case buffer = 0
        /// A value passed by copy: scalar, vector or struct.
        case value = 1
        /// A `__local` pointer: the dispatch gives its size.
        case local = 2
    }

    public var name: String
    public var kind: Kind
    public var addressSpace: AddressSpace
    /// The C type as written, for messages ("float4", "__global float*").
    public var typeName: String
    /// Bytes of a value parameter (0 otherwise).
    public var size: Int
    /// Where the value (or a local pointer) goes in the kernel's argument block.
    public var argumentOffset: Int
    /// Whether the kernel never writes through this pointer (`const`, or `__constant`).
    public var isReadOnly: Bool

    public init(name: String, kind: Kind, addressSpace: AddressSpace, typeName: String, size: Int, argumentOffset: Int, isReadOnly: Bool) {
        self.name = name; self.kind = kind; self.addressSpace = addressSpace; self.typeName = typeName
        self.size = size; self.argumentOffset = argumentOffset; self.isReadOnly = isReadOnly
    }
}

/// A register of a function's signature: an index in the 32-bit or the 64-bit file.
public struct FunctionRegister: Hashable, Sendable {
    public var index: UInt32
    public var wide: Bool
    public init(index: UInt32, wide: Bool) { self.index = index; self.wide = wide }
}

/// A helper a kernel calls (`Opcode.call`) instead of inlining it at every call site.
///
/// A function owns a window of each register file: its instructions, parameters and results use
/// only registers in that window, and no other function or the kernel body uses them. OpenCL C
/// has no recursion and a function calls only functions before it, so no two activations of one
/// function overlap and a window needs no stack. Function `i`'s window starts where function
/// `i - 1`'s ends; function 0's starts after the kernel body's registers (`KernelCode.bodyRegisters32`).
/// A function touches no memory (no loads, stores, atomics or barriers) and has no `ret`: its body
/// ends where it returns, and its results are in `results` there.
public struct FunctionCode: Hashable, Sendable {
    public var parameters: [FunctionRegister]
    public var results: [FunctionRegister]
    /// Registers of the window in each file.
    public var registers32: Int
    public var registers64: Int
    public var instructions: [Instruction]

    public init(parameters: [FunctionRegister], results: [FunctionRegister], registers32: Int, registers64: Int, instructions: [Instruction]) {
        self.parameters = parameters; self.results = results
        self.registers32 = registers32; self.registers64 = registers64; self.instructions = instructions
    }
}

/// One compiled kernel.
///
/// A value with its fields in one shared box: every dispatch hands its kernel from the validator
/// to a backend, and a copy then costs one retain, not one per array and string.
public struct KernelCode: Hashable, Sendable {
    private final class Storage: @unchecked Sendable {
        // SAFETY: never mutated once shared; `KernelCode` copies it before writing (`isKnownUniquelyReferenced`).
        var name: String
        var parameters: [KernelParameter]
        var argumentBytes: Int
        var registers32: Int
        var registers64: Int
        var privateBytesPerItem: Int
        var staticLocalBytes: Int
        var requiredWorkGroupSize: [Int]?
        var instructions: [Instruction] { didSet { summarise() } }
        var functions: [FunctionCode] { didSet { summarise() } }
        /// Kept with the instructions: the host asks for both for every dispatch.
        private(set) var containsLoop = false
        private(set) var expandedCount = 0

        private func summarise() {
            containsLoop = instructions.contains { $0.opcode == .loop } || functions.contains { $0.instructions.contains { $0.opcode == .loop } }
            var sizes: [Int] = []
            func size(_ code: [Instruction]) -> Int {
                code.reduce(0) { total, i in
                    min(total + (i.opcode == .call && sizes.indices.contains(Int(i.a)) ? sizes[Int(i.a)] : 1), Int.max / 4)
                }
            }
            for f in functions { sizes.append(size(f.instructions)) }
            expandedCount = size(instructions)
        }

        init(
            name: String, parameters: [KernelParameter], argumentBytes: Int, registers32: Int, registers64: Int,
            privateBytesPerItem: Int, staticLocalBytes: Int, requiredWorkGroupSize: [Int]?, instructions: [Instruction],
            functions: [FunctionCode]
        ) {
            self.name = name; self.parameters = parameters; self.argumentBytes = argumentBytes
            self.registers32 = registers32; self.registers64 = registers64
            self.privateBytesPerItem = privateBytesPerItem; self.staticLocalBytes = staticLocalBytes
            self.requiredWorkGroupSize = requiredWorkGroupSize; self.instructions = instructions
            self.functions = functions
            summarise()
        }

        func copy() -> Storage {
            Storage(
                name: name, parameters: parameters, argumentBytes: argumentBytes, registers32: registers32,
                registers64: registers64, privateBytesPerItem: privateBytesPerItem, staticLocalBytes: staticLocalBytes,
                requiredWorkGroupSize: requiredWorkGroupSize, instructions: instructions, functions: functions)
        }
    }

    private var storage: Storage

    /// The storage, copied first when another value shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var name: String {
        get { storage.name }
        set { unique.name = newValue }
    }
    public var parameters: [KernelParameter] {
        get { storage.parameters }
        set { unique.parameters = newValue }
    }
    /// Size of the argument block the host fills (values and local pointers).
    public var argumentBytes: Int {
        get { storage.argumentBytes }
        set { unique.argumentBytes = newValue }
    }
    public var registers32: Int {
        get { storage.registers32 }
        set { unique.registers32 = newValue }
    }
    public var registers64: Int {
        get { storage.registers64 }
        set { unique.registers64 = newValue }
    }
    public var privateBytesPerItem: Int {
        get { storage.privateBytesPerItem }
        set { unique.privateBytesPerItem = newValue }
    }
    /// `__local` variables declared in the kernel body.
    public var staticLocalBytes: Int {
        get { storage.staticLocalBytes }
        set { unique.staticLocalBytes = newValue }
    }
    /// From `reqd_work_group_size`, or nil.
    public var requiredWorkGroupSize: [Int]? {
        get { storage.requiredWorkGroupSize }
        set { unique.requiredWorkGroupSize = newValue }
    }
    /// The kernel body's instructions.
    public var instructions: [Instruction] {
        get { storage.instructions }
        set { unique.instructions = newValue }
    }
    /// The functions the body calls (`FunctionCode` says how their registers are laid out).
    public var functions: [FunctionCode] {
        get { storage.functions }
        set { unique.functions = newValue }
    }

    public init(
        name: String, parameters: [KernelParameter], argumentBytes: Int, registers32: Int, registers64: Int,
        privateBytesPerItem: Int, staticLocalBytes: Int, requiredWorkGroupSize: [Int]?, instructions: [Instruction],
        functions: [FunctionCode] = []
    ) {
        storage = Storage(
            name: name, parameters: parameters, argumentBytes: argumentBytes, registers32: registers32,
            registers64: registers64, privateBytesPerItem: privateBytesPerItem, staticLocalBytes: staticLocalBytes,
            requiredWorkGroupSize: requiredWorkGroupSize, instructions: instructions, functions: functions)
    }

    /// Registers of each file that the kernel body may use: those below the first function's window.
    public var bodyRegisters32: Int { registers32 - functions.reduce(0) { $0 + $1.registers32 } }
    public var bodyRegisters64: Int { registers64 - functions.reduce(0) { $0 + $1.registers64 } }

    public static func == (lhs: KernelCode, rhs: KernelCode) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.name == rhs.name && lhs.parameters == rhs.parameters && lhs.argumentBytes == rhs.argumentBytes
                && lhs.registers32 == rhs.registers32 && lhs.registers64 == rhs.registers64
                && lhs.privateBytesPerItem == rhs.privateBytesPerItem && lhs.staticLocalBytes == rhs.staticLocalBytes
                && lhs.requiredWorkGroupSize == rhs.requiredWorkGroupSize && lhs.instructions == rhs.instructions
                && lhs.functions == rhs.functions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(parameters)
        hasher.combine(argumentBytes)
        hasher.combine(registers32)
        hasher.combine(registers64)
        hasher.combine(privateBytesPerItem)
        hasher.combine(staticLocalBytes)
        hasher.combine(requiredWorkGroupSize)
        hasher.combine(instructions)
        hasher.combine(functions)
    }

    /// Whether the kernel computes in double precision (an adapter needs `cl_khr_fp64` to run it).
    public var usesDoublePrecision: Bool {
        instructions.contains { $0.opcode.isDoublePrecision } || functions.contains { $0.instructions.contains { $0.opcode.isDoublePrecision } }
    }

    /// Whether the kernel has a loop: its running time is then not bounded by its size.
    public var containsLoop: Bool { storage.containsLoop }

    /// About how many instructions one work-item runs without loops: its size with calls expanded.
    public var expandedInstructionCount: Int { storage.expandedCount }
}

/// A compiled program: kernels plus program-scope constant data.
public struct BytecodeModule: Hashable, Sendable {
    public static let magic: [UInt8] = Array("CNDB".utf8)
    public static let version: UInt16 = 2

    public var kernels: [KernelCode]
    public var constants: [UInt8]

    public init(kernels: [KernelCode], constants: [UInt8]) {
        self.kernels = kernels
        self.constants = constants
    }

    public func kernel(named name: String) -> KernelCode? { kernels.first { $0.name == name } }
}
