extension CodeGen {
    // MARK: - Rvalues

    func rvalue(_ e: Expr) throws(CompileError) -> Value {
        switch e.kind {
        case let .integer(value, type):
            return Value(type: type, regs: [type.isWide ? constant64(value) : constant32(UInt32(truncatingIfNeeded: value))])
        case let .floating(value, type):
            return floatConstant(value, type)
        case .identifier, .index, .member:
            return try load(try placeOrValue(e))
        case let .unary(op, inner):
            return try unary(op, inner, e.location)
        case let .postfix(op, inner):
            return try incrementDecrement(inner, by: op == "++" ? 1 : -1, returnOld: true, e.location)
        case let .binary(op, l, r):
            if op == "&&" || op == "||" { return try logical(op, l, r, e.location) }
            if op == "+" || op == "-", case let .binary("*", x, y) = l.kind {
                return try contracted(op, product: (try rvalue(x), try rvalue(y)), productFirst: true, other: try rvalue(r), e.location)
            }
            if op == "+" || op == "-", case let .binary("*", x, y) = r.kind {
                let other = try rvalue(l)
                return try contracted(op, product: (try rvalue(x), try rvalue(y)), productFirst: false, other: other, e.location)
            }
            return try binary(op, try rvalue(l), try rvalue(r), e.location)
        case let .assign(op, target, source):
            let place = try assignmentTarget(target)
            var value: Value
            if op == "+=" || op == "-=", case let .binary("*", x, y) = source.kind {
                let old = try load(place, e.location)
                value = try contracted(String(op.dropLast()), product: (try rvalue(x), try rvalue(y)), productFirst: false, other: old, e.location)
            } else {
                value = try rvalue(source)
                if op != "=" {
                    value = try binary(String(op.dropLast()), try load(place, e.location), value, e.location)
                }
            }
            let converted = try convert(value, to: place.type, location: e.location)
            try store(converted, to: place, location: e.location)
            return converted
        case let .conditional(c, a, b):
            return try conditional(c, a, b, e.location)
        case let .comma(a, b):
            _ = try rvalue(a)
            return try rvalue(b)
        case let .call(name, arguments):
            return try call(name, arguments, e.location)
        case let .cast(type, inner):
            if type == .void { _ = try rvalue(inner); return Value(type: .void, regs: []) }
            return try convert(try rvalue(inner), to: type, location: e.location, explicit: true)
        case let .vectorLiteral(type, items):
            return try vectorLiteral(type, items, e.location)
        case let .sizeofType(type):
            return Value(type: .sizeT, regs: [constant64(UInt64(type.size))])
        case let .sizeofExpr(inner):
            return Value(type: .sizeT, regs: [constant64(UInt64(try typeOf(inner).size))])
        case .initializerList:
            throw error("an initialiser list is only allowed in a declaration", e.location)
        }
    }

    /// The type of an expression without emitting code that matters (sizeof). Emits into a scratch buffer.
    func typeOf(_ e: Expr) throws(CompileError) -> CType {
        let saved = (instructions, temps, count32, count64, free32, free64, privatePointerSites)
        defer { (instructions, temps, count32, count64, free32, free64, privatePointerSites) = saved }
        if case let .identifier(name) = e.kind, let v = lookup(name) { return v.type }
        return try rvalue(e).type
    }

    // MARK: - Places

    /// C's rule for `const`: a `const` variable (or a part of one) is not assignable, and
    /// neither is anything reached through a pointer to `const` (`p[i]`, `*p`, `p->f`).
    func checkAssignable(_ target: Expr) throws(CompileError) {
        func pointer(_ base: Expr) throws(CompileError) {
            if case let .identifier(name) = base.kind, let variable = lookup(name), variable.constPointee {
                throw error("cannot write through '\(name)': it points to const \(variable.type)", target.location)
            }
        }
        switch target.kind {
        case let .identifier(name):
            if let variable = lookup(name), variable.isConst { throw error("cannot assign to '\(name)': it is const", target.location) }
        case let .unary("*", base), let .member(base, _, arrow: true):
            try pointer(base)
        case let .index(base, _):
            if case let .identifier(name) = base.kind, lookup(name)?.type.isPointer == true { try pointer(base) } else { try checkAssignable(base) }
        case let .member(base, _, arrow: false):
            try checkAssignable(base)
        default:
            break
        }
    }

