@testable import ConduitKernel
import Testing

/// Registers start at 0 on every backend; the emitter initialises exactly those that some path
/// may read before writing, so no other register becomes a value live across barriers.
struct UninitializedReadsTests {
    func analysis(_ source: String) throws -> (UninitializedReads, KernelCode) {
        let kernel = try Compiler.compile(source: source).kernels[0]
        return (UninitializedReads(kernel), kernel)
    }

    @Test func straightLineCodeNeedsNoInitialisers() throws {
        let (reads, kernel) = try analysis(
            "__kernel void k(__global float *y, __global const float *x) { size_t i = get_global_id(0); y[i] = 2.0f * x[i] + y[i]; }")
        #expect(reads.registers32.isEmpty && reads.registers64.isEmpty)
        let program = Emitter.program(for: kernel, localBytes: 0)
        #expect(!program.contains("r0 = 0u,") && !program.contains("r0 = 0u;"))
    }

    @Test func aValueAssignedOnOnlyOnePathStartsAtZero() throws {
        // `x` is written only when the branch is taken; the join must not count it as assigned.
        let (reads, _) = try analysis(
            """
            __kernel void k(__global int *o) { int x; if (get_global_id(0) > 2) x = 5; o[get_global_id(0)] = x; }
            """)
        #expect(reads.registers32.count == 1)
    }

    @Test func aLoopCarriedValueIsReadBeforeItsFirstWrite() throws {
        // `s` is written at the loop's end and read at its head on the first iteration.
        let (reads, _) = try analysis(
            """
            __kernel void k(__global int *o, int n) { int s; int t = 0; for (int i = 0; i < n; i++) { t += s; s = i; } o[0] = t; }
            """)
        #expect(!reads.registers32.isEmpty)
    }

    @Test func valuesAssignedOnEveryPathIncludingBreaksNeedNothing() throws {
        let (reads, _) = try analysis(
            """
            __kernel void k(__global int *o, int n) {
                int x;
                if (n > 3) x = 1; else x = 2;
                int y;
                for (;;) { y = n * 2; if (y > 10) break; y = 7; break; }
                o[0] = x + y;
            }
            """)
        #expect(reads.registers32.isEmpty)
    }
}
