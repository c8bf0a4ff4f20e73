import ConduitWire

/// One client's objects, keyed by the ids the client minted.
///
/// Tables are per session, so a client can only ever name its own objects: another client's id
/// is simply absent here. Every lookup checks existence, generation and kind.
struct ObjectTable {
    enum Object {
        case device(HostDevice)
        case queue(HostQueue)
        case buffer(HostBuffer)
        case fence(HostFence)
        case library(HostLibrary)

        var kind: ObjectKind {
            switch self {
            case .device: .device
            case .queue: .queue
            case .buffer: .buffer
            case .fence: .fence
            case .library: .library
            }
        }
    }

    private struct Slot {
        var generation: UInt32
        var object: Object
    }

    private var slots: [UInt32: Slot] = [:]
    /// The last generation each freed index had: a new object there must use a later one.
    private var retired: [UInt32: UInt32] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    var count: Int { slots.count }

    var allObjects: [Object] { slots.values.map(\.object) }

    /// Rule: a new id is not the reserved id, names a free slot, and uses a generation newer than
    /// any earlier object at that index; the table has room.
    func checkNew(_ id: ObjectID) throws(ValidationError) {
        guard id.index != 0 else { throw .reservedID(id) }
        guard slots[id.index] == nil else { throw .idInUse(id) }
        if let last = retired[id.index], id.generation <= last {
            throw .generationReused(id, lastGeneration: last)
        }
        guard slots.count < capacity else { throw .tooManyObjects(limit: capacity) }
    }

    /// - Precondition: `checkNew(id)` passed.
    mutating func insert(_ id: ObjectID, _ object: Object) {
        slots[id.index] = Slot(generation: id.generation, object: object)
    }

    func lookup(_ id: ObjectID, expecting kind: ObjectKind) throws(ValidationError) -> Object {
        guard let slot = slots[id.index] else { throw .unknownObject(id, expected: kind) }
        guard slot.generation == id.generation else {
            throw .staleGeneration(id, current: slot.generation)
        }
        guard slot.object.kind == kind else {
            throw .wrongObjectType(id, expected: kind, actual: slot.object.kind)
        }
        return slot.object
    }

    func lookupAny(_ id: ObjectID) throws(ValidationError) -> Object {
        guard let slot = slots[id.index] else { throw .unknownObject(id, expected: nil) }
        guard slot.generation == id.generation else { throw .staleGeneration(id, current: slot.generation) }
        return slot.object
    }

    @discardableResult
    mutating func remove(_ id: ObjectID) -> Object? {
        guard let slot = slots.removeValue(forKey: id.index) else { return nil }
        retired[id.index] = slot.generation
        return slot.object
    }

    mutating func removeAll() -> [Object] {
        defer { slots.removeAll() }
        return allObjects
    }
}
