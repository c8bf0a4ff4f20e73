/// Helpers compiled once, as bytecode functions, instead of inlined at every call site.
///
/// Inlining multiplies: a helper that calls another six times, called eight times itself, puts
/// 48 copies of the inner one in the kernel, and the OpenCL C emitted from that bytecode was up
/// to 800× the source (random kernel 55223: 10.6 KB of source, 1 MB emitted, a first dispatch on
/// PoCL past the 60 s watchdog). A helper without barriers, whose parameters and result are
/// scalars, vectors or pointers, and which is not tiny becomes a `FunctionCode` of the kernel,
/// called with `Opcode.call`; every other helper is still inlined. Its private variables get a
/// region of the kernel's private memory of their own, after the kernel body's, as its registers
/// get a window: no two activations of a function overlap, so neither needs a stack.
extension CodeGen {
    /// Helpers below this many instructions stay inlined: a call's moves cost more than they save.
    static let smallestFunction = 40

    /// Calls a user function: as a bytecode function when it qualifies, else inlined.
    func callHelper(_ f: FunctionDefinition, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        guard !inlining.contains(f.name) else {
            throw error("recursion is not allowed in OpenCL C ('\(f.name)' calls itself)", location)
        }
        guard f.body != nil, args.count == f.parameters.count, let index = functionIndex(f) else { return try inlineCall(f, args, location) }
        var values: [Value] = []
        for (arg, parameter) in zip(args, f.parameters) {
            values.append(try convert(try rvalue(arg), to: parameter.type, location: arg.location))
        }
        for reg in values.flatMap(\.regs) { emit(reg.wide ? .callArg64 : .callArg32, reg.index) }
        emit(.call, UInt32(index))
        let result = newRegs(for: f.returnType)
        for reg in result { emit(reg.wide ? .callResult64 : .callResult32, reg.index) }
        return Value(type: f.returnType, regs: result)
    }

    /// The function's index among the kernel's functions, compiling it on first use; nil when the
    /// helper is to be inlined.
    private func functionIndex(_ f: FunctionDefinition) -> Int? {
        if let index = helperFunctions[f.name] { return index >= 0 ? index : nil }
        let index = compileFunction(f) ?? -1
        helperFunctions[f.name] = index
        return index >= 0 ? index : nil
    }

    private static func passesInRegisters(_ type: CType) -> Bool { type.isScalar || type.isVector || type.isPointer }

    /// Compiles `f` on its own, with registers from 0 (its window, placed by `placeFunctions`).
    /// Nil when it does not qualify; the caller then inlines it, which also reports any error.
    private func compileFunction(_ f: FunctionDefinition) -> Int? {
        guard let body = f.body, f.parameters.allSatisfy({ Self.passesInRegisters($0.type) && !$0.name.isEmpty }),
            f.returnType == .void || Self.passesInRegisters(f.returnType)
        else { return nil }
        let saved = (instructions, count32, count64, free32, free64, temps, scopes, scopeRegisters, constructs, privateBytes, localBytes)
        let savedCalls = (inlining, returnTargets, addressTaken, privatePointerSites)
        defer {
            (instructions, count32, count64, free32, free64, temps, scopes, scopeRegisters, constructs, privateBytes, localBytes) = saved
            (inlining, returnTargets, addressTaken, privatePointerSites) = savedCalls
        }
        instructions = []; count32 = 0; count64 = 0; free32 = []; free64 = []; temps = []
        scopes = [[:]]; scopeRegisters = [[]]; constructs = []; privateBytes = 0; localBytes = 0
        inlining.append(f.name); returnTargets = []; addressTaken = AddressScan.names(in: body); privatePointerSites = []
        do throws(CompileError) {
            var parameters: [FunctionRegister] = []
            for p in f.parameters {
                try declareVariable(name: p.name, type: p.type, space: .private, initialValue: nil, location: p.location)
                guard case let .registers(_, regs)? = scopes[0][p.name]?.place else { return nil }
                parameters += regs.map { FunctionRegister(index: $0.index, wide: $0.wide) }
                qualify(p.name, isConst: p.isConst)
            }
            let result = newRegs(for: f.returnType)
            returnTargets.append((result, f.returnType))
            emit(.block)
            constructs.append(.functionBlock)
            pushScope()
            try statement(body)
            popScope()
            constructs.removeLast()
            emit(.end)
            let callable = !instructions.contains { $0.opcode == .barrier || $0.opcode == .ret }
            guard callable, localBytes == 0, instructions.count >= Self.smallestFunction else { return nil }
            let code = FunctionCode(
                parameters: parameters, results: result.map { FunctionRegister(index: $0.index, wide: $0.wide) },
                registers32: count32, registers64: count64, instructions: instructions)
            helperCode.append((f.name, code, align(privateBytes, 16), privatePointerSites ?? []))
            return helperCode.count - 1
        } catch {
            return nil
        }
    }

    /// The kernel's functions with their registers moved to their windows, after the body's
    /// `count32`/`count64` registers, and their private memory after the body's; returns them, the
    /// kernel's register counts and its private bytes per work-item.
    func placeFunctions(location: SourceLocation) throws(CompileError) -> (
        functions: [FunctionCode], registers32: Int, registers64: Int, privateBytes: Int
    ) {
        var base32 = UInt32(count32), base64 = UInt32(count64), privateBase = UInt64(align(privateBytes, 16))
        var placed: [FunctionCode] = []
        for (name, code, bytes, sites) in helperCode {
            var f = code
            func move(_ r: FunctionRegister) -> FunctionRegister { FunctionRegister(index: r.index + (r.wide ? base64 : base32), wide: r.wide) }
            f.parameters = f.parameters.map(move)
            f.results = f.results.map(move)
            f.instructions = f.instructions.map { i in
                let kinds = i.opcode.operands
                var slots = i.slots
                for (slot, kind) in [kinds.0, kinds.1, kinds.2, kinds.3].enumerated() {
                    if kind == .r32 { slots[slot] += base32 }
                    if kind == .r64 { slots[slot] += base64 }
                }
                return Instruction(i.opcode, slots[0], slots[1], slots[2], slots[3])
            }
            for site in sites {
                // A pointer into the function's private variables: segment and offset, plus its base.
                let i = f.instructions[site]
                let pointer = UInt64(i.c) << 32 | UInt64(i.b)
                guard i.opcode == .const64, pointer >> Segment.shift == UInt64(Segment.private) else {
                    throw error("internal error: a private pointer of '\(name)' was lost while placing it", location)
                }
                let moved = pointer + privateBase
                f.instructions[site] = Instruction(.const64, i.a, UInt32(truncatingIfNeeded: moved), UInt32(truncatingIfNeeded: moved >> 32))
            }
            base32 += UInt32(f.registers32); base64 += UInt32(f.registers64); privateBase += UInt64(bytes)
            placed.append(f)
        }
        guard privateBase <= 64 << 10 else { throw error("private memory exceeds 64 KiB per work-item", location) }
        return (placed, Int(base32), Int(base64), Int(privateBase))
    }
}
