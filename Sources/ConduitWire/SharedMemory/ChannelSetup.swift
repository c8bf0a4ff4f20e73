/// What the host sends on the socket right after accepting a client: a 16-byte record and three
/// descriptors (the channel's region, the host's doorbell, the client's doorbell).
///
/// ```
/// offset 0  u32 magic "CNDS"   offset 8   u32 ring capacity
/// offset 4  u32 layout version offset 12  u32 reserved (0)
/// ```
/// Everything after it goes through the rings; the socket then carries only the descriptors of
/// shared buffers (client to host, one byte `F` each) and the hang-up that ends the session.
package enum ChannelSetup {
    static let recordSize = 16
    static let descriptorMarker = UInt8(ascii: "F")

    static func record(ringCapacity: Int) -> [UInt8] {
        var writer = WireWriter(capacity: recordSize)
        writer.u32(SharedMemoryChannel.magic)
        writer.u32(SharedMemoryChannel.layoutVersion)
        writer.u32(UInt32(ringCapacity))
        writer.u32(0)
        return writer.bytes
    }

    /// Host side: makes the region and doorbells, sends them, and returns the host's channel.
    package static func offer(on socket: Int32, ringCapacity: Int = SharedMemoryChannel.defaultRingCapacity) throws(IPCError) -> SharedMemoryChannel {
        let region = try SharedMemoryChannel.makeRegion(ringCapacity: ringCapacity)
        let hostDoorbell = try Syscall.makeEventFD()
        let clientDoorbell: Int32
        do throws(IPCError) { clientDoorbell = try Syscall.makeEventFD() } catch { Syscall.close(hostDoorbell); throw error }
        do throws(IPCError) {
            try Syscall.send(socket, bytes: record(ringCapacity: ringCapacity), fds: [region.fd, hostDoorbell, clientDoorbell])
            return try SharedMemoryChannel(
                region: region, side: .host, socket: socket,
                ownDoorbell: hostDoorbell, peerDoorbell: clientDoorbell)
        } catch {
            Syscall.close(hostDoorbell)
            Syscall.close(clientDoorbell)
            throw error
        }
    }

    /// Client side: connects to `path`, receives the setup and returns the client's channel.
    package static func accept(connectingTo path: String, timeoutMilliseconds: Int32 = 5000) throws(IPCError) -> SharedMemoryChannel {
        let socket = try Syscall.connect(path: path)
        do throws(IPCError) {
            guard try Syscall.poll([socket], timeoutMilliseconds: timeoutMilliseconds)[0] else {
                throw IPCError.timedOut("the host at \(path) sent no channel setup within \(timeoutMilliseconds) ms")
            }
            guard let (bytes, fds) = try Syscall.receive(socket, maxBytes: recordSize, maxFDs: 3) else {
                throw IPCError.peerClosed
            }
            guard bytes.count == recordSize, fds.count == 3 else {
                fds.forEach(Syscall.close)
                throw IPCError.protocolViolation("channel setup carried \(bytes.count) bytes and \(fds.count) descriptors")
            }
            var reader = WireReader(bytes)
            let magic = (try? reader.u32()) ?? 0, version = (try? reader.u32()) ?? 0, capacity = (try? reader.u32()) ?? 0
            guard magic == SharedMemoryChannel.magic, version == SharedMemoryChannel.layoutVersion else {
                fds.forEach(Syscall.close)
                throw IPCError.protocolViolation(
                    "the host offered channel layout \(version) (magic 0x\(String(magic, radix: 16))); this build speaks \(SharedMemoryChannel.layoutVersion)")
            }
            let region: SharedRegion
            do throws(IPCError) {
                region = try SharedRegion(adopting: fds[0], length: SharedMemoryChannel.regionSize(ringCapacity: Int(capacity)))
            } catch {
                Syscall.close(fds[1]); Syscall.close(fds[2])
                throw error
            }
            return try SharedMemoryChannel(region: region, side: .client, socket: socket, ownDoorbell: fds[2], peerDoorbell: fds[1])
        } catch {
            Syscall.close(socket)
            throw error
        }
    }

    /// Sends one shared region's descriptor (client to host).
    static func sendDescriptor(_ fd: Int32, on socket: Int32) throws(IPCError) {
        try Syscall.send(socket, bytes: [descriptorMarker], fds: [fd])
    }

    /// Reads what the client sent on the socket: descriptors, one per marker byte. Nil at hang-up.
    package static func receiveDescriptors(on socket: Int32) throws(IPCError) -> [Int32]? {
        guard let (bytes, fds) = try Syscall.receive(socket, maxBytes: 8, maxFDs: 8) else { return nil }
        guard bytes.count == fds.count, bytes.allSatisfy({ $0 == descriptorMarker }) else {
            fds.forEach(Syscall.close)
            throw .protocolViolation("the socket carried \(bytes.count) bytes with \(fds.count) descriptors; only one descriptor per 'F' byte is allowed")
        }
        return fds
    }
}
