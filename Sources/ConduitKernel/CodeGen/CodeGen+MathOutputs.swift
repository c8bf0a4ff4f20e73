extension CodeGen {
    // MARK: - Math functions with a second result through a pointer (OpenCL C 1.2 §6.12.2)

    static let mathWithOutput: Set<String> = ["sincos", "fract", "modf", "remquo", "lgamma_r"]

    /// - `sincos(x, &c)`: `sin(x)`, and `cos(x)` stored.
    /// - `fract(x, &i)`: `x - floor(x)` below 1 (at most the largest float under 1), `floor(x)`
    ///   stored; +0 for ±∞ (as PoCL and the CTS have it), NaN for NaN.
    /// - `modf(x, &i)`: `x - trunc(x)` with `x`'s sign, `trunc(x)` stored; ±0 for ±∞.
    /// - `remquo(x, y, &q)`: `remainder(x, y)`, and in `q` the sign of x/y with the low 7 bits
    ///   of the nearest integer quotient (0 where the spec leaves it open).
    /// - `lgamma_r(x, &s)`: `lgamma(x)`, and in `s` the sign of Γ(x): −1 for −0 and between a
    ///   negative odd integer and the even one above it, else +1 (as glibc has it).
    /// Each difference is exact, so every adapter gives the same bits.
    func mathWithOutput(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let expected = name == "remquo" ? 3 : 2
        guard args.count == expected else { throw error("\(name) takes \(expected) arguments, \(args.count) given", location) }
        let x = try floatOperand(try rvalue(args[0]), location)
        let element = x.type.scalar
        func apply(_ op: Opcode, _ operands: Value...) -> Value { map(operands, type: x.type, op: Self.floating(op, for: element)) }
        let result: Value, stored: Value
        switch name {
        case "sincos":
            (result, stored) = (apply(.fsin, x), apply(.fcos, x))
        case "remquo":
            let y = try convert(try floatOperand(try rvalue(args[1]), location), to: x.type, location: location)
            (result, stored) = (apply(.fremainder, x, y), map([x, y], type: x.type.withScalar(.int), op: Self.floating(.fremquo, for: element)))
        case "lgamma_r":
            (result, stored) = (apply(.flgamma, x), try gammaSign(x, location))
        case "fract":
            let whole = apply(.ffloor, x)
            let belowOne = try floatConstant(element.isDouble ? 0x1.fffffffffffffp-1 : Double(Float(0x1.fffffep-1)), like: x.type, location)
            let fraction = apply(.fmin, try binary("-", x, whole, location), belowOne)
            let zero = try floatConstant(0, like: x.type, location)
            let infinite = map([x], type: .int, op: Self.floating(.fisinf, for: element))
            let notANumber = map([x], type: .int, op: Self.floating(.fisnan, for: element))
            let regs = (0..<x.regs.count).map { i in
                select(
                    notANumber.regs[i], x.regs[i], select(infinite.regs[i], zero.regs[i], fraction.regs[i], wide: element.isWide),
                    wide: element.isWide)
            }
            (result, stored) = (Value(type: x.type, regs: regs), whole)
        default:
            let whole = apply(.ftrunc, x)
            let infinite = map([x], type: .int, op: Self.floating(.fisinf, for: element))
            let difference = try binary("-", x, whole, location), zero = try floatConstant(0, like: x.type, location)
            let regs = (0..<x.regs.count).map { i in select(infinite.regs[i], zero.regs[i], difference.regs[i], wide: element.isWide) }
            (result, stored) = (apply(.fcopysign, Value(type: x.type, regs: regs), x), whole)
        }
        try store(stored, through: args[expected - 1], of: name, location)
        return result
    }

    /// The sign of Γ(x) as an int (vector): −1 where `x` is −0, or negative, not an integer and
    /// with an odd floor; +1 everywhere else (poles, NaN and ±∞ included).
    private func gammaSign(_ x: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let element = x.type.scalar, wide = element.isWide
        let whole = map([x], type: x.type, op: Self.floating(.ffloor, for: element))
        let zero = try floatConstant(0, like: x.type, location)
        let halfWhole = map([whole, try floatConstant(2, like: x.type, location)], type: x.type, op: Self.floating(.fmod, for: element))
        let (negative, fractional, oddFloor) = (flags(.flt, x, zero), flags(.fne, whole, x), flags(.fne, halfWhole, zero))
        let regs = (0..<x.regs.count).map { lane in
            let minusZero = newReg(wide: false)
            emit(wide ? .eq64 : .eq32, minusZero.index, x.regs[lane].index, (wide ? constant64(1 << 63) : constant32(1 << 31)).index)
            let between = combine(.and32, negative[lane], combine(.and32, fractional[lane], oddFloor[lane]))
            return select(combine(.or32, between, minusZero), constant32(UInt32(bitPattern: -1)), constant32(1), wide: false)
        }
        return Value(type: x.type.withScalar(.int), regs: regs)
    }

    /// Stores a builtin's second result through its pointer argument, which must point to
    /// exactly that result's type (as clang's overloads require).
    func store(_ value: Value, through argument: Expr, of name: String, _ location: SourceLocation) throws(CompileError) {
        let pointer = try rvalue(argument)
        guard case let .pointer(pointee, space) = pointer.type, pointee == value.type else {
            throw error("\(name)'s second argument must point to \(value.type), not \(pointer.type)", location)
        }
        try store(value, to: .memory(base: pointer.regs[0], offset: 0, type: value.type, space: space), location: location)
    }
}
