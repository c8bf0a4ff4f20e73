/// A generated expression: its text (always parenthesised where it matters) and its C type.
struct GeneratedExpression {
    var text: String
    var type: IntType
}

extension ProgramGenerator {
    /// A random scalar integer expression. `constant`: literals only (for the constant folder).
    mutating func expression(depth: Int, constant: Bool = false) -> GeneratedExpression {
        if depth <= 0 || random.chance(25) { return leaf(constant: constant) }
        switch random.below(constant ? 4 : 7) {
        case 0, 1: return binary(depth: depth, constant: constant)
        case 2: return unary(depth: depth, constant: constant)
        case 3: return cast(depth: depth, constant: constant)
        case 4: return conditional(depth: depth)
        case 5: return builtin(depth: depth)
        default: return helpers.isEmpty || !random.chance(60) ? binary(depth: depth, constant: false) : call(depth: depth)
        }
    }

    private mutating func leaf(constant: Bool) -> GeneratedExpression {
        if constant || random.chance(25) { return literal() }
        let candidates = scalars
        if inKernel, random.chance(15) {
            return GeneratedExpression(text: "in[(\(expression(depth: 1).text)) & \(Self.inputCount - 1)]", type: .uint)
        }
        if let array = visible.filter({ $0.arrayCount != nil }).randomElement(using: &random), random.chance(20) {
            let index = random.chance(50) ? expression(depth: 1, constant: true).text : expression(depth: 1).text
            return GeneratedExpression(text: "\(array.name)[(\(index)) & \(array.arrayCount! - 1)]", type: array.type)
        }
        if let vector = visible.filter({ $0.lanes != nil }).randomElement(using: &random), random.chance(20) {
            if vector.lanes! != 3, random.chance(30) {
                return GeneratedExpression(text: "\(vector.name)[(\(expression(depth: 1).text)) & \(vector.lanes! - 1)]", type: vector.type)
            }
            return GeneratedExpression(text: "\(vector.name).s\(String(random.below(vector.lanes!), radix: 16))", type: vector.type)
        }
        guard let variable = candidates.randomElement(using: &random) else { return literal() }
        return GeneratedExpression(text: variable.name, type: variable.type)
    }

    /// An integer literal in decimal, hex or octal, with or without `u`/`l` suffixes, typed as
    /// C99 6.4.4.1 says.
    mutating func literal() -> GeneratedExpression {
        let value = random.interestingInteger()
        let suffix = random.pick(["", "", "u", "l", "ul", "U", "L", "UL"])
        let unsigned = suffix.lowercased().contains("u"), long = suffix.lowercased().contains("l")
        var base = random.below(3)
        if base == 0 && !unsigned && value > UInt64(Int64.max) { base = 1 }  // no unsuffixed decimal past LONG_MAX
        let digits: String
        switch base {
        case 0: digits = String(value)
        case 1: digits = "0x" + String(value, radix: 16, uppercase: random.chance(50))
        default: digits = value == 0 ? "0" : "0" + String(value, radix: 8)
        }
        var candidates: [IntType] = []
        if !long {
            if !unsigned { candidates.append(.int) }
            if unsigned || base != 0 { candidates.append(.uint) }
        }
        if !unsigned { candidates.append(.long) }
        if unsigned || base != 0 { candidates.append(.ulong) }
        let type = candidates.first { value <= $0.maximum } ?? .ulong
        return GeneratedExpression(text: digits + suffix, type: type)
    }

