/// A register: an index in the 32-bit or the 64-bit file.
struct Reg: Hashable {
    var index: UInt32
    var wide: Bool
}

/// An rvalue in scalarised form: one register per component (a pointer is one 64-bit register).
struct Value {
    var type: CType
    var regs: [Reg]
}

/// Something that can be assigned: registers of a variable, or bytes in memory.
enum Place {
    case registers(CType, [Reg])
    /// An object of `type` at `base + offset` in address space `space`.
    case memory(base: Reg, offset: Int, type: CType, space: AddressSpace)
    /// Selected scalar components of a vector in memory (a swizzle), at these byte offsets.
    case memoryComponents(base: Reg, offsets: [Int], type: CType, space: AddressSpace)

    var type: CType {
        switch self {
        case let .registers(type, _): type
        case let .memory(_, _, type, _): type
        case let .memoryComponents(_, _, type, _): type
        }
    }
}

/// Type-checks the AST and lowers it to bytecode in one pass. Helpers are inlined (OpenCL C
/// forbids recursion); vectors and structs are scalarised; control flow stays structured.
final class CodeGen {
    struct Variable {
        var type: CType
        var place: Place
        /// `const` objects cannot be assigned; `const` pointees cannot be written through.
        var isConst = false
        var constPointee = false
    }

    enum Construct: Equatable {
        case loop, continueBlock, switchBlock, functionBlock, plainBlock
        /// The block a `goto` to this label leaves (see CodeGen+Goto).
        case gotoTarget(String)
        /// The loop that takes a `goto` back to an earlier label.
        case gotoLoop
    }

    let unit: TranslationUnit
    /// `#pragma OPENCL FP_CONTRACT` (ON by default): whether `a * b + c` becomes one `ffma`.
    let contractsFloatingPoint: Bool
    var functions: [String: FunctionDefinition] = [:]
    var constantData: [UInt8] = []
    var constantOffsets: [String: (offset: Int, type: CType)] = [:]

    // Per-kernel state
    var instructions: [Instruction] = []
    var count32 = 0, count64 = 0
    var free32: [UInt32] = [], free64: [UInt32] = []
    var temps: [Reg] = []
    var scopes: [[String: Variable]] = []
    var scopeRegisters: [[Reg]] = []
    var constructs: [Construct] = []
    var privateBytes = 0
    var localBytes = 0
    var inlining: [String] = []
    /// Where `return` stores its value and which construct it leaves, for the helper being inlined.
    var returnTargets: [(regs: [Reg], type: CType)] = []
    var addressTaken: Set<String> = []
    /// Per helper: its index in `helperCode`, or -1 where it is inlined (CodeGen+Functions).
    var helperFunctions: [String: Int] = [:]
    /// The kernel's functions so far, each with registers and private memory from 0: its private
    /// bytes, and the `const64` instructions that make pointers into them (moved when placed).
    var helperCode: [(name: String, code: FunctionCode, privateBytes: Int, privateSites: [Int])] = []
    /// While a function compiles: where its private pointers are made.
    var privatePointerSites: [Int]?

    init(unit: TranslationUnit, contractsFloatingPoint: Bool = true) throws(CompileError) {
        self.contractsFloatingPoint = contractsFloatingPoint
        self.unit = unit
        for function in unit.functions {
            if let existing = functions[function.name], existing.body != nil, function.body != nil {
                throw CompileError(message: "redefinition of '\(function.name)'", location: function.location)
            }
            if function.body != nil || functions[function.name] == nil { functions[function.name] = function }
        }
        try layOutConstants()
    }

    func error(_ message: String, _ location: SourceLocation) -> CompileError { CompileError(message: message, location: location) }

    // MARK: - Kernels

    func compileKernels() throws(CompileError) -> BytecodeModule {
        var kernels: [KernelCode] = []
        for function in unit.functions where function.isKernel && function.body != nil {
            kernels.append(try compileKernel(function))
        }
        return BytecodeModule(kernels: kernels, constants: constantData)
    }

