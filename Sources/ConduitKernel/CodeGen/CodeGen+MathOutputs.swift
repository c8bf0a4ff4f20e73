extension CodeGen {
    // MARK: - Math functions with a second result through a pointer (OpenCL C 1.2 §6.12.2)

    static let mathWithOutput: Set<String> = ["sincos", "fract", "modf"]

    /// - `sincos(x, &c)`: `sin(x)`, and `cos(x)` stored.
    /// - `fract(x, &i)`: `x - floor(x)` below 1 (at most the largest float under 1), `floor(x)`
    ///   stored; +0 for ±∞ (as PoCL and the CTS have it), NaN for NaN.
    /// - `modf(x, &i)`: `x - trunc(x)` with `x`'s sign, `trunc(x)` stored; ±0 for ±∞.
    /// Each difference is exact, so every adapter gives the same bits.
    func mathWithOutput(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        guard args.count == 2 else { throw error("\(name) takes 2 arguments, \(args.count) given", location) }
        let x = try floatOperand(try rvalue(args[0]), location)
        let element = x.type.scalar
        func apply(_ op: Opcode, _ operands: Value...) -> Value { map(operands, type: x.type, op: Self.floating(op, for: element)) }
        func broadcast(_ value: Double) throws(CompileError) -> Value {
            try convert(floatConstant(value, element), to: x.type, location: location)
        }
        let result: Value, stored: Value
        switch name {
        case "sincos":
            (result, stored) = (apply(.fsin, x), apply(.fcos, x))
        case "fract":
            let whole = apply(.ffloor, x)
            let belowOne = try broadcast(element.isDouble ? 0x1.fffffffffffffp-1 : Double(Float(0x1.fffffep-1)))
            let fraction = apply(.fmin, try binary("-", x, whole, location), belowOne)
            let zero = try broadcast(0)
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
            let difference = try binary("-", x, whole, location), zero = try broadcast(0)
            let regs = (0..<x.regs.count).map { i in select(infinite.regs[i], zero.regs[i], difference.regs[i], wide: element.isWide) }
            (result, stored) = (apply(.fcopysign, Value(type: x.type, regs: regs), x), whole)
        }
        try store(stored, through: args[1], of: name, location)
        return result
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
