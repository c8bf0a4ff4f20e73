extension CodeGen {
    // MARK: - Relational builtins (OpenCL C 1.2 §6.12.6) and smoothstep (§6.12.4)

    static let relationals: Set<String> = [
        "isequal", "isnotequal", "isgreater", "isgreaterequal", "isless", "islessequal", "islessgreater", "isordered", "isunordered",
        "any", "all", "bitselect", "smoothstep"
    ]

    /// Comparisons answer as C's operators do (a scalar gives an `int` 0 or 1, a vector -1 or 0
    /// in the integer type of its element's width; NaN compares unequal and unordered); `any` and
    /// `all` test the most significant bit of each component; `bitselect` works on the bits, of
    /// floats too.
    func relational(_ name: String, _ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        let expected = ["any": 1, "all": 1, "bitselect": 3, "smoothstep": 3][name, default: 2]
        guard arguments.count == expected else {
            throw error("\(name) takes \(expected) argument\(expected == 1 ? "" : "s"), \(arguments.count) given", location)
        }
        switch name {
        case "any", "all":
            let x = arguments[0]
            guard x.type.scalar.isInteger, x.type.scalar != .bool else { throw error("\(name) takes an integer or integer vector, not \(x.type)", location) }
            let bits = x.type.scalar.size * 8
            let flags = x.regs.map { reg in
                let extended = bits < 32 ? narrow(reg, bits: bits, signed: true) : reg
                let set = newReg(wide: false)
                emit(reg.wide ? .lts64 : .lts32, set.index, extended.index, (reg.wide ? constant64(0) : constant32(0)).index)
                return set
            }
            let combined = flags.dropFirst().reduce(flags[0]) { sofar, flag in
                let next = newReg(wide: false)
                emit(name == "any" ? .or32 : .and32, next.index, sofar.index, flag.index)
                return next
            }
            return Value(type: .int, regs: [combined])
        case "bitselect":
            var type = arguments[0].type
            for other in arguments.dropFirst() where other.type != type { type = try commonType(type, other.type, location: location) }
            guard type.isArithmetic else { throw error("bitselect takes integers or floats, not \(type)", location) }
            let (a, b, c) = (
                try convert(arguments[0], to: type, location: location), try convert(arguments[1], to: type, location: location),
                try convert(arguments[2], to: type, location: location)
            )
            // (a & ~c) | (b & c), on the registers' bits.
            let regs = (0..<a.regs.count).map { i in
                let wide = a.regs[i].wide
                let notC = newReg(wide: wide), kept = newReg(wide: wide), taken = newReg(wide: wide), result = newReg(wide: wide)
                emit(wide ? .not64 : .not32, notC.index, c.regs[i].index)
                emit(wide ? .and64 : .and32, kept.index, a.regs[i].index, notC.index)
                emit(wide ? .and64 : .and32, taken.index, b.regs[i].index, c.regs[i].index)
                emit(wide ? .or64 : .or32, result.index, kept.index, taken.index)
                return result
            }
            return Value(type: type, regs: regs)
        case "smoothstep":
            let x = try floatOperand(arguments[2], location)
            let low = try convert(try floatOperand(arguments[0], location), to: x.type, location: location)
            let high = try convert(try floatOperand(arguments[1], location), to: x.type, location: location)
            let zero = try convert(floatConstant(0, x.type.scalar), to: x.type, location: location)
            let one = try convert(floatConstant(1, x.type.scalar), to: x.type, location: location)
            let ratio = try binary("/", try binary("-", x, low, location), try binary("-", high, low, location), location)
            let t = try minMax("min", try minMax("max", ratio, zero, location), one, location)
            let three = try convert(floatConstant(3, x.type.scalar), to: x.type, location: location)
            let two = try convert(floatConstant(2, x.type.scalar), to: x.type, location: location)
            return try binary("*", try binary("*", t, t, location), try binary("-", three, try binary("*", two, t, location), location), location)
        default:
            let x = try floatOperand(arguments[0], location), y = try floatOperand(arguments[1], location)
            let type = x.type == y.type ? x.type : try commonType(x.type, y.type, location: location)
            let (a, b) = (try convert(x, to: type, location: location), try convert(y, to: type, location: location))
            switch name {
            case "isequal": return try binary("==", a, b, location)
            case "isnotequal": return try binary("!=", a, b, location)
            case "isgreater": return try binary(">", a, b, location)
            case "isgreaterequal": return try binary(">=", a, b, location)
            case "isless": return try binary("<", a, b, location)
            case "islessequal": return try binary("<=", a, b, location)
            case "islessgreater": return try binary("|", try binary("<", a, b, location), try binary(">", a, b, location), location)
            case "isordered": return try binary("&", try binary("==", a, a, location), try binary("==", b, b, location), location)
            default: return try binary("|", try binary("!=", a, a, location), try binary("!=", b, b, location), location)
            }
        }
    }
}
