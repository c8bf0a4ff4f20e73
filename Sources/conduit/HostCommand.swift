import ArgumentParser
import ConduitHost
import Foundation

struct HostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "host",
        abstract: "Run the host daemon: serve the adapters to other processes over shared memory.",
        discussion: """
            Clients reach it with CONDUIT_HOST=unix:PATH (or Instance.Options.host). It refuses to start \
            over a live daemon and removes a stale socket. Stop it with Ctrl-C or SIGTERM.
            """
    )

    @Option(help: "The Unix socket to listen on (default: $XDG_RUNTIME_DIR/conduit/host.sock, else /tmp/conduit-UID/host.sock).")
    var socket: String?

    @Flag(help: .hidden)
    var exitWithParent = false

    func run() throws {
        let host = HostService(configuration: {
            var configuration = HostService.Configuration()
            configuration.name = "conduit-host"
            return configuration
        }())
        let daemon: HostDaemon
        do {
            daemon = try HostDaemon(host: host, socketPath: socket ?? HostDaemon.defaultSocketPath)
        } catch {
            throw error
        }
        signal(SIGPIPE, SIG_IGN)
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { daemon.stop() }
            source.resume()
            sources.append(source)
        }
        if exitWithParent {
            // For test harnesses: a host spawned by a test process must not outlive it.
            let parent = getppid()
            Thread.detachNewThread {
                while getppid() == parent { Thread.sleep(forTimeInterval: 0.2) }
                daemon.stop()
            }
        }
        print("conduit host: listening on \(daemon.socketPath) with \(host.adapterDescriptions.count) adapters "
              + "(pid \(ProcessInfo.processInfo.processIdentifier))")
        print("clients: CONDUIT_HOST=unix:\(daemon.socketPath)")
        fflush(nil)
        daemon.run()
        withExtendedLifetime(sources) {}
        print("conduit host: stopped")
    }
}
