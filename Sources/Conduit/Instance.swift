import ConduitHost
import ConduitNet
import ConduitWire
#if canImport(Glibc)
    import Glibc
#endif

/// The entry point: a connection to a host and the adapters it offers.
///
/// By default an instance talks to the host embedded in this process, through the same wire
/// protocol and validation a separate host process uses. Corresponds to `IDXCoreAdapterFactory`,
/// `cl_platform_id` enumeration and `MTLCopyAllDevices`.
public final class Instance: Sendable {
    /// Where an instance's hosts live: one, or a list whose adapters one instance sees together.
    public struct HostLocation: Sendable, Hashable, CustomStringConvertible {
        let spec: String

        /// The host embedded in this process (the default).
        public static let embedded = HostLocation("embedded")

        /// Parses a `CONDUIT_HOST`-style string: `embedded`, `unix:PATH` for a host daemon,
        /// `unix` for the daemon at its default path, `tcp://HOST:PORT` for a host on the network
        /// (`tcp://[::1]:PORT` for an IPv6 address), or a comma-separated list of these
        /// (`unix,tcp://a:7000`), whose adapters an instance lists host after host.
        public init(_ spec: String) {
            self.spec = spec
        }

        /// A `conduit host` daemon listening on `path`.
        public static func daemon(socketPath path: String) -> HostLocation {
            HostLocation("unix:" + path)
        }

        /// A `conduit host --listen` on the network.
        public static func tcp(host: String, port: Int) -> HostLocation {
            HostLocation("tcp://" + (host.contains(":") ? "[\(host)]" : host) + ":\(port)")
        }

        /// Several hosts, whose adapters one instance sees in this order.
        public static func list(_ hosts: [HostLocation]) -> HostLocation {
            HostLocation(hosts.map(\.spec).joined(separator: ","))
        }

        /// The daemon's default socket: `$XDG_RUNTIME_DIR/conduit/host.sock`, else `/tmp/conduit-UID/host.sock`.
        public static var defaultDaemonSocketPath: String { HostDaemon.defaultSocketPath }

        /// The hosts of a list, each on its own (a single host is a list of one).
        public var hosts: [HostLocation] {
            spec.split(separator: ",").map { HostLocation(String($0.filter { $0 != " " })) }
        }

        /// The socket path for a daemon location, nil for any other.
        var socketPath: String? {
            if spec == "unix" { return HostDaemon.defaultSocketPath }
            guard spec.hasPrefix("unix:") else { return nil }
            return String(spec.dropFirst(5))
        }

        /// Host and port of a `tcp://` location, nil for any other; throws for a malformed one.
        func tcpAddress() throws(ConduitError) -> (host: String, port: Int)? {
            guard spec.hasPrefix("tcp://") else { return nil }
            guard let (host, port) = HostPort.split(spec.dropFirst(6)) else {
                throw ConduitError(.invalidArgument, "host '\(spec)': expected tcp://HOST:PORT (tcp://[ADDRESS]:PORT for IPv6)")
            }
            guard let port, (1...65535).contains(port) else {
                throw ConduitError(.invalidArgument, "host '\(spec)': expected tcp://HOST:PORT with a port 1...65535")
            }
            return (host, port)
        }

        /// `CONDUIT_HOST` from the environment, or `.embedded` when it is unset or empty.
        public static var fromEnvironment: HostLocation {
            guard let raw = getenv("CONDUIT_HOST"), raw.pointee != 0 else { return .embedded }
            return HostLocation(String(cString: raw))
        }

        public var description: String { spec }
    }

    /// The PEM files of a client's side of mutual TLS with `tcp://` hosts.
    public struct TLSFiles: Sendable, Hashable {
        /// This client's certificate, which the host's `--client-ca` must have signed.
        public var certificatePath: String
        /// The certificate's private key.
        public var keyPath: String
        /// The CA that signed the host's certificate.
        public var trustedCAPath: String

        public init(certificatePath: String, keyPath: String, trustedCAPath: String) {
            self.certificatePath = certificatePath
            self.keyPath = keyPath
            self.trustedCAPath = trustedCAPath
        }

