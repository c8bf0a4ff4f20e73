import Foundation
import Synchronization

/// The client's end of a connection to a host daemon over shared memory.
///
/// Frames go into the client-to-host ring; the host's frames are read either by a background
/// thread (which sleeps on the client's doorbell when idle) or, while a thread blocks on a fence
/// or a reply, by that thread itself (`pump`): it spins on the ring for a short budget, so a quick
/// answer costs no cross-CPU wake-up (~30 µs on these VMs). Only one thread reads at a time (the
/// reader role), so frames are delivered in order.
package final class SharedMemoryTransport: ClientTransport, @unchecked Sendable {
    // SAFETY: `receiver` is set once in `connect`, before the reader thread starts.
    private let channel: SharedMemoryChannel
    private weak var receiver: (any HostFrameReceiver)?
    private let readerRole = Atomic<Bool>(false)
    private let closed = Atomic<Bool>(false)
    private let failed = Atomic<Bool>(false)
    /// Keeps a shared region's descriptor and the frame that names it in one order.
    private let handover = Mutex(())

    private init(channel: SharedMemoryChannel, receiver: any HostFrameReceiver) {
        self.channel = channel
        self.receiver = receiver
    }

    /// Connects to the daemon listening on `path` and starts reading its frames.
    package static func connect(path: String, receiver: any HostFrameReceiver) throws(IPCError) -> SharedMemoryTransport {
        let transport = SharedMemoryTransport(channel: try ChannelSetup.accept(connectingTo: path), receiver: receiver)
        let thread = Thread { [transport] in transport.readLoop() }
        thread.name = "conduit.client-reader"
        thread.start()
        return transport
    }

    package var sharesMemory: Bool { true }

    package func send(_ frame: [UInt8]) {
        do {
            try channel.send(frame) { _ in self.stopReason }
        } catch {
            fail("sending to the host failed: \(error)")
        }
    }

    package func send(_ frame: [UInt8], sharing region: SharedRegion) throws(IPCError) {
        try handover.withLock { _ throws(IPCError) in
            if let reason = stopReason { throw reason }
            try ChannelSetup.sendDescriptor(region.fd, on: channel.socket)
            try channel.send(frame) { _ in self.stopReason }
        }
    }

    private var stopReason: IPCError? {
        closed.load(ordering: .relaxed) || failed.load(ordering: .relaxed) ? .peerClosed : nil
    }

    package func close() {
        guard !closed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        // Wakes the reader thread; it sees `closed`, and releases the descriptors on its way out.
        channel.shutdown()
        Syscall.signal(eventFD: channel.ownDoorbell)
    }

    // MARK: - Reading

    package func pump(for budget: Duration, until done: () -> Bool) -> Bool {
        guard readerRole.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return done()
        }
        channel.setSleeping(false)
        // Beside the host's thread on one CPU, spinning would only keep it from answering.
        let deadline = ContinuousClock.now + (channel.noteWaitingCPUAndShouldSpin() ? budget : .zero)
        var spins = 0
        while !done() && !failed.load(ordering: .relaxed) {
            drain()
            if done() { break }
            spins += 1
            if spins & 63 == 0 && ContinuousClock.now >= deadline { break }
            Syscall.relax()
        }
        // Hand reading back to the background thread; wake it if frames are already waiting.
        channel.setSleeping(true)
        if channel.hasIncoming { Syscall.signal(eventFD: channel.ownDoorbell) }
        readerRole.store(false, ordering: .releasing)
        return done()
    }

    private func readLoop() {
        while !closed.load(ordering: .acquiring) && !failed.load(ordering: .relaxed) {
            if readerRole.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
                channel.setSleeping(false)
                drain()
                channel.setSleeping(true)
                let more = channel.hasIncoming
                readerRole.store(false, ordering: .releasing)
                if more { continue }
            }
            do {
                let ready = try Syscall.poll([channel.ownDoorbell, channel.socket], timeoutMilliseconds: 1000)
                if ready[0] { Syscall.drain(eventFD: channel.ownDoorbell) }
                if ready[1] && !closed.load(ordering: .acquiring) {
                    // The host never writes to the socket after the setup: readable means it is gone.
                    fail("the host closed the connection (it exited or was killed)")
                }
            } catch {
                fail("waiting for the host failed: \(error)")
            }
        }
        channel.shutdown()
    }

    private func drain() {
        do {
            _ = try channel.receiveAvailable { frame in receiver?.receive(frame) }
        } catch {
            fail("the host broke the shared-memory protocol: \(error)")
        }
    }

    private func fail(_ reason: String) {
        guard !closed.load(ordering: .acquiring), !failed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        receiver?.transportFailed(reason)
    }
}
