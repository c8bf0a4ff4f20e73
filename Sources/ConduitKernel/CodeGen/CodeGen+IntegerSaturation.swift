extension CodeGen {
    // MARK: - add_sat, sub_sat, mad_sat, abs_diff, mad_hi, upsample, ctz (OpenCL C 1.2 §6.12.3)

    static let integerExtras: Set<String> = ["add_sat", "sub_sat", "mad_sat", "abs_diff", "mad_hi", "upsample", "ctz"]

    /// The builtins above, from instructions the bytecode has: narrow types computed in a wider
    /// one and clamped, 64-bit types by their carries and `mul_hi`.
    func integerExtra(_ name: String, _ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        let expected = ["ctz": 1, "mad_sat": 3, "mad_hi": 3][name, default: 2]
        guard arguments.count == expected else { throw error("\(name) takes \(expected) arguments, \(arguments.count) given", location) }
        // gentype: every argument of one type (upsample's second is its unsigned variant).
        var type = arguments[0].type
        if name != "upsample" {
            for other in arguments.dropFirst() where other.type != type { type = try commonType(type, other.type, location: location) }
        }
        guard type.scalar.isInteger, type.scalar != .bool else { throw error("\(name) takes integers, not \(type)", location) }
        let values = try arguments.map { value throws(CompileError) in
            name == "upsample" ? value : try convert(value, to: type, location: location)
        }
        switch name {
        case "ctz":
            // The zeros below the lowest set bit are the ones of ~x & (x - 1), at x's own width.
            let unsigned = Self.unsignedVariant(type)
            let u = try convert(values[0], to: unsigned, location: location, explicit: true)
            let below = try binary(
                "&", try binary("^", u, try integerConstant(.max, unsigned, location), location),
                try binary("-", u, try integerConstant(1, unsigned, location), location), location)
            return try convert(
                try populationCount(try convert(below, to: unsigned, location: location, explicit: true), location), to: type, location: location,
                explicit: true)
        case "mad_hi":
            return try convert(try binary("+", try mulHi(values[0], values[1], location), values[2], location), to: type, location: location, explicit: true)
        case "abs_diff":
            let unsigned = Self.unsignedVariant(type)
            let x = try convert(values[0], to: unsigned, location: location, explicit: true)
            let y = try convert(values[1], to: unsigned, location: location, explicit: true)
            let up = try binary("-", y, x, location), down = try binary("-", x, y, location)
            let picked = try selected(ifClear: down, ifSet: up, by: try binary("<", values[0], values[1], location), location)
            return try convert(picked, to: unsigned, location: location, explicit: true)
        case "upsample":
            return try upsample(values[0], values[1], location)
        default:
            return type.scalar.size == 8
                ? try saturated64(name, values, location)
                : try saturatedNarrow(name, values, type, location)
        }
    }

    /// A constant of `type` (a scalar broadcast to every component of a vector type).
    func integerConstant(_ value: UInt64, _ type: CType, _ location: SourceLocation) throws(CompileError) -> Value {
        try convert(Value(type: .ulong, regs: [constant64(value)]), to: type, location: location, explicit: true)
    }

    /// `popcount` at the argument's own width, typed as the argument.
    func populationCount(_ x: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        if x.type.scalar.size == 8 { return try bitCount64(x, leadingZeros: false, location) }
        let counting: CType = x.type.isVector ? .vector(.uint, x.type.lanes) : .uint
        let zeroExtended = try convert(
            try convert(x, to: Self.unsignedVariant(x.type), location: location, explicit: true), to: counting, location: location, explicit: true)
        return try convert(map([zeroExtended], type: counting, op: .popcount32), to: x.type, location: location, explicit: true)
    }

    /// 8-, 16- and 32-bit `add_sat`, `sub_sat`, `mad_sat`: exact in a wider type, then clamped.
    private func saturatedNarrow(_ name: String, _ values: [Value], _ type: CType, _ location: SourceLocation) throws(CompileError) -> Value {
        let element = type.scalar, bits = element.size * 8
        // The widest result: mad_sat of two uints reaches 2^64 - 2^32, which only ulong holds.
        let wideElement: CType = element.isSigned ? .long : .ulong
        let wide = type.isVector ? CType.vector(wideElement, type.lanes) : wideElement
        let operands = try values.map { value throws(CompileError) in try convert(value, to: wide, location: location, explicit: true) }
        let exact: Value
        switch name {
        case "add_sat": exact = try binary("+", operands[0], operands[1], location)
        case "sub_sat":
            guard !element.isSigned else { exact = try binary("-", operands[0], operands[1], location); break }
            // Unsigned: below zero is zero.
            let below = try binary("<", operands[0], operands[1], location)
            return try convert(
                try selected(ifClear: try binary("-", operands[0], operands[1], location), ifSet: try integerConstant(0, wide, location), by: below, location),
                to: type, location: location, explicit: true)
        default: exact = try binary("+", try binary("*", operands[0], operands[1], location), operands[2], location)
        }
        let maximum = element.isSigned ? (UInt64(1) << (bits - 1)) - 1 : (bits == 64 ? .max : (UInt64(1) << bits) - 1)
        let minimum = element.isSigned ? UInt64(bitPattern: -(Int64(1) << (bits - 1))) : 0
        let clamped = try minMaxValues(
            "max", try minMaxValues("min", exact, try integerConstant(maximum, wide, location), location), try integerConstant(minimum, wide, location),
            location)
        return try convert(clamped, to: type, location: location, explicit: true)
    }

    private func minMaxValues(_ which: String, _ a: Value, _ b: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        try selected(ifClear: a, ifSet: b, by: try binary(which == "min" ? ">" : "<", a, b, location), location)
    }

    /// 64-bit `add_sat`, `sub_sat`, `mad_sat`: wrapped results corrected where the carry or the
    /// signs say they overflowed.
    private func saturated64(_ name: String, _ values: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        let type = values[0].type, signed = type.scalar.isSigned, unsigned = Self.unsignedVariant(type)
        let zero = try integerConstant(0, type, location)
        let maximum = try integerConstant(signed ? UInt64(Int64.max) : .max, type, location)
        let minimum = try integerConstant(signed ? UInt64(bitPattern: Int64.min) : 0, type, location)
        func wrapped(_ op: String, _ a: Value, _ b: Value) throws(CompileError) -> Value {
            let sum = try binary(
                op, try convert(a, to: unsigned, location: location, explicit: true), try convert(b, to: unsigned, location: location, explicit: true), location
            )
            return try convert(sum, to: type, location: location, explicit: true)
        }
        /// Where `overflowed`, the bound on `negative`'s side; elsewhere `value`.
        func clamped(_ value: Value, overflowed: Value, negative: Value) throws(CompileError) -> Value {
            let bound = try selected(ifClear: maximum, ifSet: minimum, by: negative, location)
            return try selected(ifClear: value, ifSet: bound, by: overflowed, location)
        }
        let (x, y) = (values[0], values[1])
        switch name {
        case "add_sat", "sub_sat":
            let result = try wrapped(name == "add_sat" ? "+" : "-", x, y)
            guard signed else {
                // Unsigned: wrapped below (add) or above (sub) the first operand.
                let overflowed = try binary(name == "add_sat" ? "<" : ">", result, x, location)
                return try selected(ifClear: result, ifSet: name == "add_sat" ? maximum : minimum, by: overflowed, location)
            }
            // Signed: the result's sign differs from both operands' (add) or from x's where the operands' differ (sub).
            let flipped = try binary("^", x, result, location)
            let other = name == "add_sat" ? try binary("^", y, result, location) : try binary("^", x, y, location)
            let overflowed = try binary("<", try binary("&", flipped, other, location), zero, location)
            return try clamped(result, overflowed: overflowed, negative: try binary("<", x, zero, location))
        default:
            // The product's 128 bits (high half by mul_hi), plus the addend with its sign
            // extension and the low half's carry; it fits where the high half is the low half's
            // sign (signed) or zero (unsigned).
            let z = values[2]
            let high = try mulHi(x, y, location), low = try wrapped("*", x, y)
            let sum = try wrapped("+", low, z)
            let carried = try binary(
                "<", try convert(sum, to: unsigned, location: location, explicit: true), try convert(low, to: unsigned, location: location, explicit: true),
                location)
            let one = try integerConstant(1, type, location)
            let carry = try selected(ifClear: zero, ifSet: one, by: carried, location)
            var highSum = try wrapped("+", high, carry)
            if signed { highSum = try wrapped("+", highSum, try binary(">>", z, try integerConstant(63, type, location), location)) }
            let expectedHigh = signed ? try binary(">>", sum, try integerConstant(63, type, location), location) : zero
            let overflowed = try binary("!=", highSum, expectedHigh, location)
            return try clamped(sum, overflowed: overflowed, negative: signed ? try binary("<", highSum, zero, location) : zero)
        }
    }

    /// `upsample(hi, lo)`: `hi` in the upper half of the type twice as wide, `lo` (its unsigned
    /// variant) in the lower.
    private func upsample(_ high: Value, _ low: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let element = high.type.scalar
        guard element.size <= 4 else { throw error("upsample takes 8-, 16- or 32-bit integers, not \(high.type)", location) }
        guard low.type.scalar.isInteger, low.type.lanes == high.type.lanes else {
            throw error("upsample's second argument must be \(Self.unsignedVariant(high.type)), not \(low.type)", location)
        }
        let low = try convert(low, to: Self.unsignedVariant(high.type), location: location)
        let wideElement = CType.integer(bits: element.size * 16, signed: element.isSigned)
        let wide = high.type.isVector ? CType.vector(wideElement, high.type.lanes) : wideElement
        let upper = try binary(
            "<<", try convert(high, to: wide, location: location, explicit: true), try integerConstant(UInt64(element.size * 8), wide, location), location)
        let lower = try convert(
            try convert(low, to: Self.unsignedVariant(wide), location: location, explicit: true), to: wide, location: location, explicit: true)
        return try convert(try binary("|", upper, lower, location), to: wide, location: location, explicit: true)
    }
}
