/// Checks a float32 row-major product against a float64 reference.
///
/// Small products are checked element by element; for large ones a fixed sample of entries
/// (every row and column is hit at least once along the diagonal pattern) keeps the check fast.
struct MatrixCheck {
    /// Largest |computed − reference| / (Σ|a·b| + tiny): float32 accumulation error relative to the
    /// magnitudes summed, which stays near k·2⁻²⁴ for a correct GEMM.
    var maxRelativeError: Double
    var checkedElements: Int
    var passed: Bool { maxRelativeError <= 1e-4 }

    init(a: [Float], b: [Float], c: [Float], m: Int, n: Int, k: Int, samples: Int = 4096) {
        var worst = 0.0
        var checked = 0
        func check(_ i: Int, _ j: Int) {
            var sum = 0.0, magnitude = 0.0
            for p in 0..<k {
                let product = Double(a[i * k + p]) * Double(b[p * n + j])
                sum += product
                magnitude += abs(product)
            }
            worst = max(worst, abs(Double(c[i * n + j]) - sum) / (magnitude + 1e-30))
            checked += 1
        }
        if m * n <= samples {
            for i in 0..<m { for j in 0..<n { check(i, j) } }
        } else {
            var generator = SplitMix64(seed: 0xC0FFEE)
            for i in 0..<min(m, n) { check(i, i) }
            for _ in 0..<samples { check(Int(generator.next() % UInt64(m)), Int(generator.next() % UInt64(n))) }
        }
        maxRelativeError = worst
        checkedElements = checked
    }
}