    func lvalue(_ e: Expr) throws(CompileError) -> Place {
        switch e.kind {
        case let .identifier(name):
            guard let variable = lookup(name) else { throw error("use of undeclared identifier '\(name)'", e.location) }
            return variable.place
        case let .unary("*", inner):
            let pointer = try rvalue(inner)
            guard case let .pointer(pointee, space) = pointer.type else { throw error("cannot dereference \(pointer.type)", e.location) }
            guard pointee != .void else { throw error("cannot dereference a void pointer", e.location) }
            return .memory(base: pointer.regs[0], offset: 0, type: pointee, space: space)
        case let .index(base, index):
            return try indexPlace(base, index, e.location)
        case let .member(base, name, arrow):
            return try memberPlace(base, name, arrow: arrow, e.location)
        default:
            throw error("expression is not assignable", e.location)
        }
    }

    /// An lvalue when the expression has one, else its value in temporary registers.
    func placeOrValue(_ e: Expr) throws(CompileError) -> Place {
        switch e.kind {
        case .identifier, .index, .member, .unary("*", _): return try lvalue(e)
        default:
            let value = try rvalue(e)
            return .registers(value.type, value.regs)
        }
    }

    private func indexPlace(_ baseExpr: Expr, _ indexExpr: Expr, _ location: SourceLocation) throws(CompileError) -> Place {
        let base = try placeOrValue(baseExpr)
        if case .vector = base.type {
            guard let i = ConstantFolder.integer(indexExpr) else {
                // A value, not a place: assignments take it apart first (`assignmentTarget`).
                let component = try dynamicComponent(try load(base), index: try rvalue(indexExpr), location: location)
                return .registers(component.type, component.regs)
            }
            guard i >= 0, Int(i) < base.type.lanes else {
                throw error("vector index \(i) is out of range for \(base.type)", indexExpr.location)
            }
            return try swizzle(base, [Int(i)], location)
        }
        // Arrays in memory index without a pointer round trip when the index is constant.
        if case let .memory(pointer, offset, .array(element, count), space) = base {
            if let i = ConstantFolder.integer(indexExpr) {
                guard i >= 0, i < count else { throw error("array index \(i) is past the end of an array of \(count)", indexExpr.location) }
                return .memory(base: pointer, offset: offset + Int(i) * element.size, type: element, space: space)
            }
            let address = try scaledAddress(offsetPointer(pointer, by: offset), index: try rvalue(indexExpr), elementSize: element.size, indexExpr.location)
            return .memory(base: address, offset: 0, type: element, space: space)
        }
        let pointer = try load(base)
        guard case let .pointer(element, space) = pointer.type else { throw error("subscripted value is not an array, pointer or vector", location) }
        guard element != .void else { throw error("cannot index a void pointer", location) }
        if let i = ConstantFolder.integer(indexExpr), let small = Int(exactly: i), abs(small) < 1 << 20, small >= 0 {
            return .memory(base: pointer.regs[0], offset: small * element.size, type: element, space: space)
        }
        let address = try scaledAddress(pointer.regs[0], index: try rvalue(indexExpr), elementSize: element.size, indexExpr.location)
        return .memory(base: address, offset: 0, type: element, space: space)
    }

    /// `pointer + index * elementSize` with the index widened to 64 bits (sign-extended if signed).
    func scaledAddress(_ pointer: Reg, index: Value, elementSize: Int, _ location: SourceLocation) throws(CompileError) -> Reg {
        guard index.type.isInteger else { throw error("array subscript is not an integer (\(index.type))", location) }
        let wide = try convertScalar(index.regs[0], from: index.type, to: index.type.isSigned ? .long : .ulong)
        var scaled = wide
        if elementSize != 1 {
            scaled = newReg(wide: true)
            emit(.mul64, scaled.index, wide.index, constant64(UInt64(elementSize)).index)
        }
        let address = newReg(wide: true)
        emit(.add64, address.index, pointer.index, scaled.index)
        return address
    }

