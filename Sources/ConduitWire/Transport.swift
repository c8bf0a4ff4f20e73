/// The client's end of a connection to a host: frames out, frames pushed back.
///
/// Implementations: in-process (an embedded host), later shared memory and TCP. Frames are
/// complete encoded messages; a transport never looks inside them.
package protocol ClientTransport: Sendable {
    /// Sends one frame. Never blocks on the host's reply.
    func send(_ frame: [UInt8])
    /// Closes the connection; the host tears down everything the client owned.
    func close()
}

/// Receives the frames a host pushes to one client, on whatever thread the transport delivers them.
package protocol HostFrameReceiver: AnyObject, Sendable {
    func receive(_ frame: [UInt8])
}
