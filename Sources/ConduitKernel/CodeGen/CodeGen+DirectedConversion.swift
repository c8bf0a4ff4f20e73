extension CodeGen {
    // MARK: - convert_float_rtz(x) and the other directed roundings to a float type (OpenCL C 1.2 §6.2.3.2)

    /// A conversion to `float` or `double` rounded toward zero (`rtz`), +∞ (`rtp`) or −∞ (`rtn`):
    /// the nearest value first, then one step to the next float along where that value lies on
    /// the wrong side of the source (the nearest is less than an ulp away, so one step is
    /// enough). An exact comparison tells the side: in double for a double source, in 64-bit
    /// integers for an integer one (a 64-bit source's nearest may be 2^63 or 2^64, past the
    /// integers: it is then above). Conversions that are exact anyway are left as they are.
    func directedConversion(_ value: Value, to type: CType, rounding: String, _ location: SourceLocation) throws(CompileError) -> Value {
        let nearest = try convert(value, to: type, location: location, explicit: true)
        let source = value.type.scalar, target = type.scalar, wide = target.isDouble
        let exact = source == target || (source == .float && wide) || (source.isInteger && source.size * 8 < (wide ? 54 : 25))
        if exact { return nearest }
        let regs = zip(value.regs, nearest.regs).map { x, r in
            let (above, below) = sides(of: r, target: target, from: x, source: source)
            let negative = newReg(wide: false)  // the nearest value's sign bit, which is the source's
            emit(wide ? .lts64 : .lts32, negative.index, r.index, (wide ? constant64(0) : constant32(0)).index)
            let need: Reg
            switch rounding {
            case "rtz": need = select(negative, below, above, wide: false)
            case "rtp": need = below
            default: need = above
            }
            let (up, down) = wide ? (constant64(1), constant64(UInt64.max)) : (constant32(1), constant32(UInt32.max))
            // Along the bits: +1 moves away from zero, −1 toward it.
            let step =
                switch rounding {
                case "rtz": down
                case "rtp": select(negative, down, up, wide: wide)
                default: select(negative, up, down, wide: wide)
                }
            let stepped = newReg(wide: wide)
            emit(wide ? .add64 : .add32, stepped.index, r.index, step.index)
            return select(need, stepped, r, wide: wide)
        }
        return Value(type: type, regs: regs)
    }

    /// Flags (0 or 1) for the nearest value `r` lying above and below the source `x`, exactly.
    private func sides(of r: Reg, target: CType, from x: Reg, source: CType) -> (above: Reg, below: Reg) {
        let above = newReg(wide: false), below = newReg(wide: false)
        if source.isDouble {  // to float
            let back = newReg(wide: true)
            emit(.cvtf64f32, back.index, r.index)
            emit(.dlt, above.index, x.index, back.index)
            emit(.dlt, below.index, back.index, x.index)
            return (above, below)
        }
        if source.size <= 4 {  // a 32-bit integer to float: both fit a long
            let wideX = newReg(wide: true), back = newReg(wide: true)
            emit(source.isSigned ? .sext32to64 : .zext32to64, wideX.index, x.index)
            emit(.cvts64f32, back.index, r.index)
            emit(.lts64, above.index, wideX.index, back.index)
            emit(.lts64, below.index, back.index, wideX.index)
            return (above, below)
        }
        // A 64-bit integer: the nearest converted back saturates at 2^63 or 2^64, which is above.
        let wide = target.isDouble, back = newReg(wide: true), overflow = newReg(wide: false), aboveAsInteger = newReg(wide: false)
        let toInteger: Opcode = source.isSigned ? (wide ? .cvts64f64 : .cvts64f32) : (wide ? .cvtu64f64 : .cvtu64f32)
        emit(toInteger, back.index, r.index)
        let bound = floatConstant(source.isSigned ? 0x1p63 : 0x1p64, target).regs[0]
        emit(Self.floating(.fge, for: target), overflow.index, r.index, bound.index)
        let less: Opcode = source.isSigned ? .lts64 : .ltu64
        emit(less, aboveAsInteger.index, x.index, back.index)
        emit(less, below.index, back.index, x.index)
        emit(.or32, above.index, overflow.index, aboveAsInteger.index)
        return (above, below)
    }
}