    private func memberPlace(_ baseExpr: Expr, _ name: String, arrow: Bool, _ location: SourceLocation) throws(CompileError) -> Place {
        var base: Place
        if arrow {
            let pointer = try rvalue(baseExpr)
            guard case let .pointer(pointee, space) = pointer.type else { throw error("'->' needs a pointer, found \(pointer.type)", location) }
            base = .memory(base: pointer.regs[0], offset: 0, type: pointee, space: space)
        } else {
            base = try placeOrValue(baseExpr)
        }
        switch base.type {
        case let .structure(s):
            guard let field = s.field(name) else { throw error("no member named '\(name)' in struct \(s.name)", location) }
            switch base {
            case let .memory(pointer, offset, _, space):
                return .memory(base: pointer, offset: offset + field.offset, type: field.type, space: space)
            case let .registers(_, regs):
                let first = s.fields.prefix { $0.name != name }.reduce(0) { $0 + $1.type.componentCount }
                return .registers(field.type, Array(regs[first..<first + field.type.componentCount]))
            case .memoryComponents:
                throw error("invalid member access", location)
            }
        case .vector:
            guard let indices = Self.swizzleIndices(name, lanes: base.type.lanes) else {
                throw error("invalid vector component '\(name)' for \(base.type)", location)
            }
            return try swizzle(base, indices, location)
        default:
            throw error("member reference base type \(base.type) is not a struct or vector", location)
        }
    }

    private func swizzle(_ base: Place, _ indices: [Int], _ location: SourceLocation) throws(CompileError) -> Place {
        let element = base.type.scalar
        let type: CType = indices.count == 1 ? element : .vector(element, indices.count)
        guard [1, 2, 3, 4, 8, 16].contains(indices.count) else { throw error("invalid swizzle of \(indices.count) components", location) }
        switch base {
        case let .registers(_, regs): return .registers(type, indices.map { regs[$0] })
        case let .memory(pointer, offset, _, space):
            return .memoryComponents(base: pointer, offsets: indices.map { offset + $0 * element.size }, type: type, space: space)
        case let .memoryComponents(pointer, offsets, _, space):
            return .memoryComponents(base: pointer, offsets: indices.map { offsets[$0] }, type: type, space: space)
        }
    }

    /// `.x .xyzw .rgba .s0 .s01ab .lo .hi .even .odd` as component indices.
    static func swizzleIndices(_ name: String, lanes: Int) -> [Int]? {
        let half = (lanes == 3 ? 4 : lanes) / 2
        switch name {
        case "lo": return Array(0..<half)
        case "hi": return Array(half..<(lanes == 3 ? 4 : lanes)).map { min($0, lanes - 1) }
        case "even": return Array(stride(from: 0, to: lanes, by: 2))
        case "odd": return Array(stride(from: 1, to: lanes, by: 2))
        default: break
        }
        var indices: [Int] = []
        if name.first == "s" || name.first == "S" {
            for c in name.dropFirst() {
                guard let digit = c.hexDigitValue, digit < lanes else { return nil }
                indices.append(digit)
            }
        } else {
            // `.xyzw`, or OpenCL C 3.0's `.rgba` (one set per swizzle, as clang requires).
            let set = "rgba".contains(name.first ?? " ") ? "rgba" : "xyzw"
            for c in name {
                guard let i = set.firstIndex(of: c).map({ set.distance(from: set.startIndex, to: $0) }), i < lanes else { return nil }
                indices.append(i)
            }
        }
        return indices.isEmpty ? nil : indices
    }

    // MARK: - Operators

