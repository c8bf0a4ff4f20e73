import Foundation
import ConduitFuzz
import Testing

/// A short, deterministic run of each fuzz target: thousands of mutated inputs, none of which may
/// crash or hang the process; some must be rejected and some accepted, or the mutations (or the
/// seeds) are not exercising the target. Long runs: `conduit fuzz TARGET --seconds N`.
@Suite struct FuzzSmokeTests {
    @Test(arguments: [(FuzzTarget.wire, 3000), (.bytecode, 1500), (.compiler, 1500)])
    func mutatedInputsAreRejectedOrHandledSafely(_ target: FuzzTarget, _ executions: Int) {
        var fuzzer = Fuzzer(target: target, seed: 0x5EED)
        let stats = fuzzer.run(executions: executions)
        #expect(stats.executions == executions)
        #expect(stats.rejected > 0, "no mutation of \(target) was rejected")
        #expect(stats.accepted > 0, "no input of \(target) was accepted")
        print(
            "fuzz smoke \(target): \(stats.executions) executions, \(stats.accepted) accepted, \(stats.rejected) rejected, \(stats.faulted) faulted, \(String(format: "%.1f", stats.seconds)) s"
        )
    }

    @Test func mutationsAreDeterministicForASeed() {
        var a = Mutator(seed: 42), b = Mutator(seed: 42)
        let input: [UInt8] = Array(0..<64)
        for _ in 0..<100 { #expect(a.mutate(input, donor: input) == b.mutate(input, donor: input)) }
    }
}

/// Every input a fuzzer ever crashed us with, kept and replayed: `Regressions/TARGET-what.bin`.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")
    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".bin") }.sorted()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func aCrashingInputNowRunsSafely(_ name: String) throws {
        let target = try #require(FuzzTarget(rawValue: String(name.prefix { $0 != "-" })), "the file name starts with a target")
        let input = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        // Crashed before the fix. Now it runs to an answer: the empty kernel is valid bytecode and
        // runs (a file named for a rejected input would say so after the target's name).
        let outcome = target.execute(input)
        #expect(outcome == (name.contains("-rejected-") ? .rejected : .accepted), "\(name): \(outcome)")
    }
}
