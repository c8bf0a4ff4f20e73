/// Optional features a peer supports, exchanged in the handshake.
package struct Capabilities: OptionSet, Sendable {
    package var rawValue: UInt64
    package init(rawValue: UInt64) { self.rawValue = rawValue }

    /// GEMM commands.
    package static let gemm = Capabilities(rawValue: 1 << 0)
    /// Buffer contents carried inline in `writeBuffer` / `readResult` frames.
    package static let inlineData = Capabilities(rawValue: 1 << 1)
    /// Fences signalled from the CPU with `signalFence`.
    package static let cpuFenceSignal = Capabilities(rawValue: 1 << 2)
    /// `cloneLibrary`: a library made from the bytecode of one the client already holds.
    package static let libraryReferences = Capabilities(rawValue: 1 << 3)
    /// `openBulkLane`: transfers may travel on a second connection of their own. Offered only
    /// by a host reached over TCP, in addition to `all`.
    package static let bulkLane = Capabilities(rawValue: 1 << 4)

    package static let all: Capabilities = [.gemm, .inlineData, .cpuFenceSignal, .libraryReferences]
}

/// The per-client limits a host enforces, announced in its welcome so a client can refuse an
/// allocation at the call that makes it (0: no limit). A client sends zeros.
package struct ClientLimits: Equatable, Sendable {
    /// Bytes of buffers one client may hold at once.
    package var memoryBytes: UInt64 = 0
    /// Objects one client may hold at once.
    package var objects: UInt32 = 0
    /// Queues one client may hold at once (each is a host thread); 0 for no limit.
    package var queues: UInt32 = 0
    package init(memoryBytes: UInt64 = 0, objects: UInt32 = 0, queues: UInt32 = 0) {
        self.memoryBytes = memoryBytes
        self.objects = objects
        self.queues = queues
    }
}

/// The first message each way: who is speaking, which protocol versions it understands.
package struct Hello: Equatable, Sendable {
    package var version: UInt16
    package var lastCompatibleVersion: UInt16
    package var capabilities: Capabilities
    package var name: String
    package var limits: ClientLimits

    package init(
        version: UInt16 = Frame.version, lastCompatibleVersion: UInt16 = Frame.lastCompatibleVersion,
        capabilities: Capabilities = .all, name: String, limits: ClientLimits = ClientLimits()
    ) {
        self.version = version
        self.lastCompatibleVersion = lastCompatibleVersion
        self.capabilities = capabilities
        self.name = name
        self.limits = limits
    }

    /// The newest version both sides speak, or nil when their ranges do not overlap.
    package func agreedVersion(with peer: Hello) -> UInt16? {
        let version = min(self.version, peer.version)
        return version >= max(lastCompatibleVersion, peer.lastCompatibleVersion) ? version : nil
    }

    package static func == (lhs: Hello, rhs: Hello) -> Bool {
        lhs.version == rhs.version && lhs.lastCompatibleVersion == rhs.lastCompatibleVersion
            && lhs.capabilities.rawValue == rhs.capabilities.rawValue && lhs.name == rhs.name && lhs.limits == rhs.limits
    }

    func encode(into writer: inout WireWriter) {
        writer.u16(version)
        writer.u16(lastCompatibleVersion)
        writer.u64(capabilities.rawValue)
        writer.string(name)
        writer.u64(limits.memoryBytes)
        writer.u32(limits.objects)
        writer.u32(limits.queues)
    }

    static func decode(from reader: inout WireReader) throws(WireError) -> Hello {
        Hello(
            version: try reader.u16(), lastCompatibleVersion: try reader.u16(),
            capabilities: Capabilities(rawValue: try reader.u64()), name: try reader.string(what: "peer name"),
            limits: ClientLimits(memoryBytes: try reader.u64(), objects: try reader.u32(), queues: try reader.u32()))
    }
}