    private func unary(_ op: String, _ inner: Expr, _ location: SourceLocation) throws(CompileError) -> Value {
        switch op {
        case "&":
            let place = try lvalue(inner)
            guard case let .memory(base, offset, type, space) = place else {
                throw error("cannot take the address of this expression", location)
            }
            return Value(type: .pointer(type, space), regs: [offsetPointer(base, by: offset)])
        case "*":
            return try load(try lvalue(Expr(.unary("*", inner), location)))
        case "++pre", "--pre":
            return try incrementDecrement(inner, by: op == "++pre" ? 1 : -1, returnOld: false, location)
        default:
            break
        }
        let value = try rvalue(inner)
        guard value.type.isArithmetic else { throw error("invalid operand \(value.type) to unary '\(op)'", location) }
        switch op {
        case "+":
            return try convert(value, to: promoted(value.type), location: location)
        case "-":
            let v = try convert(value, to: promoted(value.type), location: location)
            let element = v.type.scalar
            return normalized(
                Value(
                    type: v.type,
                    regs: v.regs.map { reg in
                        let result = newReg(wide: element.isWide)
                        emit(element.isFloat ? Self.floating(.fneg, for: element) : element.isWide ? .neg64 : .neg32, result.index, reg.index)
                        return result
                    }))
        case "~":
            guard value.type.scalar.isInteger else { throw error("'~' needs an integer operand, found \(value.type)", location) }
            let v = try convert(value, to: promoted(value.type), location: location)
            return normalized(
                Value(
                    type: v.type,
                    regs: v.regs.map { reg in
                        let result = newReg(wide: reg.wide)
                        emit(reg.wide ? .not64 : .not32, result.index, reg.index)
                        return result
                    }))
        case "!":
            let zero = Value(type: .int, regs: [constant32(0)])
            return try binary("==", value, try convert(zero, to: value.type.isVector ? value.type : value.type, location: location, explicit: true), location)
        default:
            throw error("unsupported operator '\(op)'", location)
        }
    }

    private func incrementDecrement(_ target: Expr, by delta: Int, returnOld: Bool, _ location: SourceLocation) throws(CompileError) -> Value {
        let place = try assignmentTarget(target)
        var old = try load(place, location)
        // Registers of a variable are overwritten by the store: keep a copy of the old value.
        if returnOld { old = copied(old) }
        let one = Value(type: .int, regs: [constant32(UInt32(bitPattern: Int32(delta)))])
        let updated = try binary("+", old, one, location)
        let converted = try convert(updated, to: place.type, location: location, explicit: true)
        try store(converted, to: place, location: location)
        return returnOld ? old : converted
    }

    /// `x * y + z`, `z + x * y`, `x * y - z`, `z - x * y` (and `z += x * y`, `z -= x * y`) on
    /// floats as one `ffma` per component, as a C compiler contracts them under OpenCL C's default
    /// `FP_CONTRACT ON`. `ffma` rounds the product and then the sum (the negations are exact), so
    /// the interpreter's results do not change; a driver may fuse it into one rounding, as it would
    /// the original source. Anything else (integers, a conversion in between) is the two operations.
    private func contracted(
        _ op: String, product: (Value, Value), productFirst: Bool, other: Value,
        _ location: SourceLocation
    ) throws(CompileError) -> Value {
        func separate() throws(CompileError) -> Value {
            let multiplied = try binary("*", product.0, product.1, location)
            return productFirst ? try binary(op, multiplied, other, location) : try binary(op, other, multiplied, location)
        }
        guard contractsFloatingPoint, product.0.type.isArithmetic, product.1.type.isArithmetic, other.type.isArithmetic else {
            return try separate()
        }
        let type = try commonType(product.0.type, product.1.type, location: location)
        guard type.scalar.isFloat, try commonType(type, other.type, location: location) == type else { return try separate() }
        var x = try convert(product.0, to: type, location: location), z = try convert(other, to: type, location: location)
        let y = try convert(product.1, to: type, location: location)
        if op == "-" {
            let negate = Self.floating(.fneg, for: type.scalar)
            if productFirst { z = map([z], type: type, op: negate) } else { x = map([x], type: type, op: negate) }
        }
        return map([x, y, z], type: type, op: Self.floating(.ffma, for: type.scalar))
    }