    private mutating func binary(depth: Int, constant: Bool) -> GeneratedExpression {
        let a = expression(depth: depth - 1, constant: constant), b = expression(depth: depth - 1, constant: constant)
        let op = random.pick(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"])
        switch op {
        case "<<", ">>":
            let left = a.type.promoted
            let count = "(\(b.text)) & \(left.bits - 1)"
            if op == "<<" && left.signed {
                if constant { return GeneratedExpression(text: "((\(left.unsignedVariant.name))(\(a.text)) << (\(count)))", type: left.unsignedVariant) }
                return GeneratedExpression(text: "sshl_\(left.name)(\(a.text), \(count))", type: left)
            }
            return GeneratedExpression(text: "((\(a.text)) \(op) (\(count)))", type: left)
        case "==", "!=", "<", "<=", ">", ">=", "&&", "||":
            return GeneratedExpression(text: "((\(a.text)) \(op) (\(b.text)))", type: .int)
        case "&", "|", "^":
            return GeneratedExpression(text: "((\(a.text)) \(op) (\(b.text)))", type: IntType.common(a.type, b.type))
        default:
            let common = IntType.common(a.type, b.type)
            if constant {
                // Constant expressions stay unsigned (no helper calls) and skip division.
                let u = common.unsignedVariant
                let safeOp = op == "/" || op == "%" ? "^" : op
                return GeneratedExpression(text: "((\(u.name))(\(a.text)) \(safeOp) (\(u.name))(\(b.text)))", type: u)
            }
            let names = ["+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod"]
            if common.signed { return GeneratedExpression(text: "s\(names[op]!)_\(common.name)(\(a.text), \(b.text))", type: common) }
            if op == "/" || op == "%" { return GeneratedExpression(text: "u\(names[op]!)_\(common.name)(\(a.text), \(b.text))", type: common) }
            return GeneratedExpression(text: "((\(a.text)) \(op) (\(b.text)))", type: common)
        }
    }

    private mutating func unary(depth: Int, constant: Bool) -> GeneratedExpression {
        let a = expression(depth: depth - 1, constant: constant)
        let promoted = a.type.promoted
        switch random.below(3) {
        case 0:
            if promoted.signed {
                if constant { return GeneratedExpression(text: "(-(\(promoted.unsignedVariant.name))(\(a.text)))", type: promoted.unsignedVariant) }
                return GeneratedExpression(text: "sneg_\(promoted.name)(\(a.text))", type: promoted)
            }
            return GeneratedExpression(text: "(-(\(a.text)))", type: promoted)
        case 1: return GeneratedExpression(text: "(~(\(a.text)))", type: promoted)
        default: return GeneratedExpression(text: "(!(\(a.text)))", type: .int)
        }
    }

    private mutating func cast(depth: Int, constant: Bool) -> GeneratedExpression {
        let target = random.pick(IntType.all)
        return GeneratedExpression(text: "((\(target.name))(\(expression(depth: depth - 1, constant: constant).text)))", type: target)
    }

    private mutating func conditional(depth: Int) -> GeneratedExpression {
        let c = expression(depth: depth - 1), a = expression(depth: depth - 1), b = expression(depth: depth - 1)
        return GeneratedExpression(text: "((\(c.text)) ? (\(a.text)) : (\(b.text)))", type: IntType.common(a.type, b.type))
    }

    /// OpenCL integer builtins, each argument cast to the one type the overload takes.
    private mutating func builtin(depth: Int) -> GeneratedExpression {
        let type = random.pick(IntType.all)
        func argument(_ g: inout ProgramGenerator) -> String { "(\(type.name))(\(g.expression(depth: depth - 1).text))" }
        switch random.below(6) {
        case 0, 1:
            let name = random.chance(50) ? "min" : "max"
            return GeneratedExpression(text: "\(name)(\(argument(&self)), \(argument(&self)))", type: type)
        case 2:
            var bounds = [random.interestingInteger(), random.interestingInteger()].map {
                type.signed ? Self.signedValue($0, type) : Self.unsignedValue($0, type)
            }
            bounds.sort()
            let lo = type.literal(UInt64(bitPattern: bounds[0])), hi = type.literal(UInt64(bitPattern: bounds[1]))
            return GeneratedExpression(text: "clamp(\(argument(&self)), \(lo), \(hi))", type: type)
        case 3:
            return GeneratedExpression(text: "abs(\(argument(&self)))", type: type.unsignedVariant)
        case 4:
            return GeneratedExpression(text: "\(random.chance(50) ? "popcount" : "clz")(\(argument(&self)))", type: type)
        default:
            // Every width: 32 bits has instructions; 8, 16 and 64 bits are built from others.
            let x = argument(&self), y = argument(&self)
            return GeneratedExpression(text: "\(random.chance(50) ? "rotate" : "mul_hi")(\(x), \(y))", type: type)
        }
    }

    private mutating func call(depth: Int) -> GeneratedExpression {
        let helper = random.pick(helpers)
        let arguments = helper.parameters.map { _ in expression(depth: depth - 1).text }
        return GeneratedExpression(text: "\(helper.name)(\(arguments.joined(separator: ", ")))", type: helper.returnType)
    }

    /// A value's bits read as a signed value of `type` (sign-extended), for ordering bounds.
    static func signedValue(_ bits: UInt64, _ type: IntType) -> Int64 {
        let shift = UInt64(64 - type.bits)
        return Int64(bitPattern: bits << shift) >> Int64(shift)
    }

    /// A value's bits read as an unsigned value of `type`, kept where a signed sort agrees.
    static func unsignedValue(_ bits: UInt64, _ type: IntType) -> Int64 {
        let masked = type.bits == 64 ? bits >> 1 : bits & ((UInt64(1) << type.bits) - 1)
        return Int64(masked)
    }
}
