/// The client's end of a connection to a host: frames out, frames pushed back.
///
/// Implementations: in-process (an embedded host) and shared memory (a host daemon); TCP later.
/// Frames are complete encoded messages; a transport never looks inside them.
package protocol ClientTransport: Sendable {
    /// Sends one frame. Never blocks on the host's reply.
    func send(_ frame: [UInt8])
    /// Sends a frame that hands the host a new shared region (`createSharedBuffer`): the region's
    /// descriptor travels first, and concurrent handovers keep their order.
    /// - Throws: `.unsupported`-style `IPCError` when this transport cannot share memory.
    func send(_ frame: [UInt8], sharing region: SharedRegion) throws(IPCError)
    /// Whether buffers can live in memory mapped by both sides (`send(_:sharing:)` works).
    var sharesMemory: Bool { get }
    /// Lets the calling thread read the host's frames itself, for at most `budget`, until `done`
    /// holds. Returns `done()`. A transport without a ring to read returns at once.
    func pump(for budget: Duration, until done: () -> Bool) -> Bool
    /// The client is about to wait for the host (a fence, a reply): a transport that treats a
    /// stream of sends differently (the embedded one) learns where it ends.
    func clientWaits()
    /// Closes the connection; the host tears down everything the client owned.
    func close()

    // The bulk lane (PoCL-R's): a second connection to the same host that carries transfer
    // bytes, so a large transfer never queues ahead of a small command.

    /// Opens a second connection to the same host with the same identity, delivering to the
    /// same receiver; nil where this transport has none (the default). It carries nothing of
    /// the session until the host accepts its `joinBulkLane` and `adoptBulkLane` takes it.
    func connectBulkLane() throws(IPCError) -> (any ClientTransport)?
    /// Sends transfers on `lane` (from `connectBulkLane`) from now on.
    func adoptBulkLane(_ lane: any ClientTransport)
    /// Whether transfers go on a bulk lane.
    var hasBulkLane: Bool { get }
    /// Sends one frame, given as its head and a payload taken straight from the caller's
    /// memory, on the bulk lane (on this connection where there is none).
    func sendBulk(head: [UInt8], payload: UnsafeRawBufferPointer)
}

extension ClientTransport {
    package var sharesMemory: Bool { false }

    package func send(_ frame: [UInt8], sharing region: SharedRegion) throws(IPCError) {
        throw .system(call: "sharing memory over this transport", errno: 95 /* EOPNOTSUPP */)
    }

    package func pump(for budget: Duration, until done: () -> Bool) -> Bool { done() }

    package func clientWaits() {}

    package func connectBulkLane() throws(IPCError) -> (any ClientTransport)? { nil }

    package func adoptBulkLane(_ lane: any ClientTransport) {}

    package var hasBulkLane: Bool { false }

    package func sendBulk(head: [UInt8], payload: UnsafeRawBufferPointer) { send(head + Array(payload)) }
}

/// Receives the frames a host pushes to one client, on whatever thread the transport delivers them.
package protocol HostFrameReceiver: AnyObject, Sendable {
    func receive(_ frame: [UInt8])
    /// The connection broke (the host died or broke the protocol). No frame follows.
    func transportFailed(_ reason: String)
    /// The session this receiver serves has ended (host side): a connection may close now.
    func sessionEnded()
    /// Receives a frame of `size` bytes that `fill` writes in place, in memory the receiver
    /// chooses (a socket's own buffer), so large replies are written once. Nothing is sent when
    /// `fill` returns false.
    func receive(frameOfSize size: Int, fill: (UnsafeMutableRawBufferPointer) -> Bool)
    /// A fence reached `value`: `HostMessage.fenceAdvanced`, pushed for every submission. A
    /// receiver in the host's own process (the embedded client) takes it as a call; the others
    /// get its frame.
    func fenceAdvanced(_ fence: ObjectID, to value: UInt64)
}

extension HostFrameReceiver {
    package func sessionEnded() {}

    package func fenceAdvanced(_ fence: ObjectID, to value: UInt64) {
        receive(HostMessage.fenceAdvanced(fence: fence, value: value).encoded())
    }

    package func receive(frameOfSize size: Int, fill: (UnsafeMutableRawBufferPointer) -> Bool) {
        var filled = false
        let frame = [UInt8](unsafeUninitializedCapacity: size) { bytes, count in
            filled = fill(UnsafeMutableRawBufferPointer(bytes))
            count = size
        }
        if filled { receive(frame) }
    }
}