    func binary(_ op: String, _ a: Value, _ b: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        // Pointer arithmetic and comparison.
        if case let .pointer(element, _) = a.type, op == "+" || op == "-", b.type.isInteger {
            var scaledIndex = b
            if op == "-" { scaledIndex = try binary("-", Value(type: .long, regs: [constant64(0)]), try convert(b, to: .long, location: location), location) }
            return Value(type: a.type, regs: [try scaledAddress(a.regs[0], index: scaledIndex, elementSize: max(element.size, 1), location)])
        }
        if case .pointer = b.type, op == "+", a.type.isInteger { return try binary("+", b, a, location) }
        if case let .pointer(element, _) = a.type, case .pointer = b.type, op == "-" {
            let difference = newReg(wide: true)
            emit(.sub64, difference.index, a.regs[0].index, b.regs[0].index)
            let result = newReg(wide: true)
            emit(.divs64, result.index, difference.index, constant64(UInt64(max(element.size, 1))).index)
            return Value(type: .long, regs: [result])
        }
        if a.type.isPointer || b.type.isPointer, ["==", "!=", "<", "<=", ">", ">="].contains(op) {
            let ua = a.type.isPointer ? Value(type: .ulong, regs: a.regs) : try convert(a, to: .ulong, location: location)
            let ub = b.type.isPointer ? Value(type: .ulong, regs: b.regs) : try convert(b, to: .ulong, location: location)
            return try binary(op, ua, ub, location)
        }
        guard a.type.isArithmetic, b.type.isArithmetic else {
            throw error("invalid operands to binary '\(op)' (\(a.type) and \(b.type))", location)
        }
        if op == "<<" || op == ">>" {
            guard a.type.scalar.isInteger, b.type.scalar.isInteger else { throw error("shift operands must be integers", location) }
            let left = try convert(a, to: promoted(a.type), location: location)
            var right = try convert(b, to: left.type, location: location, explicit: true)
            if left.type.isVector, left.type.scalar.size < 4 {
                // OpenCL C 1.2 §6.3 j: a vector's shift count is masked to its element's width
                // (a scalar's to its promoted type's, as the 32-bit instruction does).
                let mask = try convert(
                    Value(type: .int, regs: [constant32(UInt32(left.type.scalar.size * 8 - 1))]), to: left.type, location: location, explicit: true)
                right = componentwise("&", right, mask, resultType: left.type)
            }
            return componentwise(op, left, right, resultType: left.type)
        }
        let common = try commonType(a.type, b.type, location: location)
        let ca = try convert(a, to: common, location: location), cb = try convert(b, to: common, location: location)
        switch op {
        case "==", "!=", "<", "<=", ">", ">=":
            let result = componentwise(op, ca, cb, resultType: .int)
            guard common.isVector else { return result }
            return try vectorTruth(result.regs, elementSize: common.scalar.size)
        case "&", "|", "^", "%":
            guard common.scalar.isInteger || op == "%" else { throw error("'\(op)' needs integer operands, found \(common)", location) }
            return componentwise(op, ca, cb, resultType: common)
        default:
            return componentwise(op, ca, cb, resultType: common)
        }
    }

    /// Emits one operation per component. `a` and `b` already have the operand type.
    private func componentwise(_ op: String, _ a: Value, _ b: Value, resultType: CType) -> Value {
        let element = a.type.scalar
        var regs: [Reg] = []
        for (x, y) in zip(a.regs, b.regs) {
            let (opcode, swap) = Self.opcode(op, element)
            let result = newReg(wide: resultType.scalar.isWide && !Self.isComparison(op))
            emit(opcode, result.index, (swap ? y : x).index, (swap ? x : y).index)
            regs.append(result)
        }
        return normalized(Value(type: resultType, regs: regs))
    }

    /// Narrow integers live sign- or zero-extended in 32-bit registers. Scalars are promoted
    /// before arithmetic, but vectors of char and short compute in their own width (OpenCL C
    /// §6.3), so their results wrap there: `(uchar2)(200) * (uchar)2` is 144 in each lane.
    func normalized(_ value: Value) -> Value {
        guard case let .integer(bits, signed) = value.type.scalar, bits < 32 else { return value }
        return Value(type: value.type, regs: value.regs.map { narrow($0, bits: bits, signed: signed) })
    }

    static func isComparison(_ op: String) -> Bool { ["==", "!=", "<", "<=", ">", ">="].contains(op) }

