/// Checks a module before any backend sees it: every operand in range, control flow properly
/// nested, parameters consistent with the argument block, sizes within limits. A module that
/// passes cannot make an interpreter index outside its register files or unbalance its
/// control stack; memory accesses are checked when they run.
public enum Verifier {
    public struct Limits: Sendable {
        public var maxRegisters = 4096
        public var maxPrivateBytesPerItem = 64 << 10
        public var maxLocalBytes = 64 << 10
        public var maxArgumentBytes = 4096
        public var maxNesting = 256
        public var maxFunctions = 1024
        /// Instructions of a kernel once every call is expanded (the interpreter runs that form).
        public var maxExpandedInstructions = 1 << 21
        public init() {}
    }

    public static func verify(_ module: BytecodeModule, limits: Limits = Limits()) throws(BytecodeError) {
        var names = Set<String>()
        for kernel in module.kernels {
            guard names.insert(kernel.name).inserted else { throw BytecodeError("two kernels are named '\(kernel.name)'") }
            try verify(kernel, limits: limits)
        }
    }

    static func verify(_ k: KernelCode, limits: Limits) throws(BytecodeError) {
        func fail(_ message: String) -> BytecodeError { BytecodeError("kernel '\(k.name)': \(message)") }
        guard k.registers32 >= 0, k.registers32 <= limits.maxRegisters, k.registers64 >= 0, k.registers64 <= limits.maxRegisters else {
            throw fail("register counts \(k.registers32)/\(k.registers64) exceed \(limits.maxRegisters)")
        }
        guard (0...limits.maxPrivateBytesPerItem).contains(k.privateBytesPerItem) else {
            throw fail("private memory of \(k.privateBytesPerItem) bytes per work-item exceeds \(limits.maxPrivateBytesPerItem)")
        }
        guard (0...limits.maxLocalBytes).contains(k.staticLocalBytes) else {
            throw fail("local memory of \(k.staticLocalBytes) bytes exceeds \(limits.maxLocalBytes)")
        }
        guard (0...limits.maxArgumentBytes).contains(k.argumentBytes) else { throw fail("argument block of \(k.argumentBytes) bytes is too large") }
        guard k.parameters.count <= BytecodeModule.maxParameters else {
            throw fail("\(k.parameters.count) parameters; the limit is \(BytecodeModule.maxParameters)")
        }
        if let size = k.requiredWorkGroupSize {
            guard size.count == 3, size.allSatisfy({ (1...1024).contains($0) }) else { throw fail("invalid reqd_work_group_size \(size)") }
        }
        for p in k.parameters {
            switch p.kind {
            case .value:
                guard p.size > 0, p.argumentOffset >= 0, p.argumentOffset + p.size <= k.argumentBytes else {
                    throw fail("parameter '\(p.name)' (\(p.size) bytes at \(p.argumentOffset)) lies outside the argument block")
                }
            case .local:
                guard p.argumentOffset >= 0, p.argumentOffset + 8 <= k.argumentBytes else {
                    throw fail("local parameter '\(p.name)' lies outside the argument block")
                }
            case .buffer:
                guard p.addressSpace == .global || p.addressSpace == .constant else {
                    throw fail("buffer parameter '\(p.name)' must be __global or __constant")
                }
            }
        }
        guard k.functions.count <= limits.maxFunctions else { throw fail("\(k.functions.count) functions; the limit is \(limits.maxFunctions)") }
        guard k.functions.allSatisfy({ $0.registers32 >= 0 && $0.registers64 >= 0 }), k.bodyRegisters32 >= 0, k.bodyRegisters64 >= 0 else {
            throw fail("the functions' register windows exceed the kernel's register counts")
        }
        // Per function: its size and nesting once every call in it is expanded (Calls.swift).
        var expanded: [(size: Int, depth: Int)] = []
        for (index, (f, window)) in zip(k.functions, k.functionWindows).enumerated() {
            func failHere(_ message: String) -> BytecodeError { fail("function \(index): \(message)") }
            for r in f.parameters + f.results {
                guard (r.wide ? window.r64 : window.r32).contains(Int(r.index)) else { throw failHere("signature register outside its window") }
            }
            guard Set(f.parameters).count == f.parameters.count else { throw failHere("two parameters share a register") }
            let checked = try body(
                f.instructions, window32: window.r32, window64: window.r64, callable: k.functions[..<index], expanded: expanded, inFunction: true,
                limits: limits, fail: failHere)
            let zeroed = f.registersReadBeforeWritten
            expanded.append((min(checked.size &+ zeroed.r32.count &+ zeroed.r64.count, Int.max / 4), checked.depth))
        }
        let whole = try body(
            k.instructions, window32: 0..<k.bodyRegisters32, window64: 0..<k.bodyRegisters64, callable: k.functions[...], expanded: expanded,
            inFunction: false, limits: limits, fail: fail)
        guard whole.size <= limits.maxExpandedInstructions else {
            throw fail("\(whole.size) instructions once its calls are expanded; the limit is \(limits.maxExpandedInstructions)")
        }
        guard whole.depth <= limits.maxNesting else { throw fail("control flow nested deeper than \(limits.maxNesting) through calls") }
    }

