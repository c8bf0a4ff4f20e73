/// Which segment each 64-bit register points into, when every definition of that register
/// agrees (flow-insensitive, iterated to a fixpoint). Accesses through such a register compile
/// to one check (`SEG == S && offset + size <= length`) instead of a dispatch over every
/// segment. Safety does not rest on the inference: the generated check still compares the
/// segment bits and faults when they differ.
struct SegmentInference {
    enum Fact: Equatable {
        case unknown  // no definition seen yet
        case integer  // not a pointer (an index, a size)
        case segment(UInt16)
        case conflicting

        func meet(_ other: Fact) -> Fact {
            switch (self, other) {
            case (.unknown, let x), (let x, .unknown): x
            case let (a, b) where a == b: a
            default: .conflicting
            }
        }
    }

    private(set) var facts: [Fact]

    init(_ kernel: KernelCode) {
        facts = Array(repeating: .unknown, count: kernel.registers64)
        let localOffsets = Set(kernel.parameters.filter { $0.kind == .local }.map(\.argumentOffset))
        var changed = true
        var rounds = 0
        while changed && rounds < 32 {
            changed = false
            rounds += 1
            for i in kernel.instructions where i.opcode.definesRegisterA && i.opcode.operands.0 == .r64 {
                let fact = definition(i, localOffsets: localOffsets)
                let merged = facts[Int(i.a)].meet(fact)
                if merged != facts[Int(i.a)] {
                    facts[Int(i.a)] = merged
                    changed = true
                }
            }
        }
    }

    /// The segment of a pointer register, when it is known.
    func segment(of register: UInt32) -> UInt16? {
        if case let .segment(s) = facts[Int(register)] { return s }
        return nil
    }

    private func definition(_ i: Instruction, localOffsets: Set<Int>) -> Fact {
        func fact(_ r: UInt32) -> Fact { facts[Int(r)] }
        switch i.opcode {
        case .const64:
            let value = UInt64(i.c) << 32 | UInt64(i.b)
            let segment = UInt16(value >> Segment.shift)
            return segment == 0 ? .integer : .segment(segment)
        case .mov64: return fact(i.b)
        case .select64: return fact(i.c).meet(fact(i.d))
        case .add64:
            switch (fact(i.b), fact(i.c)) {
            case (.segment(let s), .integer), (.integer, .segment(let s)): return .segment(s)
            case (.integer, .integer): return .integer
            case (.unknown, _), (_, .unknown): return .unknown
            default: return .conflicting
            }
        case .sub64:
            switch (fact(i.b), fact(i.c)) {
            case (.segment(let s), .integer): return .segment(s)
            case (.integer, .integer): return .integer
            case (.unknown, _), (_, .unknown): return .unknown
            default: return .conflicting
            }
        case .ld64:
            // A `__local` pointer argument, loaded from the argument block.
            if case .segment(Segment.arguments) = fact(i.b), localOffsets.contains(Int(i.c)) { return .segment(Segment.local) }
            return .conflicting
        case .mul64, .divs64, .divu64, .rems64, .remu64, .and64, .or64, .xor64, .shl64, .shrs64, .shru64,
            .mins64, .minu64, .maxs64, .maxu64, .neg64, .not64:
            let operands = [fact(i.b), i.opcode.operands.2 == .r64 ? fact(i.c) : .integer]
            if operands.allSatisfy({ $0 == .integer }) { return .integer }
            return operands.contains(.unknown) && !operands.contains(where: { if case .segment = $0 { true } else { $0 == .conflicting } })
                ? .unknown : .conflicting
        case .sext32to64, .zext32to64, .cvts64f32, .cvtu64f32, .workItem:
            return .integer
        default:
            return .conflicting
        }
    }
}