    /// Vector comparisons and relationals: each 0/1 flag as -1 (all bits set) for true, in the
    /// signed integer of the operands' element width (`intN` for `floatN`, `longN` for `doubleN`).
    func vectorTruth(_ flags: [Reg], elementSize: Int) throws(CompileError) -> Value {
        let element = CType.integer(bits: elementSize * 8, signed: true)
        var regs: [Reg] = []
        for flag in flags {
            let widened = try convertScalar(flag, from: .int, to: element)
            let negated = newReg(wide: widened.wide)
            emit(widened.wide ? .neg64 : .neg32, negated.index, widened.index)
            regs.append(negated)
        }
        return Value(type: .vector(element, flags.count), regs: regs)
    }

    /// The value in fresh registers (a copy that later writes to its source cannot change).
    func copied(_ value: Value) -> Value {
        Value(
            type: value.type,
            regs: value.regs.map { reg in
                let copy = newReg(wide: reg.wide)
                emit(reg.wide ? .mov64 : .mov32, copy.index, reg.index)
                return copy
            })
    }

    /// `op`, an f32 operation, for values of the floating type `element`: its binary64 twin for `double`.
    static func floating(_ op: Opcode, for element: CType) -> Opcode { element.isDouble ? op.doublePrecision : op }

    /// A floating constant of type `type` (`float` or `double`), rounded once from `value`.
    func floatConstant(_ value: Double, _ type: CType) -> Value {
        type.isDouble
            ? Value(type: .double, regs: [constant64(value.bitPattern)])
            : Value(type: .float, regs: [constant32(Float(value).bitPattern)])
    }

    /// `value` as a constant of the floating scalar or vector type `type`, in every component.
    func floatConstant(_ value: Double, like type: CType, _ location: SourceLocation) throws(CompileError) -> Value {
        try convert(floatConstant(value, type.scalar), to: type, location: location)
    }

    /// The opcode for `op` on `element`, and whether the operands are swapped (a > b is b < a).
    static func opcode(_ op: String, _ element: CType) -> (Opcode, Bool) {
        if element.isFloat {
            let table: [String: Opcode] = [
                "+": .fadd, "-": .fsub, "*": .fmul, "/": .fdiv, "%": .fmod,
                "==": .feq, "!=": .fne, "<": .flt, "<=": .fle, ">": .fgt, ">=": .fge
            ]
            return (floating(table[op]!, for: element), false)
        }
        let signed = element.isSigned, wide = element.isWide
        switch op {
        case "+": return (wide ? .add64 : .add32, false)
        case "-": return (wide ? .sub64 : .sub32, false)
        case "*": return (wide ? .mul64 : .mul32, false)
        case "/": return (wide ? (signed ? .divs64 : .divu64) : (signed ? .divs32 : .divu32), false)
        case "%": return (wide ? (signed ? .rems64 : .remu64) : (signed ? .rems32 : .remu32), false)
        case "&": return (wide ? .and64 : .and32, false)
        case "|": return (wide ? .or64 : .or32, false)
        case "^": return (wide ? .xor64 : .xor32, false)
        case "<<": return (wide ? .shl64 : .shl32, false)
        case ">>": return (wide ? (signed ? .shrs64 : .shru64) : (signed ? .shrs32 : .shru32), false)
        case "==": return (wide ? .eq64 : .eq32, false)
        case "!=": return (wide ? .ne64 : .ne32, false)
        case "<": return (wide ? (signed ? .lts64 : .ltu64) : (signed ? .lts32 : .ltu32), false)
        case "<=": return (wide ? (signed ? .les64 : .leu64) : (signed ? .les32 : .leu32), false)
        case ">": return (wide ? (signed ? .lts64 : .ltu64) : (signed ? .lts32 : .ltu32), true)
        default: return (wide ? (signed ? .les64 : .leu64) : (signed ? .les32 : .leu32), true)  // >=
        }
    }

    private func logical(_ op: String, _ l: Expr, _ r: Expr, _ location: SourceLocation) throws(CompileError) -> Value {
        let left = try rvalue(l)
        if left.type.isVector {
            let right = try rvalue(r)
            let zero = Value(type: .int, regs: [constant32(0)])
            let a = try binary("!=", left, zero, location), b = try binary("!=", right, zero, location)
            return componentwise(op == "&&" ? "&" : "|", a, b, resultType: a.type)
        }
        // Scalars short-circuit: the right side runs only for lanes that need it.
        let result = newReg(wide: false)
        emit(.mov32, result.index, try truthValue(left, location: location).regs[0].index)
        var test = result
        if op == "||" {
            test = newReg(wide: false)
            emit(.eq32, test.index, result.index, constant32(0).index)
        }
        emit(.ifTrue, test.index)
        let right = try truthValue(try rvalue(r), location: location)
        emit(.mov32, result.index, right.regs[0].index)
        emit(.end)
        return Value(type: .int, regs: [result])
    }

