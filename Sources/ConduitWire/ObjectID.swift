/// A client-assigned object id: a slot index plus a generation.
///
/// Clients mint ids themselves so that creating an object needs no round trip (Dawn wire,
/// GPU-PV handles). The generation grows each time a slot is reused, so a stale id never
/// names the slot's next occupant. Index 0 is reserved as "no object".
package struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    package var index: UInt32
    package var generation: UInt32

    package init(index: UInt32, generation: UInt32) {
        self.index = index
        self.generation = generation
    }

    package init(rawValue: UInt64) {
        index = UInt32(truncatingIfNeeded: rawValue)
        generation = UInt32(truncatingIfNeeded: rawValue >> 32)
    }

    package var rawValue: UInt64 { UInt64(generation) << 32 | UInt64(index) }

    package static let none = ObjectID(index: 0, generation: 0)

    package var description: String { "#\(index).\(generation)" }
}

/// The kinds of object a session's table holds.
package enum ObjectKind: UInt8, Sendable, CustomStringConvertible {
    case device = 1
    case queue = 2
    case buffer = 3
    case fence = 4
    case library = 5

    package var description: String {
        switch self {
        case .device: "device"
        case .queue: "queue"
        case .buffer: "buffer"
        case .fence: "fence"
        case .library: "library"
        }
    }
}

/// Hands out object ids for one client: freed slots are reused with a bumped generation.
package struct ObjectIDAllocator: Sendable {
    private var nextIndex: UInt32 = 1
    private var free: [ObjectID] = []

    package init() {}

    package mutating func allocate() -> ObjectID {
        if let reused = free.popLast() {
            return ObjectID(index: reused.index, generation: reused.generation &+ 1)
        }
        defer { nextIndex += 1 }
        return ObjectID(index: nextIndex, generation: 1)
    }

    package mutating func release(_ id: ObjectID) {
        free.append(id)
    }
}
