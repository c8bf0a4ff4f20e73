import ArgumentParser
import CConduitShims
import ConduitFuzz
import Foundation

struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Fuzz a hostile-input surface for a while: wire (frames through the host), bytecode (verifier + interpreter) or compiler.",
        discussion: """
            A mutation fuzzer seeded with valid inputs (Kernels/, one frame of each kind). If the process \
            crashes, the input that crashed it is written to --crash-file; replay it with --replay.
            """
    )

    @Argument(help: "wire, bytecode, compiler, or compiler-diff (the differential tester: random kernels on every adapter and on OpenCL directly)")
    var target: String

    @Option(help: "How long to run.")
    var seconds = 60

    @Option(help: "The mutation seed (runs are deterministic per seed).")
    var seed: UInt64 = 1

    @Option(help: "Where a crashing input is written.")
    var crashFile = "conduit-fuzz-crash.bin"

    @Option(help: "Run one saved input instead of fuzzing.")
    var replay: String?

    @Option(help: "Write the target's seed inputs into this directory (a corpus for libFuzzer) and stop.")
    var writeSeeds: String?

    @Option(help: "compiler-diff: stop after this many programs (default: when --seconds are up).")
    var programs: Int?

    @Option(help: "compiler-diff: modes to cycle through, comma-separated (\(GeneratedProgram.Mode.allCases.map(\.rawValue).joined(separator: ", "))).")
    var modes = GeneratedProgram.Mode.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "compiler-diff: directory where every program that did not agree is written.")
    var keep = "conduit-compiler-diff"

    @Flag(help: "compiler-diff: print the program of --seed in the first of --modes, as a finding file, and stop.")
    var printProgram = false

    @Option(help: "compiler-diff: shrink this kept finding (against OpenCL directly and the CPU adapter) and write FILE.reduced.cl.")
    var reduce: String?

    @Option(
        help:
            "compiler-diff: programs checked side by side, each job in its own process; together they check the programs one job would (timings then share the CPUs)."
    )
    var jobs = 1

    @Option(help: .hidden)
    var shard: String?

    @Option(help: .hidden)
    var statsFile: String?

    func validate() throws {
        if target == "compiler-diff" {
            guard jobs > 0 else { throw ValidationError("--jobs must be positive, got \(jobs)") }
            if let shard, Self.parseShard(shard) == nil { throw ValidationError("--shard takes INDEX/COUNT, got '\(shard)'") }
            guard seconds > 0 else { throw ValidationError("--seconds must be positive, got \(seconds)") }
            if let programs, programs <= 0 { throw ValidationError("--programs must be positive, got \(programs)") }
            for mode in modes.split(separator: ",") where GeneratedProgram.Mode(rawValue: String(mode)) == nil {
                throw ValidationError("unknown mode '\(mode)'; choose from \(GeneratedProgram.Mode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return
        }
        guard FuzzTarget(rawValue: target) != nil else {
            throw ValidationError("unknown fuzz target '\(target)'; choose one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive, got \(seconds)") }
    }

    func run() throws {
        if target == "compiler-diff" { return try runCompilerDiff() }
        let target = FuzzTarget(rawValue: target)!
        if let writeSeeds {
            try FileManager.default.createDirectory(atPath: writeSeeds, withIntermediateDirectories: true)
            let seeds = target.seeds()
            for (index, seed) in seeds.enumerated() {
                try Data(seed).write(to: URL(fileURLWithPath: writeSeeds).appendingPathComponent("seed-\(index).bin"))
            }
            print("\(target): wrote \(seeds.count) seeds to \(writeSeeds)")
            return
        }
        if let replay {
            guard let data = FileManager.default.contents(atPath: replay) else { throw ValidationError("cannot read '\(replay)'") }
            let input = [UInt8](data)
            print("\(target): replaying \(input.count) bytes → \(target.execute(input))")
            return
        }
        conduit_crash_report_install(crashFile)
        var fuzzer = Fuzzer(target: target, seed: seed)
        fuzzer.willRun = { input in input.withUnsafeBufferPointer { conduit_crash_report_set($0.baseAddress, $0.count) } }
        let stats = fuzzer.run(duration: .seconds(seconds))
        print(
            "\(target): \(stats.executions) executions in \(String(format: "%.1f", stats.seconds)) s "
                + "(\(Int(Double(stats.executions) / max(stats.seconds, 1e-9))) per second): \(stats.accepted) accepted, "
                + "\(stats.rejected) rejected, \(stats.faulted) faulted safely, 0 crashes")
    }
}

extension FuzzCommand {
    /// `conduit fuzz compiler-diff`: random programs on every adapter against OpenCL directly.
    func runCompilerDiff() throws {
        let modeList = modes.split(separator: ",").compactMap { GeneratedProgram.Mode(rawValue: String($0)) }
        if printProgram {
            let program = ProgramGenerator.generate(seed: seed, mode: modeList[0])
            // The input and sizes too, so the program can be run by hand (through clinfo's driver, say).
            let input = program.input.map { "0x" + String($0, radix: 16) }.joined(separator: ",")
            print("// seed: \(seed) mode: \(program.mode.rawValue)", terminator: "\n")
            print("// global \(program.globalSize) local \(program.localSize) input \(input)\n" + program.source, terminator: "")
            return
        }
        if jobs > 1, shard == nil, reduce == nil, replay == nil { return try runCompilerDiffJobs() }
        let caches = Self.coldCaches()
        defer { try? FileManager.default.removeItem(at: caches) }
        let adapters = try AdapterRunner.all()
        let reference = DirectOpenCLRunner()
        if let reduce { return try reduceFinding(reduce, cpu: adapters.first { $0.isCPU }, reference: reference) }
        if let replay {
            guard let text = try? String(contentsOfFile: replay, encoding: .utf8), let program = ProgramReducer.program(fromFinding: text) else {
                throw ValidationError("cannot read a compiler-diff finding from '\(replay)'")
            }
            let finding = CompilerDiff(adapters: adapters, reference: reference).check(program)
            print("\(replay): \(finding.verdict.rawValue)" + (finding.knownBug.map { " (the reference's known bug \($0.rawValue))" } ?? ""))
            for (runner, outcome) in finding.outcomes {
                print("  \(runner): \(outcome.summary)" + (finding.seconds[runner].map { String(format: " (%.3f s)", $0) } ?? ""))
            }
            return
        }
        let tester = CompilerDiff(adapters: adapters, reference: reference)
        print(
            "compiler-diff: \(adapters.map(\.name).joined(separator: ", ")) against \(reference?.name ?? "no OpenCL device (adapters compared with each other)")"
        )
        try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
        let shard = self.shard.flatMap(Self.parseShard) ?? .whole
        let label = shard == .whole ? "" : "[\(shard.index + 1)/\(shard.count)] "
        let stats = tester.run(
            seed: seed, modes: modeList,
            duration: .seconds(seconds), limit: programs ?? .max, shard: shard,
            found: { finding in
                let path = "\(keep)/\(finding.verdict.rawValue)-\(finding.program.mode.rawValue)-\(finding.program.seed).cl"
                try? finding.fileText.write(toFile: path, atomically: true, encoding: .utf8)
                print("  \(finding.verdict.rawValue): seed \(finding.program.seed) (\(finding.program.mode.rawValue)) → \(path)")
            },
            progress: { stats in
                // Every program is new, so nothing in the caches is used again: keep the disk free.
                if stats.programs % 100 == 0 { Self.empty(caches) }
                guard stats.programs % 25 == 0 else { return }
                FileHandle.standardError.write(Data("  \(label)\(stats.programs) programs, \(stats.mismatches) mismatches\n".utf8))
            })
        if let statsFile {
            try JSONEncoder().encode(stats).write(to: URL(fileURLWithPath: statsFile))
            return
        }
        print(Self.summary(stats))
        if stats.mismatches > 0 { throw ExitCode(1) }
    }

    /// Points PoCL's and Conduit's program caches at a new temporary directory (unless the
    /// environment names them), before any OpenCL call: the first-dispatch ratio then compares
    /// real builds on both sides, not a build against a program PoCL cached in an earlier run.
    static func coldCaches() -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-compiler-diff-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        setenv("POCL_CACHE_DIR", directory.appendingPathComponent("pocl").path, 0)
        setenv("CONDUIT_CACHE_DIR", directory.appendingPathComponent("conduit").path, 0)
        return directory
    }

    /// Removes what the caches hold, keeping their directories.
    static func empty(_ directory: URL) {
        let files = FileManager.default
        for cache in (try? files.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [] {
            for entry in (try? files.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)) ?? [] { try? files.removeItem(at: entry) }
        }
    }

    func reduceFinding(_ path: String, cpu: AdapterRunner?, reference: DirectOpenCLRunner?) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let program = ProgramReducer.program(fromFinding: text) else {
            throw ValidationError("cannot read a compiler-diff finding from '\(path)'")
        }
        guard let cpu, let reference else { throw ValidationError("reducing needs the CPU adapter and an OpenCL device") }
        var tries = 0
        let reduced = ProgramReducer.reduce(program) { candidate in
            tries += 1
            guard let expected = reference.run(candidate).result, let actual = cpu.run(candidate).result else { return false }
            return expected != actual
        }
        let output = path.hasSuffix(".cl") ? String(path.dropLast(3)) + ".reduced.cl" : path + ".reduced.cl"
        let header =
            "// compiler-diff finding: reduced\n// seed: \(program.seed) mode: \(program.mode.rawValue)\n"
            + "// expected-hash: 0x\(String(reference.run(reduced).result?.hash ?? 0, radix: 16))\n"
        try (header + reduced.source + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        print(
            "compiler-diff: \(program.source.split(separator: "\n").count) → \(reduced.source.split(separator: "\n").count) lines in \(tries) tries → \(output)"
        )
    }

    static func summary(_ s: CompilerDiff.Stats) -> String {
        let modes = s.perMode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "compiler-diff: \(s.programs) programs (\(modes)) in \(String(format: "%.0f", s.seconds)) s: \(s.agreed) agreed, "
            + "\(s.mismatches) mismatches, \(s.referenceMiscompiles) reference miscompiles (excluded"
            + s.knownReferenceBugs.sorted { $0.key < $1.key }.map { "; \($0.value) of them its known bug \($0.key)" }.joined()
            + "), \(s.rejected) rejected by Conduit, "
            + "\(s.failed) failed to run, \(s.invalid) invalid (the reference refused them)"
            + (s.buildRatios.isEmpty
                ? ""
                : String(
                    format:
                        "\nfirst dispatch on the OpenCL adapter / the reference building and running the source: median %.2f×, 90th percentile %.2f×, worst %.2f× (seed %llu); %d of %d within 2×",
                    s.buildRatios.sorted()[s.buildRatios.count / 2], s.buildRatios.sorted()[s.buildRatios.count * 9 / 10], s.worstBuildRatio!.ratio,
                    s.worstBuildRatio!.seed, s.buildRatios.filter { $0 <= 2 }.count, s.buildRatios.count))
    }
}
