import ConduitWire

/// A host's clients and the resources each holds, as `conduit smi` shows them.
///
/// Corresponds to what `nvidia-smi` and `rocm-smi` report per process.
public struct HostReport: Sendable, Codable {
    /// One connected client.
    public struct Client: Sendable, Codable {
        /// The host's session number for the client.
        public var session: UInt64
        /// The name the client gave (`Instance.Options.clientName`).
        public var name: String
        /// The client's process id, from the socket's peer credentials.
        public var processID: Int32
        /// Live objects: devices, queues, buffers, fences, libraries.
        public var objects: Int
        public var buffers: Int
        public var bufferBytes: UInt64
        public var queues: Int
        public var submissions: UInt64
        /// Time the client's queues spent running work.
        public var busySeconds: Double
    }

    public var hostName: String
    public var processID: Int32
    public var uptimeSeconds: Double
    /// Host memory held by every client's buffers.
    public var liveBufferBytes: UInt64
    public var liveBuffers: UInt64
    public var clients: [Client]

    init(_ status: HostStatus) {
        hostName = status.hostName
        processID = status.processID
        uptimeSeconds = Double(status.uptimeNanoseconds) / 1e9
        liveBufferBytes = status.liveBufferBytes
        liveBuffers = status.liveBuffers
        clients = status.clients.map {
            Client(
                session: $0.session, name: $0.name, processID: $0.processID, objects: Int($0.objects), buffers: Int($0.buffers),
                bufferBytes: $0.bufferBytes, queues: Int($0.queues), submissions: $0.submissions,
                busySeconds: Double($0.busyNanoseconds) / 1e9)
        }
    }
}

extension Instance {
    /// Asks the host for its clients and their resources (this instance included). With several
    /// hosts, the first one's; an instance per host reports on each.
    ///
    /// - Throws: `ConduitError` when the host cannot be reached.
    public func hostReport() throws(ConduitError) -> HostReport {
        try Self.report(from: try connection.request { .queryStatus(request: $0) })
    }

    /// Asks the host for its clients and their resources without blocking a thread.
    ///
    /// - Throws: `ConduitError` when the host cannot be reached.
    public func hostReport() async throws(ConduitError) -> HostReport {
        try Self.report(from: try await connection.request { .queryStatus(request: $0) })
    }

    private static func report(from reply: HostMessage) throws(ConduitError) -> HostReport {
        guard case let .status(_, status) = reply else {
            throw ConduitError(.protocolError, "the host answered a status query with \(reply.type)")
        }
        return HostReport(status)
    }
}
