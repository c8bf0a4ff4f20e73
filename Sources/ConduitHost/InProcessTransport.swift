import ConduitWire

/// The embedded transport: frames go straight to a session of a host in this process.
///
/// It still carries encoded frames through the host's decoder and validator, so what passes
/// in-process means something for the other transports.
package final class InProcessTransport: ClientTransport {
    private let session: Session

    package init(host: HostService, receiver: any HostFrameReceiver) {
        session = host.connect(receiver: receiver)
    }

    package func send(_ frame: [UInt8]) {
        session.receive(frame)
    }

    package func close() {
        session.close()
    }

    /// The host-side session, for tests that inspect what the host holds.
    package var hostSession: Session { session }
}
