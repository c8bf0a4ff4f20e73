extension CodeGen {
    static let floatUnary: [String: Opcode] = [
        "sqrt": .fsqrt, "rsqrt": .frsqrt, "exp": .fexp, "exp2": .fexp2, "log": .flog, "log2": .flog2, "log10": .flog10,
        "sin": .fsin, "cos": .fcos, "tan": .ftan, "asin": .fasin, "acos": .facos, "atan": .fatan, "tanh": .ftanh,
        "sinh": .fsinh, "cosh": .fcosh, "fabs": .fabs, "floor": .ffloor, "ceil": .fceil, "round": .fround,
        "trunc": .ftrunc, "rint": .frint, "recip": .frecip, "log1p": .flog1p, "acosh": .facosh, "asinh": .fasinh,
        "atanh": .fatanh, "cbrt": .fcbrt, "expm1": .fexpm1, "acospi": .facospi, "asinpi": .fasinpi, "atanpi": .fatanpi,
        "cospi": .fcospi, "sinpi": .fsinpi, "tanpi": .ftanpi, "lgamma": .flgamma
    ]
    static let floatBinary: [String: Opcode] = [
        "pow": .fpow, "fmod": .fmod, "atan2": .fatan2, "hypot": .fhypot, "copysign": .fcopysign,
        "fmin": .fmin, "fmax": .fmax, "divide": .fdiv, "fdim": .fdim, "remainder": .fremainder, "maxmag": .fmaxmag,
        "minmag": .fminmag, "atan2pi": .fatan2pi
    ]
    static let workItems: [String: WorkItemQuery] = Dictionary(uniqueKeysWithValues: WorkItemQuery.allCases.map { ($0.builtinName, $0) })
    static let atomics: [String: Opcode] = [
        "add": .atomicAdd, "sub": .atomicSub, "xchg": .atomicXchg, "min": .atomicMins, "max": .atomicMaxs,
        "and": .atomicAnd, "or": .atomicOr, "xor": .atomicXor, "inc": .atomicAdd, "dec": .atomicSub, "cmpxchg": .atomicCmpxchg
    ]

    /// Builtins that neither write nor touch memory (so `?:` may evaluate them speculatively).
    static let pureBuiltins: Set<String> = {
        var names = Set(floatUnary.keys).union(floatBinary.keys).union(workItems.keys)
        names.formUnion([
            "min", "max", "clamp", "mix", "mad", "fma", "dot", "cross",
            "abs", "mul24", "mad24", "mul_hi", "hadd", "rhadd", "nextafter", "popcount", "clz", "rotate", "select", "isnan", "isinf",
            "isfinite", "isnormal", "signbit", "sign", "step", "degrees", "radians", "nan", "ldexp", "ilogb", "logb"
        ])
        names.formUnion(integerExtras)
        names.formUnion(relationals)
        names.formUnion(shuffles)
        names.formUnion(geometrics)
        names.formUnion(powers)
        for name in Array(names) { names.insert("native_" + name); names.insert("half_" + name) }
        return names
    }()

    /// Canonical name: `native_sqrt` and `half_sqrt` are `sqrt` (same code here).
    private static func canonical(_ name: String) -> String {
        for prefix in ["native_", "half_"] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    func call(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        if let function = functions[name] { return try callHelper(function, args, location) }
        if let query = Self.workItems[name] { return try workItem(query, args, location) }
        let base = Self.canonical(name)
        func arity(_ n: Int) throws(CompileError) {
            guard args.count == n else { throw error("\(name) takes \(n) argument\(n == 1 ? "" : "s"), \(args.count) given", location) }
        }
        if Self.integerExtras.contains(name) { return try integerExtra(name, try args.map { arg throws(CompileError) in try rvalue(arg) }, location) }
        if name == "vec_step" {
            try arity(1)
            return Value(type: .int, regs: [constant32(UInt32(Parser.vecStep(try typeOf(args[0]))))])
        }
        if name == "nan" { return try quietNaN(try args.map { arg throws(CompileError) in try rvalue(arg) }, location) }
        if Self.shuffles.contains(name) { return try shuffle(name, try args.map { arg throws(CompileError) in try rvalue(arg) }, location) }
        if Self.exponentFunctions.contains(base) { return try exponentFunction(base, args, location) }
        if base == "ldexp" { return try ldexp(args, location) }
        if Self.mathWithOutput.contains(base) { return try mathWithOutput(base, args, location) }
        if Self.powers.contains(base) { return try power(base, try args.map { arg throws(CompileError) in try rvalue(arg) }, location) }
        if Self.geometrics.contains(base) { return try geometric(base, try args.map { arg throws(CompileError) in try rvalue(arg) }, location) }
        if Self.relationals.contains(base) { return try relational(base, try args.map { arg throws(CompileError) in try rvalue(arg) }, location) }
        if let op = Self.floatUnary[base] {
            try arity(1)
            let x = try floatOperand(try rvalue(args[0]), location)
            return map([x], type: x.type, op: Self.floating(op, for: x.type.scalar))
        }
        if let op = Self.floatBinary[base] {
            try arity(2)
            let (x, y) = try floatPair(args[0], args[1], location)
            return map([x, y], type: x.type, op: Self.floating(op, for: x.type.scalar))
        }
        if name.hasPrefix("convert_") { try arity(1); return try convertBuiltin(name, args[0], location) }
        if name.hasPrefix("as_") { try arity(1); return try reinterpret(name, args[0], location) }
        if name.hasPrefix("vload") { try arity(2); return try vload(name, args, location) }
        if name.hasPrefix("vstore") { try arity(3); return try vstore(name, args, location) }
        if name.hasPrefix("atomic_") || name.hasPrefix("atom_") { return try atomic(name, args, location) }
        if let value = try asyncBuiltin(name, args, location) { return value }

        switch base {
        case "barrier", "work_group_barrier":
            try arity(1)
            _ = try rvalue(args[0])
            guard returnTargets.isEmpty || true else { break }
            emit(.barrier)
            return Value(type: .void, regs: [])
        case "mem_fence", "read_mem_fence", "write_mem_fence":
            try arity(1)
            _ = try rvalue(args[0])
            return Value(type: .void, regs: [])  // a work-group runs in lock-step: memory is coherent within it
        case "mad", "fma":
            try arity(3)
            let (x, y) = try floatPair(args[0], args[1], location)
            let z = try convert(try rvalue(args[2]), to: x.type, location: location)
            return map([x, y, z], type: x.type, op: Self.floating(.ffma, for: x.type.scalar))
        case "min", "max":
            try arity(2)
            return try minMax(base, try rvalue(args[0]), try rvalue(args[1]), location)
        case "clamp":
            try arity(3)
            let x = try rvalue(args[0])
            return try minMax("min", try minMax("max", x, try rvalue(args[1]), location), try rvalue(args[2]), location)
        case "mix":
            try arity(3)
            let (a, b) = try floatPair(args[0], args[1], location)
            let t = try convert(try rvalue(args[2]), to: a.type, location: location)
            return try binary("+", a, try binary("*", try binary("-", b, a, location), t, location), location)
        case "step":
            try arity(2)
            let (edge, x) = try floatPair(args[0], args[1], location)
            let element = x.type.scalar
            let one = floatConstant(1, element).regs[0], zero = floatConstant(0, element).regs[0]
            let below = componentCompare(Self.floating(.flt, for: element), x, edge)
            return Value(type: x.type, regs: below.map { select($0, zero, one, wide: element.isWide) })
        case "sign":
            try arity(1)
            let x = try floatOperand(try rvalue(args[0]), location)
            let element = x.type.scalar, wide = element.isWide
            let zero = try convert(floatConstant(0, element), to: x.type, location: location)
            let one = floatConstant(1, element).regs[0], minusOne = floatConstant(-1, element).regs[0]
            let positive = componentCompare(Self.floating(.fgt, for: element), x, zero)
            let negative = componentCompare(Self.floating(.flt, for: element), x, zero)
            let nan = map([x], type: x.type, op: Self.floating(.fisnan, for: element))
            // OpenCL C: ±0 keeps its sign (sign(-0.0) is -0.0) and NaN gives 0.0.
            return Value(
                type: x.type,
                regs: (0..<x.regs.count).map { i in
                    let rest = select(nan.regs[i], zero.regs[i], x.regs[i], wide: wide)
                    return select(positive[i], one, select(negative[i], minusOne, rest, wide: wide), wide: wide)
                })
        case "degrees", "radians":
            try arity(1)
            let x = try floatOperand(try rvalue(args[0]), location)
            return try binary("*", x, floatConstant(base == "degrees" ? 180 / Double.pi : Double.pi / 180, x.type.scalar), location)
        case "dot":
            try arity(2)
            let (a, b) = try floatPair(args[0], args[1], location)
            return try dot(a, b)
        case "cross":
            try arity(2)
            let (a, b) = try floatPair(args[0], args[1], location)
            guard a.type.lanes == 3 || a.type.lanes == 4 else { throw error("cross needs float3 or float4 arguments", location) }
            let element = a.type.scalar
            func component(_ i: Int, _ j: Int) -> Reg {
                let p = newReg(wide: element.isWide), q = newReg(wide: element.isWide), r = newReg(wide: element.isWide)
                emit(Self.floating(.fmul, for: element), p.index, a.regs[i].index, b.regs[j].index)
                emit(Self.floating(.fmul, for: element), q.index, a.regs[j].index, b.regs[i].index)
                emit(Self.floating(.fsub, for: element), r.index, p.index, q.index)
                return r
            }
            var regs = [component(1, 2), component(2, 0), component(0, 1)]
            if a.type.lanes == 4 { regs.append(floatConstant(0, element).regs[0]) }
            return Value(type: a.type, regs: regs)
        case "abs":
            try arity(1)
            let x = try rvalue(args[0])
            if x.type.scalar.isFloat { return map([x], type: x.type, op: Self.floating(.fabs, for: x.type.scalar)) }
            let v = try convert(x, to: promoted(x.type), location: location)
            let zero = try convert(Value(type: .int, regs: [constant32(0)]), to: v.type, location: location, explicit: true)
            // Unsigned values are their own magnitude.
            guard v.type.scalar.isSigned else { return try convert(v, to: Self.unsignedVariant(x.type), location: location, explicit: true) }
            // One 0/1 condition per component (a vector comparison would give -1 in the element's width).
            let negative = componentCompare(v.type.scalar.isWide ? .lts64 : .lts32, v, zero)
            let negated = try unary0("-", v, location)
            let magnitude = Value(
                type: v.type,
                regs: (0..<v.regs.count).map { i in
                    select(negative[i], negated.regs[i], v.regs[i], wide: v.regs[i].wide)
                })
            // OpenCL C: abs(gentype) is ugentype of the argument's own width (abs(char) is uchar).
            return try convert(magnitude, to: Self.unsignedVariant(x.type), location: location, explicit: true)
        case "mul24", "mad24":
            try arity(base == "mul24" ? 2 : 3)
            let product = try binary("*", try rvalue(args[0]), try rvalue(args[1]), location)
            return base == "mul24" ? product : try binary("+", product, try rvalue(args[2]), location)
        case "nextafter":
            // The next representable value after x toward y, by stepping x's bits: up in magnitude
            // when y lies beyond x away from zero, down otherwise; from zero, the smallest
            // subnormal with y's sign; y itself when equal; NaN when either is (C99 7.12.11.3).
            try arity(2)
            let (x, y) = try floatPair(args[0], args[1], location)
            let element = x.type.scalar, wide = element.isDouble
            let zero = wide ? constant64(0) : constant32(0), one = wide ? constant64(1) : constant32(1)
            let sign = wide ? constant64(1 << 63) : constant32(1 << 31)
            func flag(_ op: Opcode, _ a: Reg, _ b: Reg) -> Reg {
                let r = newReg(wide: false)
                emit(Self.floating(op, for: element), r.index, a.index, b.index)
                return r
            }
            func integer(_ op32: Opcode, _ op64: Opcode, _ a: Reg, _ b: Reg) -> Reg {
                let r = newReg(wide: wide)
                emit(wide ? op64 : op32, r.index, a.index, b.index)
                return r
            }
            let regs: [Reg] = zip(x.regs, y.regs).map { a, b in
                let up = newReg(wide: false)
                emit(.xor32, up.index, flag(.flt, a, b).index, flag(.flt, a, zero).index)
                let stepped = select(up, integer(.add32, .add64, a, one), integer(.sub32, .sub64, a, one), wide: wide)
                let fromZero = integer(.or32, .or64, integer(.and32, .and64, b, sign), one)
                let moved = select(flag(.feq, a, zero), fromZero, stepped, wide: wide)
                let settled = select(flag(.feq, a, b), b, moved, wide: wide)
                let unordered = newReg(wide: false), sum = newReg(wide: wide)
                emit(.xor32, unordered.index, flag(.feq, a, a).index, constant32(1).index)
                let yUnordered = newReg(wide: false), either = newReg(wide: false)
                emit(.xor32, yUnordered.index, flag(.feq, b, b).index, constant32(1).index)
                emit(.or32, either.index, unordered.index, yUnordered.index)
                emit(Self.floating(.fadd, for: element), sum.index, a.index, b.index)
                return select(either, sum, settled, wide: wide)
            }
            return Value(type: x.type, regs: regs)
        case "hadd", "rhadd":
            // (x + y) >> 1 and (x + y + 1) >> 1 without the sum's overflow: halves first, then the
            // carry of the two low bits (OpenCL C 1.2 §6.12.3).
            try arity(2)
            let a = try rvalue(args[0]), b = try rvalue(args[1])
            let common = try commonType(a.type, b.type, location: location)
            guard common.scalar.isInteger else { throw error("\(name) takes integers", location) }
            let x = try convert(a, to: common, location: location), y = try convert(b, to: common, location: location)
            let one = try convert(Value(type: .int, regs: [constant32(1)]), to: common, location: location, explicit: true)
            let halves = try binary("+", try binary(">>", x, one, location), try binary(">>", y, one, location), location)
            let carry = try binary("&", try binary(base == "hadd" ? "&" : "|", x, y, location), one, location)
            return try convert(try binary("+", halves, carry, location), to: common, location: location, explicit: true)
        case "mul_hi":
            try arity(2)
            let a = try rvalue(args[0]), b = try rvalue(args[1])
            // gentype, not the promoted type: mul_hi(char, char) is the high 8 bits.
            let common = a.type == b.type ? a.type : try commonType(a.type, b.type, location: location)
            guard common.scalar.isInteger, common.scalar != .bool else { throw error("mul_hi takes integers", location) }
            return try mulHi(try convert(a, to: common, location: location), try convert(b, to: common, location: location), location)
        case "popcount", "clz":
            try arity(1)
            let x = try rvalue(args[0])
            guard x.type.scalar.isInteger, x.type.scalar != .bool else { throw error("\(name) takes integers", location) }
            if base == "popcount" { return try populationCount(x, location) }
            if x.type.scalar.size == 8 { return try bitCount64(x, leadingZeros: true, location) }
            // Counted at the argument's own width (clz((uchar)1) is 7), and typed as the argument:
            // zero-extend, count in 32 bits, take off the extension's zeros.
            let zeroExtended = try convert(
                try convert(x, to: Self.unsignedVariant(x.type), location: location, explicit: true),
                to: x.type.isVector ? .vector(.uint, x.type.lanes) : .uint, location: location, explicit: true)
            var counted = map([zeroExtended], type: zeroExtended.type, op: .clz32)
            if x.type.scalar.size < 4 {
                let extra = try convert(Value(type: .uint, regs: [constant32(UInt32(32 - 8 * x.type.scalar.size))]), to: counted.type, location: location)
                counted = try binary("-", counted, extra, location)
            }
            return try convert(counted, to: x.type, location: location, explicit: true)
        case "rotate":
            try arity(2)
            let x = try rvalue(args[0])
            guard x.type.scalar.isInteger, x.type.scalar != .bool else { throw error("rotate takes integers", location) }
            return try rotated(x, by: try rvalue(args[1]), location)
        case "select":
            try arity(3)
            return try selected(ifClear: try rvalue(args[0]), ifSet: try rvalue(args[1]), by: try rvalue(args[2]), location)
        case "isnan", "isinf", "isfinite", "signbit", "isnormal":
            try arity(1)
            let x = try floatOperand(try rvalue(args[0]), location)
            let element = x.type.scalar
            // One 0/1 flag per component, in an r32.
            let flags: [Reg] = x.regs.map { reg in
                func test(_ op: Opcode, _ value: Reg) -> Reg {
                    let flag = newReg(wide: false)
                    emit(Self.floating(op, for: element), flag.index, value.index)
                    return flag
                }
                switch base {
                case "isnan": return test(.fisnan, reg)
                case "isinf": return test(.fisinf, reg)
                case "signbit":
                    let shifted = newReg(wide: element.isWide), flag = newReg(wide: false)
                    if element.isDouble {
                        emit(.shru64, shifted.index, reg.index, constant64(63).index)
                        emit(.trunc64to32, flag.index, shifted.index)
                        return flag
                    }
                    emit(.shru32, shifted.index, reg.index, constant32(31).index)
                    return shifted
                case "isnormal":
                    // Finite, and an exponent field that is not all zeros (zero and subnormals).
                    let exponent = newReg(wide: element.isWide), nonzero = newReg(wide: false), flag = newReg(wide: false)
                    if element.isDouble {
                        emit(.and64, exponent.index, reg.index, constant64(0x7FF0_0000_0000_0000).index)
                        emit(.ne64, nonzero.index, exponent.index, constant64(0).index)
                    } else {
                        emit(.and32, exponent.index, reg.index, constant32(0x7F80_0000).index)
                        emit(.ne32, nonzero.index, exponent.index, constant32(0).index)
                    }
                    let either = newReg(wide: false), finite = newReg(wide: false)
                    emit(.or32, either.index, test(.fisnan, reg).index, test(.fisinf, reg).index)
                    emit(.xor32, finite.index, either.index, constant32(1).index)
                    emit(.and32, flag.index, finite.index, nonzero.index)
                    return flag
                default:
                    let either = newReg(wide: false), flag = newReg(wide: false)
                    emit(.or32, either.index, test(.fisnan, reg).index, test(.fisinf, reg).index)
                    emit(.xor32, flag.index, either.index, constant32(1).index)
                    return flag
                }
            }
            guard x.type.isVector else { return Value(type: .int, regs: flags) }
            return try vectorTruth(flags, elementSize: element.size)
        case "printf":
            throw error("`printf` is not supported", location)
        default:
            throw error("call to undeclared function '\(name)'", location)
        }
        throw error("call to undeclared function '\(name)'", location)
    }

    // MARK: - Helpers

    private func unary0(_ op: String, _ v: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        Value(
            type: v.type,
            regs: v.regs.map { reg in
                let result = newReg(wide: reg.wide)
                emit(v.type.scalar.isFloat ? Self.floating(.fneg, for: v.type.scalar) : reg.wide ? .neg64 : .neg32, result.index, reg.index)
                return result
            })
    }

    /// One instruction per component, over parallel component lists.
    /// `select(a, b, c)`, and `c ? b : a` for a vector `c`: per component, `b` where the most
    /// significant bit of `c`'s component (in its own width) is set, else `a`; a scalar `c` picks
    /// by its truth.
    func selected(ifClear a: Value, ifSet b: Value, by c: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        // One type unpromoted, as clang keeps it: `char2 d = c2 ? a : b` with char `a`, `b` is char2.
        let type = a.type == b.type ? a.type : try commonType(a.type, b.type, location: location)
        let x = try convert(a, to: type, location: location), y = try convert(b, to: type, location: location)
        let conditions: [Reg]
        if c.type.isVector {
            guard c.type.scalar.isInteger, c.type.lanes == type.lanes || !type.isVector else {
                throw error("the condition \(c.type) must be an integer vector with as many components as \(type)", location)
            }
            let zero = c.type.scalar.isWide ? constant64(0) : constant32(0)
            let bits = c.type.scalar.size * 8
            conditions = c.regs.map { reg in
                // The sign bit of a char or short is bit 7 or 15: sign-extend before comparing.
                let extended = bits < 32 ? narrow(reg, bits: bits, signed: true) : reg
                let set = newReg(wide: false)
                emit(reg.wide ? .lts64 : .lts32, set.index, extended.index, zero.index)
                return set
            }
        } else {
            conditions = Array(repeating: try truthValue(c, location: location).regs[0], count: x.regs.count)
        }
        let lanes = max(x.regs.count, conditions.count)
        let xs = x.regs.count == lanes ? x.regs : Array(repeating: x.regs[0], count: lanes)
        let ys = y.regs.count == lanes ? y.regs : Array(repeating: y.regs[0], count: lanes)
        let resultType = type.isVector || lanes == 1 ? type : .vector(type, lanes)
        return Value(type: resultType, regs: (0..<lanes).map { i in select(conditions[i], ys[i], xs[i], wide: xs[i].wide) })
    }

    /// The unsigned integer type (or vector) of the same width as `type`.
    static func unsignedVariant(_ type: CType) -> CType {
        let element = CType.integer(bits: type.scalar == .bool ? 32 : type.scalar.size * 8, signed: false)
        return type.isVector ? .vector(element, type.lanes) : element
    }

    func map(_ values: [Value], type: CType, op: Opcode) -> Value {
        let wide = op.operands.0 == .r64
        return Value(
            type: type,
            regs: (0..<values[0].regs.count).map { i in
                let result = newReg(wide: wide)
                let sources = values.map { $0.regs[i].index }
                emit(op, result.index, sources[0], sources.count > 1 ? sources[1] : 0, sources.count > 2 ? sources[2] : 0)
                return result
            })
    }

    /// `componentCompare` for floating values: `op` is the f32 comparison, taken as its double twin
    /// for doubles.
    func flags(_ op: Opcode, _ a: Value, _ b: Value) -> [Reg] { componentCompare(Self.floating(op, for: a.type.scalar), a, b) }

    func componentCompare(_ op: Opcode, _ a: Value, _ b: Value) -> [Reg] {
        zip(a.regs, b.regs).map { x, y in
            let result = newReg(wide: false)
            emit(op, result.index, x.index, y.index)
            return result
        }
    }

    func select(_ condition: Reg, _ ifTrue: Reg, _ ifFalse: Reg, wide: Bool) -> Reg {
        let result = newReg(wide: wide)
        emit(wide ? .select64 : .select32, result.index, condition.index, ifTrue.index, ifFalse.index)
        return result
    }

    func floatOperand(_ v: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        if v.type.scalar.isFloat { return v }
        guard v.type.isArithmetic else { throw error("expected a float operand, found \(v.type)", location) }
        return try convert(v, to: v.type.isVector ? .vector(.float, v.type.lanes) : .float, location: location, explicit: true)
    }

    private func floatPair(_ a: Expr, _ b: Expr, _ location: SourceLocation) throws(CompileError) -> (Value, Value) {
        let x = try floatOperand(try rvalue(a), location), y = try floatOperand(try rvalue(b), location)
        let type = try commonType(x.type, y.type, location: location)
        return (try convert(x, to: type, location: location), try convert(y, to: type, location: location))
    }

    func minMax(_ which: String, _ a: Value, _ b: Value, _ location: SourceLocation) throws(CompileError) -> Value {
        let type = try commonType(a.type, b.type, location: location)
        let x = try convert(a, to: type, location: location), y = try convert(b, to: type, location: location)
        let element = type.scalar
        let op: Opcode
        if element.isFloat {
            op = Self.floating(which == "min" ? .fmin : .fmax, for: element)
        } else if element.isWide {
            op = which == "min" ? (element.isSigned ? .mins64 : .minu64) : (element.isSigned ? .maxs64 : .maxu64)
        } else {
            op = which == "min" ? (element.isSigned ? .mins32 : .minu32) : (element.isSigned ? .maxs32 : .maxu32)
        }
        return map([x, y], type: type, op: op)
    }

    func dot(_ a: Value, _ b: Value) throws(CompileError) -> Value {
        let element = a.type.scalar
        var sum: Reg?
        for (x, y) in zip(a.regs, b.regs) {
            let product = newReg(wide: element.isWide)
            if let s = sum {
                emit(Self.floating(.ffma, for: element), product.index, x.index, y.index, s.index)
            } else {
                emit(Self.floating(.fmul, for: element), product.index, x.index, y.index)
            }
            sum = product
        }
        return Value(type: element, regs: [sum!])
    }

    private func workItem(_ query: WorkItemQuery, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let reg = newReg(wide: true)
        if query == .workDim {
            guard args.isEmpty else { throw error("get_work_dim takes no arguments", location) }
            emit(.workItem, reg.index, query.rawValue, 0)
            return Value(type: .uint, regs: [try convertScalar(reg, from: .ulong, to: .uint)])
        }
        guard args.count == 1 else { throw error("\(query.builtinName) takes 1 argument, \(args.count) given", location) }
        guard let dimension = ConstantFolder.integer(args[0]) else { return try workItem(query, dimension: args[0], location) }
        guard (0...2).contains(dimension) else {
            throw error("\(query.builtinName) needs a dimension 0, 1 or 2, got \(dimension)", args[0].location)
        }
        emit(.workItem, reg.index, query.rawValue, UInt32(dimension))
        return Value(type: .sizeT, regs: [reg])
    }

    /// A work-item query whose dimension is known only when the kernel runs: each dimension's
    /// answer, selected by it. Past the last dimension, sizes are 1 and ids and offsets 0
    /// (OpenCL C 1.2 §6.12.1).
    private func workItem(_ query: WorkItemQuery, dimension: Expr, _ location: SourceLocation) throws(CompileError) -> Value {
        let d = try convert(try rvalue(dimension), to: .uint, location: location, explicit: true)
        let isSize = [.globalSize, .localSize, .numGroups].contains(query)
        var result = Value(type: .sizeT, regs: [constant64(isSize ? 1 : 0)])
        for axis in (0...2).reversed() {
            let reg = newReg(wide: true)
            emit(.workItem, reg.index, query.rawValue, UInt32(axis))
            let isAxis = try binary("==", d, Value(type: .uint, regs: [constant32(UInt32(axis))]), location)
            result = try selected(ifClear: result, ifSet: Value(type: .sizeT, regs: [reg]), by: isAxis, location)
        }
        return result
    }

    /// `convert_<type>[_sat][_rte|_rtz|_rtp|_rtn]` (OpenCL C 1.2 §6.2.3). Float-to-integer
    /// conversions round as the suffix says (toward zero by default); `_sat` clamps to the
    /// destination's range (NaN gives 0). Conversions to a float type round to nearest even
    /// unless the suffix says otherwise.
    private func convertBuiltin(_ name: String, _ arg: Expr, _ location: SourceLocation) throws(CompileError) -> Value {
        let parts = name.dropFirst("convert_".count).split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard let typeName = parts.first, let type = CType.named(typeName), type != .void, type != .bool else {
            throw error("unknown conversion '\(name)'", location)
        }
        var saturate = false, rounding: String?
        for suffix in parts.dropFirst() {
            switch suffix {
            case "sat" where !saturate && rounding == nil: saturate = true
            case "rte" where rounding == nil, "rtz" where rounding == nil, "rtp" where rounding == nil, "rtn" where rounding == nil:
                rounding = suffix
            default: throw error("unknown conversion '\(name)'", location)
            }
        }
        var value = try rvalue(arg)
        guard value.type.isArithmetic, value.type.lanes == type.lanes else {
            throw error("\(name) cannot convert \(value.type) to \(type)", location)
        }
        if saturate, type.scalar.isFloat { throw error("'_sat' applies to conversions to integer types (\(name))", location) }
        if value.type.scalar.isFloat, type.scalar.isInteger, let rounding, rounding != "rtz" {
            value = map([value], type: value.type, op: Self.floating(["rte": .frint, "rtp": .fceil, "rtn": .ffloor][rounding]!, for: value.type.scalar))
        } else if type.scalar.isFloat, let rounding, rounding != "rte" {
            return try directedConversion(value, to: type, rounding: rounding, location)
        }
        guard saturate else { return try convert(value, to: type, location: location, explicit: true) }
        return try saturated(value, to: type, location: location)
    }

    /// Integer conversion with `_sat`: the value clamped to the destination's range first
    /// (floats go through a saturating 64-bit integer conversion).
    private func saturated(_ value: Value, to type: CType, location: SourceLocation) throws(CompileError) -> Value {
        let lanes = type.lanes
        let source = value.type.scalar, target = type.scalar
        // Float-to-64-bit conversions saturate already (and NaN gives 0).
        if source.isFloat, target.size == 8 { return try convert(value, to: type, location: location, explicit: true) }
        let signedSource = source.isFloat || source.isSigned
        let wideType: CType = signedSource ? .long : .ulong
        var wide = try convert(value, to: lanes > 1 ? .vector(wideType, lanes) : wideType, location: location, explicit: true)
        let targetBits = target.size * 8
        let targetMax: UInt64 = target.isSigned ? (UInt64(1) << (targetBits - 1)) - 1 : (targetBits == 64 ? .max : (UInt64(1) << targetBits) - 1)
        let targetMin: Int64 = target.isSigned ? -Int64(bitPattern: targetMax) - 1 : 0
        var regs = wide.regs
        for i in regs.indices {
            var reg = regs[i]
            if signedSource {
                // Below the minimum (signed comparison); above the maximum when it fits a long.
                let low = constant64(UInt64(bitPattern: targetMin)), below = newReg(wide: false)
                emit(.lts64, below.index, reg.index, low.index)
                reg = select(below, low, reg, wide: true)
                if targetMax <= UInt64(Int64.max) {
                    let high = constant64(targetMax), above = newReg(wide: false)
                    emit(.lts64, above.index, high.index, reg.index)
                    reg = select(above, high, reg, wide: true)
                }
            } else if targetMax < UInt64.max {
                let high = constant64(targetMax), above = newReg(wide: false)
                emit(.ltu64, above.index, high.index, reg.index)
                reg = select(above, high, reg, wide: true)
            }
            regs[i] = reg
        }
        wide.regs = regs
        return try convert(wide, to: type, location: location, explicit: true)
    }

    private func reinterpret(_ name: String, _ arg: Expr, _ location: SourceLocation) throws(CompileError) -> Value {
        guard let type = CType.named(String(name.dropFirst(3))) else { throw error("unknown reinterpretation '\(name)'", location) }
        let value = try rvalue(arg)
        guard value.type.size == type.size else {
            throw error("\(name) needs an operand of \(type.size) bytes, \(value.type) has \(value.type.size)", location)
        }
        // A 3-vector is stored as 4 (OpenCL C 1.2 §6.1.5): its fourth component is undefined, here 0.
        var regs = value.regs
        if value.type.lanes == 3 { regs.append(value.type.scalar.isWide ? constant64(0) : constant32(0)) }
        let lanes = type.lanes == 3 ? 4 : type.lanes
        if value.type.scalar.size != type.scalar.size {
            regs = try repacked(regs, from: value.type.scalar, to: type.scalar, count: lanes, location)
        }
        // The same bits, but a char or short register is kept extended by its own signedness:
        // as_char((uchar)200) is -56 in a register, not 200.
        return normalized(Value(type: type, regs: Array(regs.prefix(type.lanes))))
    }

    /// The bits of components of `source` scalars as `count` components of `target` scalars (a
    /// different size): little-endian, as the types lie in memory. `as_short(char2)` joins two
    /// bytes, `as_char4(int)` splits one word.
    private func repacked(_ regs: [Reg], from source: CType, to target: CType, count: Int, _ location: SourceLocation) throws(CompileError)
        -> [Reg]
    {
        let sourceBits = Self.unsignedVariant(source), targetBits = Self.unsignedVariant(target)
        let parts = regs.map { normalized(Value(type: sourceBits, regs: [$0])) }
        func shift(_ bits: Int) -> Value { Value(type: .int, regs: [constant32(UInt32(bits))]) }
        var result: [Reg] = []
        for index in 0..<count {
            var component: Value
            if target.size > source.size {
                let per = target.size / source.size
                component = try convert(parts[index * per], to: targetBits, location: location, explicit: true)
                for part in 1..<per {
                    let widened = try convert(parts[index * per + part], to: targetBits, location: location, explicit: true)
                    component = try binary("|", component, try binary("<<", widened, shift(8 * source.size * part), location), location)
                }
            } else {
                let per = source.size / target.size
                let shifted = try binary(">>", parts[index / per], shift(8 * target.size * (index % per)), location)
                component = shifted
            }
            result += try convert(component, to: targetBits, location: location, explicit: true).regs
        }
        return result
    }

    private func vectorAccess(_ name: String, prefix: String, _ offsetExpr: Expr, _ pointerExpr: Expr, _ location: SourceLocation)
        throws(CompileError) -> (CType, Place)
    {
        guard let lanes = Int(name.dropFirst(prefix.count)), [2, 3, 4, 8, 16].contains(lanes) else {
            throw error("unknown builtin '\(name)'", location)
        }
        let pointer = try rvalue(pointerExpr)
        guard case let .pointer(element, space) = pointer.type, element.isScalar else {
            throw error("\(name) needs a pointer to a scalar type, found \(pointer.type)", location)
        }
        let vector = CType.vector(element, lanes)
        let offset = try rvalue(offsetExpr)
        let address = try scaledAddress(pointer.regs[0], index: offset, elementSize: element.size * lanes, location)
        let offsets = (0..<lanes).map { $0 * element.size }
        return (vector, .memoryComponents(base: address, offsets: offsets, type: vector, space: space))
    }

    private func vload(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let (_, place) = try vectorAccess(name, prefix: "vload", args[0], args[1], location)
        return try load(place)
    }

    private func vstore(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let (vector, place) = try vectorAccess(name, prefix: "vstore", args[1], args[2], location)
        try store(try convert(try rvalue(args[0]), to: vector, location: location), to: place, location: location)
        return Value(type: .void, regs: [])
    }

    private func atomic(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        let operation = String(name.drop { $0 != "_" }.dropFirst())
        guard var op = Self.atomics[operation] else { throw error("unknown atomic '\(name)'", location) }
        let expected = operation == "inc" || operation == "dec" ? 1 : operation == "cmpxchg" ? 3 : 2
        guard args.count == expected else { throw error("\(name) takes \(expected) arguments, \(args.count) given", location) }
        let pointer = try rvalue(args[0])
        guard case let .pointer(element, space) = pointer.type, element.size == 4, element.isInteger || element.isFloat && operation == "xchg" else {
            throw error("\(name) needs a pointer to a 32-bit integer, found \(pointer.type)", location)
        }
        guard space == .global || space == .local else { throw error("\(name) needs a __global or __local pointer", location) }
        if !element.isSigned && op == .atomicMins { op = .atomicMinu }
        if !element.isSigned && op == .atomicMaxs { op = .atomicMaxu }
        let result = newReg(wide: false)
        switch operation {
        case "inc", "dec":
            emit(op, result.index, pointer.regs[0].index, constant32(1).index)
        case "cmpxchg":
            let compare = try convert(try rvalue(args[1]), to: element, location: location)
            let value = try convert(try rvalue(args[2]), to: element, location: location)
            emit(op, result.index, pointer.regs[0].index, compare.regs[0].index, value.regs[0].index)
        default:
            let value = try convert(try rvalue(args[1]), to: element, location: location)
            emit(op, result.index, pointer.regs[0].index, value.regs[0].index)
        }
        return Value(type: element, regs: [result])
    }

    // MARK: - Inlining user functions

    func inlineCall(_ f: FunctionDefinition, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value {
        guard !inlining.contains(f.name) else {
            throw error("recursion is not allowed in OpenCL C ('\(f.name)' calls itself)", location)
        }
        guard let body = f.body else { throw error("function '\(f.name)' is declared but never defined", location) }
        guard args.count == f.parameters.count else {
            throw error("'\(f.name)' takes \(f.parameters.count) argument\(f.parameters.count == 1 ? "" : "s"), \(args.count) given", location)
        }
        var values: [Value] = []
        for (arg, parameter) in zip(args, f.parameters) {
            values.append(try convert(try rvalue(arg), to: parameter.type, location: arg.location))
        }
        let savedAddressTaken = addressTaken
        addressTaken.formUnion(AddressScan.names(in: body))
        defer { addressTaken = savedAddressTaken }
        let assigned = AssignmentScan.names(in: body)
        inlining.append(f.name)
        defer { inlining.removeLast() }

        func bindParameters() throws(CompileError) {
            for (parameter, value) in zip(f.parameters, values) {
                if !assigned.contains(parameter.name), !addressTaken.contains(parameter.name), !parameter.type.isArray {
                    // Never written in the body: share the argument's registers.
                    scopes[scopes.count - 1][parameter.name] = Variable(type: parameter.type, place: .registers(parameter.type, value.regs))
                } else {
                    try declareVariable(name: parameter.name, type: parameter.type, space: .private, initialValue: value, location: parameter.location)
                }
                qualify(parameter.name, isConst: parameter.isConst)
            }
        }

        if f.returnType != .void, AssignmentScan.returnsOnlyAtEnd(body), case let .compound(items) = body,
            case let .returnStatement(returned?, location) = items.last!
        {
            // Straight-line helper: no block, and the returned value's registers are the result.
            pushScope()
            try bindParameters()
            try block(Array(items.dropLast()))
            var value = try convert(try rvalue(returned), to: f.returnType, location: location)
            let owned = Set(scopeRegisters.last ?? [])
            let shared = Set(values.flatMap(\.regs))
            if value.regs.contains(where: { owned.contains($0) || shared.contains($0) }) {
                // The value lives in the helper's own variables or its arguments: copy it out.
                value = copied(value)
            }
            popScope()
            return value
        }

        let result = newRegs(for: f.returnType)
        returnTargets.append((result, f.returnType))
        defer { returnTargets.removeLast() }
        emit(.block)
        constructs.append(.functionBlock)
        pushScope()
        try bindParameters()
        try statement(body)
        popScope()
        constructs.removeLast()
        emit(.end)
        return Value(type: f.returnType, regs: result)
    }
}