    private func compileKernel(_ f: FunctionDefinition) throws(CompileError) -> KernelCode {
        instructions = []; count32 = 0; count64 = 0; free32 = []; free64 = []; temps = []
        scopes = [[:]]; scopeRegisters = [[]]; constructs = []; privateBytes = 0; localBytes = 0
        inlining = [f.name]; returnTargets = []; helperFunctions = [:]; helperCode = []
        addressTaken = AddressScan.names(in: f.body!)

        var parameters: [KernelParameter] = []
        var argumentBytes = 0
        if f.parameters.count > BytecodeModule.maxParameters {
            throw error("kernel '\(f.name)' has \(f.parameters.count) parameters; at most \(BytecodeModule.maxParameters)", f.parameters[0].location)
        }
        for (index, p) in f.parameters.enumerated() {
            guard !p.name.isEmpty else { throw error("kernel parameters need names", p.location) }
            switch p.type {
            case let .pointer(pointee, space):
                if space == .private { throw error("kernel pointer parameter '\(p.name)' must be __global, __constant or __local", p.location) }
                if case .void = pointee, space == .local {}
                if space == .local {
                    argumentBytes = align(argumentBytes, 8)
                    parameters.append(
                        KernelParameter(
                            name: p.name, kind: .local, addressSpace: .local, typeName: "\(p.type)",
                            size: 0, argumentOffset: argumentBytes, isReadOnly: false))
                    let reg = newReg(wide: true)
                    emit(.ld64, reg.index, try argumentsBase().index, UInt32(argumentBytes))
                    argumentBytes += 8
                    try bindParameter(p, Value(type: p.type, regs: [reg]))
                } else {
                    // `__global const T *` is read-only too: a write through it (after a cast) faults.
                    parameters.append(
                        KernelParameter(
                            name: p.name, kind: .buffer, addressSpace: space, typeName: "\(p.type)",
                            size: 0, argumentOffset: 0, isReadOnly: space == .constant || p.isConst))
                    let reg = constant64(Segment.pointer(Segment.buffer(parameter: index)))
                    try bindParameter(p, Value(type: p.type, regs: [reg]))
                }
            case .array:
                throw error("kernel parameter '\(p.name)' cannot be an array", p.location)
            case .void:
                throw error("kernel parameter '\(p.name)' cannot be void", p.location)
            default:
                argumentBytes = align(argumentBytes, p.type.alignment)
                parameters.append(
                    KernelParameter(
                        name: p.name, kind: .value, addressSpace: .private, typeName: "\(p.type)",
                        size: p.type.size, argumentOffset: argumentBytes, isReadOnly: true))
                let value = try load(.memory(base: try argumentsBase(), offset: argumentBytes, type: p.type, space: .constant))
                argumentBytes += p.type.size
                try bindParameter(p, value)
            }
        }
        try statement(f.body!)
        releaseTemps(to: 0)
        let placed = try placeFunctions(location: f.location)
        return KernelCode(
            name: f.name, parameters: parameters, argumentBytes: align(argumentBytes, 8), registers32: placed.registers32,
            registers64: placed.registers64, privateBytesPerItem: placed.privateBytes, staticLocalBytes: align(localBytes, 16),
            requiredWorkGroupSize: f.requiredWorkGroupSize, instructions: instructions, functions: placed.functions)
    }

    private func argumentsBase() throws(CompileError) -> Reg {
        constant64(Segment.pointer(Segment.arguments))
    }

    private func bindParameter(_ p: Parameter, _ value: Value) throws(CompileError) {
        try declareVariable(name: p.name, type: p.type, space: .private, initialValue: value, location: p.location)
        qualify(p.name, isConst: p.isConst)
    }

    /// Records a `const` declaration on the innermost scope's variable `name`.
    func qualify(_ name: String, isConst: Bool) {
        guard isConst, var variable = scopes[scopes.count - 1][name] else { return }
        if variable.type.isPointer { variable.constPointee = true } else { variable.isConst = true }
        scopes[scopes.count - 1][name] = variable
    }

    // MARK: - Program-scope constants

    /// One slot per program-scope constant. A name declared more than once (an `extern`
    /// declaration, or the same constant in two linked files) is one constant: the declarations
    /// must agree on its type, and at most one may initialise it.
    private func layOutConstants() throws(CompileError) {
        var order: [String] = []
        var merged: [String: VariableDeclaration] = [:]
        for c in unit.constants {
            guard let earlier = merged[c.name] else {
                order.append(c.name)
                merged[c.name] = c
                continue
            }
            guard "\(earlier.type)" == "\(c.type)" else { throw error("conflicting types for '\(c.name)'", c.location) }
            if c.initializer != nil {
                guard earlier.initializer == nil else { throw error("redefinition of '\(c.name)'", c.location) }
                merged[c.name] = c
            }
        }
        for name in order {
            let c = merged[name]!
            let offset = align(constantData.count, max(c.type.alignment, 4))
            constantData += [UInt8](repeating: 0, count: offset - constantData.count + c.type.size)
            if let initializer = c.initializer {
                try writeConstant(initializer, type: c.type, at: offset)
            }
            constantOffsets[c.name] = (offset, c.type)
        }
    }

