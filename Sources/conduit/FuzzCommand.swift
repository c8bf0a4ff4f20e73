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

    @Argument(help: "wire, bytecode or compiler")
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

    func validate() throws {
        guard FuzzTarget(rawValue: target) != nil else {
            throw ValidationError("unknown fuzz target '\(target)'; choose one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive, got \(seconds)") }
    }

    func run() throws {
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
        print("\(target): \(stats.executions) executions in \(String(format: "%.1f", stats.seconds)) s "
              + "(\(Int(Double(stats.executions) / max(stats.seconds, 1e-9))) per second): \(stats.accepted) accepted, "
              + "\(stats.rejected) rejected, \(stats.faulted) faulted safely, 0 crashes")
    }
}
