/// Shrinks a program that shows a disagreement to a few lines that still show it (delta
/// debugging over source lines: chunks of 16, 8, 4, 2 and 1 lines are dropped while the
/// predicate still holds). A candidate that no longer compiles simply fails the predicate.
package enum ProgramReducer {
    package static func reduce(_ program: GeneratedProgram, stillFails: (GeneratedProgram) -> Bool) -> GeneratedProgram {
        var lines = program.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var candidate = program
        func attempt(_ trial: [String]) -> Bool {
            var p = program
            p.source = trial.joined(separator: "\n")
            guard stillFails(p) else { return false }
            candidate = p
            return true
        }
        // One sweep per chunk size, then single lines again until nothing more goes (at most
        // three times): each try costs a driver build, so no full restarts.
        func sweep(_ chunk: Int) -> Bool {
            var removed = false, start = 0
            while start < lines.count {
                var trial = lines
                trial.removeSubrange(start..<min(start + chunk, lines.count))
                if attempt(trial) {
                    lines = trial
                    removed = true
                } else {
                    start += chunk
                }
            }
            return removed
        }
        for chunk in [32, 16, 8, 4, 2] { _ = sweep(chunk) }
        var sweeps = 0
        while sweeps < 3, sweep(1) { sweeps += 1 }
        return candidate
    }

    /// A kept finding back as a program: the seed and mode from its header, the source after it.
    package static func program(fromFinding text: String) -> GeneratedProgram? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.first(where: { $0.hasPrefix("// seed: ") }) else { return nil }
        let words = header.split(separator: " ")
        guard words.count >= 5, let seed = UInt64(words[2]), let mode = GeneratedProgram.Mode(rawValue: String(words[4])) else { return nil }
        let body = lines.drop {
            $0.hasPrefix("// compiler-diff") || $0.hasPrefix("// seed:") || $0.hasPrefix("// expected-hash:") || $0.hasPrefix("// known reference bug:")
                || $0.hasPrefix("// conduit ") || $0.hasPrefix("// direct ")
        }
        var program = ProgramGenerator.generate(seed: seed, mode: mode)
        program.source = body.joined(separator: "\n")
        return program
    }

    /// The `expected-hash` a kept finding records, if any.
    package static func expectedHash(fromFinding text: String) -> UInt64? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("// expected-hash: 0x") }) else { return nil }
        return UInt64(line.dropFirst("// expected-hash: 0x".count), radix: 16)
    }
}