        /// `CONDUIT_TLS_CERT`, `CONDUIT_TLS_KEY` and `CONDUIT_TLS_CA`, when all three are set;
        /// nil when none is. Some but not all set is a mistake `Instance` reports when it connects.
        public static var fromEnvironment: TLSFiles? {
            let names: [String] = ["CONDUIT_TLS_CERT", "CONDUIT_TLS_KEY", "CONDUIT_TLS_CA"]
            let values: [String?] = names.map { name in
                guard let raw = getenv(name) else { return nil }
                let value = String(cString: raw)
                return value.isEmpty ? nil : value
            }
            guard values.contains(where: { $0 != nil }) else { return nil }
            return TLSFiles(certificatePath: values[0] ?? "", keyPath: values[1] ?? "", trustedCAPath: values[2] ?? "")
        }
    }

    /// How to create an instance.
    public struct Options: Sendable {
        /// Which host to connect to. Defaults to `CONDUIT_HOST`, else the embedded host.
        public var host: HostLocation = .fromEnvironment
        /// The name this client gives the host (shown by `conduit smi`); the program's name by default.
        public var clientName: String = Options.programName
        /// Which of the host's adapters this instance sees, in this order (host indices, as
        /// `conduit adapters` lists them); all when nil. Defaults to `CONDUIT_VISIBLE_ADAPTERS`
        /// (`"1,0"`), like `CUDA_VISIBLE_DEVICES`: indices the host does not have are skipped.
        public var visibleAdapters: [Int]? = Options.visibleAdaptersFromEnvironment
        /// This client's certificate, key and trusted CA for `tcp://` hosts (mutual TLS 1.3).
        /// Defaults to `CONDUIT_TLS_CERT`, `CONDUIT_TLS_KEY` and `CONDUIT_TLS_CA`; nil connects
        /// in plain TCP, which only a host started without TLS accepts.
        public var tls: TLSFiles? = TLSFiles.fromEnvironment

        public init() {}

        static var visibleAdaptersFromEnvironment: [Int]? {
            guard let raw = getenv("CONDUIT_VISIBLE_ADAPTERS") else { return nil }
            return String(cString: raw).split(separator: ",").compactMap { Int(String($0.filter { $0 != " " })) }
        }

        static var programName: String {
            let path = CommandLine.arguments.first ?? "conduit-client"
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.isEmpty ? "conduit-client" : name
        }
    }

    /// One connection per host, in the order of `host.hosts`.
    let connections: [Connection]
    /// The first host's connection.
    var connection: Connection { connections[0] }
    /// Where this instance's hosts live.
    public let host: HostLocation
    /// The adapter indices this instance sees, in order (nil: all).
    let visibleAdapters: [Int]?

    /// Connects to each host and performs the protocol handshake with it.
    ///
    /// - Throws: `ConduitError` with `.unsupported` for a host location this build cannot reach,
    ///   `.invalidArgument` for a malformed one or incomplete TLS files, `.deviceLost` when no
    ///   host answers at a location (or its TLS handshake fails), `.protocolError` when a host
    ///   speaks no common protocol version.
    ///
    /// Blocks the calling thread for the handshakes; from async code use `connect(options:)`.
    public convenience init(options: Options = Options()) throws(ConduitError) {
        self.init(options: options, connections: try Self.connections(options))
        for connection in connections { try connection.handshake(clientName: options.clientName) }
    }

    /// Connects to each host and performs the protocol handshake without blocking a thread.
    ///
    /// - Throws: as `init(options:)`.
    public static func connect(options: Options = Options()) async throws(ConduitError) -> Instance {
        let instance = Instance(options: options, connections: try connections(options))
        for connection in instance.connections { try await connection.handshake(clientName: options.clientName) }
        return instance
    }

    private init(options: Options, connections: [Connection]) {
        host = options.host
        visibleAdapters = options.visibleAdapters
        self.connections = connections
    }

