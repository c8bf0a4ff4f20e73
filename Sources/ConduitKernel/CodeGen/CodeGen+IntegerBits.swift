extension CodeGen {
    // MARK: - mul_hi, rotate, popcount and clz at every integer width

    /// `mul_hi(x, y)`: the high half of the full product, at the operands' (common) type. 32-bit
    /// operands have an instruction; narrower ones multiply in 32 bits; 64-bit ones are built
    /// from four 32 × 32 → 64 products, and signed from unsigned by taking off `y` where `x`
    /// is negative and `x` where `y` is (mod 2^64).
    func mulHi(_ x: Value, _ y: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let type = x.type, element = type.scalar
        switch element.size {
        case 4:
            return map([x, y], type: type, op: element.isSigned ? .mulhis32 : .mulhiu32)
        case 1, 2:
            let wideElement: CType = element.isSigned ? .int : .uint
            let wide = type.isVector ? CType.vector(wideElement, type.lanes) : wideElement
            let product = try binary(
                "*", try convert(x, to: wide, location: location, explicit: true), try convert(y, to: wide, location: location, explicit: true),
                location)
            let high = try binary(">>", product, try integerConstant(UInt64(element.size * 8), wide, location), location)
            return try convert(high, to: type, location: location, explicit: true)
        default:
            let unsigned = Self.unsignedVariant(type)
            let a = try convert(x, to: unsigned, location: location, explicit: true)
            let b = try convert(y, to: unsigned, location: location, explicit: true)
            let mask = try integerConstant(0xFFFF_FFFF, unsigned, location), shift = try integerConstant(32, unsigned, location)
            func low(_ v: Value) throws(CompileError) -> Value { try binary("&", v, mask, location) }
            func high(_ v: Value) throws(CompileError) -> Value { try binary(">>", v, shift, location) }
            let (aLow, aHigh, bLow, bHigh) = (try low(a), try high(a), try low(b), try high(b))
            let lowLow = try binary("*", aLow, bLow, location), lowHigh = try binary("*", aLow, bHigh, location)
            let highLow = try binary("*", aHigh, bLow, location), highHigh = try binary("*", aHigh, bHigh, location)
            // Below 3 × 2^32: no carry lost.
            let middle = try binary("+", try binary("+", try high(lowLow), try low(lowHigh), location), try low(highLow), location)
            var result = try binary(
                "+", try binary("+", highHigh, try high(lowHigh), location), try binary("+", try high(highLow), try high(middle), location), location)
            if element.isSigned {
                let signShift = try integerConstant(63, type, location)
                let xNegative = try convert(try binary(">>", x, signShift, location), to: unsigned, location: location, explicit: true)
                let yNegative = try convert(try binary(">>", y, signShift, location), to: unsigned, location: location, explicit: true)
                result = try binary("-", result, try binary("&", b, xNegative, location), location)
                result = try binary("-", result, try binary("&", a, yNegative, location), location)
            }
            return try convert(result, to: type, location: location, explicit: true)
        }
    }

    /// `rotate(x, n)`: left by `n` modulo the width, at any integer width, in the unsigned type
    /// of `x`'s width (a narrow scalar's promotion to `int` is truncated away at the end).
    func rotated(_ x: Value, by count: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let unsigned = Self.unsignedVariant(x.type), bits = UInt64(x.type.scalar.size * 8)
        let u = try convert(x, to: unsigned, location: location, explicit: true)
        let widthMask = try integerConstant(bits - 1, unsigned, location)
        let n = try binary("&", try convert(count, to: unsigned, location: location, explicit: true), widthMask, location)
        let back = try binary("&", try binary("-", try integerConstant(bits, unsigned, location), n, location), widthMask, location)
        let joined = try binary("|", try binary("<<", u, n, location), try binary(">>", u, back, location), location)
        return try convert(joined, to: x.type, location: location, explicit: true)
    }

    /// `popcount` or `clz` of a 64-bit integer (or vector), typed as the argument: each half
    /// counted in 32 bits; `clz` adds the low half's count where the high half is zero.
    func bitCount64(_ x: Value, leadingZeros: Bool, _ location: SourceLocation) throws(CompileError) -> Value {
        let unsigned = Self.unsignedVariant(x.type)
        let halfType: CType = x.type.isVector ? .vector(.uint, x.type.lanes) : .uint
        let u = try convert(x, to: unsigned, location: location, explicit: true)
        let low = try convert(u, to: halfType, location: location, explicit: true)
        let high = try convert(try binary(">>", u, try integerConstant(32, unsigned, location), location), to: halfType, location: location, explicit: true)
        let op: Opcode = leadingZeros ? .clz32 : .popcount32
        let (lowCount, highCount) = (map([low], type: halfType, op: op), map([high], type: halfType, op: op))
        let counts: [Reg] = (0..<high.regs.count).map { i in
            var lowPart = lowCount.regs[i]
            if leadingZeros {
                let highIsZero = newReg(wide: false)
                emit(.eq32, highIsZero.index, high.regs[i].index, constant32(0).index)
                lowPart = select(highIsZero, lowCount.regs[i], constant32(0), wide: false)
            }
            let sum = newReg(wide: false)
            emit(.add32, sum.index, highCount.regs[i].index, lowPart.index)
            return sum
        }
        return try convert(Value(type: halfType, regs: counts), to: x.type, location: location, explicit: true)
    }
}
