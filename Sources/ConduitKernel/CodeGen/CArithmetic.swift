/// C's integer arithmetic as OpenCL C defines it, in one place: the integer promotions, the usual
/// arithmetic conversions, and what each operator computes on typed values (wrapping, shift counts
/// masked to the width, division truncating toward zero). The code generator takes its types from
/// here and the constant folder its values, so a folded index and the same expression computed at
/// run time cannot disagree.
enum CArithmetic {
    /// C's integer promotions: `bool`, `char`, `short` and their unsigned forms become `int`.
    static func promoted(_ type: CType) -> CType {
        switch type {
        case .bool: .int
        case let .integer(bits, _) where bits < 32: .int
        default: type
        }
    }

    /// The usual arithmetic conversions of two scalar types (C99 6.3.1.8), nil when either is
    /// not arithmetic.
    static func commonType(_ a: CType, _ b: CType) -> CType? {
        guard a.isScalar, b.isScalar else { return nil }
        if a.isDouble || b.isDouble { return .double }
        if a.isFloat || b.isFloat { return .float }
        let pa = promoted(a), pb = promoted(b)
        guard case let .integer(ba, sa) = pa, case let .integer(bb, sb) = pb else { return .int }
        if sa == sb { return ba >= bb ? pa : pb }
        let (unsignedBits, signedBits) = sa ? (bb, ba) : (ba, bb)
        if unsignedBits >= signedBits { return .integer(bits: unsignedBits, signed: false) }
        return .integer(bits: signedBits, signed: true)
    }

    /// `bits` as a value of `type`: truncated to its width, then sign- or zero-extended to 64 bits
    /// (the representation every `IntegerConstant` keeps). `bool` is 0 or 1.
    static func normalize(_ bits: UInt64, to type: CType) -> UInt64 {
        if type == .bool { return bits == 0 ? 0 : 1 }
        guard case let .integer(width, signed) = type, width < 64 else { return bits }
        let shift = UInt64(64 - width)
        return signed ? UInt64(bitPattern: Int64(bitPattern: bits << shift) >> shift) : (bits << shift) >> shift
    }

    /// A binary operator on two values already converted to their common type `type` (for
    /// shifts: the promoted left operand's type). Nil where the result is not a constant
    /// (division by zero) or `op` is not an integer operator.
    static func apply(_ op: String, _ a: UInt64, _ b: UInt64, type: CType) -> UInt64? {
        guard case let .integer(width, signed) = type else { return nil }
        let sa = Int64(bitPattern: a), sb = Int64(bitPattern: b)
        let raw: UInt64
        switch op {
        case "+": raw = a &+ b
        case "-": raw = a &- b
        case "*": raw = a &* b
        case "/", "%":
            guard b != 0 else { return nil }
            if signed {
                // The operands are sign-extended, so only a 64-bit INT64_MIN / -1 can overflow.
                raw = UInt64(
                    bitPattern: op == "/"
                        ? sa.dividedReportingOverflow(by: sb).partialValue
                        : sa.remainderReportingOverflow(dividingBy: sb).partialValue)
            } else {
                raw = op == "/" ? a / b : a % b
            }
        case "&": raw = a & b
        case "|": raw = a | b
        case "^": raw = a ^ b
        case "<<": raw = a << (b & UInt64(width - 1))
        case ">>": raw = signed ? UInt64(bitPattern: sa >> Int64(b & UInt64(width - 1))) : a >> (b & UInt64(width - 1))
        case "==": return a == b ? 1 : 0
        case "!=": return a != b ? 1 : 0
        case "<": return (signed ? sa < sb : a < b) ? 1 : 0
        case "<=": return (signed ? sa <= sb : a <= b) ? 1 : 0
        case ">": return (signed ? sa > sb : a > b) ? 1 : 0
        case ">=": return (signed ? sa >= sb : a >= b) ? 1 : 0
        default: return nil
        }
        return normalize(raw, to: type)
    }

    static func isComparison(_ op: String) -> Bool { ["==", "!=", "<", "<=", ">", ">="].contains(op) }
}

/// An integer constant with its C type; `bits` are normalised to the type (see `CArithmetic.normalize`).
struct IntegerConstant: Equatable {
    var bits: UInt64
    var type: CType

    init(bits: UInt64, type: CType) {
        self.type = type
        self.bits = CArithmetic.normalize(bits, to: type)
    }

    /// The value as a mathematical integer when it fits an `Int64` (unsigned values past
    /// `Int64.max` do not).
    var value: Int64? {
        if type.isSigned { return Int64(bitPattern: bits) }
        return bits <= UInt64(Int64.max) ? Int64(bits) : nil
    }

    var asDouble: Double { type.isSigned ? Double(Int64(bitPattern: bits)) : Double(bits) }

    func converted(to target: CType) -> IntegerConstant { IntegerConstant(bits: bits, type: target) }
}

/// Folds integer constant expressions (array sizes, case labels, constant indices) with C's
/// types, through `CArithmetic`.
enum ConstantFolder {
    /// The value when it is a constant that fits an `Int64`.
    static func integer(_ expr: Expr) -> Int64? { evaluate(expr)?.value }

