/// Summary of repeated timings.
public struct Timing: Sendable, Codable {
    /// Seconds per run, as measured.
    public var samples: [Double]

    public init(samples: [Double]) {
        precondition(!samples.isEmpty, "a timing needs at least one sample")
        self.samples = samples
    }

    public var median: Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    public var minimum: Double { samples.min()! }
    public var maximum: Double { samples.max()! }

    /// Times `body` `iterations` times after `warmUp` untimed runs.
    public static func measure(iterations: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Timing {
        for _ in 0..<warmUp { try body() }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            let start = clock.now
            try body()
            samples.append(seconds(clock.now - start))
        }
        return Timing(samples: samples)
    }

    /// Times `first` and `second` alternately, so that drift in the machine's speed (the other
    /// core busy, frequency changes) affects both alike. Each gets one untimed warm-up run.
    public static func measureInterleaved(iterations: Int, _ first: () throws -> Void, _ second: () throws -> Void) throws -> (Timing, Timing) {
        let timings = try withoutActuallyEscaping(first) { first in
            try withoutActuallyEscaping(second) { second in try measureInterleaved(iterations: iterations, [first, second]) }
        }
        return (timings[0], timings[1])
    }

    /// Runs each of `runs` once per iteration, in turn, so drift affects them alike.
    public static func measureInterleaved(iterations: Int, _ runs: [() throws -> Void]) throws -> [Timing] {
        for run in runs { try run() }
        var samples = [[Double]](repeating: [], count: runs.count)
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            for (index, run) in runs.enumerated() {
                let start = clock.now
                try run()
                samples[index].append(seconds(clock.now - start))
            }
        }
        return samples.map { Timing(samples: $0) }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

/// A deterministic pseudo-random source (SplitMix64), so every run multiplies the same matrices.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in -1 ..< 1.
    mutating func nextFloat() -> Float { Float(next() >> 40) / Float(1 << 23) - 1 }
}
