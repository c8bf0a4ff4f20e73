@_exported import ConduitTestSupport
import Conduit
import Testing

/// A plain-Swift GEMM in Float64: the reference every Conduit GEMM is checked against.
func referenceGEMM(
    a: [Float], b: [Float], c: [Float], m: Int, n: Int, k: Int,
    transposeA: Bool, transposeB: Bool, alpha: Float, beta: Float,
    lda: Int, ldb: Int, ldc: Int, aOffset: Int, bOffset: Int, cOffset: Int
) -> [Float] {
    var out = c
    for i in 0..<m {
        for j in 0..<n {
            var sum = 0.0
            for p in 0..<k {
                let av = transposeA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p]
                let bv = transposeB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j]
                sum += Double(av) * Double(bv)
            }
            let index = cOffset + i * ldc + j
            out[index] = Float(Double(alpha) * sum + Double(beta) * Double(c[index]))
        }
    }
    return out
}

func expectClose(_ actual: [Float], _ expected: [Float], tolerance: Float = 1e-4, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    let worst = zip(actual, expected).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    #expect(worst <= tolerance, "largest relative difference \(worst)", sourceLocation: sourceLocation)
}

func makeCPUDevice(label: String? = nil) throws -> (Instance, Device) {
    let instance = try Instance()
    let adapter = try #require(try instance.adapters(matching: .backend(.cpu)).first)
    return (instance, try adapter.makeDevice(label: label))
}
