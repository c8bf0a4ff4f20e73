extension CodeGen {
    // MARK: - Loads and stores

    func load(_ place: Place) throws(CompileError) -> Value {
        switch place {
        case let .registers(type, regs):
            return Value(type: type, regs: regs)
        case let .memory(base, offset, type, space):
            if case let .array(element, _) = type {
                // An array used as a value is a pointer to its first element.
                return Value(type: .pointer(element, space), regs: [offsetPointer(base, by: offset)])
            }
            var regs: [Reg] = []
            for component in type.components {
                regs.append(loadScalar(component.type, base: base, offset: offset + component.offset))
            }
            return Value(type: type, regs: regs)
        case let .memoryComponents(base, offsets, type, _):
            return Value(type: type, regs: offsets.map { loadScalar(type.scalar, base: base, offset: $0) })
        }
    }

    private func loadScalar(_ type: CType, base: Reg, offset: Int) -> Reg {
        let reg = newReg(wide: type.isWide)
        let op: Opcode =
            switch type {
            case .integer(8, true): .ld8s
            case .integer(8, false), .bool: .ld8u
            case .integer(16, true): .ld16s
            case .integer(16, false): .ld16u
            default: type.isWide ? .ld64 : .ld32
            }
        emit(op, reg.index, base.index, UInt32(offset))
        return reg
    }

    func store(_ value: Value, to place: Place, location: SourceLocation) throws(CompileError) {
        let converted = try convert(value, to: place.type, location: location)
        switch place {
        case let .registers(_, regs):
            var sources = converted.regs
            let targets = Set(regs)
            if zip(regs, sources).contains(where: { target, source in target != source && targets.contains(source) }) {
                // A permutation of the same registers (`v.xy = v.yx`): read everything before writing.
                sources = sources.map { source in
                    let copy = newReg(wide: source.wide)
                    emit(source.wide ? .mov64 : .mov32, copy.index, source.index)
                    return copy
                }
            }
            for (target, source) in zip(regs, sources) where target != source {
                emit(target.wide ? .mov64 : .mov32, target.index, source.index)
            }
        case let .memory(base, offset, type, space):
            try checkWritable(space, location)
            for (component, source) in zip(type.components, converted.regs) {
                storeScalar(component.type, source, base: base, offset: offset + component.offset)
            }
        case let .memoryComponents(base, offsets, type, space):
            try checkWritable(space, location)
            for (componentOffset, source) in zip(offsets, converted.regs) {
                storeScalar(type.scalar, source, base: base, offset: componentOffset)
            }
        }
    }

    func checkWritable(_ space: AddressSpace, _ location: SourceLocation) throws(CompileError) {
        if space == .constant { throw error("cannot write to __constant memory", location) }
    }

    func storeScalar(_ type: CType, _ source: Reg, base: Reg, offset: Int) {
        let op: Opcode =
            switch type.size {
            case 1: .st8
            case 2: .st16
            case 8: .st64
            default: .st32
            }
        emit(op, base.index, source.index, UInt32(offset))
    }

    /// `base + bytes` as a new pointer register (or `base` itself for 0).
    func offsetPointer(_ base: Reg, by bytes: Int) -> Reg {
        guard bytes != 0 else { return base }
        let result = newReg(wide: true)
        emit(.add64, result.index, base.index, constant64(UInt64(bitPattern: Int64(bytes))).index)
        return result
    }

    // MARK: - Conversions

    /// Converts for assignment, initialisation, arguments and casts (C's implicit conversions,
    /// scalar-to-vector broadcast, and component-wise vector casts).
    func convert(_ value: Value, to type: CType, location: SourceLocation, explicit: Bool = false) throws(CompileError) -> Value {
        if value.type == type { return value }
        switch (value.type, type) {
        case (.pointer, .pointer):
            guard case let .pointer(_, from) = value.type, case let .pointer(_, to) = type, from == to else {
                throw error("cannot convert \(value.type) to \(type): pointers to different address spaces", location)
            }
            return Value(type: type, regs: value.regs)
        case (.pointer, .integer(64, _)) where explicit, (.pointer, .bool):
            if type == .bool { return try truthValue(value, location: location) }
            return Value(type: type, regs: value.regs)
        case (.pointer, .integer) where explicit:
            // Narrower than a pointer: its low bits, as C's implementation-defined cast gives them
            // with clang (`(uint)p % 16` is how kernels test alignment).
            return Value(type: type, regs: [try convertScalar(value.regs[0], from: .ulong, to: type)])
        case (.integer, .pointer) where explicit:
            return Value(type: type, regs: [try convertScalar(value.regs[0], from: value.type, to: .ulong)])
        case (.integer, .pointer):
            throw error("cannot convert \(value.type) to \(type) without a cast", location)
        case let (.vector(fromElement, n), .vector(toElement, m)):
            guard n == m else { throw error("cannot convert \(value.type) to \(type): different sizes", location) }
            guard explicit || fromElement == toElement else {
                throw error("cannot convert \(value.type) to \(type) implicitly; use convert_\(type)()", location)
            }
            var regs: [Reg] = []
            for reg in value.regs { regs.append(try convertScalar(reg, from: fromElement, to: toElement)) }
            return Value(type: type, regs: regs)
        case let (from, .vector(element, n)) where from.isScalar:
            let scalar = try convertScalar(value.regs[0], from: from, to: element)
            return Value(type: type, regs: Array(repeating: scalar, count: n))
        case let (from, to) where from.isScalar && to.isScalar:
            return Value(type: to, regs: [try convertScalar(value.regs[0], from: from, to: to)])
        case (.structure, .structure), (.array, _), (_, .array):
            throw error("cannot convert \(value.type) to \(type)", location)
        default:
            throw error("cannot convert \(value.type) to \(type)", location)
        }
    }

    /// Scalar conversions with C semantics (bool: non-zero → 1; narrowing wraps; float → int truncates).
    func convertScalar(_ reg: Reg, from: CType, to: CType) throws(CompileError) -> Reg {
        if from == to { return reg }
        if to == .bool {
            let zero = from.isWide ? constant64(0) : constant32(0)
            let result = newReg(wide: false)
            if from.isFloat {
                emit(Self.floating(.fne, for: from), result.index, reg.index, zero.index)
            } else {
                emit(from.isWide ? .ne64 : .ne32, result.index, reg.index, zero.index)
            }
            return result
        }
        switch (from, to) {
        case (.float, .double), (.double, .float):
            let result = newReg(wide: to.isDouble)
            emit(to.isDouble ? .cvtf64f32 : .cvtf32f64, result.index, reg.index)
            return result
        case (.double, .integer(let bits, let signed)):
            let result = newReg(wide: bits == 64)
            emit(bits == 64 ? (signed ? .cvts64f64 : .cvtu64f64) : (signed ? .cvts32f64 : .cvtu32f64), result.index, reg.index)
            return bits < 32 ? narrow(result, bits: bits, signed: signed) : result
        case (.bool, .double):
            let result = newReg(wide: true)
            emit(.cvtf64u32, result.index, reg.index)
            return result
        case (.integer(let b, let s), .double):
            let result = newReg(wide: true)
            emit(b == 64 ? (s ? .cvtf64s64 : .cvtf64u64) : (s ? .cvtf64s32 : .cvtf64u32), result.index, reg.index)
            return result
        case (.float, .integer(let bits, let signed)):
            let result = newReg(wide: bits == 64)
            emit(bits == 64 ? (signed ? .cvts64f32 : .cvtu64f32) : (signed ? .cvts32f32 : .cvtu32f32), result.index, reg.index)
            return bits < 32 ? narrow(result, bits: bits, signed: signed) : result
        case (.bool, .float):
            let result = newReg(wide: false)
            emit(.cvtf32u32, result.index, reg.index)
            return result
        case (.integer(let b, let s), .float):
            let result = newReg(wide: false)
            emit(b == 64 ? (s ? .cvtf32s64 : .cvtf32u64) : (s ? .cvtf32s32 : .cvtf32u32), result.index, reg.index)
            return result
        default:
            break
        }
        let fromBits = from == .bool ? 32 : from.size * 8, toBits = to.size * 8
        let fromSigned = from.isSigned, toSigned = to.isSigned
        if toBits == 64 {
            if fromBits == 64 { return reg }
            let result = newReg(wide: true)
            emit(fromSigned ? .sext32to64 : .zext32to64, result.index, reg.index)
            return result
        }
        var narrowed = reg
        if fromBits == 64 {
            narrowed = newReg(wide: false)
            emit(.trunc64to32, narrowed.index, reg.index)
        }
        if toBits < 32 && (toBits < fromBits || toSigned != fromSigned) { return narrow(narrowed, bits: toBits, signed: toSigned) }
        return narrowed
    }

    func narrow(_ reg: Reg, bits: Int, signed: Bool) -> Reg {
        let result = newReg(wide: false)
        emit(bits == 8 ? (signed ? .sext8 : .zext8) : (signed ? .sext16 : .zext16), result.index, reg.index)
        return result
    }

    /// A scalar's truth as an int 0/1 register.
    func truthValue(_ value: Value, location: SourceLocation) throws(CompileError) -> Value {
        guard value.type.isScalar || value.type.isPointer else {
            throw error("\(value.type) cannot be used as a condition", location)
        }
        if value.type == .bool { return Value(type: .int, regs: value.regs) }
        return Value(type: .int, regs: [try convertScalar(value.regs[0], from: value.type.isPointer ? .ulong : value.type, to: .bool)])
    }

    // MARK: - Usual arithmetic conversions

    /// C's integer promotions.
    func promoted(_ type: CType) -> CType { CArithmetic.promoted(type) }

    /// The common type of a binary arithmetic operation.
    func commonType(_ a: CType, _ b: CType, location: SourceLocation) throws(CompileError) -> CType {
        switch (a, b) {
        case let (.vector(ea, n), .vector(eb, m)):
            guard n == m, ea == eb else { throw error("operands \(a) and \(b) must have the same vector type", location) }
            return a
        case let (.vector, s) where s.isScalar:
            return a
        case let (s, .vector) where s.isScalar:
            return b
        default:
            break
        }
        guard let common = CArithmetic.commonType(a, b) else { throw error("invalid operands \(a) and \(b)", location) }
        return common
    }
}
