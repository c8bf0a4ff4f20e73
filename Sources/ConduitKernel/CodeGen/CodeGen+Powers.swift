extension CodeGen {
    // MARK: - exp10, pown and powr (OpenCL C 1.2 §6.12.2), each found wrong by the CTS's math_brute_force

    static let powers: Set<String> = ["exp10", "pown", "powr", "rootn"]

    /// - `exp10(x)` is `pow(10, x)`: `exp2(x · log2 10)` lost the product's low bits (3.05 ulps
    ///   in float, over the spec's 3).
    /// - `pown(x, n)` keeps `n` an integer: as a float, an odd `n` above 2^24 became even and
    ///   `pown(-x, n)` lost its sign. A float's magnitude is `|x|^high · |x|^low` with `high` a
    ///   multiple of 4096 (exact in a float) and `low` the rest, of `n`'s sign (so the two factors
    ///   never make 0 · ∞); the sign is `x`'s where `n` is odd.
    /// - `powr(x, y)` is `pow` where `x ≥ 0`, and NaN where the spec says so: `x < 0`, either one
    ///   NaN, `powr(±0, ±0)`, `powr(+∞, ±0)`, `powr(1, ±∞)` (C's `pow` gives 0, 1 or a number).
    func power(_ name: String, _ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        let expected = name == "exp10" ? 1 : 2
        guard arguments.count == expected else {
            throw error("\(name) takes \(expected) argument\(expected == 1 ? "" : "s"), \(arguments.count) given", location)
        }
        let x = try floatOperand(arguments[0], location)
        let element = x.type.scalar
        let pow = Self.floating(.fpow, for: element)
        switch name {
        case "exp10":
            return map([try floatConstant(10, like: x.type, location), x], type: x.type, op: pow)
        case "rootn":  // one operation: x^(1/n) with 1/n rounded is up to 60 ulps off in double
            let n = try convert(arguments[1], to: x.type.withScalar(.int), location: location)
            return map([x, n], type: x.type, op: Self.floating(.frootn, for: element))
        case "pown":
            let n = try convert(arguments[1], to: x.type.withScalar(.int), location: location)
            if element.isDouble {  // every int is exact in a double
                return map([x, try convert(n, to: x.type, location: location, explicit: true)], type: x.type, op: pow)
            }
            let step = try convert(Value(type: .int, regs: [constant32(4096)]), to: n.type, location: location)
            let low = try binary("%", n, step, location)
            let high = try binary("-", n, low, location)
            let magnitude = map([x], type: x.type, op: Self.floating(.fabs, for: element))
            func part(_ exponent: Value) throws(CompileError) -> Value {
                map([magnitude, try convert(exponent, to: x.type, location: location, explicit: true)], type: x.type, op: pow)
            }
            let unsigned = try binary("*", try part(high), try part(low), location)
            let regs = zip(zip(x.regs, n.regs), unsigned.regs).map { pair, result in
                let (value, exponent) = pair
                let parity = newReg(wide: false), sign = newReg(wide: false), signed = newReg(wide: false)
                emit(.shl32, parity.index, exponent.index, constant32(31).index)
                emit(.and32, sign.index, value.index, parity.index)
                emit(.or32, signed.index, result.index, sign.index)
                return signed
            }
            return Value(type: x.type, regs: regs)
        default:
            let y = try convert(try floatOperand(arguments[1], location), to: x.type, location: location)
            // Of |x|: powr(-0, -3) is +∞ where pow gives -∞ (a negative x is NaN below anyway).
            let raised = map([map([x], type: x.type, op: Self.floating(.fabs, for: element)), y], type: x.type, op: pow)
            let (zero, one, infinity) = (
                try floatConstant(0, like: x.type, location), try floatConstant(1, like: x.type, location),
                try floatConstant(.infinity, like: x.type, location)
            )
            let nan = try floatConstant(Double(Float(bitPattern: 0x7FC0_0000)), like: x.type, location)
            let wide = element.isWide
            func both(_ a: [Reg], _ b: [Reg]) -> [Reg] { zip(a, b).map { p, q in combine(.and32, p, q) } }
            let conditions = [
                flags(.flt, x, zero), flags(.fne, x, x), flags(.fne, y, y), both(flags(.feq, x, zero), flags(.feq, y, zero)),
                both(flags(.feq, x, infinity), flags(.feq, y, zero)),
                both(
                    flags(.feq, x, one),
                    zip(flags(.feq, y, infinity), flags(.feq, y, try binary("-", zero, infinity, location))).map { p, q in combine(.or32, p, q) })
            ]
            let regs = (0..<x.regs.count).map { lane in
                let undefined = conditions.dropFirst().reduce(conditions[0][lane]) { sofar, next in combine(.or32, sofar, next[lane]) }
                return select(undefined, nan.regs[lane], raised.regs[lane], wide: wide)
            }
            return Value(type: x.type, regs: regs)
        }
    }

    func combine(_ op: Opcode, _ a: Reg, _ b: Reg) -> Reg {
        let result = newReg(wide: false)
        emit(op, result.index, a.index, b.index)
        return result
    }
}
