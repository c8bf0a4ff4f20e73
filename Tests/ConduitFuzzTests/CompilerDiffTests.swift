import ConduitFuzz
import Foundation
import Testing

/// The differential tester in `swift test`: a fixed set of generated programs on every adapter
/// against OpenCL directly, and every disagreement it ever found replayed against the hash the
/// reference computed for it.
@Suite struct CompilerDiffTests {
    static let reference = DirectOpenCLRunner()
    static let regressionDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("CompilerDiffRegressions")

    @Test func theGeneratorIsDeterministicPerSeedAndVariesAcrossSeeds() {
        for mode in GeneratedProgram.Mode.allCases {
            let a = ProgramGenerator.generate(seed: 42, mode: mode), b = ProgramGenerator.generate(seed: 42, mode: mode)
            #expect(a.source == b.source && a.input == b.input)
            #expect(ProgramGenerator.generate(seed: 43, mode: mode).source != a.source)
        }
    }

    @Test(.enabled(if: reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func fixedSeedsAgreeWithOpenCLOnEveryAdapter() throws {
        let tester = CompilerDiff(adapters: try AdapterRunner.all(), reference: Self.reference)
        var disagreements: [String] = []
        let stats = tester.run(seed: 1000, modes: GeneratedProgram.Mode.allCases, duration: .seconds(600), limit: 16) { finding in
            disagreements.append(finding.fileText)
        }
        #expect(stats.programs == 16)
        #expect(
            stats.mismatches == 0 && stats.rejected == 0 && stats.failed == 0 && stats.invalid == 0,
            "\(disagreements.first ?? "")")
        #expect(stats.agreed + stats.referenceMiscompiles == 16)
    }

    /// `--jobs`: shards of a run check, between them, the programs of the whole run, each
    /// once, in the same modes, and their merged counts are the whole run's.
    @Test func shardsOfARunCheckItsProgramsBetweenThem() {
        func run(_ shard: CompilerDiff.Shard) -> CompilerDiff.Stats {
            // No adapters and no reference: every program "agrees"; only what ran is counted.
            CompilerDiff(adapters: [], reference: nil).run(
                seed: 500, modes: GeneratedProgram.Mode.allCases, duration: .seconds(600), limit: 13, shard: shard, found: { _ in })
        }
        let whole = run(.whole)
        var merged = CompilerDiff.Stats()
        for index in 0..<3 { merged.merge(run(CompilerDiff.Shard(index: index, count: 3))) }
        #expect(whole.programs == 13 && merged.programs == 13)
        #expect(merged.perMode == whole.perMode && whole.perMode.values.sorted() == [2, 2, 3, 3, 3])
        #expect(merged.agreed == 13)
        #expect(run(CompilerDiff.Shard(index: 2, count: 3)).programs == 4)
    }

    static let regressions =
        (try? FileManager.default.contentsOfDirectory(at: regressionDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "cl" }.sorted { $0.lastPathComponent < $1.lastPathComponent }) ?? []

    @Test func thereAreRegressionKernels() {
        #expect(Self.regressions.count >= 3)
    }

    /// Each kept program once computed a wrong answer on Conduit; its expected hash is what the
    /// reference (and its unoptimised build) computed. Runs on every adapter, OpenCL or not.
    @Test(arguments: regressions)
    func aKeptDisagreementNowComputesTheReferenceHash(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let program = try #require(ProgramReducer.program(fromFinding: text))
        let expected = try #require(ProgramReducer.expectedHash(fromFinding: text))
        for adapter in try AdapterRunner.all() {
            let outcome = adapter.run(program)
            #expect(outcome.result?.hash == expected, "\(adapter.name): \(outcome.summary)")
        }
    }
}

extension CompilerDiffTests {
    /// Runs a program written as the tester's programs are (`k(out, in, acc)`) on OpenCL
    /// directly and on every Conduit adapter, and expects the same results everywhere.
    static func expectAgreement(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let input = (0..<68).map { UInt32(truncatingIfNeeded: ($0 &* 2654435761) >> 7) % 4_000_000 }
        let program = GeneratedProgram(seed: 0, mode: .scalar, source: source, globalSize: 64, localSize: 16, input: input)
        let reference = try #require(reference, sourceLocation: sourceLocation).run(program)
        let expected = try #require(reference.result, "the reference: \(reference.summary)", sourceLocation: sourceLocation)
        for adapter in try AdapterRunner.all() {
            let outcome = adapter.run(program)
            #expect(outcome.result == expected, "\(adapter.name): \(outcome.summary)", sourceLocation: sourceLocation)
        }
    }
}

/// The tester names the reference's known bugs in what it keeps (docs/pocl-miscompiles.md).
@Suite struct KnownReferenceBugTests {
    static func kept(_ name: String) throws -> GeneratedProgram {
        let file = try #require(CompilerDiffTests.regressions.first { $0.lastPathComponent == name })
        return try #require(ProgramReducer.program(fromFinding: try String(contentsOf: file, encoding: .utf8)))
    }

    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func anAbsMiscompileIsNamedAndAWorkGroupOneIsNot() throws {
        let tester = CompilerDiff(adapters: try AdapterRunner.all(), reference: CompilerDiffTests.reference)
        let abs = tester.check(try Self.kept("pocl-miscompile-vector-100036.cl"))
        #expect(abs.verdict == .referenceMiscompile)
        #expect(abs.knownBug == .absOfTheMostNegativeValue)
        #expect(abs.fileText.contains("// known reference bug: abs-of-the-most-negative-value"))
        let other = tester.check(try Self.kept("pocl-miscompile-barrier-101247.cl"))
        #expect(other.verdict == .referenceMiscompile)
        #expect(other.knownBug == nil)
        #expect(tester.stats.referenceMiscompiles == 2 && tester.stats.knownReferenceBugs == ["abs-of-the-most-negative-value": 1])
    }
}