    static func evaluate(_ expr: Expr) -> IntegerConstant? {
        switch expr.kind {
        case let .integer(value, type):
            return IntegerConstant(bits: value, type: type)
        case let .sizeofType(type):
            return IntegerConstant(bits: UInt64(type.size), type: .sizeT)
        case let .cast(type, inner) where type.isInteger:
            if let value = evaluate(inner) { return value.converted(to: type) }
            guard let real = floating(inner) else { return nil }
            return IntegerConstant(bits: truncating(real, to: type), type: type)
        case let .unary(op, inner):
            guard let v = evaluate(inner) else { return nil }
            let p = v.converted(to: CArithmetic.promoted(v.type))
            switch op {
            case "-": return IntegerConstant(bits: 0 &- p.bits, type: p.type)
            case "+": return p
            case "~": return IntegerConstant(bits: ~p.bits, type: p.type)
            case "!": return IntegerConstant(bits: v.bits == 0 ? 1 : 0, type: .int)
            default: return nil
            }
        case let .binary(op, l, r):
            guard let a = evaluate(l) else { return nil }
            if op == "&&" || op == "||" {
                // The right side need not be constant when the left decides (as C's evaluation).
                if op == "&&", a.bits == 0 { return IntegerConstant(bits: 0, type: .int) }
                if op == "||", a.bits != 0 { return IntegerConstant(bits: 1, type: .int) }
                guard let b = evaluate(r) else { return nil }
                return IntegerConstant(bits: b.bits == 0 ? 0 : 1, type: .int)
            }
            guard let b = evaluate(r) else { return nil }
            if op == "<<" || op == ">>" {
                let left = a.converted(to: CArithmetic.promoted(a.type))
                return CArithmetic.apply(op, left.bits, b.bits, type: left.type).map { IntegerConstant(bits: $0, type: left.type) }
            }
            guard let common = CArithmetic.commonType(a.type, b.type), common.isInteger else { return nil }
            let result = CArithmetic.apply(op, a.converted(to: common).bits, b.converted(to: common).bits, type: common)
            return result.map { IntegerConstant(bits: $0, type: CArithmetic.isComparison(op) ? .int : common) }
        case let .conditional(c, a, b):
            guard let condition = evaluate(c), let x = evaluate(a), let y = evaluate(b),
                let common = CArithmetic.commonType(x.type, y.type), common.isInteger
            else { return nil }
            return (condition.bits != 0 ? x : y).converted(to: common)
        case let .comma(_, b):
            return evaluate(b)
        default:
            return nil
        }
    }

    /// Floating constant expressions (program-scope initialisers), each operation computed in its
    /// C type (`float` or `double`) as the kernel would; integer subexpressions keep C's integer
    /// arithmetic (`1/2` is 0).
    static func floating(_ expr: Expr) -> Double? { typedFloating(expr)?.value }

    private static func typedFloating(_ expr: Expr) -> (value: Double, type: CType)? {
        if let integer = evaluate(expr) { return (integer.asDouble, integer.type) }
        switch expr.kind {
        case let .floating(value, type): return (rounded(value, to: type), type)
        case let .unary("-", inner): return typedFloating(inner).map { (-$0.value, $0.type) }
        case let .unary("+", inner): return typedFloating(inner)
        case let .cast(type, inner) where type.isFloat: return typedFloating(inner).map { (rounded($0.value, to: type), type) }
        case let .binary(op, l, r):
            guard let a = typedFloating(l), let b = typedFloating(r), let common = CArithmetic.commonType(a.type, b.type),
                common.isFloat
            else { return nil }
            let x = rounded(a.value, to: common), y = rounded(b.value, to: common)
            // In double and then rounded to float is float arithmetic exactly for + - * / (53 ≥ 2·24 + 2).
            let result: Double
            switch op {
            case "+": result = x + y
            case "-": result = x - y
            case "*": result = x * y
            case "/": result = x / y
            default: return nil
            }
            return (rounded(result, to: common), common)
        default: return nil
        }
    }

    /// `value` as the floating type `type` holds it.
    private static func rounded(_ value: Double, to type: CType) -> Double { type.isDouble ? value : Double(Float(value)) }

    /// Float-to-integer conversion as the bytecode does it: truncate, saturate, NaN gives 0.
    private static func truncating(_ real: Double, to type: CType) -> UInt64 {
        guard !real.isNaN else { return 0 }
        if type == .bool { return real != 0 ? 1 : 0 }
        guard case let .integer(declared, signed) = type else { return 0 }
        // Narrow types convert through 32 bits and then wrap, as the generated code does.
        let width = max(declared, 32)
        let t = real.rounded(.towardZero)
        if signed {
            let limit = Double(sign: .plus, exponent: width - 1, significand: 1)
            if t >= limit { return UInt64(bitPattern: Int64.max >> (64 - width)) }
            if t < -limit { return UInt64(bitPattern: Int64.min >> (64 - width)) }
            return UInt64(bitPattern: Int64(t))
        }
        let limit = Double(sign: .plus, exponent: width, significand: 1)
        if t >= limit { return UInt64.max >> (64 - width) }
        return t <= 0 ? 0 : UInt64(t)
    }
}
