import ConduitWire

/// One client's objects, keyed by the ids the client minted.
///
/// Tables are per session, so a client can only ever name its own objects: another client's id
/// is simply absent here. Every lookup checks existence, generation and kind.
///
/// A class: the validator of every frame reads it, and handing it a struct copy cost a retain
/// and a release of each of its three containers. Used under its session's lock only.
final class ObjectTable {
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

    /// Slots of the indices below `denseLimit`, by index: clients mint indices from 1 and reuse
    /// freed ones, so nearly every lookup is an array access (a dispatch makes three).
    private var dense: [Slot?] = []
    /// Slots of larger indices (a client may choose any index).
    private var sparse: [UInt32: Slot] = [:]
    private(set) var count = 0
    /// The last generation each freed index had: a new object there must use a later one.
    private var retired: [UInt32: UInt32] = [:]
    let capacity: Int

    static let denseLimit: UInt32 = 1 << 16

    init(capacity: Int) {
        self.capacity = capacity
    }

    var allObjects: [Object] { dense.compactMap { $0?.object } + sparse.values.map(\.object) }

    private func slot(_ index: UInt32) -> Slot? {
        index < dense.count ? dense[Int(index)] : index < Self.denseLimit ? nil : sparse[index]
    }

    /// Rule: a new id is not the reserved id, names a free slot, and uses a generation newer than
    /// any earlier object at that index; the table has room.
    func checkNew(_ id: ObjectID) throws(ValidationError) {
        guard id.index != 0 else { throw .reservedID(id) }
        guard slot(id.index) == nil else { throw .idInUse(id) }
        if let last = retired[id.index], id.generation <= last {
            throw .generationReused(id, lastGeneration: last)
        }
        guard count < capacity else { throw .tooManyObjects(limit: capacity) }
    }

    /// - Precondition: `checkNew(id)` passed.
    func insert(_ id: ObjectID, _ object: Object) {
        let new = Slot(generation: id.generation, object: object)
        if id.index < Self.denseLimit {
            if id.index >= dense.count { dense.append(contentsOf: repeatElement(nil, count: Int(id.index) + 1 - dense.count)) }
            dense[Int(id.index)] = new
        } else {
            sparse[id.index] = new
        }
        count += 1
    }

    func lookup(_ id: ObjectID, expecting kind: ObjectKind) throws(ValidationError) -> Object {
        guard let slot = slot(id.index) else { throw .unknownObject(id, expected: kind) }
        guard slot.generation == id.generation else {
            throw .staleGeneration(id, current: slot.generation)
        }
        guard slot.object.kind == kind else {
            throw .wrongObjectType(id, expected: kind, actual: slot.object.kind)
        }
        return slot.object
    }

    func lookupAny(_ id: ObjectID) throws(ValidationError) -> Object {
        guard let slot = slot(id.index) else { throw .unknownObject(id, expected: nil) }
        guard slot.generation == id.generation else { throw .staleGeneration(id, current: slot.generation) }
        return slot.object
    }

    @discardableResult
    func remove(_ id: ObjectID) -> Object? {
        let removed: Slot?
        if id.index < dense.count {
            removed = dense[Int(id.index)]
            dense[Int(id.index)] = nil
        } else {
            removed = sparse.removeValue(forKey: id.index)
        }
        guard let removed else { return nil }
        count -= 1
        retired[id.index] = removed.generation
        return removed.object
    }

    func removeAll() -> [Object] {
        defer {
            dense.removeAll()
            sparse.removeAll()
            count = 0
        }
        return allObjects
    }
}
