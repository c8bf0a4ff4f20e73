import ArgumentParser
import Conduit
import Foundation

struct SMICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smi",
        abstract: "Show a running host's clients: memory, objects, queues and busy time per client."
    )

    @Option(help: "The host daemon's socket (default: CONDUIT_HOST when it names one, else the daemon's default path).")
    var socket: String?

    @Flag(help: "Print one JSON document instead of a table.")
    var json = false

    func run() throws {
        var options = Instance.Options()
        options.clientName = "conduit-smi"
        if let socket {
            options.host = .daemon(socketPath: socket)
        } else if options.host == .embedded {
            options.host = .daemon(socketPath: Instance.HostLocation.defaultDaemonSocketPath)
        }
        let instance = try Instance(options: options)
        var report = try instance.hostReport()
        let me = ProcessInfo.processInfo.processIdentifier
        // A remote host cannot know our pid (it reports 0): then the name alone says it is us.
        report.clients.removeAll { ($0.processID == me || $0.processID == 0) && $0.name == options.clientName }
        if json {
            try printJSON(report)
            return
        }
        print(
            "host: \(report.hostName) at \(options.host) (pid \(report.processID), up \(String(format: "%.0f", report.uptimeSeconds)) s), "
                + "\(report.clients.count) clients, \(formattedBytes(report.liveBufferBytes)) in \(report.liveBuffers) buffers")
        var table = TextTable("session", "pid", "name", "objects", "buffers", "memory", "queues", "submissions", "busy")
        for c in report.clients {
            table.add(
                "\(c.session)", "\(c.processID)", c.name, "\(c.objects)", "\(c.buffers)", formattedBytes(c.bufferBytes),
                "\(c.queues)", "\(c.submissions)", String(format: "%.3f s", c.busySeconds))
        }
        print(table.render())
    }
}