    /// Checks one body (the kernel's, or a function's) and returns its size and nesting with every
    /// call expanded. `callable` are the functions it may call, `expanded` their sizes and nestings.
    private static func body(
        _ code: [Instruction], window32: Range<Int>, window64: Range<Int>, callable: ArraySlice<FunctionCode>,
        expanded: [(size: Int, depth: Int)], inFunction: Bool, limits: Limits, fail: (String) -> BytecodeError
    ) throws(BytecodeError) -> (size: Int, depth: Int) {
        enum Frame { case ifThen, ifElse, loop, block }
        var stack: [Frame] = []
        var size = 0, depth = 0
        var linked = 0, links = 0  // callArg and callResult instructions: those next to their call, and all
        for (index, i) in code.enumerated() {
            let kinds = i.opcode.operands
            for (slot, kind) in zip(i.slots, [kinds.0, kinds.1, kinds.2, kinds.3]) {
                switch kind {
                case .r32:
                    guard window32.contains(Int(slot)) else { throw fail("instruction \(index) (\(i.opcode.mnemonic)) uses r\(slot) outside r\(window32)") }
                case .r64:
                    guard window64.contains(Int(slot)) else { throw fail("instruction \(index) (\(i.opcode.mnemonic)) uses q\(slot) outside q\(window64)") }
                case .none: guard slot == 0 else { throw fail("instruction \(index) (\(i.opcode.mnemonic)) has a value in an unused slot") }
                case .immediate: break
                }
            }
            if inFunction, i.opcode == .ret || i.opcode == .barrier {
                throw fail("instruction \(index): \(i.opcode.mnemonic) is not allowed in a function")
            }
            size = min(size + 1, Int.max / 4)
            switch i.opcode {
            case .ifTrue: stack.append(.ifThen)
            case .orElse:
                guard stack.last == .ifThen else { throw fail("instruction \(index): else without if") }
                stack[stack.count - 1] = .ifElse
            case .loop: stack.append(.loop)
            case .block: stack.append(.block)
            case .end:
                guard stack.popLast() != nil else { throw fail("instruction \(index): end without an open construct") }
            case .breakOut:
                let breakable = stack.filter { $0 == .loop || $0 == .block }.count
                guard Int(i.a) < breakable else { throw fail("instruction \(index): break \(i.a) leaves only \(breakable) enclosing loops or blocks") }
            case .workItem:
                guard WorkItemQuery(rawValue: i.b) != nil, i.c < 3 else { throw fail("instruction \(index): bad work-item query \(i.b)/\(i.c)") }
            case .callArg32, .callArg64, .callResult32, .callResult64: links += 1
            case .call:
                guard callable.indices.contains(Int(i.a)) else { throw fail("instruction \(index): call \(i.a) names no earlier function") }
                let f = callable[Int(i.a)]
                func matches(_ at: Int, _ register: FunctionRegister, argument: Bool) -> Bool {
                    guard code.indices.contains(at) else { return false }
                    let wanted: Opcode = argument ? (register.wide ? .callArg64 : .callArg32) : (register.wide ? .callResult64 : .callResult32)
                    return code[at].opcode == wanted
                }
                let first = index - f.parameters.count, last = index + f.results.count
                guard first >= 0, f.parameters.enumerated().allSatisfy({ matches(first + $0.offset, $0.element, argument: true) }),
                    f.results.enumerated().allSatisfy({ matches(index + 1 + $0.offset, $0.element, argument: false) })
                else {
                    throw fail("instruction \(index): call \(i.a) needs \(f.parameters.count) arguments before it and \(f.results.count) results after it")
                }
                let before = first > 0 ? code[first - 1].opcode : nil, after = last + 1 < code.count ? code[last + 1].opcode : nil
                guard before != .callArg32, before != .callArg64, after != .callResult32, after != .callResult64 else {
                    throw fail("instruction \(index): call \(i.a) has more arguments or results than its function")
                }
                linked += f.parameters.count + f.results.count
                size = min(size + expanded[Int(i.a)].size, Int.max / 4)
                depth = max(depth, stack.count + expanded[Int(i.a)].depth)
            default: break
            }
            depth = max(depth, stack.count)
            guard stack.count <= limits.maxNesting else { throw fail("control flow nested deeper than \(limits.maxNesting)") }
        }
        guard stack.isEmpty else { throw fail("\(stack.count) constructs are not closed") }
        guard linked == links else { throw fail("\(links - linked) call arguments or results belong to no call") }
        return (size, depth)
    }
}
