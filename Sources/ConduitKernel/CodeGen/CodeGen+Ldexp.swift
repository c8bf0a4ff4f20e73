extension CodeGen {
    /// `ldexp(x, n)` (OpenCL C 1.2 §6.12.2): `x · 2^n`, rounded once. `n` beyond one power of two's
    /// reach is taken in at most two exact steps first (2^127 up; 2^-102 down, which keeps a
    /// value normal until the last step), then clamped; the last multiplication is the only one
    /// that can round, so a subnormal result is correctly rounded. Same bits on every adapter.
    func ldexp(_ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        guard args.count == 2 else { throw error("ldexp takes 2 arguments, \(args.count) given", location) }
        let x = try floatOperand(try rvalue(args[0]), location)
        let element = x.type.scalar, double = element.isDouble
        let n = try convert(try rvalue(args[1]), to: x.type.withScalar(.int), location: location)
        // (largest exponent, smallest normal exponent, the step down, the significand's width)
        let (top, bottom, down, bits): (Int32, Int32, Int32, Int) = double ? (1023, -1022, -969, 52) : (127, -126, -102, 23)
        func power(of exponent: Reg) -> Reg {  // 2^exponent for exponent in [bottom, top], from its bits
            let biased = newReg(wide: false)
            emit(.add32, biased.index, exponent.index, constant32(UInt32(bitPattern: -bottom + 1)).index)
            if !double {
                let shifted = newReg(wide: false)
                emit(.shl32, shifted.index, biased.index, constant32(UInt32(bits)).index)
                return shifted
            }
            let wide = newReg(wide: true), shifted = newReg(wide: true)
            emit(.zext32to64, wide.index, biased.index)
            emit(.shl64, shifted.index, wide.index, constant64(UInt64(bits)).index)
            return shifted
        }
        let multiply = Self.floating(.fmul, for: element)
        let regs = zip(x.regs, n.regs).map { value, exponent in
            var (y, e) = (value, exponent)
            for _ in 0..<2 {
                let above = newReg(wide: false), below = newReg(wide: false)
                emit(.lts32, above.index, constant32(UInt32(bitPattern: top)).index, e.index)
                emit(.lts32, below.index, e.index, constant32(UInt32(bitPattern: bottom)).index)
                let stepExponent = select(
                    above, constant32(UInt32(bitPattern: top)), select(below, constant32(UInt32(bitPattern: down)), constant32(0), wide: false), wide: false)
                let scaled = newReg(wide: double), rest = newReg(wide: false)
                emit(multiply, scaled.index, y.index, power(of: stepExponent).index)
                emit(.sub32, rest.index, e.index, stepExponent.index)
                (y, e) = (scaled, rest)
            }
            let clampedHigh = newReg(wide: false), clamped = newReg(wide: false), result = newReg(wide: double)
            emit(.mins32, clampedHigh.index, e.index, constant32(UInt32(bitPattern: top)).index)
            emit(.maxs32, clamped.index, clampedHigh.index, constant32(UInt32(bitPattern: bottom)).index)
            emit(multiply, result.index, y.index, power(of: clamped).index)
            return result
        }
        return Value(type: x.type, regs: regs)
    }
}
