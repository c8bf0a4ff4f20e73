extension Emitter.Body {
    /// A float or double operation: the same C for both, on `r` registers as `float` or on `q`
    /// registers as `double`. Flags (`isnan`, comparisons) are written to an `r` as 0 or 1.
    mutating func floating(_ i: Instruction) {
        let double = i.opcode.isDoublePrecision
        let v = { (n: UInt32) in double ? "as_double(q\(n))" : "as_float(r\(n))" }
        let (b, c, d) = (i.b, i.c, i.d)
        let destination = double ? q(i.a) : r(i.a), bits = double ? "as_ulong" : "as_uint"
        let single = i.opcode.singlePrecision
        switch single {
        case .fadd, .fsub, .fmul, .fdiv:
            let op = [Opcode.fadd: "+", .fsub: "-", .fmul: "*", .fdiv: "/"][single]!
            line("\(destination) = \(bits)(\(v(b)) \(op) \(v(c)));")
        case .fmin, .fmax, .fpow, .fmod, .fatan2, .fhypot, .fcopysign, .fdim, .fremainder, .fmaxmag, .fminmag, .fatan2pi:
            let name = [
                Opcode.fmin: "fmin", .fmax: "fmax", .fpow: "pow", .fmod: "fmod", .fatan2: "atan2", .fhypot: "hypot",
                .fcopysign: "copysign", .fdim: "fdim", .fremainder: "remainder", .fmaxmag: "maxmag", .fminmag: "minmag",
                .fatan2pi: "atan2pi"
            ][single]!
            line("\(destination) = \(bits)(\(name)(\(v(b)), \(v(c))));")
        case .frootn: line("\(destination) = \(bits)(rootn(\(v(b)), (int)r\(c)));")
        case .fremquo:
            // The sign and low 7 bits only (all the spec promises), and 0 where it promises
            // nothing, as the CPU adapter gives them.
            let (x, y) = (v(b), v(c))
            line(
                "{ int q_; (void)remquo(\(x), \(y), &q_); const uint m_ = (q_ < 0 ? 0u - (uint)q_ : (uint)q_) & 127u; "
                    + "\(r(i.a)) = (isfinite(\(x)) && isfinite(\(y)) && \(y) != 0 && \(x) != 0) ? (q_ < 0 ? 0u - m_ : m_) : 0u; }")
        case .ffma: line("\(destination) = \(bits)(fma(\(v(b)), \(v(c)), \(v(d))));")  // fused, as the interpreter
        case .fneg: line("\(destination) = \(bits)(-\(v(b)));")
        case .frecip: line("\(destination) = \(bits)(\(double ? "1.0" : "1.0f") / \(v(b)));")
        case .fisnan: line("\(r(i.a)) = isnan(\(v(b))) ? 1u : 0u;")
        case .fisinf: line("\(r(i.a)) = isinf(\(v(b))) ? 1u : 0u;")
        case .feq, .fne, .flt, .fle, .fgt, .fge:
            let op = [Opcode.feq: "==", .fne: "!=", .flt: "<", .fle: "<=", .fgt: ">", .fge: ">="][single]!
            line("\(r(i.a)) = (\(v(b)) \(op) \(v(c))) ? 1u : 0u;")
        default:
            // The unary math functions, named as the operation without its `f` (`fsqrt` is
            // `sqrt`), but `fabs`: OpenCL C's `abs` takes integers only.
            let name = single == .fabs ? "fabs" : String("\(single)".dropFirst())
            line("\(destination) = \(bits)(\(name)(\(v(b))));")
        }
    }
}
