import ArgumentParser
import ConduitFuzz
import Foundation

extension FuzzCommand {
    /// `conduit fuzz compiler-diff --jobs N`: N copies of this command, each checking every N-th
    /// program of the run in its own process (its own OpenCL runtime and cold caches), their
    /// counts added up into one summary. Processes rather than threads: PoCL's cache directory
    /// is per process, and a crash or hang in one job is reported as that job's.
    func runCompilerDiffJobs() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-compiler-diff-jobs-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        print("compiler-diff: \(jobs) jobs side by side, seeds from \(seed)")
        let children = try (0..<jobs).map { index in
            let child = Process()
            child.executableURL = executable
            child.arguments =
                [
                    "fuzz", "compiler-diff", "--seconds", "\(seconds)", "--seed", "\(seed)", "--modes", modes, "--keep", keep,
                    "--shard", "\(index)/\(jobs)", "--stats-file", scratch.appendingPathComponent("\(index).json").path
                ] + (programs.map { ["--programs", "\($0)"] } ?? [])
            try child.run()
            return child
        }
        var total = CompilerDiff.Stats()
        var broken: [String] = []
        for (index, child) in children.enumerated() {
            child.waitUntilExit()
            let file = scratch.appendingPathComponent("\(index).json")
            guard let data = try? Data(contentsOf: file), let stats = try? JSONDecoder().decode(CompilerDiff.Stats.self, from: data) else {
                broken.append(
                    "job \(index + 1) ended (\(child.terminationReason == .uncaughtSignal ? "signal" : "status") \(child.terminationStatus)) without its counts"
                )
                continue
            }
            total.merge(stats)
        }
        print(Self.summary(total))
        if !broken.isEmpty { throw ValidationError(broken.joined(separator: "; ")) }
        if total.mismatches > 0 { throw ExitCode(1) }
    }

    /// `INDEX/COUNT` as the hidden `--shard` option spells it (INDEX from 0).
    static func parseShard(_ text: String) -> CompilerDiff.Shard? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count > 0, (0..<count).contains(index) else { return nil }
        return CompilerDiff.Shard(index: index, count: count)
    }
}
