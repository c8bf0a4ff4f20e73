import Foundation
import ConduitCPU
import ConduitHAL
import ConduitOpenCL
import ConduitWire
import Synchronization

/// The host service: the only authority over adapters, devices and memory.
///
/// Each client gets a `Session`. A host is shared by every client connected to it (the
/// embedded host by one process's instances; the daemon, later, by many processes).
package final class HostService: Sendable {
    package struct Configuration: Sendable {
        /// Objects one client may hold at once.
        package var objectLimitPerClient = 1 << 20
        package var name = "conduit-embedded-host"
        /// The watchdog: a dispatch running longer is aborted with a timeout error (CPU adapter).
        /// `CONDUIT_WATCHDOG_MS` sets it for the embedded host; `conduit host --watchdog-ms`.
        package var dispatchTimeLimit: Duration? = Configuration.environmentTimeLimit
        /// Bytes of buffers one client may hold; by default three quarters of physical memory, so
        /// no single client can run the host out of memory.
        package var memoryQuotaPerClient: UInt64? = SystemMemory.physicalBytes / 4 * 3
        /// Work items a queue may hold before the submitting side waits (backpressure).
        package var queuedPerQueue = 4096
        /// Queues one client may hold at once: each is a host thread, so a client that makes ten
        /// thousand queues is refused past this instead of costing the host ten thousand threads.
        package var queueLimitPerClient = 64
        /// Worker threads one client's CPU-adapter dispatches may use at once, across all its
        /// queues (`CPUShare`): by default the cores there are, so clients share them as equals.
        package var coresPerClient = SystemMemory.onlineCPUs
        /// Bytes that may arrive on a client's bulk lane ahead of the writes they belong to before
        /// the host stops reading that lane (TCP then slows the client down).
        package var bulkBacklogBytes = 128 << 20
        package init() {}

        /// `CONDUIT_WATCHDOG_MS` (0: no watchdog), else 60 s.
        static var environmentTimeLimit: Duration? {
            guard let raw = ProcessInfo.processInfo.environment["CONDUIT_WATCHDOG_MS"], let ms = Int(raw), ms >= 0 else { return .seconds(60) }
            return ms == 0 ? nil : .milliseconds(ms)
        }
    }

    private let backends: [(backend: any Backend, adapterCount: Int)]
    package let adapterDescriptions: [AdapterDescription]
    package let configuration: Configuration
    /// Buffers held by every client, on every backend.
    package let memory = MemoryAccounting()
    private let sessions = Mutex<(next: UInt64, live: [UInt64: Session])>((1, [:]))

    package init(backends: [any Backend]? = nil, configuration: Configuration = Configuration()) {
        let backends = backends ?? [CPUBackend(), OpenCLBackend()]
        self.backends = backends.map { ($0, $0.adapters.count) }
        self.adapterDescriptions = backends.flatMap(\.adapters)
        self.configuration = configuration
    }

    /// The shared embedded host of this process.
    package static let embedded = HostService()

    var hello: Hello {
        Hello(
            name: configuration.name,
            limits: ClientLimits(
                memoryBytes: configuration.memoryQuotaPerClient ?? 0,
                objects: UInt32(clamping: configuration.objectLimitPerClient),
                queues: UInt32(clamping: configuration.queueLimitPerClient)))
    }

    /// Opens a session whose pushed frames go to `receiver`.
    ///
    /// - Parameters:
    ///   - descriptors: where shared regions' descriptors arrive (nil: no shared buffers).
    ///   - processID: the client's process, for `conduit smi`.
    ///   - offersBulkLane: whether the client may open a second connection for transfers (TCP).
    package func connect(
        receiver: any HostFrameReceiver, descriptors: (any DescriptorSource)? = nil,
        processID: Int32 = Syscall.processID, offersBulkLane: Bool = false
    ) -> Session {
        sessions.withLock { state in
            let session = Session(
                id: state.next, host: self, receiver: receiver, descriptors: descriptors,
                processID: processID, objectLimit: configuration.objectLimitPerClient, offersBulkLane: offersBulkLane)
            state.live[state.next] = session
            state.next += 1
            return session
        }
    }

    /// The session whose `bulkLaneOffered` gave out `token`, now joined by `receiver`'s
    /// connection; nil when no session gave it out (or it was used already).
    package func joinBulkLane(token: [UInt8], receiver: any HostFrameReceiver, resume: @escaping @Sendable () -> Void) -> Session? {
        let live = sessions.withLock { Array($0.live.values) }
        return live.first { $0.joinBulkLane(token: token, receiver: receiver, resume: resume) }
    }

    package var sessionCount: Int { sessions.withLock { $0.live.count } }

    private let started = ContinuousClock.now

    /// Every client and the host's totals, as `conduit smi` shows them.
    package var status: HostStatus {
        let live = sessions.withLock { Array($0.live.values) }.sorted { $0.id < $1.id }
        return HostStatus(
            hostName: configuration.name, processID: Syscall.processID,
            uptimeNanoseconds: (ContinuousClock.now - started).wholeNanoseconds,
            liveBufferBytes: UInt64(max(0, memory.liveBytes)), liveBuffers: UInt64(max(0, memory.liveBuffers)),
            clients: live.prefix(HostStatus.maxClients).map(\.status))
    }

    func remove(_ session: Session) {
        _ = sessions.withLock { $0.live.removeValue(forKey: session.id) }
    }

    /// - Precondition: `adapterIndex < adapterDescriptions.count` (validated).
    func openDevice(adapterIndex: Int) throws(HostFailure) -> HostDevice {
        var local = adapterIndex
        for (backend, count) in backends {
            if local < count {
                do {
                    return HostDevice(
                        backend: try backend.makeDevice(adapterIndex: local),
                        adapter: adapterDescriptions[adapterIndex], adapterIndex: adapterIndex)
                } catch {
                    throw HostFailure(failure: error.failure)
                }
            }
            local -= count
        }
        preconditionFailure("adapter index \(adapterIndex) was validated")
    }
}
