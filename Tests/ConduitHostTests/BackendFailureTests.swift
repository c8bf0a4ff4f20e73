import ConduitHAL
@testable import ConduitHost
import ConduitTestSupport
import ConduitWire
import Testing

/// How the host answers each backend failure, driven by the null backend: a failed read or sync
/// answers its request, a failed write loses the context (the buffer's contents are unknown), a
/// failed command fails its submission only, a failed allocation fails the client's call.
@Suite struct BackendFailureTests {
    let backend: NullBackend
    let host: HostService

    init() {
        backend = NullBackend()
        host = HostService(backends: [backend])
    }

    @Test func aFailedReadAnswersItsRequestAndTheSessionGoesOn() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        let buffer = client.makeBuffer(device: d.device, length: 64)
        backend.failing(.read, with: .deviceLost("the bus fell off"))
        client.send(.readBuffer(request: 7, queue: d.queue, buffer: buffer, offset: 0, length: 16))
        let failure = try #require(client.await { if case let .requestFailed(7, failure) = $0 { failure } else { nil } })
        #expect(failure.code == Failure.deviceLost && failure.message.contains("the bus fell off"))
        backend.failing(.read, with: nil)
        #expect(client.read(queue: d.queue, buffer: buffer, length: 16, request: 8) == [UInt8](repeating: 0, count: 16))
        #expect(!client.session.isLost)
    }

    @Test func aFailedWriteLosesTheContextWithTheDevicesReason() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        let buffer = client.makeBuffer(device: d.device, length: 64)
        backend.failing(.write, with: .deviceLost("ECC error"))
        client.send(.writeBuffer(queue: d.queue, buffer: buffer, offset: 0, data: [1, 2, 3, 4]))
        let reason = try #require(client.lostReason)
        #expect(reason.code == Failure.deviceLost && reason.message.contains("a transfer failed on the device") && reason.message.contains("ECC error"))
        #expect(backend.count(of: .write) == 1)
    }

    @Test func aFailedFillFailsItsSubmissionOnly() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        let buffer = client.makeBuffer(device: d.device, length: 64)
        backend.failing(.fill, with: .outOfResources("no command slots"))
        client.send(.submit(queue: d.queue, value: 1, commands: [.fill(buffer: buffer, offset: 0, length: 64, pattern: [9])]))
        let failed = try #require(client.await { if case let .submissionFailed(_, 1, failure) = $0 { failure } else { nil } })
        #expect(failed.message.contains("no command slots"))
        backend.failing(.fill, with: nil)
        client.send(.submit(queue: d.queue, value: 2, commands: [.fill(buffer: buffer, offset: 0, length: 64, pattern: [9])]))
        #expect(client.fenceValue(d.fence, reaching: 2) == 2)
        #expect(client.read(queue: d.queue, buffer: buffer, length: 4, request: 3) == [9, 9, 9, 9])
        #expect(!client.messages.contains { if case .submissionFailed(_, 2, _) = $0 { true } else { false } })
    }

    @Test func aFailedAllocationIsTheClientsOutOfMemory() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        backend.failing(.makeBuffer, with: .outOfMemory(requestedBytes: 4096))
        _ = client.makeBuffer(device: d.device, length: 4096)
        let reason = try #require(client.lostReason)
        #expect(reason.code == Failure.outOfMemory, "\(reason)")
        #expect(host.memory.liveBuffers == 0, "nothing was counted for a buffer that was never made")
    }

    /// A client that ignores the announced queue limit loses its context at the first queue past it.
    @Test func aQueuePastTheLimitLosesTheContext() throws {
        let client = RawClient(host: host)
        let d = client.openDevice()
        for _ in 1..<host.configuration.queueLimitPerClient {
            client.send(.createQueue(id: client.newID(), device: d.device, fence: client.newID()))
        }
        #expect(!client.session.isLost)
        client.send(.createQueue(id: client.newID(), device: d.device, fence: client.newID()))
        let reason = try #require(client.lostReason)
        #expect(reason.code == Failure.limitExceeded && reason.message.contains("at most 64 queues"))
    }
}
