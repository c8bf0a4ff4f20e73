extension CodeGen {
    /// `nan(nancode)` (OpenCL C 1.2 §6.12.2): a quiet NaN whose significand carries the code's low
    /// bits, as clang's library makes it: `uint`/`uintn` gives `float`/`floatn`
    /// (`0x7fc00000 | code & 0x3fffff`), `ulong`/`ulongn` gives `double`/`doublen`.
    func quietNaN(_ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        guard arguments.count == 1 else { throw error("nan takes 1 argument, \(arguments.count) given", location) }
        let code = arguments[0]
        switch code.type.scalar {
        case .integer(bits: 32, signed: false):
            let regs = code.regs.map { reg in
                let payload = newReg(wide: false), result = newReg(wide: false)
                emit(.and32, payload.index, reg.index, constant32(0x003F_FFFF).index)
                emit(.or32, result.index, payload.index, constant32(0x7FC0_0000).index)
                return result
            }
            return Value(type: code.type.isVector ? .vector(.float, code.type.lanes) : .float, regs: regs)
        case .integer(bits: 64, signed: false):
            let regs = code.regs.map { reg in
                let payload = newReg(wide: true), result = newReg(wide: true)
                emit(.and64, payload.index, reg.index, constant64(0x0007_FFFF_FFFF_FFFF).index)
                emit(.or64, result.index, payload.index, constant64(0x7FF8_0000_0000_0000).index)
                return result
            }
            return Value(type: code.type.isVector ? .vector(.double, code.type.lanes) : .double, regs: regs)
        default:
            throw error("nan takes a uint or ulong (or a vector of them), not \(code.type)", location)
        }
    }
}
