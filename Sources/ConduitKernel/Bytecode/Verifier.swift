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
        enum Frame { case ifThen, ifElse, loop, block }
        var stack: [Frame] = []
        for (index, i) in k.instructions.enumerated() {
            let kinds = i.opcode.operands
            for (slot, kind) in zip(i.slots, [kinds.0, kinds.1, kinds.2, kinds.3]) {
                switch kind {
                case .r32: guard Int(slot) < k.registers32 else { throw fail("instruction \(index) (\(i.opcode.mnemonic)) uses r\(slot) of \(k.registers32)") }
                case .r64: guard Int(slot) < k.registers64 else { throw fail("instruction \(index) (\(i.opcode.mnemonic)) uses q\(slot) of \(k.registers64)") }
                case .none: guard slot == 0 else { throw fail("instruction \(index) (\(i.opcode.mnemonic)) has a value in an unused slot") }
                case .immediate: break
                }
            }
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
            default: break
            }
            guard stack.count <= limits.maxNesting else { throw fail("control flow nested deeper than \(limits.maxNesting)") }
        }
        guard stack.isEmpty else { throw fail("\(stack.count) constructs are not closed") }
    }
}
