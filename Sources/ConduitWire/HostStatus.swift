/// A host's state as `conduit smi` shows it: the process, its totals, and one row per client.
package struct HostStatus: Equatable, Sendable {
    /// One connected client.
    package struct Client: Equatable, Sendable {
        package var session: UInt64
        package var name: String
        /// The client's process id from the socket's peer credentials (0 in-process).
        package var processID: Int32
        package var objects: UInt32
        package var buffers: UInt32
        package var bufferBytes: UInt64
        package var queues: UInt32
        package var submissions: UInt64
        /// Time its queues spent running work.
        package var busyNanoseconds: UInt64

        package init(
            session: UInt64, name: String, processID: Int32, objects: UInt32, buffers: UInt32, bufferBytes: UInt64,
            queues: UInt32, submissions: UInt64, busyNanoseconds: UInt64
        ) {
            self.session = session; self.name = name; self.processID = processID; self.objects = objects
            self.buffers = buffers; self.bufferBytes = bufferBytes; self.queues = queues
            self.submissions = submissions; self.busyNanoseconds = busyNanoseconds
        }
    }

    package var hostName: String
    package var processID: Int32
    package var uptimeNanoseconds: UInt64
    /// Host memory held by buffers of every client (CPU adapter and shared regions).
    package var liveBufferBytes: UInt64
    package var liveBuffers: UInt64
    package var clients: [Client]

    package static let maxClients = 4096

    package init(
        hostName: String, processID: Int32, uptimeNanoseconds: UInt64, liveBufferBytes: UInt64, liveBuffers: UInt64,
        clients: [Client]
    ) {
        self.hostName = hostName; self.processID = processID; self.uptimeNanoseconds = uptimeNanoseconds
        self.liveBufferBytes = liveBufferBytes; self.liveBuffers = liveBuffers; self.clients = clients
    }

    func encode(into w: inout WireWriter) {
        w.string(hostName); w.u32(UInt32(bitPattern: processID)); w.u64(uptimeNanoseconds)
        w.u64(liveBufferBytes); w.u64(liveBuffers)
        w.u32(UInt32(clients.count))
        for c in clients {
            w.u64(c.session); w.string(c.name); w.u32(UInt32(bitPattern: c.processID)); w.u32(c.objects)
            w.u32(c.buffers); w.u64(c.bufferBytes); w.u32(c.queues); w.u64(c.submissions); w.u64(c.busyNanoseconds)
        }
    }

    static func decode(from r: inout WireReader) throws(WireError) -> HostStatus {
        var status = HostStatus(
            hostName: try r.string(what: "host name"), processID: Int32(bitPattern: try r.u32()),
            uptimeNanoseconds: try r.u64(), liveBufferBytes: try r.u64(), liveBuffers: try r.u64(), clients: [])
        let count = try r.count(limit: maxClients, what: "client")
        for _ in 0..<count {
            status.clients.append(
                Client(
                    session: try r.u64(), name: try r.string(what: "client name"), processID: Int32(bitPattern: try r.u32()),
                    objects: try r.u32(), buffers: try r.u32(), bufferBytes: try r.u64(), queues: try r.u32(),
                    submissions: try r.u64(), busyNanoseconds: try r.u64()))
        }
        return status
    }
}
