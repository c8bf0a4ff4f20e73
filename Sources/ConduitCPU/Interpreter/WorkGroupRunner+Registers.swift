import ConduitKernel

extension WorkGroupRunner {
    var maskFull: Bool { active == live }

    /// A register's lanes, after copying a uniform value into every lane if needed.
    @inline(__always) func lanes32(_ r: UInt32) -> UnsafeMutablePointer<UInt32> {
        let base = r32 + Int(r) * lanes
        if u32[Int(r)] == 1 {
            base.update(repeating: base[0], count: lanes)
            u32[Int(r)] = 2
        }
        return base
    }

    @inline(__always) func lanes64(_ r: UInt32) -> UnsafeMutablePointer<UInt64> {
        let base = r64 + Int(r) * lanes
        if u64[Int(r)] == 1 {
            base.update(repeating: base[0], count: lanes)
            u64[Int(r)] = 2
        }
        return base
    }

    @inline(__always) func isUniform32(_ r: UInt32) -> Bool { u32[Int(r)] != 0 }
    @inline(__always) func isUniform64(_ r: UInt32) -> Bool { u64[Int(r)] != 0 }
    @inline(__always) func first32(_ r: UInt32) -> UInt32 { r32[Int(r) * lanes] }
    @inline(__always) func first64(_ r: UInt32) -> UInt64 { r64[Int(r) * lanes] }

    /// Writes one value for every active lane: stays uniform when every live lane is active.
    @inline(__always) func setUniform32(_ r: UInt32, _ value: UInt32) {
        if maskFull {
            r32[Int(r) * lanes] = value
            u32[Int(r)] = 1
        } else {
            let d = lanes32(r)
            for l in 0..<lanes { d[l] = mask[l] != 0 ? value : d[l] }
            u32[Int(r)] = 0
        }
    }

    @inline(__always) func setUniform64(_ r: UInt32, _ value: UInt64) {
        if maskFull {
            r64[Int(r) * lanes] = value
            u64[Int(r)] = 1
        } else {
            let d = lanes64(r)
            for l in 0..<lanes { d[l] = mask[l] != 0 ? value : d[l] }
            u64[Int(r)] = 0
        }
    }

    // MARK: - Lane loops

    @inline(__always) func unary32(_ i: Instruction, _ f: (UInt32) -> UInt32) {
        if isUniform32(i.b) { setUniform32(i.a, f(first32(i.b))); return }
        let a = lanes32(i.b), d = lanes32(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l]) : d[l] } }
        u32[Int(i.a)] = 0
    }

    @inline(__always) func binary32(_ i: Instruction, _ f: (UInt32, UInt32) -> UInt32) {
        if isUniform32(i.b) && isUniform32(i.c) { setUniform32(i.a, f(first32(i.b), first32(i.c))); return }
        let a = lanes32(i.b), b = lanes32(i.c), d = lanes32(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l], b[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l], b[l]) : d[l] } }
        u32[Int(i.a)] = 0
    }

    @inline(__always) func ternary32(_ i: Instruction, _ f: (UInt32, UInt32, UInt32) -> UInt32) {
        if isUniform32(i.b) && isUniform32(i.c) && isUniform32(i.d) {
            setUniform32(i.a, f(first32(i.b), first32(i.c), first32(i.d)))
            return
        }
        let a = lanes32(i.b), b = lanes32(i.c), c = lanes32(i.d), d = lanes32(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l], b[l], c[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l], b[l], c[l]) : d[l] } }
        u32[Int(i.a)] = 0
    }

    @inline(__always) func binaryF(_ i: Instruction, _ f: (Float, Float) -> Float) {
        binary32(i) { f(Float(bitPattern: $0), Float(bitPattern: $1)).bitPattern }
    }

    @inline(__always) func unaryF(_ i: Instruction, _ f: (Float) -> Float) {
        unary32(i) { f(Float(bitPattern: $0)).bitPattern }
    }

    @inline(__always) func compareF(_ i: Instruction, _ f: (Float, Float) -> Bool) {
        binary32(i) { f(Float(bitPattern: $0), Float(bitPattern: $1)) ? 1 : 0 }
    }

    @inline(__always) func unary64(_ i: Instruction, _ f: (UInt64) -> UInt64) {
        if isUniform64(i.b) { setUniform64(i.a, f(first64(i.b))); return }
        let a = lanes64(i.b), d = lanes64(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l]) : d[l] } }
        u64[Int(i.a)] = 0
    }

    @inline(__always) func binary64(_ i: Instruction, _ f: (UInt64, UInt64) -> UInt64) {
        if isUniform64(i.b) && isUniform64(i.c) { setUniform64(i.a, f(first64(i.b), first64(i.c))); return }
        let a = lanes64(i.b), b = lanes64(i.c), d = lanes64(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l], b[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l], b[l]) : d[l] } }
        u64[Int(i.a)] = 0
    }

    @inline(__always) func ternary64(_ i: Instruction, _ f: (UInt64, UInt64, UInt64) -> UInt64) {
        if isUniform64(i.b) && isUniform64(i.c) && isUniform64(i.d) {
            setUniform64(i.a, f(first64(i.b), first64(i.c), first64(i.d)))
            return
        }
        let a = lanes64(i.b), b = lanes64(i.c), c = lanes64(i.d), d = lanes64(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l], b[l], c[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l], b[l], c[l]) : d[l] } }
        u64[Int(i.a)] = 0
    }

    @inline(__always) func binaryD(_ i: Instruction, _ f: (Double, Double) -> Double) {
        binary64(i) { f(Double(bitPattern: $0), Double(bitPattern: $1)).bitPattern }
    }

    @inline(__always) func unaryD(_ i: Instruction, _ f: (Double) -> Double) {
        unary64(i) { f(Double(bitPattern: $0)).bitPattern }
    }

    @inline(__always) func compareD(_ i: Instruction, _ f: (Double, Double) -> Bool) {
        compare64(i) { f(Double(bitPattern: $0), Double(bitPattern: $1)) }
    }

    /// r32 = f(r64, r64) as 0 or 1 (64-bit comparisons).
    @inline(__always) func compare64(_ i: Instruction, _ f: (UInt64, UInt64) -> Bool) {
        narrowBinary64(i) { f($0, $1) ? 1 : 0 }
    }

    /// r32 = f(r64, r64).
    @inline(__always) func narrowBinary64(_ i: Instruction, _ f: (UInt64, UInt64) -> UInt32) {
        if isUniform64(i.b) && isUniform64(i.c) { setUniform32(i.a, f(first64(i.b), first64(i.c))); return }
        let a = lanes64(i.b), b = lanes64(i.c), d = lanes32(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l], b[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l], b[l]) : d[l] } }
        u32[Int(i.a)] = 0
    }

    /// r64 = f(r64, r32).
    @inline(__always) func binary64by32(_ i: Instruction, _ f: (UInt64, UInt32) -> UInt64) {
        if isUniform64(i.b) && isUniform32(i.c) { setUniform64(i.a, f(first64(i.b), first32(i.c))); return }
        let a = lanes64(i.b), b = lanes32(i.c), d = lanes64(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l], b[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l], b[l]) : d[l] } }
        u64[Int(i.a)] = 0
    }

    /// r64 = f(r32).
    @inline(__always) func widen(_ i: Instruction, _ f: (UInt32) -> UInt64) {
        if isUniform32(i.b) { setUniform64(i.a, f(first32(i.b))); return }
        let a = lanes32(i.b), d = lanes64(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l]) : d[l] } }
        u64[Int(i.a)] = 0
    }

    /// r32 = f(r64).
    @inline(__always) func narrow(_ i: Instruction, _ f: (UInt64) -> UInt32) {
        if isUniform64(i.b) { setUniform32(i.a, f(first64(i.b))); return }
        let a = lanes64(i.b), d = lanes32(i.a)
        if maskFull { for l in 0..<lanes { d[l] = f(a[l]) } } else { for l in 0..<lanes { d[l] = mask[l] != 0 ? f(a[l]) : d[l] } }
        u32[Int(i.a)] = 0
    }
}

