import ArgumentParser

@main
struct ConduitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conduit",
        abstract: "A compute runtime behind a paravirtual adapter: list adapters, run benchmarks.",
        subcommands: [AdaptersCommand.self, BenchCommand.self]
    )
}