    private func conditional(_ c: Expr, _ a: Expr, _ b: Expr, _ location: SourceLocation) throws(CompileError) -> Value {
        let condition = try rvalue(c)
        if condition.type.isVector {
            // OpenCL C §6.3.i: with a vector condition, `c ? a : b` is `select(b, a, c)` (both sides evaluated).
            return try selected(ifClear: try rvalue(b), ifSet: try rvalue(a), by: condition, location)
        }
        let truth = try truthValue(condition, location: location)
        if !SideEffects.mayHaveEffects(a) && !SideEffects.mayHaveEffects(b) {
            // Both sides are pure and cannot fault: evaluate both and select per lane.
            let x = try rvalue(a), y = try rvalue(b)
            let type = try resultType(x.type, y.type, location)
            let cx = try convert(x, to: type, location: location), cy = try convert(y, to: type, location: location)
            return Value(
                type: type,
                regs: zip(cx.regs, cy.regs).map { p, q in
                    let result = newReg(wide: p.wide)
                    emit(p.wide ? .select64 : .select32, result.index, truth.regs[0].index, p.index, q.index)
                    return result
                })
        }
        let type = try resultType(try typeOf(a), try typeOf(b), location)
        let result = newRegs(for: type)
        emit(.ifTrue, truth.regs[0].index)
        try store(try convert(try rvalue(a), to: type, location: location), to: .registers(type, result), location: location)
        emit(.orElse)
        try store(try convert(try rvalue(b), to: type, location: location), to: .registers(type, result), location: location)
        emit(.end)
        return Value(type: type, regs: result)
    }

    private func resultType(_ a: CType, _ b: CType, _ location: SourceLocation) throws(CompileError) -> CType {
        if a == b { return a }
        if a.isArithmetic && b.isArithmetic { return try commonType(a, b, location: location) }
        throw error("incompatible operand types \(a) and \(b) in '?:'", location)
    }

    private func vectorLiteral(_ type: CType, _ items: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let element = type.scalar
        var regs: [Reg] = []
        for item in items {
            let value = try rvalue(item)
            if value.type.isVector {
                regs += try convert(value, to: .vector(element, value.type.lanes), location: item.location, explicit: true).regs
            } else {
                regs.append(try convertScalar(value.regs[0], from: value.type, to: element))
            }
        }
        if regs.count == 1 { return Value(type: type, regs: Array(repeating: regs[0], count: type.lanes)) }
        guard regs.count == type.lanes else {
            throw error("vector literal of \(type) needs \(type.lanes) components, got \(regs.count)", location)
        }
        return Value(type: type, regs: regs)
    }
}

/// Whether evaluating an expression could write, call a user function, or touch memory
/// (loads can fault), so `?:` must branch instead of evaluating both sides.
enum SideEffects {
    static func mayHaveEffects(_ e: Expr) -> Bool {
        switch e.kind {
        case .integer, .floating, .sizeofType, .identifier: return false
        case let .call(name, arguments): return !CodeGen.pureBuiltins.contains(name) || arguments.contains(where: mayHaveEffects)
        case .assign, .postfix, .index, .initializerList: return true
        case let .unary(op, inner): return op == "*" || op == "++pre" || op == "--pre" || mayHaveEffects(inner)
        case let .member(base, _, arrow): return arrow || mayHaveEffects(base)
        case let .binary(_, a, b), let .comma(a, b): return mayHaveEffects(a) || mayHaveEffects(b)
        case let .conditional(a, b, c): return mayHaveEffects(a) || mayHaveEffects(b) || mayHaveEffects(c)
        case let .cast(_, inner), let .sizeofExpr(inner): return mayHaveEffects(inner)
        case let .vectorLiteral(_, items): return items.contains(where: mayHaveEffects)
        }
    }
}
