import ConduitHost
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
    /// Where an instance's host lives.
    public struct HostLocation: Sendable, Hashable, CustomStringConvertible {
        let spec: String

        /// The host embedded in this process (the default).
        public static let embedded = HostLocation("embedded")

        /// Parses a `CONDUIT_HOST`-style string: `embedded`, `unix:PATH` for a host daemon, or
        /// `unix` for the daemon at its default path.
        public init(_ spec: String) {
            self.spec = spec
        }

        /// A `conduit host` daemon listening on `path`.
        public static func daemon(socketPath path: String) -> HostLocation {
            HostLocation("unix:" + path)
        }

        /// The daemon's default socket: `$XDG_RUNTIME_DIR/conduit/host.sock`, else `/tmp/conduit-UID/host.sock`.
        public static var defaultDaemonSocketPath: String { HostDaemon.defaultSocketPath }

        /// The socket path for a daemon location, nil for the embedded host.
        var socketPath: String? {
            if spec == "unix" { return HostDaemon.defaultSocketPath }
            guard spec.hasPrefix("unix:") else { return nil }
            return String(spec.dropFirst(5))
        }

        /// `CONDUIT_HOST` from the environment, or `.embedded` when it is unset or empty.
        public static var fromEnvironment: HostLocation {
            guard let raw = getenv("CONDUIT_HOST"), raw.pointee != 0 else { return .embedded }
            return HostLocation(String(cString: raw))
        }

        public var description: String { spec }
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

    let connection: Connection
    /// Where this instance's host lives.
    public let host: HostLocation
    /// The host adapter indices this instance sees, in order (nil: all).
    let visibleAdapters: [Int]?

    /// Connects to a host and performs the protocol handshake.
    ///
    /// - Throws: `ConduitError` with `.unsupported` for a host location this build cannot reach,
    ///   `.deviceLost` when no daemon answers at the location, `.protocolError` when the host
    ///   speaks no common protocol version.
    ///
    /// Blocks the calling thread for the handshake; from async code use `connect(options:)`.
    public convenience init(options: Options = Options()) throws(ConduitError) {
        self.init(options: options, connection: try Self.connection(to: options.host))
        try connection.handshake(clientName: options.clientName)
    }

    /// Connects to a host and performs the protocol handshake without blocking a thread.
    ///
    /// - Throws: as `init(options:)`.
    public static func connect(options: Options = Options()) async throws(ConduitError) -> Instance {
        let instance = Instance(options: options, connection: try connection(to: options.host))
        try await instance.connection.handshake(clientName: options.clientName)
        return instance
    }

    private init(options: Options, connection: Connection) {
        host = options.host
        visibleAdapters = options.visibleAdapters
        self.connection = connection
    }

    private static func connection(to host: HostLocation) throws(ConduitError) -> Connection {
        if host == .embedded { return Connection.embedded() }
        if let path = host.socketPath, !path.isEmpty { return try Connection.daemon(path: path) }
        throw ConduitError(.unsupported, "host '\(host)': expected 'embedded', 'unix' or 'unix:PATH' (CONDUIT_HOST)")
    }

    /// Whether buffers of this instance live in memory shared with the host (`Buffer.contents`).
    public var sharesMemoryWithHost: Bool { connection.sharesMemory }

    /// The adapters the host offers, filtered and sorted.
    ///
    /// - Parameters:
    ///   - filter: which adapters to keep (all by default).
    ///   - preferences: sort keys applied in order, like DXCore's `IDXCoreAdapterList::Sort`;
    ///     adapters that tie keep the host's order.
    /// - Throws: `ConduitError` when the host cannot be reached.
    public func adapters(matching filter: AdapterFilter = .all, preferring preferences: [AdapterPreference] = []) throws(ConduitError) -> [Adapter] {
        try adapters(from: try connection.request { .queryAdapters(request: $0) }, matching: filter, preferring: preferences)
    }

    /// The adapters the host offers, filtered and sorted, without blocking a thread.
    ///
    /// - Throws: as `adapters(matching:preferring:)`.
    public func adapters(matching filter: AdapterFilter = .all, preferring preferences: [AdapterPreference] = []) async throws(ConduitError) -> [Adapter] {
        try adapters(from: try await connection.request { .queryAdapters(request: $0) }, matching: filter, preferring: preferences)
    }

    private func adapters(from reply: HostMessage, matching filter: AdapterFilter, preferring preferences: [AdapterPreference]) throws(ConduitError)
        -> [Adapter]
    {
        guard case let .adapters(_, descriptions) = reply else {
            throw ConduitError(.protocolError, "the host answered an adapter query with \(reply.type)")
        }
        var adapters = descriptions.enumerated().map { Adapter(instance: self, index: $0.offset, description: $0.element) }
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
