import ArgumentParser
import ConduitHost
import ConduitNet
import Foundation

struct HostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "host",
        abstract: "Run the host daemon: serve the adapters to other processes, on this machine or over the network.",
        subcommands: [HostServeCommand.self, MakeCertsCommand.self],
        defaultSubcommand: HostServeCommand.self
    )
}

struct HostServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the adapters (the default of `conduit host`).",
        discussion: """
            On a Unix socket, over shared memory: clients reach it with CONDUIT_HOST=unix:PATH (or \
            Instance.Options.host). It refuses to start over a live daemon and removes a stale socket.

            With --listen HOST:PORT it serves TCP instead (add --socket to serve both), with TLS 1.3 and \
            client certificates when --cert, --key and --client-ca are given: clients reach it with \
            CONDUIT_HOST=tcp://HOST:PORT and CONDUIT_TLS_CERT, CONDUIT_TLS_KEY, CONDUIT_TLS_CA. Plain TCP is \
            refused on any address but loopback unless --insecure is given. Stop it with Ctrl-C or SIGTERM.
            """
    )

    @Option(help: "The Unix socket to listen on (default: $XDG_RUNTIME_DIR/conduit/host.sock, else /tmp/conduit-UID/host.sock).")
    var socket: String?

    @Option(help: "Serve TCP on HOST:PORT (port 0: any free port, printed at start).")
    var listen: String?

    @Option(help: "The host's certificate (PEM) for TLS on --listen.")
    var cert: String?

    @Option(help: "The host certificate's private key (PEM).")
    var key: String?

    @Option(help: "The CA (PEM) that must have signed every client's certificate.")
    var clientCa: String?

    @Flag(help: "Allow plain TCP on an address other than loopback: anyone who reaches it can use the host.")
    var insecure = false

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

    @Option(help: .hidden)
    var helloDeadlineMs: Int?

    @Option(help: "TCP connections served at once; more are closed at once, with a log line (default 256).")
    var maxConnections: Int?

    func validate() throws {
        let tlsFiles = [cert, key, clientCa].compactMap { $0 }
        guard tlsFiles.isEmpty || tlsFiles.count == 3 else { throw ValidationError("TLS needs all of --cert, --key and --client-ca") }
        guard tlsFiles.isEmpty || listen != nil else { throw ValidationError("--cert, --key and --client-ca apply to --listen") }
        if let listen { _ = try ListenAddress(listen) }
        if let maxConnections, !(1...65536).contains(maxConnections) { throw ValidationError("--max-connections must be 1...65536, got \(maxConnections)") }
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
        let daemon = try (listen == nil || socket != nil) ? HostDaemon(host: host, socketPath: socket ?? HostDaemon.defaultSocketPath) : nil
        let network = try listen.map { address in try listener(for: ListenAddress(address), host: host) }
        let stop: @Sendable () -> Void = {
            daemon?.stop()
            network?.stop()
        }
        signal(SIGPIPE, SIG_IGN)
        FrameMemory.keepFreed()
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
            source.setEventHandler { stop() }
            source.resume()
            sources.append(source)
        }
        if exitWithParent {
            // For test harnesses: a host spawned by a test process must not outlive it.
            let parent = getppid()
            Thread.detachNewThread {
                while getppid() == parent { Thread.sleep(forTimeInterval: 0.2) }
                stop()
            }
        }
        let places = [
            daemon.map { "unix:\($0.socketPath)" },
            network.map { "tcp://\($0.endpoint)" + ($0.usesTLS ? " (TLS 1.3, client certificates required)" : " (plain TCP)") }
        ]
        print(
            "conduit host: listening on \(places.compactMap { $0 }.joined(separator: " and ")) with \(host.adapterDescriptions.count) adapters "
                + "(pid \(ProcessInfo.processInfo.processIdentifier)); watchdog "
                + (host.configuration.dispatchTimeLimit.map { "\($0)" } ?? "off")
                + (host.configuration.memoryQuotaPerClient.map { ", memory quota \($0 >> 20) MiB per client" } ?? ""))
        if let daemon { print("clients: CONDUIT_HOST=unix:\(daemon.socketPath)") }
        if let network { print("clients: CONDUIT_HOST=tcp://\(network.endpoint)") }
        if let network, network.exposedWithoutTLS {
            FileHandle.standardError.write(
                Data(
                    "conduit host: WARNING: plain TCP on \(network.endpoint) (--insecure): anyone who can reach it can use this host and read its traffic\n"
                        .utf8))
        }
        fflush(nil)
        if let daemon {
            daemon.run()
            network?.stop()
        } else {
            network?.wait()
        }
        withExtendedLifetime(sources) {}
        print("conduit host: stopped")
    }
}

extension HostServeCommand {
    func listener(for address: ListenAddress, host: HostService) throws -> TCPHostListener {
        let tls = cert.map { TLSIdentity(certificatePath: $0, keyPath: key!, trustedCAPath: clientCa!) }
        do {
            var limits = TCPHostListener.Limits()
            if let helloDeadlineMs { limits.helloDeadline = .milliseconds(max(1, helloDeadlineMs)) }
            if let maxConnections { limits.connections = maxConnections }
            return try TCPHostListener(service: host, host: address.host, port: address.port, tls: tls, insecure: insecure, limits: limits) { line in
                FileHandle.standardError.write(Data("conduit host: \(line)\n".utf8))
            }
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// `HOST:PORT`, `[IPV6]:PORT`.
struct ListenAddress {
    var host: String
    var port: Int

    init(_ text: String) throws {
        guard let (host, port) = HostPort.split(text[...]) else {
            throw ValidationError("--listen must be HOST:PORT or [ADDRESS]:PORT, got '\(text)'")
        }
        guard let port, (0...65535).contains(port) else {
            throw ValidationError("--listen must be HOST:PORT with a port 0...65535, got '\(text)'")
        }
        self.host = host
        self.port = port
    }
}

struct MakeCertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make-certs",
        abstract: "Write a throwaway CA, a host certificate and a client certificate for trying mutual TLS out.",
        discussion: """
            Writes DIR/ca.pem, host.pem, host-key.pem, client.pem and client-key.pem (P-256, valid 30 days). \
            The host certificate names localhost, 127.0.0.1 and ::1, and every --name given.
            """
    )

    @Argument(help: "The directory to write into (made if missing).")
    var directory: String

    @Option(help: "Another DNS name or IP address the host certificate names (repeatable).")
    var name: [String] = []

    func run() throws {
        let files: ThrowawayCertificates.Files
        do {
            files = try ThrowawayCertificates.write(to: directory, hostNames: name)
        } catch {
            throw ValidationError("\(error)")
        }
        print("wrote \(files.caCertificate), \(files.hostCertificate), \(files.hostKey), \(files.clientCertificate), \(files.clientKey)")
        print("host:    conduit host --listen 127.0.0.1:7000 --cert \(files.hostCertificate) --key \(files.hostKey) --client-ca \(files.caCertificate)")
        print(
            "clients: CONDUIT_HOST=tcp://127.0.0.1:7000 CONDUIT_TLS_CERT=\(files.clientCertificate) CONDUIT_TLS_KEY=\(files.clientKey) "
                + "CONDUIT_TLS_CA=\(files.caCertificate)")
    }
}
