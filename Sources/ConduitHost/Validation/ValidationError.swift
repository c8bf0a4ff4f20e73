import ConduitKernel
import ConduitWire

/// Why the host refused a message. Every case carries the offending values.
enum ValidationError: Error, Equatable, CustomStringConvertible {
    case handshakeRequired(ClientMessage.MessageType)
    case duplicateHello
    case versionMismatch(clientVersion: UInt16, clientLastCompatible: UInt16, hostVersion: UInt16, hostLastCompatible: UInt16)
    case reservedID(ObjectID)
    case idInUse(ObjectID)
    case generationReused(ObjectID, lastGeneration: UInt32)
    case tooManyObjects(limit: Int)
    case tooManyQueues(limit: Int)
    case unknownObject(ObjectID, expected: ObjectKind?)
    case staleGeneration(ObjectID, current: UInt32)
    case wrongObjectType(ObjectID, expected: ObjectKind, actual: ObjectKind)
    case noSuchAdapter(index: UInt32, count: Int)
    case zeroLength(what: String)
    case bufferTooLarge(length: UInt64, limit: UInt64)
    case differentDevices(ObjectID, ObjectID)
    case rule(RuleViolation)
    case invalidBytecode(String)
    case noSuchKernel(index: UInt32, count: Int)
    case dispatch(DispatchViolation)
    case transferTooLarge(length: UInt64, limit: Int)
    case submitValueNotIncreasing(queue: ObjectID, value: UInt64, last: UInt64)
    case fenceValueNotIncreasing(ObjectID, value: UInt64, current: UInt64)
    case fenceOwnedByQueue(ObjectID)
    case sharingUnsupported
    case bufferNotShared(ObjectID)
    case sharedRegionRejected(String)
    /// A bulk lane message where it does not belong, or out of its order.
    case bulkLane(String)

    var code: UInt32 {
        switch self {
        case .handshakeRequired, .duplicateHello, .versionMismatch, .sharedRegionRejected, .bulkLane: Failure.protocolError
        case .sharingUnsupported: Failure.unsupported
        case .rule(.memoryQuotaExceeded): Failure.outOfMemory
        case .reservedID, .idInUse, .generationReused, .unknownObject, .staleGeneration, .wrongObjectType,
            .differentDevices, .fenceOwnedByQueue, .bufferNotShared:
            Failure.invalidObject
        case .tooManyObjects, .tooManyQueues, .bufferTooLarge, .transferTooLarge: Failure.limitExceeded
        case let .rule(violation): violation.isRange ? Failure.outOfRange : Failure.invalidArgument
        default: Failure.invalidArgument
        }
    }

    var failure: Failure { Failure(code: code, message: description) }

    var description: String {
        switch self {
        case let .handshakeRequired(type):
            "message \(type) before the handshake: hello must come first"
        case .duplicateHello:
            "a second hello on an established connection"
        case let .versionMismatch(cv, cl, hv, hl):
            "protocol version mismatch: client speaks \(cl)...\(cv), host speaks \(hl)...\(hv)"
        case let .reservedID(id):
            "object id \(id) uses the reserved index 0"
        case let .idInUse(id):
            "object id \(id) is already in use"
        case let .generationReused(id, last):
            "object id \(id) reuses generation \(id.generation); the slot's last generation was \(last)"
        case let .tooManyObjects(limit):
            "too many objects: the limit per client is \(limit)"
        case let .tooManyQueues(limit):
            "a client may hold at most \(limit) queues (each is a host thread); release one first"
        case let .unknownObject(id, expected):
            "unknown \(expected.map(String.init(describing:)) ?? "object") \(id)"
        case let .staleGeneration(id, current):
            "stale object id \(id): that slot now holds generation \(current)"
        case let .wrongObjectType(id, expected, actual):
            "object \(id) is a \(actual), expected a \(expected)"
        case let .noSuchAdapter(index, count):
            "no adapter \(index): the host has \(count)"
        case let .zeroLength(what):
            "\(what) length must be greater than zero"
        case let .bufferTooLarge(length, limit):
            "buffer length \(length) exceeds the adapter's maximum \(limit)"
        case let .invalidBytecode(why):
            "bytecode rejected by the verifier: \(why)"
        case let .noSuchKernel(index, count):
            "no kernel \(index): the library has \(count)"
        case let .dispatch(violation):
            violation.description
        case let .differentDevices(a, b):
            "objects \(a) and \(b) belong to different devices"
        case let .rule(violation):
            violation.description
        case let .transferTooLarge(length, limit):
            "transfer of \(length) bytes exceeds the per-message limit \(limit)"
        case let .submitValueNotIncreasing(queue, value, last):
            "submission value \(value) on queue \(queue) does not follow the last value \(last)"
        case let .fenceValueNotIncreasing(id, value, current):
            "fence \(id) cannot move to \(value): it is already at \(current)"
        case let .fenceOwnedByQueue(id):
            "fence \(id) is a queue's timeline; only that queue's submissions advance it"
        case .sharingUnsupported:
            "this connection cannot share memory (shared buffers need the shared-memory transport)"
        case let .bufferNotShared(id):
            "buffer \(id) is not a shared buffer"
        case let .sharedRegionRejected(why):
            "the shared region for a buffer was rejected: \(why)"
        case let .bulkLane(why):
            "bulk lane: \(why)"
        }
    }
}
