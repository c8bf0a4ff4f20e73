extension CodeGen {
    /// `nan(nancode)` (OpenCL C 1.2 §6.12.2): a quiet NaN whose significand carries the code's low
    /// bits, as clang's library makes it: `uint`/`uintn` gives `float`/`floatn`
    /// (`0x7fc00000 | code & 0x3fffff`), `ulong`/`ulongn` gives `double`/`doublen`.
    func quietNaN(_ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        guard arguments.count == 1 else { throw error("nan takes 1 argument, \(arguments.count) given", location) }
        let code = arguments[0]
        let element: CType, significand: UInt64, quiet: UInt64
        switch code.type.scalar {
        case .integer(bits: 32, signed: false): (element, significand, quiet) = (.float, 0x003F_FFFF, 0x7FC0_0000)
        case .integer(bits: 64, signed: false): (element, significand, quiet) = (.double, 0x0007_FFFF_FFFF_FFFF, 0x7FF8_0000_0000_0000)
        default: throw error("nan takes a uint or ulong (or a vector of them), not \(code.type)", location)
        }
        let wide = element == .double
        func constant(_ bits: UInt64) -> Reg { wide ? constant64(bits) : constant32(UInt32(bits)) }
        let regs = code.regs.map { reg in
            let payload = newReg(wide: wide), result = newReg(wide: wide)
            emit(wide ? .and64 : .and32, payload.index, reg.index, constant(significand).index)
            emit(wide ? .or64 : .or32, result.index, payload.index, constant(quiet).index)
            return result
        }
        return Value(type: code.type.isVector ? .vector(element, code.type.lanes) : element, regs: regs)
    }
}
