// Support shared by the test targets: deterministic inputs and byte views. No test framework
// here, so any target can use it.

/// Deterministic floats in -1 ..< 1.
package func sampleValues(_ count: Int, seed: UInt64) -> [Float] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Float(state >> 40) / Float(1 << 23) - 1
    }
}

/// Deterministic doubles in `range`, every bit of the significand drawn.
package func sampleDoubles(_ count: Int, seed: UInt64, in range: ClosedRange<Double>) -> [Double] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return range.lowerBound + Double(state >> 11) / Double(UInt64(1) << 53) * (range.upperBound - range.lowerBound)
    }
}

/// A kernel argument as host data: buffers are made from arrays, values passed as bytes.
package enum KernelInput {
    case floats([Float])
    case ints([Int32])
    case bytes([UInt8])
    case value([UInt8])
    case local(Int)

    package static func scalar<T: BitwiseCopyable>(_ value: T) -> KernelInput { .value(withUnsafeBytes(of: value) { Array($0) }) }

    /// The bytes of a buffer argument; nil for values and local sizes.
    package var bufferBytes: [UInt8]? {
        switch self {
        case let .floats(values): values.withUnsafeBytes { Array($0) }
        case let .ints(values): values.withUnsafeBytes { Array($0) }
        case let .bytes(values): values
        case .value, .local: nil
        }
    }
}

extension Array where Element == UInt8 {
    /// The bytes as elements of `type` (whole elements only).
    package func `as`<T: BitwiseCopyable>(_ type: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count / MemoryLayout<T>.stride) { destination, initialized in
            initialized = count / MemoryLayout<T>.stride
            withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(destination).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<initialized * MemoryLayout<T>.stride]))
            }
        }
    }
}

/// A deterministic generator for tests that draw many random choices: the same 64-bit LCG as
/// `sampleValues`, its high half mixed into the low (whose bits alone cycle quickly).
package struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state ^ (state >> 29)
    }
}