/// Float-to-integer conversions that never trap: NaN gives 0, out-of-range values saturate.
/// Each bound is a power of two, exact in float and double; a value at or past it saturates.
enum Convert {
    @inline(__always) static func s32(_ d: Double) -> UInt32 {
        d.isNaN ? 0 : d >= 2147483648 ? UInt32(bitPattern: Int32.max) : d <= -2147483649 ? UInt32(bitPattern: Int32.min) : UInt32(bitPattern: Int32(d))
    }
    @inline(__always) static func u32(_ d: Double) -> UInt32 {
        d.isNaN || d <= -1 ? 0 : d >= 4294967296 ? UInt32.max : UInt32(d)
    }
    @inline(__always) static func s64(_ d: Double) -> UInt64 {
        d.isNaN
            ? 0
            : d >= 9.2233720368547758e18
                ? UInt64(bitPattern: Int64.max) : d < -9.2233720368547758e18 ? UInt64(bitPattern: Int64.min) : UInt64(bitPattern: Int64(d))
    }
    @inline(__always) static func u64(_ d: Double) -> UInt64 {
        d.isNaN || d <= -1 ? 0 : d >= 1.8446744073709552e19 ? UInt64.max : UInt64(d)
    }
    @inline(__always) static func s32(_ f: Float) -> UInt32 {
        f.isNaN ? 0 : f >= 2147483648 ? UInt32(bitPattern: Int32.max) : f <= -2147483648 ? UInt32(bitPattern: Int32.min) : UInt32(bitPattern: Int32(f))
    }
    @inline(__always) static func u32(_ f: Float) -> UInt32 {
        f.isNaN || f <= 0 ? 0 : f >= 4294967296 ? UInt32.max : UInt32(f)
    }
    @inline(__always) static func s64(_ f: Float) -> UInt64 {
        f.isNaN
            ? 0
            : f >= 9.2233720368547758e18
                ? UInt64(bitPattern: Int64.max) : f <= -9.2233720368547758e18 ? UInt64(bitPattern: Int64.min) : UInt64(bitPattern: Int64(f))
    }
    @inline(__always) static func u64(_ f: Float) -> UInt64 {
        f.isNaN || f <= 0 ? 0 : f >= 1.8446744073709552e19 ? UInt64.max : UInt64(f)
    }
}
