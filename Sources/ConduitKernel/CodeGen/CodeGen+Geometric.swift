extension CodeGen {
    // MARK: - length, distance, normalize and their fast_ forms (OpenCL C 1.2 §6.12.5)

    static let geometrics: Set<String> = ["length", "distance", "normalize", "fast_length", "fast_distance", "fast_normalize"]

    /// The scales that keep a sum of squares of up to four components finite and normal: a sum
    /// that overflowed is taken again of the components times `down`, one below the smallest
    /// normal number of the components times `up` (powers of two, so the scaling is exact).
    private static func rescaling(_ element: CType) -> (smallestNormal: Double, up: Double, down: Double) {
        element.isDouble ? (0x1p-1022, 0x1p563, 0x1p-513) : (0x1p-126, 0x1p86, 0x1p-65)
    }

    /// `fast_` forms compute as the exact ones do (OpenCL lets them be less exact, not more).
    /// None of them overflows or underflows on the way: `length((float2)(0x1p64f, 0))` is
    /// `0x1p64f`, not infinity (the CTS's `geom_length` checks it).
    func geometric(_ name: String, _ arguments: [Value], _ location: SourceLocation) throws(CompileError) -> Value {
        let base = name.hasPrefix("fast_") ? String(name.dropFirst(5)) : name
        let expected = base == "distance" ? 2 : 1
        guard arguments.count == expected else {
            throw error("\(name) takes \(expected) argument\(expected == 1 ? "" : "s"), \(arguments.count) given", location)
        }
        var operands: [Value] = []
        for argument in arguments { operands.append(try floatOperand(argument, location)) }
        if expected == 2 && operands[0].type != operands[1].type {
            let type = try commonType(operands[0].type, operands[1].type, location: location)
            operands = try operands.map { operand throws(CompileError) in try convert(operand, to: type, location: location) }
        }
        guard operands[0].type.lanes <= 4 else { throw error("\(name) takes a scalar or a vector of 2, 3 or 4 components, not \(operands[0].type)", location) }
        switch base {
        case "length": return try length(operands[0], location)
        case "distance": return try length(try binary("-", operands[0], operands[1], location), location)
        default: return try normalized(operands[0], location)
        }
    }

    /// `sqrt(dot(v, v))`, taken again of `v` scaled up or down where the sum underflowed or overflowed.
    private func length(_ v: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let element = v.type.scalar, scales = Self.rescaling(element)
        /// The length of `v` times `factor`, divided by `factor` again.
        func root(scaledBy factor: Double) throws(CompileError) -> Value {
            let x = try binary("*", v, floatConstant(factor, element), location)
            let squared = try dot(x, x)
            return try binary("*", map([squared], type: element, op: Self.floating(.fsqrt, for: element)), floatConstant(1 / factor, element), location)
        }
        let squared = try dot(v, v)
        let plain = map([squared], type: element, op: Self.floating(.fsqrt, for: element))
        let tiny = try binary("<", squared, floatConstant(scales.smallestNormal, element), location)
        let overflowed = try binary("==", squared, floatConstant(.infinity, element), location)
        let wide = element.isWide
        let result = select(
            overflowed.regs[0], try root(scaledBy: scales.down).regs[0],
            select(tiny.regs[0], try root(scaledBy: scales.up).regs[0], plain.regs[0], wide: wide), wide: wide)
        return Value(type: element, regs: [result])
    }

    /// `v / length(v)` as the spec has it: a zero vector is returned as it is, a vector with an
    /// infinite component as if each infinity were ±1 and every other component ±0, and the
    /// length is taken of `v` scaled where its sum of squares would underflow or overflow.
    private func normalized(_ v: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let element = v.type.scalar, scales = Self.rescaling(element), wide = element.isWide
        let zero = floatConstant(0, element), one = floatConstant(1, element)
        let squared = try dot(v, v)
        let tiny = try binary("<", squared, floatConstant(scales.smallestNormal, element), location).regs[0]
        let overflowed = try binary("==", squared, floatConstant(.infinity, element), location).regs[0]
        let up = try binary("*", v, floatConstant(scales.up, element), location)
        let down = try binary("*", v, floatConstant(scales.down, element), location)
        // Each infinity as ±1 and every other component as 0 times itself (a NaN stays NaN).
        let unitInfinities = try v.regs.map { x throws(CompileError) in
            let component = Value(type: element, regs: [x])
            let infinite = map([component], type: .int, op: Self.floating(.fisinf, for: element)).regs[0]
            let sign = map([one, component], type: element, op: Self.floating(.fcopysign, for: element)).regs[0]
            return select(infinite, sign, try binary("*", zero, component, location).regs[0], wide: wide)
        }
        let downSquared = try dot(down, down)
        let downOverflowed = try binary("==", downSquared, floatConstant(.infinity, element), location).regs[0]
        let scaled = (0..<v.regs.count).map { i in
            select(
                overflowed, select(downOverflowed, unitInfinities[i], down.regs[i], wide: wide),
                select(tiny, up.regs[i], v.regs[i], wide: wide), wide: wide)
        }
        let direction = Value(type: v.type, regs: scaled)
        let norm = map([try dot(direction, direction)], type: element, op: Self.floating(.fsqrt, for: element))
        let quotient = try binary("/", direction, norm, location)
        // A zero vector stays as it is: the sum of its squares scaled up is 0 (any other
        // vector's is at least the smallest normal number).
        let keep = try binary("==", try dot(up, up), zero, location).regs[0]
        return Value(type: v.type, regs: zip(v.regs, quotient.regs).map { x, q in select(keep, x, q, wide: wide) })
    }
}
