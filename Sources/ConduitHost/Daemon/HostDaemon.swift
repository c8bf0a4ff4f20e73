import ConduitWire
import Foundation
import Synchronization

/// Why the daemon could not start.
package struct DaemonError: Error, CustomStringConvertible {
    package var description: String
}

/// `conduit host`: serves clients on a Unix socket, each over a shared-memory channel.
///
/// Like the GPU-PV host side (dxgkrnl's VMBus channels), it is one process that every client
/// shares: a session per client, all of them on the same `HostService` and adapters.
package final class HostDaemon: @unchecked Sendable {
    // SAFETY: `listener` and `socketPath` are fixed; `links` is guarded by its mutex.
    package let socketPath: String
    private let listener: Int32
    private let host: HostService
    private let links = Mutex<[ObjectIdentifier: ClientLink]>([:])
    private let stopping = Atomic<Bool>(false)
    private let ringCapacity: Int

    /// `$XDG_RUNTIME_DIR/conduit/host.sock`, else `/tmp/conduit-UID/host.sock`.
    package static var defaultSocketPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            return runtime + "/conduit/host.sock"
        }
        return "/tmp/conduit-\(Syscall.userID)/host.sock"
    }

    /// Binds the socket. Refuses to start over a live daemon; removes a stale socket file.
    package init(
        host: HostService, socketPath: String = HostDaemon.defaultSocketPath,
        ringCapacity: Int = SharedMemoryChannel.defaultRingCapacity
    ) throws(DaemonError) {
        self.host = host
        self.socketPath = socketPath
        self.ringCapacity = ringCapacity
        let directory = (socketPath as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        if let type = try? FileManager.default.attributesOfItem(atPath: socketPath)[.type] as? FileAttributeType {
            guard type == .typeSocket else {
                throw DaemonError(description: "\(socketPath) exists and is not a socket; refusing to replace it")
            }
            if let live = try? Syscall.connect(path: socketPath) {
                Syscall.close(live)
                throw DaemonError(description: "a Conduit host is already listening on \(socketPath)")
            }
            Syscall.unlink(socketPath)  // stale: left by a host that died
        }
        do {
            listener = try Syscall.listen(path: socketPath)
        } catch {
            throw DaemonError(description: "cannot listen on \(socketPath): \(error)")
        }
    }

    /// Accepts clients until `stop()`. Each client gets its own thread.
    package func run() {
        while !stopping.load(ordering: .acquiring) {
            guard let socket = try? Syscall.accept(listener) else {
                if stopping.load(ordering: .acquiring) { break }
                continue
            }
            let processID = (try? Syscall.peerCredentials(socket).pid) ?? 0
            guard let channel = try? ChannelSetup.offer(on: socket, ringCapacity: ringCapacity) else {
                Syscall.close(socket)
                continue
            }
            let link = ClientLink(channel: channel)
            links.withLock { $0[ObjectIdentifier(link)] = link }
            link.start(host: host, processID: processID) { [weak self] link in
                _ = self?.links.withLock { $0.removeValue(forKey: ObjectIdentifier(link)) }
            }
        }
    }

    /// Stops accepting, drops every client and removes the socket file.
    package func stop() {
        guard !stopping.exchange(true, ordering: .acquiringAndReleasing) else { return }
        Syscall.shutdown(listener)
        Syscall.close(listener)
        Syscall.unlink(socketPath)
        for link in links.withLock({ Array($0.values) }) { link.disconnect() }
    }

    package var clientCount: Int { links.withLock { $0.count } }
}
