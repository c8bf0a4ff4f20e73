/// One random kernel of the differential tester and how to run it.
///
/// Every program has the same signature, so each runner can launch it the same way:
/// `__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc)`.
/// Each work-item writes a hash of its variables to `out[gid]`; atomics accumulate into `acc`.
package struct GeneratedProgram: Sendable {
    package enum Mode: String, CaseIterable, Sendable {
        /// Scalar integer arithmetic of every width and signedness, helpers, loops, switch.
        case scalar
        /// Integer vectors: literals, swizzles, component-wise arithmetic, conversions.
        case vector
        /// Local memory shared through barriers (in loops and helpers).
        case barrier
        /// 32-bit atomics on local and global memory, then read after a barrier.
        case atomic
        /// `float` and `double` arithmetic on top of the integer statements (cl_khr_fp64).
        case floating
    }

    package var seed: UInt64
    package var mode: Mode
    package var source: String
    package var globalSize: Int
    package var localSize: Int
    /// The contents of `in`.
    package var input: [UInt32]
    /// `acc` before the launch (add, xor, max and min slots).
    package var accumulatorInitial: [UInt32] = [0, 0, 0, 0xFFFF_FFFF]
    package let kernelName = "k"

    /// A program of this shape from any source (generated, replayed, or written by hand).
    package init(seed: UInt64, mode: Mode, source: String, globalSize: Int, localSize: Int, input: [UInt32]) {
        self.seed = seed; self.mode = mode; self.source = source
        self.globalSize = globalSize; self.localSize = localSize; self.input = input
    }

    /// What every runner returns: `out` then `acc`, as bytes.
    package struct Result: Equatable, Sendable {
        package var out: [UInt64]
        package var acc: [UInt32]

        package init(out: [UInt64], acc: [UInt32]) {
            self.out = out
            self.acc = acc
        }

        /// FNV-1a over every word: what the tester compares and prints.
        package var hash: UInt64 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for word in out { h = (h ^ word) &* 0x100_0000_01B3 }
            for word in acc { h = (h ^ UInt64(word)) &* 0x100_0000_01B3 }
            return h
        }
    }
}
