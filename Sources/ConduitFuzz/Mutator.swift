/// Seeded mutations of byte strings: bit flips, interesting values, overwrites, deletions,
/// duplications and splices — the classic libFuzzer/AFL repertoire, deterministic per seed.
package struct Mutator: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    package mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    static let interesting: [UInt8] = [0, 1, 2, 0x7F, 0x80, 0xFE, 0xFF, 16, 32, 64]

    /// One to four mutations of `input`; `donor` supplies spliced-in bytes.
    package mutating func mutate(_ input: [UInt8], donor: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            if bytes.isEmpty { bytes = [UInt8(truncatingIfNeeded: next())] }
            let at = below(bytes.count)
            switch below(8) {
            case 0: bytes[at] ^= UInt8(1 << below(8))
            case 1: bytes[at] = Self.interesting[below(Self.interesting.count)]
            case 2: bytes[at] = UInt8(truncatingIfNeeded: next())
            case 3:  // a 32-bit field set to an edge value
                let value: UInt32 = [0, 1, 0xFFFF_FFFF, 0x8000_0000, 0x7FFF_FFFF, 4096][below(6)]
                for i in 0..<4 where at + i < bytes.count { bytes[at + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
            case 4: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
            case 5: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 1 + below(16))], at: below(bytes.count + 1))
            case 6 where !donor.isEmpty:
                let from = below(donor.count)
                bytes.insert(contentsOf: donor[from..<min(donor.count, from + 1 + below(32))], at: at)
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return bytes
    }
}
