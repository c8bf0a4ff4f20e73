import Conduit
import Foundation
import Testing

/// A `conduit host --listen` in a child process on a free loopback port, with TLS when given the
/// directory of `conduit host make-certs`. Its log (stderr) goes to a file the tests read.
final class SpawnedTCPHost: SpawnedHostProcess, @unchecked Sendable {
    /// Throwaway certificates shared by the suites, and two TLS hosts that trust their CA.
    static let certificates: Result<String, any Error> = Result { try makeCertificates() }
    static let sharedPair: Result<[SpawnedTCPHost], any Error> = Result {
        let directory = try certificates.get()
        return [try SpawnedTCPHost(certificates: directory), try SpawnedTCPHost(certificates: directory)]
    }

    /// `CONDUIT_TLS_*` for a client of the shared hosts.
    static func clientEnvironment() throws -> [String: String] {
        let directory = try certificates.get()
        return [
            "CONDUIT_TLS_CERT": directory + "/client.pem", "CONDUIT_TLS_KEY": directory + "/client-key.pem",
            "CONDUIT_TLS_CA": directory + "/ca.pem"
        ]
    }

    let process: Process
    let location: Instance.HostLocation
    let logPath: String
    /// The client side of the host's certificates (nil: a plain TCP host).
    let clientTLS: Instance.TLSFiles?

    /// - Parameter namespace: where the host runs (its own network namespace), nil for this one.
    init(certificates: String?, listen: String = "127.0.0.1:0", namespace: TestNamespace? = nil, extraArguments: [String] = []) throws {
        clientTLS = certificates.map { Self.clientTLS($0) }
        logPath = NSTemporaryDirectory() + "conduit-tcp-host-\(getpid())-\(UUID().uuidString.prefix(8)).log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process = Process()
        let tls = certificates.map { ["--cert", "\($0)/host.pem", "--key", "\($0)/host-key.pem", "--client-ca", "\($0)/ca.pem"] } ?? []
        let command = [SpawnedHost.executable, "host", "--listen", listen, "--exit-with-parent"] + tls + extraArguments
        let (executable, arguments) = namespace?.run(command) ?? (command[0], Array(command.dropFirst()))
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try process.run()
        // The host prints the address clients use (the port it was given) once it listens.
        var printed = ""
        while !printed.contains("CONDUIT_HOST=tcp://") || !printed.hasSuffix("\n") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else {
                throw ConduitError(.deviceLost, "conduit host --listen exited: \(printed) \(Self.read(logPath))")
            }
            printed += String(decoding: data, as: UTF8.self)
        }
        let line = try #require(printed.split(separator: "\n").first { $0.contains("CONDUIT_HOST=tcp://") })
        location = Instance.HostLocation(String(line.split(separator: "=").last!))
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// What the host logged so far (refusals, disconnections).
    var log: String { Self.read(logPath) }

    static func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    func options(tls: Instance.TLSFiles?, clientName: String = "tcp-test") -> Instance.Options {
        var options = Instance.Options()
        options.host = location
        options.tls = tls
        options.clientName = clientName
        return options
    }

    func connect(tls: Instance.TLSFiles?, clientName: String = "tcp-test") throws -> Instance {
        try Instance(options: options(tls: tls, clientName: clientName))
    }

    /// Connects as a rightful client (with the client certificate when the host serves TLS).
    func connect(_ clientName: String) throws -> Instance {
        try connect(tls: clientTLS, clientName: clientName)
    }

    var clientEnvironment: [String: String] {
        var environment = ["CONDUIT_HOST": location.description]
        if let clientTLS {
            environment["CONDUIT_TLS_CERT"] = clientTLS.certificatePath
            environment["CONDUIT_TLS_KEY"] = clientTLS.keyPath
            environment["CONDUIT_TLS_CA"] = clientTLS.trustedCAPath
        }
        return environment
    }

    /// Kills the host at once, as a crash or a cut cable would end it.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// `conduit host make-certs` into a fresh directory, as a user would try TLS out.
    /// - Parameter names: more addresses the host certificate names (the test namespaces').
    static func makeCertificates(names: [String] = []) throws -> String {
        let directory = NSTemporaryDirectory() + "conduit-certs-\(getpid())-\(UUID().uuidString.prefix(8))"
        let (status, output) = try run(
            SpawnedHost.executable, ["host", "make-certs", directory] + names.flatMap { ["--name", $0] }, environment: ProcessInfo.processInfo.environment)
        guard status == 0 else { throw ConduitError(.internalError, "conduit host make-certs failed: \(output)") }
        return directory
    }

    /// The client's side of the certificates in `directory`.
    static func clientTLS(_ directory: String, trusting caDirectory: String? = nil) -> Instance.TLSFiles {
        Instance.TLSFiles(
            certificatePath: directory + "/client.pem", keyPath: directory + "/client-key.pem",
            trustedCAPath: (caDirectory ?? directory) + "/ca.pem")
    }
}
