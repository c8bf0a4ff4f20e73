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
        case .fmin, .fmax, .fpow, .fmod, .fatan2, .fhypot, .fcopysign, .fdim, .fremainder, .fmaxmag, .fminmag:
            let name = [
                Opcode.fmin: "fmin", .fmax: "fmax", .fpow: "pow", .fmod: "fmod", .fatan2: "atan2", .fhypot: "hypot",
                .fcopysign: "copysign", .fdim: "fdim", .fremainder: "remainder", .fmaxmag: "maxmag", .fminmag: "minmag"
            ][single]!
            line("\(destination) = \(bits)(\(name)(\(v(b)), \(v(c))));")
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
