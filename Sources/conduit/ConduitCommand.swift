import ArgumentParser

@main
struct ConduitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conduit",
        abstract: "A compute runtime behind a paravirtual adapter: list adapters, compile kernels, run benchmarks.",
        subcommands: [
            AdaptersCommand.self, CompileCommand.self, BenchCommand.self, HostCommand.self, SMICommand.self, FuzzCommand.self, StreamCommand.self,
            ICDCommand.self
        ]
    )
}
