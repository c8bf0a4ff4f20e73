import ConduitHAL
import Foundation

/// The differential tester: each generated program runs on every Conduit adapter and on the
/// reference OpenCL device directly; results are compared by hash. The reference is not the
/// truth (PoCL's CPU device has known miscompiles): where it and Conduit disagree, a third
/// opinion decides, the reference again with `-cl-opt-disable`. When that agrees with Conduit,
/// the program is counted as the reference's miscompile, kept, and excluded from Conduit's count.
package final class CompilerDiff {
    package struct Stats: Sendable, Codable {
        package var programs = 0
        package var agreed = 0
        /// Conduit computed something else than the reference and the third opinion.
        package var mismatches = 0
        /// The reference disagreed with its own unoptimised build, which agreed with Conduit.
        package var referenceMiscompiles = 0
        /// Of those, the ones a known bug of the reference explains (`KnownReferenceBug`).
        package var knownReferenceBugs: [String: Int] = [:]
        /// Conduit refused a program the reference accepted (a gap in the language it takes).
        package var rejected = 0
        /// It compiled but did not run (fault, timeout, lost device).
        package var failed = 0
        /// The reference itself refused the program (a generator bug).
        package var invalid = 0
        package var perMode: [String: Int] = [:]
        package var seconds = 0.0
        /// Per program, the OpenCL adapter's first dispatch (its build included) over the
        /// reference building and running the original source: the largest ratio seen, its seed,
        /// and the median.
        package var buildRatios: [Double] = []
        package var worstBuildRatio: Worst?

        package init() {}

        package struct Worst: Sendable, Codable {
            package var ratio: Double
            package var seed: UInt64
        }

        /// Adds another shard's counts to these (the shards ran side by side: the longer time wins).
        package mutating func merge(_ other: Stats) {
            programs += other.programs
            agreed += other.agreed
            mismatches += other.mismatches
            referenceMiscompiles += other.referenceMiscompiles
            knownReferenceBugs.merge(other.knownReferenceBugs, uniquingKeysWith: +)
            rejected += other.rejected
            failed += other.failed
            invalid += other.invalid
            perMode.merge(other.perMode, uniquingKeysWith: +)
            seconds = max(seconds, other.seconds)
            buildRatios += other.buildRatios
            if let worst = other.worstBuildRatio, worst.ratio > worstBuildRatio?.ratio ?? 0 { worstBuildRatio = worst }
        }
    }

    /// One of `count` side-by-side runs that together check the programs one run would: this
    /// one takes every `count`-th program index, starting at `index`.
    package struct Shard: Sendable, Equatable {
        package var index: Int
        package var count: Int
        package static let whole = Shard(index: 0, count: 1)

        package init(index: Int, count: Int) {
            precondition(count > 0 && (0..<count).contains(index), "shard \(index) of \(count)")
            self.index = index
            self.count = count
        }
    }

    package enum Verdict: String, Sendable {
        case agreed, mismatch, referenceMiscompile = "reference-miscompile", rejected, failed, invalid
    }

    package struct Finding: Sendable {
        package var verdict: Verdict
        package var program: GeneratedProgram
        package var outcomes: [(runner: String, outcome: RunOutcome)]
        /// The hash the program should have: the reference's, or the third opinion's where that overrules it.
        package var expectedHash: UInt64?
        /// Seconds each runner took (its build included).
        package var seconds: [String: Double] = [:]
        /// For a reference miscompile: the known bug of the reference that explains it, if one does.
        package var knownBug: KnownReferenceBug?

        /// The program as a self-describing regression kernel.
        package var fileText: String {
            var header = "// compiler-diff finding: \(verdict.rawValue)\n// seed: \(program.seed) mode: \(program.mode.rawValue)\n"
            if let expectedHash { header += "// expected-hash: 0x\(String(expectedHash, radix: 16))\n" }
            if let knownBug { header += "// known reference bug: \(knownBug.rawValue)\n" }
            for (runner, outcome) in outcomes { header += "// \(runner): \(outcome.summary)\n" }
            return header + program.source
        }
    }

    package let adapters: [AdapterRunner]
    package let reference: DirectOpenCLRunner?
    let thirdOpinion: DirectOpenCLRunner?
    package private(set) var stats = Stats()

    package init(adapters: [AdapterRunner], reference: DirectOpenCLRunner?) {
        self.adapters = adapters
        self.reference = reference
        thirdOpinion = reference == nil ? nil : DirectOpenCLRunner(options: "-cl-opt-disable")
    }

    /// Runs one program everywhere and classifies it; counts it in `stats`.
    package func check(_ program: GeneratedProgram) -> Finding {
        var outcomes: [(runner: String, outcome: RunOutcome)] = []
        let (referenceOutcome, referenceSeconds) = Self.timed { reference.map { $0.run(program) } }
        if let reference, let referenceOutcome { outcomes.append((reference.name, referenceOutcome)) }
        var conduit: [(String, RunOutcome)] = []
        var timings: [String: Double] = [:]
        if let reference { timings[reference.name] = referenceSeconds }
        for adapter in adapters {
            let (outcome, seconds) = Self.timed { adapter.run(program) }
            conduit.append((adapter.name, outcome))
            timings[adapter.name] = seconds
            if !adapter.isCPU, referenceOutcome?.result != nil, outcome.result != nil {
                let ratio = seconds / max(referenceSeconds, 1e-6)
                stats.buildRatios.append(ratio)
                if ratio > stats.worstBuildRatio?.ratio ?? 0 { stats.worstBuildRatio = Stats.Worst(ratio: ratio, seed: program.seed) }
            }
        }
        outcomes += conduit
        var finding = Finding(verdict: .agreed, program: program, outcomes: outcomes, expectedHash: referenceOutcome?.result?.hash, seconds: timings)
        finding.verdict = classify(program, reference: referenceOutcome, conduit: conduit.map(\.1), finding: &finding)
        stats.programs += 1
        stats.perMode[program.mode.rawValue, default: 0] += 1
        switch finding.verdict {
        case .agreed: stats.agreed += 1
        case .mismatch: stats.mismatches += 1
        case .referenceMiscompile:
            stats.referenceMiscompiles += 1
            if let bug = finding.knownBug { stats.knownReferenceBugs[bug.rawValue, default: 0] += 1 }
        case .rejected: stats.rejected += 1
        case .failed: stats.failed += 1
        case .invalid: stats.invalid += 1
        }
        return finding
    }

    private func classify(_ program: GeneratedProgram, reference: RunOutcome?, conduit: [RunOutcome], finding: inout Finding) -> Verdict {
        if case .rejected? = reference { return .invalid }
        if conduit.contains(where: { if case .rejected = $0 { true } else { false } }) { return .rejected }
        if conduit.contains(where: { if case .failed = $0 { true } else { false } }) { return .failed }
        let results = conduit.compactMap(\.result)
        guard let expected = reference?.result else {
            // No reference device: the adapters can still be held to each other.
            return Set(results.map(\.hash)).count <= 1 ? .agreed : .mismatch
        }
        if results.allSatisfy({ $0 == expected }) { return .agreed }
        // Someone is wrong. The reference without optimisations is the third opinion.
        guard let third = thirdOpinion?.run(program) else { return .mismatch }
        finding.outcomes.append((thirdOpinion!.name, third))
        if let overruling = third.result, overruling != expected, results.allSatisfy({ $0 == overruling }) {
            finding.expectedHash = overruling.hash
            finding.knownBug = KnownReferenceBug.allCases.first { bug in self.reference?.run(bug.avoided(in: program)).result == overruling }
            return .referenceMiscompile
        }
        return .mismatch
    }

    static func timed<T>(_ body: () -> T) -> (T, Double) {
        let start = ContinuousClock.now
        let value = body()
        return (value, Double((ContinuousClock.now - start).wholeNanoseconds) * 1e-9)
    }

    /// Generates and checks programs until `duration` has passed or the program indices reach
    /// `limit`, cycling through `modes`; calls `found` for every program that did not simply
    /// agree. Program `i` has seed `seed + i` and mode `modes[i % modes.count]`, so shards of a
    /// run check, between them, the programs of the whole run.
    package func run(
        seed: UInt64, modes: [GeneratedProgram.Mode], duration: Duration, limit: Int = .max, shard: Shard = .whole,
        found: (Finding) -> Void, progress: (Stats) -> Void = { _ in }
    ) -> Stats {
        let start = ContinuousClock.now
        var index = UInt64(shard.index)
        while index < UInt64(limit), ContinuousClock.now - start < duration {
            let mode = modes[Int(index % UInt64(modes.count))]
            let program = ProgramGenerator.generate(seed: seed &+ index, mode: mode)
            let finding = check(program)
            if finding.verdict != .agreed { found(finding) }
            index += UInt64(shard.count)
            progress(stats)
        }
        stats.seconds = Double((ContinuousClock.now - start).wholeNanoseconds) * 1e-9
        return stats
    }
}
