import ConduitHost
import ConduitWire
import Foundation
import Synchronization
import Testing

/// The bulk lane at the session: a TCP client's second connection, whose bytes pair with the
/// writes announced on its command connection, in either order, and which carries read replies.
@Suite struct BulkLaneTests {
    let host: HostService = {
        var configuration = HostService.Configuration()
        configuration.bulkBacklogBytes = 4 << 10
        return HostService(configuration: configuration)
    }()

    /// One end of a session's connection (command or bulk): what the host pushed to it.
    final class Peer: HostFrameReceiver, Sendable {
        private let inbox = MessageInbox()
        let ended = Atomic<Bool>(false)

        func receive(_ frame: [UInt8]) { inbox.receive(frame) }
        func transportFailed(_ reason: String) {}
        func sessionEnded() { ended.store(true, ordering: .relaxed) }

        var messages: [HostMessage] { inbox.messages }
        func await<T>(_ match: (HostMessage) -> T?) -> T? { inbox.await(match) }
        var lostReason: Failure? { inbox.lostReason }
    }

    /// A TCP-like client: a session that offers a bulk lane, a device, a queue and a 4 KiB buffer.
    struct Client {
        let session: Session
        let command = Peer()
        let bulk = Peer()
        var ids = ObjectIDAllocator()
        let queue: ObjectID
        let fence: ObjectID
        let buffer: ObjectID

        init(host: HostService) {
            session = host.connect(receiver: command, processID: 0, offersBulkLane: true)
            session.receive(ClientMessage.hello(Hello(name: "bulk-lane-test")).encoded())
            let device = ids.allocate()
            queue = ids.allocate()
            fence = ids.allocate()
            buffer = ids.allocate()
            for message in [
                ClientMessage.createDevice(id: device, adapterIndex: 0), .createQueue(id: queue, device: device, fence: fence),
                .createBuffer(id: buffer, device: device, length: 4096)
            ] { session.receive(message.encoded()) }
        }

        func send(_ message: ClientMessage) { session.receive(message.encoded()) }
        func sendBulk(_ message: ClientMessage) -> Bool { session.receiveBulk(message.encoded()) }

        /// Asks for the lane and returns its token.
        func openLane() throws -> [UInt8] {
            send(.openBulkLane(request: 7))
            return try #require(command.await { if case let .bulkLaneOffered(7, token) = $0 { token } else { nil } })
        }

        func write(_ bytes: [UInt8], at offset: UInt64, sequence: UInt64) {
            send(.writeBulk(queue: queue, buffer: buffer, offset: offset, length: UInt64(bytes.count), sequence: sequence))
        }

        func data(_ bytes: [UInt8], sequence: UInt64) -> ClientMessage { .bulkData(sequence: sequence, data: bytes[...]) }
    }

    private func joinedClient(resume: @escaping @Sendable () -> Void = {}) throws -> Client {
        let client = Client(host: host)
        #expect(client.command.messages.contains { if case let .welcome(hello) = $0 { hello.capabilities.contains(.bulkLane) } else { false } })
        let token = try client.openLane()
        #expect(token.count == ClientMessage.bulkTokenBytes)
        let joined = host.joinBulkLane(token: token, receiver: client.bulk, resume: resume)
        #expect(joined === client.session)
        return client
    }

    @Test func bytesPairWithTheirWritesInEitherOrderAndReadsComeBackOnTheLane() throws {
        let client = try joinedClient()
        // Bytes first, then the write.
        #expect(client.sendBulk(client.data(Array(0..<16), sequence: 0)))
        client.write(Array(0..<16), at: 0, sequence: 0)
        // The write first: the queue's worker waits for the bytes, and the read after it waits too.
        client.write(Array(100..<116), at: 16, sequence: 1)
        client.send(.readBuffer(request: 1, queue: client.queue, buffer: client.buffer, offset: 0, length: 32))
        Thread.sleep(forTimeInterval: 0.05)
        #expect(!client.bulk.messages.contains { if case .readResult = $0 { true } else { false } }, "the read waits for the write's bytes")
        #expect(client.sendBulk(client.data(Array(100..<116), sequence: 1)))
        let read = client.bulk.await { if case let .readResult(1, data) = $0 { Array(data) } else { nil } }
        #expect(read == Array(0..<16) + Array(100..<116))
        #expect(!client.command.messages.contains { if case .readResult = $0 { true } else { false } }, "replies travel on the bulk lane")
        #expect(!client.session.isLost)
    }

