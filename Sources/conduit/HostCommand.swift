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

    @Option(help: "The watchdog: abort a dispatch that runs longer than this many milliseconds (0: never; default 60000).")
    var watchdogMs: Int?

    @Option(help: "Memory one client may hold in buffers, in MiB (default: no quota beyond the adapter's limits).")
    var memoryQuotaMib: Int?

    @Option(help: "Objects (devices, queues, buffers, fences, libraries) one client may hold (default 1048576).")
    var objectLimit: Int?

    @Option(help: "Work items a queue may hold before its client's submissions wait (default 4096).")
    var queueDepth: Int?

    @Option(help: "Queues one client may hold, its devices' default queues included; each is a host thread (default 64).")
    var queueLimit: Int?

    @Flag(help: .hidden)
    var exitWithParent = false

    func validate() throws {
        if let watchdogMs, watchdogMs < 0 { throw ValidationError("--watchdog-ms must not be negative, got \(watchdogMs)") }
        if let memoryQuotaMib, memoryQuotaMib <= 0 { throw ValidationError("--memory-quota-mib must be positive, got \(memoryQuotaMib)") }
        if let objectLimit, !(16...(1 << 24)).contains(objectLimit) { throw ValidationError("--object-limit must be 16...16777216, got \(objectLimit)") }
        if let queueLimit, !(1...4096).contains(queueLimit) { throw ValidationError("--queue-limit must be 1...4096, got \(queueLimit)") }
        if let queueDepth, !(1...(1 << 20)).contains(queueDepth) { throw ValidationError("--queue-depth must be 1...1048576, got \(queueDepth)") }
    }

    func run() throws {
        let host = HostService(
            configuration: {
                var configuration = HostService.Configuration()
                configuration.name = "conduit-host"
                if let watchdogMs { configuration.dispatchTimeLimit = watchdogMs == 0 ? nil : .milliseconds(watchdogMs) }
                if let memoryQuotaMib { configuration.memoryQuotaPerClient = UInt64(memoryQuotaMib) << 20 }
                if let objectLimit { configuration.objectLimitPerClient = objectLimit }
                if let queueLimit { configuration.queueLimitPerClient = queueLimit }
                if let queueDepth { configuration.queuedPerQueue = queueDepth }
                return configuration
            }())
        let daemon: HostDaemon
        do {
            daemon = try HostDaemon(host: host, socketPath: socket ?? HostDaemon.defaultSocketPath)
        } catch {
            throw error
        }
        signal(SIGPIPE, SIG_IGN)
        // A parent may have spawned us with these blocked (threads of libdispatch block signals,
        // and spawned children inherit the mask); the daemon must still stop on them.
        var termination = sigset_t()
        sigemptyset(&termination)
        sigaddset(&termination, SIGINT)
        sigaddset(&termination, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &termination, nil)
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
        print(
            "conduit host: listening on \(daemon.socketPath) with \(host.adapterDescriptions.count) adapters "
                + "(pid \(ProcessInfo.processInfo.processIdentifier)); watchdog "
                + (host.configuration.dispatchTimeLimit.map { "\($0)" } ?? "off")
                + (host.configuration.memoryQuotaPerClient.map { ", memory quota \($0 >> 20) MiB per client" } ?? ""))
        print("clients: CONDUIT_HOST=unix:\(daemon.socketPath)")
        fflush(nil)
        daemon.run()
        withExtendedLifetime(sources) {}
        print("conduit host: stopped")
    }
}
