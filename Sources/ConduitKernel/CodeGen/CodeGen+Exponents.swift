extension CodeGen {
    // MARK: - ilogb, logb and frexp (OpenCL C 1.2 §6.12.2)

    static let exponentFunctions: Set<String> = ["ilogb", "logb", "frexp"]

    /// A float or double's binary exponent from its bits; a subnormal is first scaled by 2^64
    /// (exact) so its exponent field holds it too.
    private struct ExponentParts {
        /// `x`, or `x · 2^64` where `x` is subnormal or zero.
        let normalized: Reg
        /// The unbiased exponent of a finite non-zero `x` (garbage for 0, ∞, NaN).
        let exponent: Reg
        /// `x` is ±0; `x` is ±∞ or NaN.
        let isZero: Reg, isSpecial: Reg
    }

    private func exponentParts(_ x: Reg, _ element: CType) -> ExponentParts {
        let double = element.isDouble
        let (and, ltu, eq, shru) = double ? (Opcode.and64, Opcode.ltu64, Opcode.eq64, Opcode.shru64) : (.and32, .ltu32, .eq32, .shru32)
        func constant(_ bits: UInt64) -> Reg { double ? constant64(bits) : constant32(UInt32(bits)) }
        let magnitude = newReg(wide: double), subnormal = newReg(wide: false), zero = newReg(wide: false), scaled = newReg(wide: double)
        emit(and, magnitude.index, x.index, constant(double ? 0x7FFF_FFFF_FFFF_FFFF : 0x7FFF_FFFF).index)
        emit(ltu, subnormal.index, magnitude.index, constant(double ? 0x0010_0000_0000_0000 : 0x0080_0000).index)
        emit(eq, zero.index, magnitude.index, constant(0).index)
        emit(Self.floating(.fmul, for: element), scaled.index, x.index, constant(double ? 0x43F0_0000_0000_0000 : 0x5F80_0000).index)
        let normalized = select(subnormal, scaled, x, wide: double)
        let shifted = newReg(wide: double), field = newReg(wide: double)
        emit(shru, shifted.index, normalized.index, constant(double ? 52 : 23).index)
        emit(and, field.index, shifted.index, constant(double ? 0x7FF : 0xFF).index)
        var biased = field
        if double {
            biased = newReg(wide: false)
            emit(.trunc64to32, biased.index, field.index)
        }
        let special = newReg(wide: false), unbiased = newReg(wide: false), exponent = newReg(wide: false)
        emit(.eq32, special.index, biased.index, constant32(double ? 0x7FF : 0xFF).index)
        emit(.sub32, unbiased.index, biased.index, constant32(double ? 1023 : 127).index)
        emit(.sub32, exponent.index, unbiased.index, select(subnormal, constant32(64), constant32(0), wide: false).index)
        return ExponentParts(normalized: normalized, exponent: exponent, isZero: zero, isSpecial: special)
    }

    /// - `ilogb(x)`: the exponent as an `int`; `FP_ILOGB0` (`INT_MIN`) for ±0, `FP_ILOGBNAN`
    ///   (`INT_MAX`) for NaN, `INT_MAX` for ±∞ (as clang's headers and PoCL have them).
    /// - `logb(x)`: the exponent as a float; -∞ for ±0, +∞ for ±∞, NaN for NaN.
    /// - `frexp(x, &e)`: the significand in [0.5, 1) with `x`'s sign, `e` stored so that
    ///   `x = m · 2^e`; ±0, ±∞ and NaN come back as they are with `e` = 0.
    func exponentFunction(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let expected = name == "frexp" ? 2 : 1
        guard args.count == expected else { throw error("\(name) takes \(expected) argument\(expected == 1 ? "" : "s"), \(args.count) given", location) }
        let x = try floatOperand(try rvalue(args[0]), location)
        let element = x.type.scalar, double = element.isDouble
        let ints: CType = x.type.withScalar(.int)
        let parts = x.regs.map { exponentParts($0, element) }
        switch name {
        case "ilogb":
            let regs = parts.map { p in
                select(p.isZero, constant32(0x8000_0000), select(p.isSpecial, constant32(0x7FFF_FFFF), p.exponent, wide: false), wide: false)
            }
            return Value(type: ints, regs: regs)
        case "logb":
            let regs = zip(x.regs, parts).map { value, p in
                let asFloat = newReg(wide: double), magnitude = newReg(wide: double)
                emit(double ? .cvtf64s32 : .cvtf32s32, asFloat.index, p.exponent.index)
                emit(Self.floating(.fabs, for: element), magnitude.index, value.index)
                let minusInfinity = floatConstant(-.infinity, element).regs[0]
                return select(p.isZero, minusInfinity, select(p.isSpecial, magnitude, asFloat, wide: double), wide: double)
            }
            return Value(type: x.type, regs: regs)
        default:
            var significands: [Reg] = [], exponents: [Reg] = []
            for (value, p) in zip(x.regs, parts) {
                let kept = newReg(wide: double), significand = newReg(wide: double), plusOne = newReg(wide: false), asIs = newReg(wide: false)
                let (and, or) = double ? (Opcode.and64, Opcode.or64) : (.and32, .or32)
                emit(and, kept.index, p.normalized.index, (double ? constant64(0x800F_FFFF_FFFF_FFFF) : constant32(0x807F_FFFF)).index)
                emit(or, significand.index, kept.index, (double ? constant64(0x3FE0_0000_0000_0000) : constant32(0x3F00_0000)).index)
                emit(.add32, plusOne.index, p.exponent.index, constant32(1).index)
                emit(.or32, asIs.index, p.isZero.index, p.isSpecial.index)
                significands.append(select(asIs, value, significand, wide: double))
                exponents.append(select(asIs, constant32(0), plusOne, wide: false))
            }
            try store(Value(type: ints, regs: exponents), through: args[1], of: name, location)
            return Value(type: x.type, regs: significands)
        }
    }
}
