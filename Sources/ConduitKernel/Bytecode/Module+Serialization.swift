/// Why bytes are not a valid bytecode container.
public struct BytecodeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The binary container: little-endian, versioned, every count capped before use.
///
/// ```
/// "CNDB" u16 version u16 kernelCount u32 constantsLength constants[...]
/// per kernel: string name, u16 paramCount, params, u32 argumentBytes, u32 registers32,
///   u32 registers64, u32 privateBytes, u32 staticLocalBytes, u32 x3 requiredWorkGroupSize (0 = none),
///   u32 instructionCount, instructions (u16 opcode, u16 0, u32 a, b, c, d),
///   (version 2) u32 functionCount, functions
/// function: u32 registers32, u32 registers64, u16 parameterCount, registers, u16 resultCount,
///   registers, u32 instructionCount, instructions
/// register: u32, the index with bit 31 set for the 64-bit file
/// param: string name, u8 kind, u8 addressSpace, u8 readOnly, string typeName, u32 size, u32 argumentOffset
/// string: u16 length, UTF-8
/// ```
extension BytecodeModule {
    public static let maxKernels = 1024
    /// Parameters of one kernel: OpenCL's CL_DEVICE_MAX_PARAMETER_SIZE of 1024 bytes holds 128 pointers.
    public static let maxParameters = 128
    public static let maxInstructions = 1 << 20
    public static let maxConstants = 1 << 24

    public func serialized() -> [UInt8] {
        var out = ByteWriter()
        out.bytes += Self.magic
        out.u16(Self.version)
        out.u16(UInt16(kernels.count))
        out.u32(UInt32(constants.count))
        out.bytes += constants
        for kernel in kernels {
            out.string(kernel.name)
            out.u16(UInt16(kernel.parameters.count))
            for p in kernel.parameters {
                out.string(p.name)
                out.u8(p.kind.rawValue); out.u8(p.addressSpace.rawValue); out.u8(p.isReadOnly ? 1 : 0)
                out.string(p.typeName)
                out.u32(UInt32(p.size)); out.u32(UInt32(p.argumentOffset))
            }
            for value in [kernel.argumentBytes, kernel.registers32, kernel.registers64, kernel.privateBytesPerItem, kernel.staticLocalBytes] {
                out.u32(UInt32(value))
            }
            for axis in 0..<3 { out.u32(UInt32(kernel.requiredWorkGroupSize?[axis] ?? 0)) }
            out.instructions(kernel.instructions)
            out.u32(UInt32(kernel.functions.count))
            for f in kernel.functions {
                out.u32(UInt32(f.registers32)); out.u32(UInt32(f.registers64))
                for list in [f.parameters, f.results] {
                    out.u16(UInt16(list.count))
                    for r in list { out.u32(r.index | (r.wide ? 1 << 31 : 0)) }
                }
                out.instructions(f.instructions)
            }
        }
        return out.bytes
    }

