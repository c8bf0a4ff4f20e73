/// Everything a host sends to a client: replies to round trips and pushed completions.
package enum HostMessage: Equatable, Sendable {
    case welcome(Hello)
    case adapters(request: UInt32, [AdapterDescription])
    case readResult(request: UInt32, data: ArraySlice<UInt8>)
    case requestFailed(request: UInt32, Failure)
    /// A fence reached `value`. Completion is pushed; clients never poll.
    case fenceAdvanced(fence: ObjectID, value: UInt64)
    /// The submission that advances `queue`'s fence to `value` failed; sent before that advance.
    case submissionFailed(queue: ObjectID, value: UInt64, Failure)
    /// The host dropped this client's context; every later message is ignored.
    case contextLost(Failure)
    /// The shared buffer range of a `syncBuffer` request is current.
    case bufferSynced(request: UInt32)
    /// The answer to `queryStatus`.
    case status(request: UInt32, HostStatus)
    /// The answer to `openBulkLane`: the token the second connection presents in `joinBulkLane`.
    case bulkLaneOffered(request: UInt32, token: [UInt8])
    /// The answer to `joinBulkLane`, on the bulk lane: transfers may use it from now on.
    case bulkLaneJoined(request: UInt32)

    package static let maxAdapters = 256

    package enum MessageType: UInt16, Sendable {
        case welcome = 101, adapters, readResult, requestFailed, fenceAdvanced, submissionFailed, contextLost
        case bufferSynced, status, bulkLaneOffered, bulkLaneJoined
    }

    package var type: MessageType {
        switch self {
        case .welcome: .welcome
        case .adapters: .adapters
        case .readResult: .readResult
        case .requestFailed: .requestFailed
        case .fenceAdvanced: .fenceAdvanced
        case .submissionFailed: .submissionFailed
        case .contextLost: .contextLost
        case .bufferSynced: .bufferSynced
        case .status: .status
        case .bulkLaneOffered: .bulkLaneOffered
        case .bulkLaneJoined: .bulkLaneJoined
        }
    }

    /// The frame of `readResult` with its `length` data bytes written in place by `fill`: the
    /// bytes go from the buffer into the frame once (the same frame `encoded()` makes).
    package static func readResultFrame<Failure: Error>(
        request: UInt32, length: Int, fill: (UnsafeMutableRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) -> [UInt8] {
        var failure: Failure?
        let size = readResultFrameSize(dataLength: length)
        let frame = [UInt8](unsafeUninitializedCapacity: size) { bytes, count in
            do throws(Failure) {
                try writeReadResult(request: request, into: UnsafeMutableRawBufferPointer(bytes), fill: fill)
            } catch {
                failure = error
            }
            count = size
        }
        if let failure { throw failure }
        return frame
    }

    /// The size of a `readResult` frame that carries `dataLength` bytes.
    package static func readResultFrameSize(dataLength: Int) -> Int { Frame.headerSize + 8 + dataLength }

    /// Writes a whole `readResult` frame into `frame` (`readResultFrameSize` bytes, memory the
    /// sender chose, such as a socket's buffer): header, request and length, then the data bytes
    /// `fill` writes in place.
    package static func writeReadResult<Failure: Error>(
        request: UInt32, into frame: UnsafeMutableRawBufferPointer, fill: (UnsafeMutableRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        let length = frame.count - Frame.headerSize - 8
        var w = Frame.begin(type: MessageType.readResult.rawValue, capacity: 8)
        w.u32(request)
        w.u32(UInt32(length))
        var head = Frame.finish(w)
        // The payload length counts the data too.
        withUnsafeBytes(of: UInt32(head.count - Frame.headerSize + length).littleEndian) { bytes in
            for i in 0..<4 { head[8 + i] = bytes[i] }
        }
        head.withUnsafeBytes { frame.copyMemory(from: $0) }
        try fill(UnsafeMutableRawBufferPointer(rebasing: frame[head.count...]))
    }

    package func encoded() -> [UInt8] {
        var w = Frame.begin(type: type.rawValue)
        switch self {
        case let .welcome(hello):
            hello.encode(into: &w)
        case let .adapters(request, adapters):
            w.u32(request); w.u32(UInt32(adapters.count))
            for adapter in adapters { adapter.encode(into: &w) }
        case let .readResult(request, data):
            w.u32(request); w.blob(data)
        case let .requestFailed(request, failure):
            w.u32(request); failure.encode(into: &w)
        case let .fenceAdvanced(fence, value):
            w.id(fence); w.u64(value)
        case let .submissionFailed(queue, value, failure):
            w.id(queue); w.u64(value); failure.encode(into: &w)
        case let .contextLost(failure):
            failure.encode(into: &w)
        case let .bufferSynced(request):
            w.u32(request)
        case let .status(request, status):
            w.u32(request); status.encode(into: &w)
        case let .bulkLaneOffered(request, token):
            w.u32(request); w.blob(token)
        case let .bulkLaneJoined(request):
            w.u32(request)
        }
        return Frame.finish(w)
    }

    package static func decode(_ bytes: [UInt8]) throws(WireError) -> HostMessage {
        var (rawType, r) = try Frame.open(bytes)
        guard let type = MessageType(rawValue: rawType) else { throw .unknownMessageType(rawType) }
        let message: HostMessage
        switch type {
        case .welcome:
            message = .welcome(try Hello.decode(from: &r))
        case .adapters:
            let request = try r.u32()
            let count = try r.count(limit: maxAdapters, what: "adapter")
            var adapters: [AdapterDescription] = []
            for _ in 0..<count { adapters.append(try AdapterDescription.decode(from: &r)) }
            message = .adapters(request: request, adapters)
        case .readResult:
            message = .readResult(request: try r.u32(), data: try r.bulk(limit: Frame.maxPayload, what: "read data"))
        case .requestFailed:
            message = .requestFailed(request: try r.u32(), try Failure.decode(from: &r))
        case .fenceAdvanced:
            message = .fenceAdvanced(fence: try r.id(), value: try r.u64())
        case .submissionFailed:
            message = .submissionFailed(queue: try r.id(), value: try r.u64(), try Failure.decode(from: &r))
        case .contextLost:
            message = .contextLost(try Failure.decode(from: &r))
        case .bufferSynced:
            message = .bufferSynced(request: try r.u32())
        case .status:
            message = .status(request: try r.u32(), try HostStatus.decode(from: &r))
        case .bulkLaneOffered:
            message = .bulkLaneOffered(request: try r.u32(), token: try r.blob(limit: ClientMessage.bulkTokenBytes, what: "bulk lane token"))
        case .bulkLaneJoined:
            message = .bulkLaneJoined(request: try r.u32())
        }
        try r.expectEnd()
        return message
    }
}
