/// An OpenCL C integer type as the program generator sees it, with C's conversion rules written
/// out again on purpose: the generator must not share the compiler's code, or a bug in one would
/// hide in both.
struct IntType: Hashable, Sendable {
    let bits: Int
    let signed: Bool

    static let char = IntType(bits: 8, signed: true), uchar = IntType(bits: 8, signed: false)
    static let short = IntType(bits: 16, signed: true), ushort = IntType(bits: 16, signed: false)
    static let int = IntType(bits: 32, signed: true), uint = IntType(bits: 32, signed: false)
    static let long = IntType(bits: 64, signed: true), ulong = IntType(bits: 64, signed: false)
    static let all: [IntType] = [.char, .uchar, .short, .ushort, .int, .uint, .long, .ulong]

    var name: String { (signed ? "" : "u") + ["char", "short", "int", "long"][bits.trailingZeroBitCount - 3] }
    var unsignedVariant: IntType { IntType(bits: bits, signed: false) }

    /// C99 6.3.1.1: types narrower than int become int.
    var promoted: IntType { bits < 32 ? .int : self }

    /// C99 6.3.1.8, the usual arithmetic conversions, for two integer types.
    static func common(_ a: IntType, _ b: IntType) -> IntType {
        let x = a.promoted, y = b.promoted
        if x.signed == y.signed { return x.bits >= y.bits ? x : y }
        let (u, s) = x.signed ? (y, x) : (x, y)
        return u.bits >= s.bits ? u : s
    }

    /// The largest value, as the bits of a `UInt64`.
    var maximum: UInt64 { signed ? (UInt64(1) << (bits - 1)) - 1 : (bits == 64 ? .max : (UInt64(1) << bits) - 1) }

    /// `value` (an unsigned 64-bit pattern) truncated to this type's width and printed as a C
    /// expression of this type (a cast of a literal, since C has no literals of narrow types).
    func literal(_ value: UInt64) -> String {
        let masked = bits == 64 ? value : value & ((UInt64(1) << bits) - 1)
        if signed {
            let shift = UInt64(64 - bits)
            let v = Int64(bitPattern: masked << shift) >> Int64(shift)
            if v == Int64.min { return "(\(name))(-9223372036854775807L - 1L)" }
            return v < 0 ? "(\(name))(-\(-v)L)" : "(\(name))\(v)L"
        }
        return "(\(name))\(masked)UL"
    }
}