    private func writeConstant(_ expr: Expr, type: CType, at offset: Int) throws(CompileError) {
        if case let .initializerList(items) = expr.kind {
            let slots = initializerSlots(type)
            guard items.count <= slots.count else { throw error("too many initialisers for \(type)", expr.location) }
            for (item, slot) in zip(items, slots) { try writeConstant(item, type: slot.type, at: offset + slot.offset) }
            return
        }
        if case let .vectorLiteral(vectorType, items) = expr.kind, items.count == vectorType.lanes || items.count == 1 {
            // `(char2)(0)` gives every component the one value.
            for i in 0..<vectorType.lanes {
                try writeConstant(items[items.count == 1 ? 0 : i], type: vectorType.scalar, at: offset + i * vectorType.scalar.size)
            }
            return
        }
        guard type.isScalar else { throw error("initialiser for \(type) must be a list", expr.location) }
        let bits: UInt64
        if type.isFloat {
            guard let value = ConstantFolder.floating(expr) else { throw error("program-scope initialisers must be constants", expr.location) }
            bits = type.isDouble ? value.bitPattern : UInt64(Float(value).bitPattern)
        } else {
            guard let value = ConstantFolder.evaluate(Expr(.cast(type, expr), expr.location)) else {
                throw error("program-scope initialisers must be constants", expr.location)
            }
            bits = value.bits
        }
        for byte in 0..<type.size { constantData[offset + byte] = UInt8(truncatingIfNeeded: bits >> (8 * byte)) }
    }

    /// The (sub)objects an initialiser list fills, in order: array elements or struct fields.
    func initializerSlots(_ type: CType) -> [(type: CType, offset: Int)] {
        switch type {
        case let .array(element, n): (0..<n).map { (element, $0 * element.size) }
        case let .structure(s): s.fields.map { ($0.type, $0.offset) }
        case let .vector(element, n): (0..<n).map { (element, $0 * element.size) }
        default: [(type, 0)]
        }
    }

    // MARK: - Emission and registers

    func emit(_ op: Opcode, _ a: UInt32 = 0, _ b: UInt32 = 0, _ c: UInt32 = 0, _ d: UInt32 = 0) {
        instructions.append(Instruction(op, a, b, c, d))
    }

    func newReg(wide: Bool) -> Reg {
        let reg: Reg
        if wide {
            if count64 >= Self.fresh64Limit, let index = free64.popLast() {
                reg = Reg(index: index, wide: true)
            } else {
                reg = Reg(index: UInt32(count64), wide: true); count64 += 1
            }
        } else {
            if let index = free32.popLast() { reg = Reg(index: index, wide: false) } else { reg = Reg(index: UInt32(count32), wide: false); count32 += 1 }
        }
        temps.append(reg)
        return reg
    }

    func newRegs(for type: CType) -> [Reg] { type.components.map { newReg(wide: $0.type.isWide) } }

    /// 64-bit registers are fresh up to this many, and recycled only past it: a register that
    /// holds one kind of pointer for the whole kernel lets the OpenCL emitter resolve each
    /// access's segment statically, but a kernel heavy in 64-bit arithmetic (thousands of
    /// inlined `long` operations) must not run out of the verifier's 4096 registers.
    static let fresh64Limit = 1024

    /// Temporaries allocated after `mark` are free again (statement boundaries).
    func releaseTemps(to mark: Int) {
        while temps.count > mark {
            let reg = temps.removeLast()
            if reg.wide { free64.append(reg.index) } else { free32.append(reg.index) }
        }
    }

    /// Keeps registers out of the temporary pool (they belong to a variable of the current scope).
    func pin(_ regs: [Reg]) {
        let set = Set(regs)
        temps.removeAll { set.contains($0) }
        scopeRegisters[scopeRegisters.count - 1] += regs
    }

    func constant32(_ bits: UInt32) -> Reg {
        let reg = newReg(wide: false)
        emit(.const32, reg.index, bits)
        return reg
    }

