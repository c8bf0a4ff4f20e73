import ConduitHAL
import ConduitHost
import ConduitWire
import Foundation
import Synchronization
import Testing

/// A client that speaks raw frames to a host session and records what the host pushes back.
final class RawClient: HostFrameReceiver, Sendable {
    private let inbox = MessageInbox()
    private let transport = Mutex<InProcessTransport?>(nil)
    private let ids = Mutex(ObjectIDAllocator())

    init(host: HostService, handshake: Bool = true) {
        transport.withLock { $0 = InProcessTransport(host: host, receiver: self) }
        if handshake { send(.hello(Hello(name: "raw-client"))) }
    }

    var session: Session { transport.withLock { $0!.hostSession } }

    func transportFailed(_ reason: String) {
        Issue.record("the in-process transport failed: \(reason)")
    }

    func receive(_ frame: [UInt8]) { inbox.receive(frame) }

    func send(_ message: ClientMessage) { sendRaw(message.encoded()) }
    func sendRaw(_ frame: [UInt8]) { transport.withLock { $0! }.send(frame) }
    func close() { transport.withLock { $0! }.close() }

    func newID() -> ObjectID { ids.withLock { $0.allocate() } }

    var messages: [HostMessage] { inbox.messages }

    /// Waits (up to 10 s) for a pushed message `match` accepts.
    func await<T>(_ match: (HostMessage) -> T?) -> T? { inbox.await(match) }

    var lostReason: Failure? { inbox.lostReason }

    func fenceValue(_ fence: ObjectID, reaching value: UInt64) -> UInt64? {
        self.await { if case let .fenceAdvanced(id, v) = $0, id == fence, v >= value { v } else { nil } }
    }

    func read(queue: ObjectID, buffer: ObjectID, offset: UInt64 = 0, length: UInt64, request: UInt32) -> [UInt8]? {
        send(.readBuffer(request: request, queue: queue, buffer: buffer, offset: offset, length: length))
        return self.await { if case let .readResult(r, data) = $0, r == request { Array(data) } else { nil } }
    }

    /// Opens a device (adapter 0 unless told) with a queue; returns (device, queue, queue's fence).
    func openDevice(adapter: UInt32 = 0) -> (device: ObjectID, queue: ObjectID, fence: ObjectID) {
        let device = newID(), queue = newID(), fence = newID()
        send(.createDevice(id: device, adapterIndex: adapter))
        send(.createQueue(id: queue, device: device, fence: fence))
        return (device, queue, fence)
    }

    func makeBuffer(device: ObjectID, length: UInt64) -> ObjectID {
        let id = newID()
        send(.createBuffer(id: id, device: device, length: length))
        return id
    }
}
