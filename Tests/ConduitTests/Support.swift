import Conduit

/// A plain-Swift GEMM in Float64: the reference every Conduit GEMM is checked against.
func referenceGEMM(a: [Float], b: [Float], c: [Float], m: Int, n: Int, k: Int,
                   transposeA: Bool, transposeB: Bool, alpha: Float, beta: Float,
                   lda: Int, ldb: Int, ldc: Int, aOffset: Int, bOffset: Int, cOffset: Int) -> [Float] {
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

/// Deterministic values in -1 ..< 1.
func sampleValues(_ count: Int, seed: UInt64) -> [Float] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Float(state >> 40) / Float(1 << 23) - 1
    }
}

/// Deterministic doubles in `range`, every bit of the significand drawn.
func sampleDoubles(_ count: Int, seed: UInt64, in range: ClosedRange<Double>) -> [Double] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return range.lowerBound + Double(state >> 11) / Double(UInt64(1) << 53) * (range.upperBound - range.lowerBound)
    }
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

import Testing

/// A kernel argument as host data: buffers are made from arrays, values passed as bytes.
enum KernelInput {
    case floats([Float])
    case ints([Int32])
    case bytes([UInt8])
    case value([UInt8])
    case local(Int)

    static func scalar<T: BitwiseCopyable>(_ value: T) -> KernelInput { .value(withUnsafeBytes(of: value) { Array($0) }) }
}

extension Array where Element == UInt8 {
    func `as`<T: BitwiseCopyable>(_ type: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count / MemoryLayout<T>.stride) { destination, initialized in
            initialized = count / MemoryLayout<T>.stride
            withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(destination).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<initialized * MemoryLayout<T>.stride]))
            }
        }
    }
}
