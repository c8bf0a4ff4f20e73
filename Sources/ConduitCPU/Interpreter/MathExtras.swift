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