    func constant64(_ bits: UInt64) -> Reg {
        let reg = newReg(wide: true)
        emit(.const64, reg.index, UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits >> 32))
        return reg
    }

    func align(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }

    // MARK: - Scopes and variables

    func pushScope() {
        scopes.append([:])
        scopeRegisters.append([])
    }

    func popScope() {
        scopes.removeLast()
        for reg in scopeRegisters.removeLast() {
            if reg.wide { free64.append(reg.index) } else { free32.append(reg.index) }
        }
    }

    func lookup(_ name: String) -> Variable? {
        for scope in scopes.reversed() { if let v = scope[name] { return v } }
        if let constant = constantOffsets[name] {
            return Variable(
                type: constant.type,
                place: .memory(
                    base: constant64(Segment.pointer(Segment.constants)),
                    offset: constant.offset, type: constant.type, space: .constant))
        }
        return nil
    }

    /// Declares a variable: registers for scalars, vectors, structs and pointers; memory for arrays,
    /// `__local` variables and anything whose address is taken.
    func declareVariable(name: String, type: CType, space: AddressSpace, initialValue: Value?, location: SourceLocation) throws(CompileError) {
        if scopes[scopes.count - 1][name] != nil { throw error("redefinition of '\(name)'", location) }
        if type == .void { throw error("variable '\(name)' has type void", location) }
        if case let .structure(s) = type, !s.isComplete { throw error("variable '\(name)' has incomplete type \(type)", location) }
        let place: Place
        if space == .local {
            guard inlining.count == 1 else { throw error("__local variables must be declared in the kernel body", location) }
            localBytes = align(localBytes, max(type.alignment, 4))
            place = .memory(base: constant64(Segment.pointer(Segment.local, offset: UInt64(localBytes))), offset: 0, type: type, space: .local)
            localBytes += type.size
            if initialValue != nil { throw error("__local variables cannot be initialised", location) }
        } else if space == .constant {
            throw error("__constant variables must be declared at program scope", location)
        } else if type.isArray || addressTaken.contains(name) {
            privateBytes = align(privateBytes, max(type.alignment, 4))
            place = .memory(base: constant64(Segment.pointer(Segment.private, offset: UInt64(privateBytes))), offset: 0, type: type, space: .private)
            privatePointerSites?.append(instructions.count - 1)
            privateBytes += type.size
            guard privateBytes <= 64 << 10 else { throw error("private memory exceeds 64 KiB per work-item", location) }
        } else if let initialValue, let adopted = try adoptable(initialValue, as: type, location: location) {
            // The initialiser's fresh temporaries become the variable's registers: no copies.
            pin(adopted.regs)
            scopes[scopes.count - 1][name] = Variable(type: type, place: .registers(type, adopted.regs))
            return
        } else {
            place = .registers(type, newRegs(for: type))
        }
        if case let .memory(base, _, _, _) = place { pin([base]) }
        if case let .registers(_, regs) = place { pin(regs) }
        scopes[scopes.count - 1][name] = Variable(type: type, place: place)
        if let initialValue { try store(initialValue, to: place, location: location) }
    }
}

extension CodeGen {
    /// The value converted to `type`, when its registers are distinct temporaries nobody else
    /// owns (so a variable may take them over); nil otherwise.
    func adoptable(_ value: Value, as type: CType, location: SourceLocation) throws(CompileError) -> Value? {
        let converted = try convert(value, to: type, location: location)
        let regs = converted.regs
        guard !regs.isEmpty, Set(regs).count == regs.count else { return nil }
        let temporaries = Set(temps)
        guard regs.allSatisfy(temporaries.contains) else { return nil }
        // A temporary may still be named: a helper parameter that is never assigned shares its
        // argument's registers. Taking those over would let the new variable's writes change the
        // parameter, and its scope's end would free registers the parameter still reads.
        let bound = boundRegisters()
        guard !regs.contains(where: bound.contains) else { return nil }
        return converted
    }

    /// Every register some visible name refers to.
    func boundRegisters() -> Set<Reg> {
        var bound = Set<Reg>()
        for scope in scopes {
            for variable in scope.values {
                if case let .registers(_, regs) = variable.place { bound.formUnion(regs) }
            }
        }
        return bound
    }
}

/// Finds the names a function body assigns to (so a parameter that is never assigned can share
/// its argument's registers). Declarations count too: a shadowing local is then simply copied.
enum AssignmentScan {
    static func names(in statement: Stmt) -> Set<String> {
        var found = Set<String>()
        statement.walkExpressions(
            { e in
                switch e.kind {
                case let .assign(_, target, _), let .postfix(_, target): if let name = target.rootName { found.insert(name) }
                case let .unary(op, target) where op == "++pre" || op == "--pre" || op == "&":
                    if let name = target.rootName { found.insert(name) }
                default: break
                }
            }, declared: { found.insert($0.name) })
        return found
    }

    /// Whether the body's only `return` is its last statement (so no early exit needs a block).
    static func returnsOnlyAtEnd(_ body: Stmt) -> Bool {
        guard case let .compound(items) = body, let last = items.last, case .returnStatement(.some, _) = last else { return false }
        return !items.dropLast().contains(where: containsReturn)
    }

    private static func containsReturn(_ s: Stmt) -> Bool {
        switch s {
        case .returnStatement: true
        case let .compound(items): items.contains(where: containsReturn)
        case let .ifElse(_, a, b): containsReturn(a) || b.map(containsReturn) == true
        case let .whileLoop(_, body), let .doWhile(body, _): containsReturn(body)
        case let .forLoop(_, _, _, body): containsReturn(body)
        case let .switchStatement(_, body, _): body.contains(where: containsReturn)
        default: false
        }
    }
}

/// Finds the names whose address is taken (`&name`, `&name.field`, `&name[i]`), so those
/// variables live in memory.
enum AddressScan {
    static func names(in statement: Stmt) -> Set<String> {
        var found = Set<String>()
        statement.walkExpressions { e in
            if case let .unary("&", target) = e.kind, let name = target.rootName { found.insert(name) }
        }
        return found
    }
}
