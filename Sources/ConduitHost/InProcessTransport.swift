import ConduitWire
import Synchronization

/// The embedded transport: frames go straight to a session of a host in this process.
///
/// It still carries encoded frames through the host's decoder and validator, so what passes
/// in-process means something for the other transports. Buffers are shared as with a daemon:
/// the client makes the region and the host runs on the same mapping, so `read` and `write` are
/// one copy and no transfer is ever encoded into a frame.
///
/// A frame is applied on the sending thread, except during a burst of sends without a wait,
/// when a host thread applies them in order (`BurstOffload`).
package final class InProcessTransport: ClientTransport {
    private let session: Session
    private let regions: HandedRegions
    private let offload: BurstOffload

    package init(host: HostService, receiver: any HostFrameReceiver) {
        regions = HandedRegions()
        let session = host.connect(receiver: receiver, descriptors: regions)
        self.session = session
        offload = BurstOffload(deliver: { session.receive($0) }, beginRun: { session.beginBurst() }, endRun: { session.endBurst() })
    }

    package func send(_ frame: [UInt8]) {
        if offload.take(frame) { return }
        session.receive(frame)
    }

    package func clientWaits() {
        offload.clientWaits()
    }

    /// While a burst's frames are being applied, the waiting thread looks for its answer for a
    /// while before it sleeps: waking it costs far more than the work left (the daemon's
    /// transport reads its ring the same way).
    package func pump(for budget: Duration, until done: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + budget
        while !done() {
            guard offload.isBusy, ContinuousClock.now < deadline else { return done() }
        }
        return true
    }

    package var sharesMemory: Bool { true }

    /// The region travels beside the frame, as the daemon's descriptor does; the session takes it
    /// while it applies the frame (on this thread, before `send` returns). Handing over and
    /// applying are one step under `handover`, as the daemon's descriptor and frame are: two
    /// threads making buffers at once each get their own region (they once swapped them).
    package func send(_ frame: [UInt8], sharing region: SharedRegion) throws(IPCError) {
        handover.withLock { _ in
            // The frames before it go first (the region must not pass them).
            offload.drain()
            regions.hand(region)
            session.receive(frame)
        }
    }

    private let handover = Mutex<Void>(())

    package func close() {
        offload.stop()
        session.close()
    }

    /// The host-side session, for tests that inspect what the host holds.
    package var hostSession: Session { session }
}

/// Regions handed from the embedded client to its session, first in first out.
final class HandedRegions: DescriptorSource {
    private let pending = Mutex<[SharedRegion]>([])

    func hand(_ region: SharedRegion) { pending.withLock { $0.append(region) } }

    func nextRegion(length: Int) throws(IPCError) -> any SharedMemory {
        guard let region = pending.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else {
            throw .protocolViolation("a shared buffer arrived without its region")
        }
        guard region.length >= length else {
            throw .protocolViolation("the shared region holds \(region.length) bytes, \(length) were declared")
        }
        return region
    }
}
