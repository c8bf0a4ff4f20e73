/// The `floating` mode: after the integer statements, `float` and `double` variables computed
/// from them with the operations IEEE 754 rounds exactly (+ − × ÷, `fma`, `sqrt`, and `a * b + c`
/// under `FP_CONTRACT OFF`, two roundings), conversions between the two and from the
/// integers, comparisons fed back into the hash. No conversion to an integer type (out of range it
/// is undefined in C), and NaNs are hashed as one canonical value (their payloads are the
/// hardware's, not the language's).
extension ProgramGenerator {
    private static let floatingTypes = ["float", "double"]

    mutating func floatingBlock() -> [(name: String, type: String)] {
        var declared: [(name: String, type: String)] = []
        for _ in 0..<(3 + random.below(4)) {
            let type = random.pick(Self.floatingTypes)
            let name = freshName(type == "float" ? "f" : "d")
            line("\(type) \(name) = \(floatingExpression(type, declared, depth: 3));")
            declared.append((name, type))
        }
        for _ in 0..<(2 + random.below(4)) {
            guard let target = declared.randomElement(using: &random) else { break }
            let op = random.pick(["=", "+=", "-=", "*="])
            line("\(target.name) \(op) \(floatingExpression(target.type, declared, depth: 3));")
        }
        // Comparisons feed back into the integer state.
        if let a = declared.randomElement(using: &random), let b = declared.randomElement(using: &random) {
            let op = random.pick(["<", "<=", ">", ">=", "==", "!="])
            line("uint fc\(nextName) = (\(a.name) \(op) \(b.name)) ? 1u : 0u;")
            declared.append(("fc\(nextName)", "uint"))
        }
        return declared
    }

    private mutating func floatingExpression(_ type: String, _ declared: [(name: String, type: String)], depth: Int) -> String {
        let suffix = type == "float" ? "f" : ""
        if depth <= 0 || random.chance(20) {
            let sameType = declared.filter { $0.type == type }
            if let variable = sameType.randomElement(using: &random), random.chance(50) { return variable.name }
            if random.chance(40), let integer = scalars.randomElement(using: &random) {
                // Integers convert exactly or round once (to nearest); both are C's conversion.
                return "(\(type))(\(integer.name))"
            }
            let whole = Int(random.below(2001)) - 1000
            let fraction = random.pick(["0", "5", "25", "125", "1", "3", "75"])
            return "(\(whole).\(fraction)\(suffix))"
        }
        let a = floatingExpression(type, declared, depth: depth - 1), b = floatingExpression(type, declared, depth: depth - 1)
        switch random.below(9) {
        case 0, 1: return "(\(a) + \(b))"
        case 2: return "(\(a) - \(b))"
        case 3, 4: return "(\(a) * \(b))"
        case 5: return "(\(a) / \(b))"
        case 6: return "fma(\(a), \(b), \(floatingExpression(type, declared, depth: depth - 1)))"
        case 7: return "(\(a) * \(b) + \(floatingExpression(type, declared, depth: depth - 1)))"  // not contracted: OFF
        default: return "sqrt(fabs(\(a)))"
        }
    }

    /// Hash lines for the floating variables: their bits, NaN as one value.
    mutating func floatingHashLines(_ declared: [(name: String, type: String)]) {
        for (name, type) in declared {
            switch type {
            case "float": line("h = mix(h, isnan(\(name)) ? 0x7FC00000UL : (ulong)as_uint(\(name)));")
            case "double": line("h = mix(h, isnan(\(name)) ? 0x7FF8000000000000UL : as_ulong(\(name)));")
            default: line("h = mix(h, (ulong)\(name));")
            }
        }
    }
}
