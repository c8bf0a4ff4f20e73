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

/// Runs an n×n GEMM of `sampleValues` inputs on `device` and checks it against `referenceGEMM`.
func expectGEMMMatchesReference(on device: Device, n: Int, seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let a = sampleValues(n * n, seed: seed), b = sampleValues(n * n, seed: seed &+ 9)
    let (x, y, z) = (try device.makeBuffer(array: a), try device.makeBuffer(array: b), try device.makeBuffer(length: n * n * 4))
    let commands = device.queue.makeCommandBuffer()
    try commands.gemm(x, y, z, m: n, n: n, k: n)
    try device.queue.submit(commands).wait(timeout: .seconds(60))
    expectClose(
        try z.read(as: Float.self),
        referenceGEMM(
            a: a, b: b, c: [Float](repeating: 0, count: n * n), m: n, n: n, k: n, transposeA: false, transposeB: false,
            alpha: 1, beta: 0, lda: n, ldb: n, ldc: n, aOffset: 0, bOffset: 0, cOffset: 0),
        sourceLocation: sourceLocation)
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
