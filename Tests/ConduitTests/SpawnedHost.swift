import Conduit
import Foundation
import Testing

/// A `conduit host` daemon in a child process, on a socket of its own, for the tests that cross
/// the process boundary. It exits when the test process does (`--exit-with-parent`).
final class SpawnedHost: @unchecked Sendable {
    /// One daemon shared by the suites that only need one to be there, or why it did not start.
    static let started: Result<SpawnedHost, any Error> = Result { try SpawnedHost() }
    /// The shared daemon; nil if it could not start (`started` says why, and a test fails on it).
    static var shared: SpawnedHost? { try? started.get() }

    let socketPath: String
    let process: Process

    /// The `conduit` binary built next to the test bundle.
    static var executable: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("conduit").path
    }

    init(_ extraArguments: [String] = []) throws {
        socketPath = "/tmp/conduit-test-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["host", "--socket", socketPath, "--exit-with-parent"] + extraArguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while (try? Instance(options: options(clientName: "probe"))) == nil {
            guard Date() < deadline, process.isRunning else {
                process.terminate()
                throw ConduitError(.deviceLost, "conduit host did not start on \(socketPath)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    var location: Instance.HostLocation { .daemon(socketPath: socketPath) }

    func options(clientName: String) -> Instance.Options {
        var options = Instance.Options()
        options.host = location
        options.clientName = clientName
        return options
    }

    func connect(_ clientName: String = "test") throws -> Instance {
        try Instance(options: options(clientName: clientName))
    }

    /// Kills the daemon at once (no cleanup), as a crash would.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// A host in another process that tests connect to: on a Unix socket (`SpawnedHost`) or TCP
/// (`SpawnedTCPHost`).
protocol SpawnedHostProcess: AnyObject, Sendable {
    /// What a client process needs in its environment to reach the host (`CONDUIT_HOST`, TLS files).
    var clientEnvironment: [String: String] { get }
    func connect(_ clientName: String) throws -> Instance
}

extension SpawnedHostProcess {
    /// Polls the host's report until `condition` holds (or `timeout` passes); returns the last report.
    /// The observer retries its connection until the deadline: a host at its connection limit
    /// refuses it until it has seen other clients go.
    func report(until condition: (HostReport) -> Bool, timeout: TimeInterval = 10) throws -> HostReport {
        let deadline = Date().addingTimeInterval(timeout)
        var attempt = Result { try connect("observer") }
        while case .failure = attempt, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            attempt = Result { try connect("observer") }
        }
        let observer = try attempt.get()
        while true {
            var report = try observer.hostReport()
            report.clients.removeAll { $0.name == "observer" }
            if condition(report) || Date() >= deadline { return report }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

extension SpawnedHost: SpawnedHostProcess {
    var clientEnvironment: [String: String] { ["CONDUIT_HOST": "unix:" + socketPath] }
}

/// Runs the `conduit` binary as another client process.
func spawnClient(_ arguments: [String], host: any SpawnedHostProcess) throws -> (Process, Pipe) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: SpawnedHost.executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(host.clientEnvironment) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, output)
}
