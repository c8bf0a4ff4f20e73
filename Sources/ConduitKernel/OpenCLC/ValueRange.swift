/// A closed range of integers a register may hold, as exact mathematical values: 32-bit
/// registers in their signed view, 64-bit registers in their unsigned view (addresses). An
/// operation whose result could leave its register's view wraps on the device, so it gives the
/// whole view ("top") instead.
struct ValueRange: Equatable {
    var lower: Int128
    var upper: Int128

    static let int32 = ValueRange(lower: Int128(Int32.min), upper: Int128(Int32.max))
    static let uint64 = ValueRange(lower: 0, upper: Int128(UInt64.max))
    static let boolean = ValueRange(lower: 0, upper: 1)
    static let zero = ValueRange(lower: 0, upper: 0)

    static func exactly(_ value: Int128) -> ValueRange { ValueRange(lower: value, upper: value) }

    var isEmpty: Bool { lower > upper }
    var isNonNegative: Bool { lower >= 0 }
    var value: Int128? { lower == upper ? lower : nil }

    func hull(_ other: ValueRange) -> ValueRange {
        ValueRange(lower: min(lower, other.lower), upper: max(upper, other.upper))
    }

    func contains(_ other: ValueRange) -> Bool { lower <= other.lower && other.upper <= upper }

    /// Itself when every value fits `view`, else all of `view`: the device would wrap.
    func within(_ view: ValueRange) -> ValueRange { view.contains(self) ? self : view }

    /// Bounds that moved since `previous` jump to the ends of `view`, so loops reach a fixpoint.
    func widened(from previous: ValueRange, view: ValueRange) -> ValueRange {
        ValueRange(lower: lower < previous.lower ? view.lower : lower, upper: upper > previous.upper ? view.upper : upper)
    }

    static func + (a: ValueRange, b: ValueRange) -> ValueRange { ValueRange(lower: a.lower + b.lower, upper: a.upper + b.upper) }
    static func - (a: ValueRange, b: ValueRange) -> ValueRange { ValueRange(lower: a.lower - b.upper, upper: a.upper - b.lower) }

    /// The product's range; nil when a factor is too wide to multiply without overflowing Int128
    /// (factors up to 2^63 in magnitude: products stay below 2^126).
    static func * (a: ValueRange, b: ValueRange) -> ValueRange? {
        let limit = Int128(1) << 63
        guard [a.lower, a.upper, b.lower, b.upper].allSatisfy({ $0.magnitude <= limit.magnitude }) else { return nil }
        let products = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
        return ValueRange(lower: products.min()!, upper: products.max()!)
    }
}

/// What a 0/1 register means for other registers: `lhs relation rhs` (or its negation), as
/// computed by a compare that has not been invalidated since by a write to either operand.
struct RegisterCondition: Equatable {
    enum Relation { case less, lessOrEqual, equal, notEqual }
    var relation: Relation
    var wide: Bool
    var signed: Bool
    var lhs: UInt32
    var rhs: UInt32
    /// False when the register holds the negation (`x == 0` of a compare).
    var holds = true

    func mentions(_ register: UInt32, wide: Bool) -> Bool { self.wide == wide && (lhs == register || rhs == register) }
}
