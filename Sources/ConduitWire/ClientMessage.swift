/// Everything a client sends to a host. Only `queryAdapters` and `readBuffer` expect a reply;
/// the rest are fire-and-forget, and their errors come back through fences or a lost context.
package enum ClientMessage: Equatable, Sendable {
    case hello(Hello)
    case queryAdapters(request: UInt32)
    case createDevice(id: ObjectID, adapterIndex: UInt32)
    /// A queue and the timeline fence its submissions advance.
    case createQueue(id: ObjectID, device: ObjectID, fence: ObjectID)
    case createBuffer(id: ObjectID, device: ObjectID, length: UInt64)
    case createFence(id: ObjectID, device: ObjectID, initialValue: UInt64)
    /// A verified bytecode module compiled by the client; the host verifies it again.
    case createLibrary(id: ObjectID, device: ObjectID, bytecode: [UInt8])
    case release(id: ObjectID)
    /// Writes bytes into a buffer, ordered after the work already submitted to `queue`.
    case writeBuffer(queue: ObjectID, buffer: ObjectID, offset: UInt64, data: ArraySlice<UInt8>)
    /// Reads bytes back, ordered after the work already submitted to `queue`.
    case readBuffer(request: UInt32, queue: ObjectID, buffer: ObjectID, offset: UInt64, length: UInt64)
    /// One command buffer; the queue's fence reaches `value` when it has run.
    case submit(queue: ObjectID, value: UInt64, commands: [Command])
    case signalFence(fence: ObjectID, value: UInt64)
    case goodbye
    /// A buffer whose memory is a shared region the client maps too; the region's descriptor
    /// arrives on the transport's side channel just before this message.
    case createSharedBuffer(id: ObjectID, device: ObjectID, length: UInt64)
    /// The client wrote these bytes of a shared buffer directly; ordered like `writeBuffer`.
    case publishBuffer(queue: ObjectID, buffer: ObjectID, offset: UInt64, length: UInt64)
    /// Asks that these bytes of a shared buffer reflect the work submitted to `queue` so far;
    /// answered with `bufferSynced`, after which the client reads its mapping.
    case syncBuffer(request: UInt32, queue: ObjectID, buffer: ObjectID, offset: UInt64, length: UInt64)
    /// Asks for the host's clients and their resources (`conduit smi`).
    case queryStatus(request: UInt32)
    /// A library with the bytecode of one this client already holds (`from`, any of its devices),
    /// so the same bytecode crosses the wire once. Only to a host whose welcome offers
    /// `Capabilities.libraryReferences`; the host verifies it again for `device`.
    case cloneLibrary(id: ObjectID, device: ObjectID, from: ObjectID)
    /// Asks for a second connection that carries transfers (`Capabilities.bulkLane`); answered
    /// with `bulkLaneOffered` and the token that connection presents.
    case openBulkLane(request: UInt32)
    /// The first frame on a bulk lane's connection, instead of a hello: the token of
    /// `bulkLaneOffered`. Answered on that connection with `bulkLaneJoined`.
    case joinBulkLane(request: UInt32, token: [UInt8])
    /// On the bulk lane only: the bytes of the write whose `writeBulk` has the same sequence
    /// number. Sequence numbers count 0, 1, 2, … on each lane.
    case bulkData(sequence: UInt64, data: ArraySlice<UInt8>)
    /// On the command connection: a write whose bytes travel on the bulk lane (`bulkData` with
    /// this sequence number), ordered here like `writeBuffer`.
    case writeBulk(queue: ObjectID, buffer: ObjectID, offset: UInt64, length: UInt64, sequence: UInt64)

    /// The size of a bulk lane token.
    package static let bulkTokenBytes = 32

    package static let maxCommandsPerSubmit = 1 << 16

    package enum MessageType: UInt16, Sendable {
        case hello = 1, queryAdapters, createDevice, createQueue, createBuffer, createFence, release
        case writeBuffer, readBuffer, submit, signalFence, goodbye, createLibrary
        case createSharedBuffer, publishBuffer, syncBuffer, queryStatus, cloneLibrary
        case openBulkLane, joinBulkLane, bulkData, writeBulk
    }

    package var type: MessageType {
        switch self {
        case .hello: .hello
        case .queryAdapters: .queryAdapters
        case .createDevice: .createDevice
        case .createQueue: .createQueue
        case .createBuffer: .createBuffer
        case .createFence: .createFence
        case .createLibrary: .createLibrary
        case .release: .release
        case .writeBuffer: .writeBuffer
        case .readBuffer: .readBuffer
        case .submit: .submit
        case .signalFence: .signalFence
        case .goodbye: .goodbye
        case .createSharedBuffer: .createSharedBuffer
        case .publishBuffer: .publishBuffer
        case .syncBuffer: .syncBuffer
        case .queryStatus: .queryStatus
        case .cloneLibrary: .cloneLibrary
        case .openBulkLane: .openBulkLane
        case .joinBulkLane: .joinBulkLane
        case .bulkData: .bulkData
        case .writeBulk: .writeBulk
        }
    }

    /// The first bytes of a `bulkData` frame whose `dataLength` data bytes follow it on the
    /// stream as they are (a sender that seals them straight from caller memory).
    package static func bulkDataHead(sequence: UInt64, dataLength: Int) -> [UInt8] {
        var w = Frame.begin(type: MessageType.bulkData.rawValue, capacity: 12)
        w.u64(sequence); w.u32(UInt32(dataLength))
        w.patchU32(at: 8, UInt32(w.bytes.count - Frame.headerSize + dataLength))
        return w.bytes
    }

    /// The frame of `writeBuffer` straight from caller memory: the bytes are copied once, into the
    /// frame (the same frame `encoded()` makes, without first copying them into a message).
    package static func writeBufferFrame(queue: ObjectID, buffer: ObjectID, offset: UInt64, bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var w = Frame.begin(type: MessageType.writeBuffer.rawValue, capacity: 32 + bytes.count)
        w.id(queue); w.id(buffer); w.u64(offset); w.blob(bytes)
        return Frame.finish(w)
    }

    package func encoded() -> [UInt8] {
        var w = Frame.begin(type: type.rawValue, capacity: estimatedPayload)
        switch self {
        case let .hello(hello):
            hello.encode(into: &w)
        case let .queryAdapters(request):
            w.u32(request)
        case let .createDevice(id, adapterIndex):
            w.id(id); w.u32(adapterIndex)
        case let .createQueue(id, device, fence):
            w.id(id); w.id(device); w.id(fence)
        case let .createBuffer(id, device, length):
            w.id(id); w.id(device); w.u64(length)
        case let .createFence(id, device, initialValue):
            w.id(id); w.id(device); w.u64(initialValue)
        case let .createLibrary(id, device, bytecode):
            w.id(id); w.id(device); w.blob(bytecode)
        case let .release(id):
            w.id(id)
        case let .writeBuffer(queue, buffer, offset, data):
            w.id(queue); w.id(buffer); w.u64(offset); w.blob(data)
        case let .readBuffer(request, queue, buffer, offset, length):
            w.u32(request); w.id(queue); w.id(buffer); w.u64(offset); w.u64(length)
        case let .submit(queue, value, commands):
            w.id(queue); w.u64(value); w.u32(UInt32(commands.count))
            for command in commands { command.encode(into: &w) }
        case let .signalFence(fence, value):
            w.id(fence); w.u64(value)
        case .goodbye:
            break
        case let .createSharedBuffer(id, device, length):
            w.id(id); w.id(device); w.u64(length)
        case let .publishBuffer(queue, buffer, offset, length):
            w.id(queue); w.id(buffer); w.u64(offset); w.u64(length)
        case let .syncBuffer(request, queue, buffer, offset, length):
            w.u32(request); w.id(queue); w.id(buffer); w.u64(offset); w.u64(length)
        case let .queryStatus(request):
            w.u32(request)
        case let .cloneLibrary(id, device, from):
            w.id(id); w.id(device); w.id(from)
        case let .openBulkLane(request):
            w.u32(request)
        case let .joinBulkLane(request, token):
            w.u32(request); w.blob(token)
        case let .bulkData(sequence, data):
            w.u64(sequence); w.blob(data)
        case let .writeBulk(queue, buffer, offset, length, sequence):
            w.id(queue); w.id(buffer); w.u64(offset); w.u64(length); w.u64(sequence)
        }
        return Frame.finish(w)
    }

    /// Enough room for the payload in one allocation, for everything but bulk data.
    private var estimatedPayload: Int {
        switch self {
        case let .submit(_, _, commands): 24 + commands.count * 160
        case let .writeBuffer(_, _, _, data): 32 + data.count
        case let .bulkData(_, data): 16 + data.count
        case let .createLibrary(_, _, bytecode): 24 + bytecode.count
        default: 64
        }
    }

    package static func decode(_ bytes: [UInt8]) throws(WireError) -> ClientMessage {
        var (rawType, r) = try Frame.open(bytes)
        guard let type = MessageType(rawValue: rawType) else { throw .unknownMessageType(rawType) }
        let message: ClientMessage
        switch type {
        case .hello:
            message = .hello(try Hello.decode(from: &r))
        case .queryAdapters:
            message = .queryAdapters(request: try r.u32())
        case .createDevice:
            message = .createDevice(id: try r.id(), adapterIndex: try r.u32())
        case .createQueue:
            message = .createQueue(id: try r.id(), device: try r.id(), fence: try r.id())
        case .createBuffer:
            message = .createBuffer(id: try r.id(), device: try r.id(), length: try r.u64())
        case .createFence:
            message = .createFence(id: try r.id(), device: try r.id(), initialValue: try r.u64())
        case .createLibrary:
            message = .createLibrary(id: try r.id(), device: try r.id(), bytecode: try r.blob(limit: 64 << 20, what: "bytecode"))
        case .release:
            message = .release(id: try r.id())
        case .writeBuffer:
            message = .writeBuffer(
                queue: try r.id(), buffer: try r.id(), offset: try r.u64(),
                data: try r.bulk(limit: Frame.maxPayload, what: "write data"))
        case .readBuffer:
            message = .readBuffer(
                request: try r.u32(), queue: try r.id(), buffer: try r.id(),
                offset: try r.u64(), length: try r.u64())
        case .submit:
            let queue = try r.id()
            let value = try r.u64()
            let count = try r.count(limit: maxCommandsPerSubmit, what: "command")
            var commands: [Command] = []
            commands.reserveCapacity(min(count, r.remaining))
            for _ in 0..<count { commands.append(try Command.decode(from: &r)) }
            message = .submit(queue: queue, value: value, commands: commands)
        case .signalFence:
            message = .signalFence(fence: try r.id(), value: try r.u64())
        case .goodbye:
            message = .goodbye
        case .createSharedBuffer:
            message = .createSharedBuffer(id: try r.id(), device: try r.id(), length: try r.u64())
        case .publishBuffer:
            message = .publishBuffer(queue: try r.id(), buffer: try r.id(), offset: try r.u64(), length: try r.u64())
        case .syncBuffer:
            message = .syncBuffer(
                request: try r.u32(), queue: try r.id(), buffer: try r.id(),
                offset: try r.u64(), length: try r.u64())
        case .queryStatus:
            message = .queryStatus(request: try r.u32())
        case .cloneLibrary:
            message = .cloneLibrary(id: try r.id(), device: try r.id(), from: try r.id())
        case .openBulkLane:
            message = .openBulkLane(request: try r.u32())
        case .joinBulkLane:
            message = .joinBulkLane(request: try r.u32(), token: try r.blob(limit: bulkTokenBytes, what: "bulk lane token"))
        case .bulkData:
            message = .bulkData(sequence: try r.u64(), data: try r.bulk(limit: Frame.maxPayload, what: "bulk data"))
        case .writeBulk:
            message = .writeBulk(
                queue: try r.id(), buffer: try r.id(), offset: try r.u64(), length: try r.u64(), sequence: try r.u64())
        }
        try r.expectEnd()
        return message
    }
}