    @Test func aFullBacklogPausesTheLaneUntilItsWritesDrainIt() throws {
        let resumed = Atomic<Int>(0)
        let client = try joinedClient { resumed.add(1, ordering: .relaxed) }
        let piece = [UInt8](repeating: 9, count: 1 << 10)
        var accepted: [Bool] = []
        for sequence in 0..<6 { accepted.append(client.sendBulk(client.data(piece, sequence: UInt64(sequence)))) }
        #expect(accepted == [true, true, true, true, false, false], "past 4 KiB waiting, the host asks to stop reading")
        client.write(piece, at: 0, sequence: 0)
        let early = resumed.load(ordering: .relaxed)
        #expect(early == 0, "5 KiB still wait")
        client.write(piece, at: 0, sequence: 1)
        client.write(piece, at: 0, sequence: 2)
        client.write(piece, at: 0, sequence: 3)
        let late = resumed.load(ordering: .relaxed)
        #expect(late == 1, "at half the limit, reading resumes")
        #expect(!client.session.isLost)
    }

    @Test func theLanesRulesLoseTheContextWithAClearReason() throws {
        let cases: [(String, (Client) -> Void)] = [
            ("belongs on the bulk lane", { $0.send($0.data([1], sequence: 0)) }),
            ("before a bulk lane joined", { $0.write([1], at: 0, sequence: 0) }),
            (
                "has opened one already",
                {
                    _ = try? $0.openLane(); $0.send(.openBulkLane(request: 8))
                }
            )
        ]
        for (words, attack) in cases {
            let client = Client(host: host)
            attack(client)
            let reason = try #require(client.command.lostReason, "\(words)")
            #expect(reason.code == Failure.protocolError)
            #expect(reason.message.contains(words), "\(reason.message)")
            #expect(client.session.objectCount == 0)
        }
        let joinedCases: [(String, (Client) -> Void)] = [
            ("arrived where 0 was due", { _ = $0.sendBulk($0.data([1], sequence: 1)) }),
            ("announced where 0 was due", { $0.write([1], at: 0, sequence: 5) }),
            (
                "has 2 bytes, its write announced 1",
                {
                    _ = $0.sendBulk($0.data([1, 2], sequence: 0)); $0.write([1], at: 0, sequence: 0)
                }
            ),
            (
                "has 3 bytes, its write announced 1",
                {
                    $0.write([1], at: 0, sequence: 0); _ = $0.sendBulk($0.data([1, 2, 3], sequence: 0))
                }
            ),
            ("only bulkData", { _ = $0.sendBulk(.queryAdapters(request: 1)) })
        ]
        for (words, attack) in joinedCases {
            let client = try joinedClient()
            attack(client)
            let reason = try #require(client.command.lostReason, "\(words)")
            #expect(reason.message.contains(words), "\(reason.message)")
        }
    }

    @Test func tokensAreSingleUseAndOnlyTCPSessionsOfferALane() throws {
        let client = Client(host: host)
        let token = try client.openLane()
        var wrong = token
        wrong[0] ^= 1
        #expect(host.joinBulkLane(token: wrong, receiver: Peer(), resume: {}) == nil)
        #expect(host.joinBulkLane(token: token, receiver: client.bulk, resume: {}) === client.session)
        #expect(host.joinBulkLane(token: token, receiver: Peer(), resume: {}) == nil, "a token joins once")

        let local = Peer()
        let session = host.connect(receiver: local, processID: 0)
        session.receive(ClientMessage.hello(Hello(name: "unix-like")).encoded())
        #expect(local.messages.contains { if case let .welcome(hello) = $0 { !hello.capabilities.contains(.bulkLane) } else { false } })
        session.receive(ClientMessage.openBulkLane(request: 1).encoded())
        #expect(local.lostReason?.message.contains("offers no bulk lane") == true)
    }

    @Test func closingTheSessionEndsBothConnectionsAndFreesAWriteWaitingForItsBytes() throws {
        let client = try joinedClient()
        client.write([1, 2, 3], at: 0, sequence: 0)  // its worker now waits for bytes that never come
        client.session.close()  // returns: the waiting worker is released, not joined forever
        let ended = (client.command.ended.load(ordering: .relaxed), client.bulk.ended.load(ordering: .relaxed))
        #expect(ended == (true, true))
        #expect(host.sessionCount == 0)
    }
}
