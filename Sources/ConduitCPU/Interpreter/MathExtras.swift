import Foundation

/// OpenCL C math functions that have no C library counterpart, or a C library one that misses
/// OpenCL's accuracy.
enum MathExtras {
    /// `cbrt` of a double within OpenCL's 2 ulps: glibc's is 2.02 ulps off at -0x1.27p+961 (the
    /// CTS's math_brute_force found it). One Newton step from glibc's root, with the residual
    /// `y³ − x` taken exactly enough (the square's rounding error from an fma). Below 2^-900,
    /// where the residual would be subnormal, the root is taken of `x · 2^300` and scaled back
    /// by 2^-100 (both exact); glibc is 2.27 ulps off at -0x1.8fffffffff8p-959 too.
    static func cubeRoot(_ x: Double) -> Double {
        if x != 0, abs(x) < 0x1p-900 { return cubeRoot(x * 0x1p300) * 0x1p-100 }
        let y = cbrt(x)
        guard y.isFinite, y != 0 else { return y }
        let square = y * y, squareError = fma(y, y, -square)
        let residual = fma(square, y, -x) + squareError * y
        return y - residual / (3 * square)
    }

    /// `maxmag` (OpenCL C 1.2 §6.12.2): `x` if `|x| > |y|`, `y` if `|y| > |x|`, else `fmax(x, y)`.
    static func maxMagnitude<T: BinaryFloatingPoint>(_ x: T, _ y: T) -> T {
        if abs(x) > abs(y) { return x }
        if abs(y) > abs(x) { return y }
        return x.isNaN ? y : y.isNaN ? x : max(x, y)
    }

    /// `minmag`: `x` if `|x| < |y|`, `y` if `|y| < |x|`, else `fmin(x, y)`.
    static func minMagnitude<T: BinaryFloatingPoint>(_ x: T, _ y: T) -> T {
        if abs(x) < abs(y) { return x }
        if abs(y) < abs(x) { return y }
        return x.isNaN ? y : y.isNaN ? x : min(x, y)
    }
}

// MARK: - π-scaled trigonometry, rootn and remquo's quotient

extension MathExtras {
    /// `sinpi(x)` = sin(πx): `x` reduced exactly to [0, ½] first (mod 2, then the symmetries),
    /// so that π·r loses nothing a result near zero needs; past ¼ it is cos(π(½ − r)). Zeros
    /// have `x`'s sign, as in the CTS's reference.
    static func sinPi(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        var r = abs(x).truncatingRemainder(dividingBy: 2), negative = x.sign == .minus
        if r >= 1 {  // sin(π(r + 1)) = −sin(πr)
            r -= 1
            negative.toggle()
        }
        if r > 0.5 { r = 1 - r }  // exact (Sterbenz), as every step here
        let s = r <= 0.25 ? sin(.pi * r) : cos(.pi * (0.5 - r))
        if s == 0 { return x.sign == .minus ? -0.0 : 0.0 }
        return negative ? -s : s
    }

    /// `cospi(x)` = cos(πx), reduced as `sinPi`; its zeros are +0.
    static func cosPi(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        var r = abs(x).truncatingRemainder(dividingBy: 2)
        if r > 1 { r = 2 - r }
        var negative = false
        if r > 0.5 {
            r = 1 - r
            negative = true
        }
        let c = r <= 0.25 ? cos(.pi * r) : sin(.pi * (0.5 - r))
        return negative && c != 0 ? -c : c
    }

    /// `tanpi(x)` = tan(πx): `|x|` less its nearest integer `n` (exact), cot(π(½ − r)) past ¼.
    /// Poles are +∞ after an even `n`, −∞ after an odd one, and zeros have `x`'s sign flipped
    /// for odd `n`, as in C23 and the CTS's reference.
    static func tanPi(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        var z = abs(x), negative = x.sign == .minus
        if z >= 0x1p53 { return negative ? -0.0 : 0.0 }  // an even integer
        let nearest = z.rounded(.toNearestOrEven)
        let odd = nearest.truncatingRemainder(dividingBy: 2) == 1
        z -= nearest
        if z == 0 { return negative != odd ? -0.0 : 0.0 }
        if z < 0 {
            z = -z
            negative.toggle()
        }
        let t = z <= 0.25 ? tan(.pi * z) : 1 / tan(.pi * (0.5 - z))
        return negative ? -t : t
    }

    /// `lgamma(x)`, from glibc's reentrant form (the sign it also gives is computed in bytecode).
    static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// `rootn(x, n)` = x^(1/n), through x87 extended precision where there is one: 1/n as a
    /// double alone would put up to 60 ulps in `rootn(1e300, 3)`. NaN for `n` = 0 and for a
    /// negative `x` under an even `n`; an odd `n` keeps `x`'s sign, zeros and infinities included.
    static func rootN(_ x: Double, _ n: Int32) -> Double {
        let odd = n % 2 != 0, magnitude = abs(x)
        if n == 0 || x.isNaN || (x < 0 && !odd) { return .nan }
        let root: Double
        if magnitude == 0 {
            root = n > 0 ? 0 : .infinity
        } else if magnitude.isInfinite {
            root = n > 0 ? .infinity : 0
        } else {
            #if arch(x86_64)
                root = Double(Foundation.pow(Float80(magnitude), 1 / Float80(n)))
            #else
                root = Foundation.pow(magnitude, 1 / Double(n))
            #endif
        }
        return odd && x.sign == .minus ? -root : root
    }

    /// `remquo`'s quotient: the sign of x/y and the low 7 bits of the integer nearest it (ties
    /// to even), all OpenCL requires and all the CTS compares. `|x|` mod 128|y| (exact), then
    /// 64|y|, 32|y|, … |y| taken off where they fit (each subtraction exact), then the rounding.
    /// 0 where the spec leaves it open (y = 0, x infinite, a NaN) and for x = 0 or y infinite.
    static func remainderQuotient<T: BinaryFloatingPoint>(_ x: T, _ y: T) -> Int32 {
        guard x.isFinite, y.isFinite, y != 0, x != 0 else { return 0 }
        let divisor = abs(y)
        var rest = abs(x).truncatingRemainder(dividingBy: 128 * divisor)  // 128|y| overflowing leaves |x|
        var quotient: Int32 = 0, bit: Int32 = 64
        while bit > 0 {
            let step = T(bit) * divisor
            if rest >= step {
                rest -= step
                quotient |= bit
            }
            bit >>= 1
        }
        let other = divisor - rest
        if rest > other || (rest == other && quotient & 1 == 1) { quotient += 1 }
        quotient &= 127
        return x.sign == y.sign ? quotient : -quotient
    }
}
