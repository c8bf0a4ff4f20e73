import Foundation

/// A mutation fuzzer: picks a seed (or an input that was accepted before), mutates it, runs it,
/// and keeps accepted inputs as new starting points. Deterministic for a given seed and budget.
package struct Fuzzer {
    package struct Stats: Sendable {
        package var executions = 0
        package var accepted = 0
        package var rejected = 0
        package var faulted = 0
        package var seconds = 0.0
    }

    package let target: FuzzTarget
    package var mutator: Mutator
    /// Called with each input before it runs (the CLI keeps it for its crash report).
    package var willRun: ([UInt8]) -> Void = { _ in }

    package init(target: FuzzTarget, seed: UInt64) {
        self.target = target
        mutator = Mutator(seed: seed)
    }

    /// Runs until `executions` inputs have run or `duration` has passed, whichever comes first.
    package mutating func run(executions limit: Int = .max, duration: Duration = .seconds(3600 * 24 * 365)) -> Stats {
        var corpus = target.seeds()
        precondition(!corpus.isEmpty, "the \(target) target has no seeds")
        let seeds = corpus.count
        var stats = Stats()
        let start = ContinuousClock.now
        while stats.executions < limit {
            if stats.executions & 63 == 0 && ContinuousClock.now - start >= duration { break }
            // Each seed runs once as it is, then mutations of the corpus.
            let input =
                stats.executions < seeds
                ? corpus[stats.executions]
                : mutator.mutate(corpus[mutator.below(corpus.count)], donor: corpus[mutator.below(corpus.count)])
            let prepared = target.prepare(input, using: &mutator)
            willRun(prepared)
            switch target.execute(prepared) {
            case .accepted:
                stats.accepted += 1
                if corpus.count < 4096 && mutator.below(8) == 0 { corpus.append(prepared) }
            case .rejected: stats.rejected += 1
            case .faulted: stats.faulted += 1
            }
            stats.executions += 1
        }
        let elapsed = ContinuousClock.now - start
        stats.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return stats
    }
}
