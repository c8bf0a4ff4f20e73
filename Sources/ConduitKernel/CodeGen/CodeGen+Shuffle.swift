extension CodeGen {
    // MARK: - shuffle and shuffle2 (OpenCL C 1.2 §6.12.12)

    static let shuffles: Set<String> = ["shuffle", "shuffle2"]

    /// `shuffle(x, mask)` and `shuffle2(x, y, mask)`: component `i` of the result is component
    /// `mask[i]` of `x` (of `x` then `y`, for `shuffle2`), of which only the low bits that can
    /// name a component count (`mask[i] % n`, `% 2n`). The result has the mask's component count
    /// and the element type of `x`; the mask's elements are the unsigned integers of that width.
    /// Each component is a tree of selects on the index's bits, so an index known only at run
    /// time costs `n - 1` selects and no memory.
    func shuffle(_ name: String, _ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        let expected = name == "shuffle" ? 2 : 3
        guard arguments.count == expected else {
            throw error("\(name) takes \(expected) arguments, \(arguments.count) given", location)
        }
        let sources = arguments.dropLast(), mask = arguments[arguments.count - 1]
        let type = sources[0].type
        let sizes = [2, 4, 8, 16]
        guard type.isVector, sizes.contains(type.lanes) else {
            throw error("\(name) takes vectors of 2, 4, 8 or 16 components, not \(type)", location)
        }
        if name == "shuffle2", sources[1].type != type {
            throw error("shuffle2 takes two vectors of the same type, not \(type) and \(sources[1].type)", location)
        }
        let width = type.scalar.size * 8
        guard mask.type.isVector, sizes.contains(mask.type.lanes), mask.type.scalar == .integer(bits: width, signed: false) else {
            throw error(
                "the mask of \(name) must be a vector of 2, 4, 8 or 16 \(CType.integer(bits: width, signed: false))s (the unsigned integer as wide as \(type.scalar)), not \(mask.type)",
                location)
        }
        let candidates = sources.flatMap(\.regs)
        let regs = mask.regs.map { element in
            let index = element.wide ? truncated(element) : element
            var level = candidates
            var bit: UInt32 = 1
            while level.count > 1 {
                let set = newReg(wide: false)
                emit(.and32, set.index, index.index, constant32(bit).index)
                level = stride(from: 0, to: level.count, by: 2).map { i in select(set, level[i + 1], level[i], wide: level[i].wide) }
                bit <<= 1
            }
            return level[0]
        }
        return Value(type: .vector(type.scalar, mask.type.lanes), regs: regs)
    }

    /// The low 32 bits of a 64-bit register.
    private func truncated(_ reg: Reg) -> Reg {
        let low = newReg(wide: false)
        emit(.trunc64to32, low.index, reg.index)
        return low
    }
}
