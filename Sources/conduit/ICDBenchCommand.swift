import ArgumentParser
import Conduit
import ConduitBench
import Foundation

/// `conduit bench icd`: launches through Conduit's ICD against PoCL's, in one run.
struct ICDBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "icd",
        abstract: "One-item kernel launches through OpenCL's API: Conduit's ICD (each device) against PoCL's own, in one process.",
        discussion: """
            Loads libConduitICD.so (built next to conduit) and the system's ICDs through the loader, so this must
            be the first use of OpenCL in the process. Reports enqueue + finish per launch and a pipelined burst.
            """
    )

    @Option(help: "Samples per path (blocks of 10 launches, and bursts).")
    var rounds = 50

    @Option(help: "Launches per pipelined burst.")
    var burst = 1000

    @Flag(help: "Print one JSON document instead of a table.")
    var json = false

    func validate() throws {
        guard (3...10_000).contains(rounds) else { throw ValidationError("--rounds must be 3...10000, got \(rounds)") }
        guard (10...1_000_000).contains(burst) else { throw ValidationError("--burst must be 10...1000000, got \(burst)") }
    }

    func run() throws {
        // A vendors directory with conduit.icd and the system's ICDs, named before the loader starts.
        let vendors = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-bench-icd-\(getpid())")
        try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: vendors) }
        try Data((try ICDCommand.library() + "\n").utf8).write(to: vendors.appendingPathComponent("conduit.icd"))
        let system = "/etc/OpenCL/vendors"
        for file in (try? FileManager.default.contentsOfDirectory(atPath: system)) ?? [] where file != "conduit.icd" {
            try? FileManager.default.copyItem(atPath: "\(system)/\(file)", toPath: vendors.appendingPathComponent(file).path)
        }
        setenv("OCL_ICD_VENDORS", vendors.path, 1)
        let devices = try Instance().adapters().count
        let rows = try ICDBenchmark.run(conduitDevices: devices, rounds: rounds, burst: burst)
        if json { return try printJSON(rows) }
        var table = TextTable("path", "launch + finish µs", "× PoCL", "pipelined µs/launch", "× PoCL")
        for row in rows {
            table.add(
                row.path, formatted(row.launchFinishMicroseconds, 1), row.launchFinishRatio.map { formatted($0, 2) } ?? "1",
                formatted(row.pipelinedMicroseconds, 2), row.pipelinedRatio.map { formatted($0, 2) } ?? "1")
        }
        print("One-work-item kernel through OpenCL's API (host: \(Instance.HostLocation.fromEnvironment)), median of \(rounds) rounds:")
        print(table.render())
    }
}