    public init(serialized bytes: [UInt8]) throws(BytecodeError) {
        var r = ByteReader(bytes: bytes)
        guard try r.take(4) == Self.magic else { throw BytecodeError("not a Conduit bytecode module (bad magic)") }
        let version = try r.u16()
        guard version == 1 || version == Self.version else { throw BytecodeError("unsupported bytecode version \(version)") }
        let kernelCount = Int(try r.u16())
        guard kernelCount <= Self.maxKernels else { throw BytecodeError("\(kernelCount) kernels exceed the limit \(Self.maxKernels)") }
        let constantsLength = Int(try r.u32())
        guard constantsLength <= Self.maxConstants else { throw BytecodeError("constant data of \(constantsLength) bytes is too large") }
        let constants = try r.take(constantsLength)
        var kernels: [KernelCode] = []
        for _ in 0..<kernelCount {
            let name = try r.string()
            let parameterCount = Int(try r.u16())
            guard parameterCount <= Self.maxParameters else {
                throw BytecodeError("kernel '\(name)' has \(parameterCount) parameters; the limit is \(Self.maxParameters)")
            }
            var parameters: [KernelParameter] = []
            for _ in 0..<parameterCount {
                let parameterName = try r.string()
                guard let kind = KernelParameter.Kind(rawValue: try r.u8()) else { throw BytecodeError("bad parameter kind") }
                guard let space = AddressSpace(rawValue: try r.u8()) else { throw BytecodeError("bad address space") }
                let readOnly = try r.u8() != 0
                let typeName = try r.string()
                parameters.append(
                    KernelParameter(
                        name: parameterName, kind: kind, addressSpace: space, typeName: typeName,
                        size: Int(try r.u32()), argumentOffset: Int(try r.u32()), isReadOnly: readOnly))
            }
            let argumentBytes = Int(try r.u32()), registers32 = Int(try r.u32()), registers64 = Int(try r.u32())
            let privateBytes = Int(try r.u32()), staticLocal = Int(try r.u32())
            let required = [Int(try r.u32()), Int(try r.u32()), Int(try r.u32())]
            let instructions = try r.instructions(of: name)
            var functions: [FunctionCode] = []
            if version >= 2 {
                let functionCount = Int(try r.u32())
                guard functionCount <= Verifier.Limits().maxFunctions else { throw BytecodeError("kernel '\(name)' has \(functionCount) functions") }
                for _ in 0..<functionCount {
                    let count32 = Int(try r.u32()), count64 = Int(try r.u32())
                    var lists: [[FunctionRegister]] = []
                    for _ in 0..<2 {
                        var list: [FunctionRegister] = []
                        for _ in 0..<Int(try r.u16()) {
                            let raw = try r.u32()
                            list.append(FunctionRegister(index: raw & ~(1 << 31), wide: raw >> 31 != 0))
                        }
                        lists.append(list)
                    }
                    functions.append(
                        FunctionCode(
                            parameters: lists[0], results: lists[1], registers32: count32, registers64: count64,
                            instructions: try r.instructions(of: name)))
                }
            }
            kernels.append(
                KernelCode(
                    name: name, parameters: parameters, argumentBytes: argumentBytes, registers32: registers32,
                    registers64: registers64, privateBytesPerItem: privateBytes, staticLocalBytes: staticLocal,
                    requiredWorkGroupSize: required == [0, 0, 0] ? nil : required, instructions: instructions, functions: functions))
        }
        guard r.remaining == 0 else { throw BytecodeError("\(r.remaining) unexpected bytes after the last kernel") }
        self.init(kernels: kernels, constants: constants)
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func string(_ s: String) { let utf8 = Array(s.utf8.prefix(65535)); u16(UInt16(utf8.count)); bytes += utf8 }
    mutating func instructions(_ list: [Instruction]) {
        u32(UInt32(list.count))
        for i in list {
            u16(i.opcode.rawValue); u16(0)
            u32(i.a); u32(i.b); u32(i.c); u32(i.d)
        }
    }
}

struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    var remaining: Int { bytes.count - offset }

    mutating func take(_ n: Int) throws(BytecodeError) -> [UInt8] {
        guard n >= 0, n <= remaining else { throw BytecodeError("truncated module: needed \(n) bytes, \(remaining) remain") }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }
    mutating func u8() throws(BytecodeError) -> UInt8 { try take(1)[0] }
    mutating func u16() throws(BytecodeError) -> UInt16 { let b = try take(2); return UInt16(b[0]) | UInt16(b[1]) << 8 }
    mutating func u32() throws(BytecodeError) -> UInt32 {
        let b = try take(4)
        return UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
    }
    mutating func instructions(of kernel: String) throws(BytecodeError) -> [Instruction] {
        let count = Int(try u32())
        guard count <= BytecodeModule.maxInstructions else {
            throw BytecodeError("kernel '\(kernel)' has \(count) instructions; the limit is \(BytecodeModule.maxInstructions)")
        }
        guard count * 20 <= remaining else { throw BytecodeError("truncated module: \(count) instructions need \(count * 20) bytes, \(remaining) remain") }
        var list: [Instruction] = []
        list.reserveCapacity(count)
        for index in 0..<count {
            let raw = try u16()
            _ = try u16()
            guard let opcode = Opcode(rawValue: raw) else { throw BytecodeError("kernel '\(kernel)': unknown opcode \(raw) at instruction \(index)") }
            list.append(Instruction(opcode, try u32(), try u32(), try u32(), try u32()))
        }
        return list
    }
    mutating func string() throws(BytecodeError) -> String {
        let raw = try take(Int(try u16()))
        guard let text = String(validating: raw, as: UTF8.self) else { throw BytecodeError("a name is not valid UTF-8") }
        return text
    }
}
