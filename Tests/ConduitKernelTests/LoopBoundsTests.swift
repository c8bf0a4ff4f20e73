@testable import ConduitKernel
import Testing

/// Which loops the emitter charges to the watchdog's budget once, before their nest, instead of
/// checking the budget on every iteration: only loops whose trip count is bounded at emission.
struct LoopBoundsTests {
    /// The charges (`lb_ += N`) and the per-iteration checks of `body`'s kernel, emitted with a budget.
    func budget(_ body: String, parameters: String = "") throws -> (charges: [UInt64], checks: Int) {
        let source = "__kernel void k(__global uint *out\(parameters)) {\n uint s = get_global_id(0);\n\(body)\n out[get_global_id(0)] = s;\n}"
        let kernel = try Compiler.compile(source: source).kernels[0]
        let program = Emitter.program(for: kernel, localBytes: 0, loopBudget: 1_000_000)
        let charges = program.components(separatedBy: "lb_ += ").dropFirst().map { UInt64($0.prefix { $0.isNumber })! }
        return (charges, program.components(separatedBy: "++lb_ >").count - 1)
    }

    @Test(arguments: [
        ("for (int i = 0; i < 3; i++) s += i;", 3),
        ("for (int i = 2; i < 11; i += 3) s ^= i;", 3),  // 2, 5, 8
        ("for (uint i = 0; i <= 4u; i++) s += i;", 5),
        ("for (long i = -3; i < 3; i++) s += (uint)i;", 6),
        ("for (ulong i = 10; i < 4; i++) s += 1u;", 0),
        ("for (int i = 0; 5 > i; i++) s += 2u;", 5),
        ("for (int i = 0; i < 7; i++) { if (s > 9u) continue; s *= 3u; }", 7),
        ("for (int i = 0; i < 7; i++) { if (s > 9u) break; s *= 3u; }", 7),
        ("uint w = 0u; while (w < 4u) { w++; s += w; }", 4),
        ("uint w = 0u; do { w++; s = s * 3u + w; } while (w < 4u);", 4),
        ("uint v = 7u; do { v++; s ^= v; } while (v < 2u);", 1),
        ("for (int i = 0; i < 4; i++) for (int j = 0; j < 3; j++) s += j;", 16)  // 4 × (1 + 3)
    ])
    func countedLoopsAreChargedTheirTripCount(_ body: String, trips: UInt64) throws {
        let (charges, checks) = try budget(body)
        #expect(charges == [trips])
        #expect(checks == 0)
    }

    @Test(arguments: [
        "for (uint i = 0; i < n; i++) s += i;",  // the bound is an argument
        "for (int i = 0; i < 8; i++) { if (s > 3u) i += 2; s += 1u; }",  // a second write, not on every path
        "for (int i = 0; i < 8; i += (int)n) s += 1u;",  // the step is not a constant
        "for (int i = 0; i <= 2147483647; i++) s += 1u;",  // i++ wraps before the test fails
        "for (uint i = 0; i < 4294967295u; i += 7u) s += 1u;",  // i += 7 wraps past the bound
        "for (int i = 8; i > 0; i--) s += 1u;",  // counting down is not recognised
        "for (int i = (int)n; i < 8; i++) s += 1u;",  // the start is not known
        "while (s != 1u) s = (s & 1u) ? 3u * s + 1u : s / 2u;"
    ])
    func loopsWithoutAKnownBoundAreCheckedEveryIteration(_ body: String) throws {
        let (charges, checks) = try budget(body, parameters: ", const uint n")
        #expect(charges.isEmpty)
        #expect(checks == 1)
    }

    @Test func aCountedLoopInsideAnUncountedOneIsChargedOnEachEntry() throws {
        let (charges, checks) = try budget("for (uint i = 0; i < n; i++) for (int j = 0; j < 5; j++) s += j;", parameters: ", const uint n")
        #expect(charges == [5])
        #expect(checks == 1, "the outer loop keeps its check, which sees the inner charges")
    }

    @Test func anUncountedLoopInsideMakesTheOuterOneUncounted() throws {
        let (charges, checks) = try budget("for (int i = 0; i < 5; i++) for (uint j = 0; j < n; j++) s += j;", parameters: ", const uint n")
        #expect(charges.isEmpty)
        #expect(checks == 2)
    }

    @Test func aNestPastTheLimitIsNotChargedAtOnce() throws {
        // 5 000 × (1 + 5 000) iterations is past LoopBounds.nestLimit; the inner loop alone is not.
        let (charges, checks) = try budget("for (int i = 0; i < 5000; i++) for (int j = 0; j < 5000; j++) s += j;")
        #expect(charges == [5000])
        #expect(checks == 1)
    }

    @Test func inKernelsWithBarriersOnlyLoopsHoldingABarrierGoUnchecked() throws {
        let without = try budget("for (int i = 0; i < 3; i++) s += i;\n barrier(CLK_LOCAL_MEM_FENCE);")
        #expect(without.charges.isEmpty)
        #expect(without.checks == 1)
        let holding = try budget("for (int i = 0; i < 3; i++) { barrier(CLK_LOCAL_MEM_FENCE); s += i; }\n for (int j = 0; j < 2; j++) s ^= j;")
        #expect(holding.charges == [3])
        #expect(holding.checks == 1, "the second loop holds no barrier and keeps its check")
    }

    @Test func withoutABudgetNothingIsCharged() throws {
        let kernel = try Compiler.compile(source: "__kernel void k(__global int *o) { for (int i = 0; i < 3; i++) o[i] = i; }").kernels[0]
        #expect(!Emitter.program(for: kernel, localBytes: 0).contains("lb_"))
    }
}
