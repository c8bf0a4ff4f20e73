extension RangeAnalysis {
    /// The state on one side of a branch on a register holding `condition`; nil when that side
    /// cannot be taken.
    func refine(_ state: State?, _ condition: RegisterCondition?, _ taken: Bool) -> State? {
        guard var state, let condition else { return state }
        func range(_ register: UInt32) -> ValueRange { condition.wide ? state.wide[Int(register)] : state.narrow[Int(register)] }
        var x = range(condition.lhs), y = range(condition.rhs)
        // An ordering in the other signedness than the register's view says something only
        // where both views agree (equality holds in either).
        let ordering = condition.relation == .less || condition.relation == .lessOrEqual
        if ordering, condition.wide == condition.signed {
            let agree = condition.wide ? x.upper <= Int128(Int64.max) && y.upper <= Int128(Int64.max) : x.isNonNegative && y.isNonNegative
            guard agree else { return state }
        }
        switch (condition.relation, condition.holds == taken) {
        case (.less, true): (x.upper, y.lower) = (min(x.upper, y.upper - 1), max(y.lower, x.lower + 1))
        case (.less, false): (x.lower, y.upper) = (max(x.lower, y.lower), min(y.upper, x.upper))
        case (.lessOrEqual, true): (x.upper, y.lower) = (min(x.upper, y.upper), max(y.lower, x.lower))
        case (.lessOrEqual, false): (x.lower, y.upper) = (max(x.lower, y.lower + 1), min(y.upper, x.upper - 1))
        case (.equal, true), (.notEqual, false):
            x = ValueRange(lower: max(x.lower, y.lower), upper: min(x.upper, y.upper))
            y = x
        default: return state
        }
        if x.isEmpty || y.isEmpty { return nil }
        if condition.wide {
            state.wide[Int(condition.lhs)] = x
            state.wide[Int(condition.rhs)] = y
            // A wide value within 0...Int32.max was extended from that same non-negative value.
            for (register, range) in [(condition.lhs, x), (condition.rhs, y)] where range.upper <= Int128(Int32.max) {
                guard let narrow = state.extensions[register] else { continue }
                let old = state.narrow[Int(narrow)]
                let bounded = ValueRange(lower: max(old.lower, range.lower), upper: min(old.upper, range.upper))
                if bounded.isEmpty { return nil }
                state.narrow[Int(narrow)] = bounded
            }
        } else {
            state.narrow[Int(condition.lhs)] = x
            state.narrow[Int(condition.rhs)] = y
        }
        return state
    }

    /// Applies one straight-line instruction to `state`, and notes where a memory access goes.
    mutating func transfer(_ i: Instruction, at index: Int, _ state: inout State) {
        if let access = i.opcode.memoryAccess {
            let address = state.wide[Int(access.store ? i.a : i.b)] + .exactly(Int128(i.c))
            note(access: index, address: address, size: access.size)
            if i.opcode == .ld64, let value = address.value, let pointer = localPointer(at: value) {
                knownLoads[index] = pointer
                define(wide: i.a, .exactly(Int128(pointer)), in: &state)
                return
            }
        }
        guard i.opcode.definesRegisterA else { return }
        if i.opcode.operands.0 == .r64 {
            define(wide: i.a, wideResult(i, state) ?? .uint64, in: &state)
            if i.opcode == .sext32to64 || i.opcode == .zext32to64 { state.extensions[i.a] = i.b }
        } else {
            let (result, condition) = narrowResult(i, state)
            define(narrow: i.a, result ?? .int32, condition: condition, in: &state)
        }
    }

    private func localPointer(at address: Int128) -> UInt64? {
        let offset = address - Int128(Segment.pointer(Segment.arguments))
        guard offset >= 0, offset < Int128(Int.max) else { return nil }
        return specialization?.localPointers[Int(offset)]
    }

    /// Records whether this visit of an access stays in local or private memory.
    private mutating func note(access index: Int, address: ValueRange, size: Int) {
        func inside(_ segment: UInt16, _ length: Int) -> Bool {
            let base = Int128(Segment.pointer(segment))
            return ValueRange(lower: base, upper: base + Int128(length - size)).contains(address)
        }
        let segment: UInt16? =
            inside(Segment.local, localBytes)
            ? Segment.local
            : inside(Segment.private, kernel.privateBytesPerItem) ? Segment.private : nil
        let merged: UInt16? =
            switch visits[index] {
            case nil: segment
            case let earlier?: earlier == segment ? segment : nil
            }
        visits[index] = .some(merged)
    }

    private func define(wide register: UInt32, _ value: ValueRange, in state: inout State) {
        state.wide[Int(register)] = value
        state.conditions = state.conditions.filter { !$0.value.mentions(register, wide: true) }
        state.extensions[register] = nil
    }

    private func define(narrow register: UInt32, _ value: ValueRange, condition: RegisterCondition?, in state: inout State) {
        state.narrow[Int(register)] = value
        state.conditions = state.conditions.filter { $0.key != register && !$0.value.mentions(register, wide: false) }
        state.extensions = state.extensions.filter { $0.value != register }
        if let condition, !condition.mentions(register, wide: false) { state.conditions[register] = condition }
    }

    private func narrowResult(_ i: Instruction, _ state: State) -> (ValueRange?, RegisterCondition?) {
        func n(_ r: UInt32) -> ValueRange { state.narrow[Int(r)] }
        let b = i.opcode.operands.1 == .r32 ? n(i.b) : .int32, c = i.opcode.operands.2 == .r32 ? n(i.c) : .int32
        let shift = c.value.flatMap { (0...31).contains($0) ? Int($0) : nil }
        let divisor = c.value.flatMap { $0 > 0 ? $0 : nil }
        switch i.opcode {
        case .const32: return (.exactly(Int128(Int32(bitPattern: i.b))), nil)
        case .mov32: return (b, state.conditions[i.b])
        case .select32: return (c.hull(n(i.d)), nil)
        case .add32: return ((b + c).within(.int32), nil)
        case .sub32: return ((b - c).within(.int32), nil)
        case .mul32: return ((b * c)?.within(.int32), nil)
        case .and32 where b.isNonNegative || c.isNonNegative:
            return (ValueRange(lower: 0, upper: min(b.isNonNegative ? b.upper : c.upper, c.isNonNegative ? c.upper : b.upper)), nil)
        case .shl32 where b.isNonNegative && shift != nil:
            return (ValueRange(lower: b.lower << shift!, upper: b.upper << shift!).within(.int32), nil)
        case .shrs32 where b.isNonNegative && shift != nil, .shru32 where b.isNonNegative && shift != nil:
            return (ValueRange(lower: b.lower >> shift!, upper: b.upper >> shift!), nil)
        case .mins32 where true, .minu32 where b.isNonNegative && c.isNonNegative:
            return (ValueRange(lower: min(b.lower, c.lower), upper: min(b.upper, c.upper)), nil)
        case .maxs32 where true, .maxu32 where b.isNonNegative && c.isNonNegative:
            return (ValueRange(lower: max(b.lower, c.lower), upper: max(b.upper, c.upper)), nil)
        case .divs32 where b.isNonNegative && divisor != nil, .divu32 where b.isNonNegative && divisor != nil:
            return (ValueRange(lower: b.lower / divisor!, upper: b.upper / divisor!), nil)
        case .rems32 where b.isNonNegative && divisor != nil, .remu32 where b.isNonNegative && divisor != nil:
            return (ValueRange(lower: 0, upper: min(b.upper, divisor! - 1)), nil)
        case .eq32, .ne32, .lts32, .ltu32, .les32, .leu32, .eq64, .ne64, .lts64, .ltu64, .les64, .leu64:
            return (.boolean, comparison(i, state))
        case .zext8: return (b.within(ValueRange(lower: 0, upper: 255)), nil)
        case .zext16: return (b.within(ValueRange(lower: 0, upper: 65535)), nil)
        case .sext8, .ld8s: return (ValueRange(lower: -128, upper: 127), nil)
        case .sext16, .ld16s: return (ValueRange(lower: -32768, upper: 32767), nil)
        case .ld8u: return (ValueRange(lower: 0, upper: 255), nil)
        case .ld16u: return (ValueRange(lower: 0, upper: 65535), nil)
        case .popcount32, .clz32: return (ValueRange(lower: 0, upper: 32), nil)
        case .trunc64to32:
            let wide = state.wide[Int(i.b)]
            return (ValueRange(lower: 0, upper: Int128(Int32.max)).contains(wide) ? wide : nil, nil)
        default: return (nil, nil)
        }
    }

    /// The relation a compare's 0/1 result stands for; a compare of such a result with zero
    /// stands for the same relation or its negation.
    private func comparison(_ i: Instruction, _ state: State) -> RegisterCondition? {
        let wide = i.opcode.operands.1 == .r64
        if !wide, i.opcode == .eq32 || i.opcode == .ne32 {
            let negate = i.opcode == .eq32
            for (flag, other) in [(i.b, i.c), (i.c, i.b)] where state.narrow[Int(other)] == .zero {
                if var condition = state.conditions[flag] {
                    condition.holds = condition.holds != negate
                    return condition
                }
            }
        }
        let relation: RegisterCondition.Relation
        switch i.opcode {
        case .eq32, .eq64: relation = .equal
        case .ne32, .ne64: relation = .notEqual
        case .lts32, .ltu32, .lts64, .ltu64: relation = .less
        default: relation = .lessOrEqual
        }
        let signed = [.lts32, .les32, .lts64, .les64].contains(i.opcode)
        return RegisterCondition(relation: relation, wide: wide, signed: signed, lhs: i.b, rhs: i.c)
    }

    private func wideResult(_ i: Instruction, _ state: State) -> ValueRange? {
        func w(_ r: UInt32) -> ValueRange { state.wide[Int(r)] }
        var narrow: ValueRange { state.narrow[Int(i.b)] }
        let (b, c) = i.opcode.operands.1 == .r64 ? (w(i.b), i.opcode.operands.2 == .r64 ? w(i.c) : .zero) : (.zero, .zero)
        let shift = c.value.flatMap { (0...63).contains($0) ? Int($0) : nil }
        let divisor = c.value.flatMap { $0 > 0 ? $0 : nil }
        let signedView = ValueRange(lower: 0, upper: Int128(Int64.max))
        switch i.opcode {
        case .const64: return .exactly(Int128(UInt64(i.c) << 32 | UInt64(i.b)))
        case .mov64: return w(i.b)
        case .select64: return w(i.c).hull(w(i.d))
        case .add64: return (b + c).within(.uint64)
        case .sub64: return (b - c).within(.uint64)
        case .mul64: return (b * c)?.within(.uint64)
        case .and64: return ValueRange(lower: 0, upper: min(b.upper, c.upper))
        case .shl64 where shift != nil: return ValueRange(lower: b.lower << shift!, upper: b.upper << shift!).within(.uint64)
        case .shru64 where shift != nil, .shrs64 where shift != nil && signedView.contains(b):
            return ValueRange(lower: b.lower >> shift!, upper: b.upper >> shift!)
        case .minu64 where true, .mins64 where signedView.contains(b) && signedView.contains(c):
            return ValueRange(lower: min(b.lower, c.lower), upper: min(b.upper, c.upper))
        case .maxu64 where true, .maxs64 where signedView.contains(b) && signedView.contains(c):
            return ValueRange(lower: max(b.lower, c.lower), upper: max(b.upper, c.upper))
        // Signed division needs the divisor positive as a signed value too.
        case .divu64 where divisor != nil, .divs64 where divisor != nil && signedView.contains(b) && signedView.contains(c):
            return ValueRange(lower: b.lower / divisor!, upper: b.upper / divisor!)
        case .remu64 where divisor != nil, .rems64 where divisor != nil && signedView.contains(b) && signedView.contains(c):
            return ValueRange(lower: 0, upper: min(b.upper, divisor! - 1))
        case .sext32to64: return narrow.isNonNegative ? narrow : nil
        case .zext32to64: return narrow.isNonNegative ? narrow : ValueRange(lower: 0, upper: Int128(UInt32.max))
        case .workItem: return workItem(WorkItemQuery(rawValue: i.b), dimension: Int(i.c))
        default: return nil
        }
    }

    /// The range of a work-item query under this specialisation.
    private func workItem(_ query: WorkItemQuery?, dimension: Int) -> ValueRange? {
        guard let size = specialization?.localSize, size.indices.contains(dimension), size[dimension] > 0 else { return nil }
        switch query {
        case .localID: return ValueRange(lower: 0, upper: Int128(size[dimension] - 1))
        case .localSize: return .exactly(Int128(size[dimension]))
        default: return nil
        }
    }
}

extension Opcode {
    /// The size of a load or store and which it is; nil for everything else (atomics included).
    var memoryAccess: (size: Int, store: Bool)? {
        switch self {
        case .ld8s, .ld8u: (1, false)
        case .ld16s, .ld16u: (2, false)
        case .ld32: (4, false)
        case .ld64: (8, false)
        case .st8: (1, true)
        case .st16: (2, true)
        case .st32: (4, true)
        case .st64: (8, true)
        default: nil
        }
    }
}