    private static func connections(_ options: Options) throws(ConduitError) -> [Connection] {
        let hosts = options.host.hosts
        guard !hosts.isEmpty else { throw ConduitError(.invalidArgument, "no host named (CONDUIT_HOST is '\(options.host)')") }
        var connections: [Connection] = []
        for host in hosts { connections.append(try connection(to: host, tls: options.tls)) }
        return connections
    }

    private static func connection(to host: HostLocation, tls: TLSFiles?) throws(ConduitError) -> Connection {
        if host == .embedded { return Connection.embedded() }
        if let path = host.socketPath, !path.isEmpty { return try Connection.daemon(path: path) }
        if let (address, port) = try host.tcpAddress() {
            if let tls, [tls.certificatePath, tls.keyPath, tls.trustedCAPath].contains("") {
                throw ConduitError(.invalidArgument, "TLS for \(host) needs all of CONDUIT_TLS_CERT, CONDUIT_TLS_KEY and CONDUIT_TLS_CA (or Options.tls)")
            }
            return try Connection.remote(host: address, port: port, tls: tls)
        }
        throw ConduitError(.unsupported, "host '\(host)': expected 'embedded', 'unix', 'unix:PATH' or 'tcp://HOST:PORT' (CONDUIT_HOST)")
    }

    /// Whether buffers of this instance live in memory shared with its (first) host (`Buffer.contents`).
    public var sharesMemoryWithHost: Bool { connection.sharesMemory }

    /// The adapters the hosts offer, filtered and sorted; with several hosts, each host's adapters
    /// in turn, numbered on from the previous host's.
    ///
    /// - Parameters:
    ///   - filter: which adapters to keep (all by default).
    ///   - preferences: sort keys applied in order, like DXCore's `IDXCoreAdapterList::Sort`;
    ///     adapters that tie keep the host's order.
    /// - Throws: `ConduitError` when the host cannot be reached.
    public func adapters(matching filter: AdapterFilter = .all, preferring preferences: [AdapterPreference] = []) throws(ConduitError) -> [Adapter] {
        var replies: [HostMessage] = []
        for connection in connections { replies.append(try connection.request { .queryAdapters(request: $0) }) }
        return try adapters(from: replies, matching: filter, preferring: preferences)
    }

    /// The adapters the hosts offer, filtered and sorted, without blocking a thread.
    ///
    /// - Throws: as `adapters(matching:preferring:)`.
    public func adapters(matching filter: AdapterFilter = .all, preferring preferences: [AdapterPreference] = []) async throws(ConduitError) -> [Adapter] {
        var replies: [HostMessage] = []
        for connection in connections { replies.append(try await connection.request { .queryAdapters(request: $0) }) }
        return try adapters(from: replies, matching: filter, preferring: preferences)
    }

    /// Numbers the hosts' adapters one after the other (the first host's, then the second's…).
    private func adapters(from replies: [HostMessage], matching filter: AdapterFilter, preferring preferences: [AdapterPreference]) throws(ConduitError)
        -> [Adapter]
    {
        var adapters: [Adapter] = []
        let hosts = host.hosts
        for (hostIndex, reply) in replies.enumerated() {
            guard case let .adapters(_, descriptions) = reply else {
                throw ConduitError(.protocolError, "\(hosts[hostIndex]) answered an adapter query with \(reply.type)")
            }
            for (hostAdapterIndex, description) in descriptions.enumerated() {
                adapters.append(
                    Adapter(
                        instance: self, index: adapters.count, host: hosts[hostIndex], connection: connections[hostIndex],
                        hostAdapterIndex: hostAdapterIndex, description: description))
            }
        }
        if let visible = visibleAdapters {
            var seen = Set<Int>()
            adapters = visible.filter { adapters.indices.contains($0) && seen.insert($0).inserted }.map { adapters[$0] }
        }
        return AdapterPreference.sort(adapters.filter(filter.matches), by: preferences)
    }

    /// The adapters, sorted by one preference.
    public func adapters(preferring preference: AdapterPreference) throws(ConduitError) -> [Adapter] {
        try adapters(preferring: [preference])
    }
}
