import ConduitCPU
@testable import ConduitHost
import ConduitWire
import Testing

/// The session's table keeps small indices in an array and large ones in a dictionary; both
/// follow the same rules (existence, generation, kind, reuse only with a newer generation).
@Suite struct ObjectTableTests {
    static let device: HostDevice = {
        let backend = CPUBackend()
        return HostDevice(backend: try! backend.makeDevice(adapterIndex: 0), adapter: backend.adapters[0], adapterIndex: 0)
    }()

    @Test(arguments: [UInt32(1), 700, ObjectTable.denseLimit - 1, ObjectTable.denseLimit, UInt32.max])
    func everyIndexFollowsTheSameRules(index: UInt32) throws {
        let table = ObjectTable(capacity: 8)
        let id = ObjectID(index: index, generation: 1)
        #expect(throws: ValidationError.self) { try table.lookup(id, expecting: .device) }
        try table.checkNew(id)
        table.insert(id, .device(Self.device))
        #expect(table.count == 1)
        #expect(try table.lookup(id, expecting: .device).kind == .device)
        #expect(throws: ValidationError.self) { try table.lookup(id, expecting: .buffer) }
        #expect(throws: ValidationError.self) { try table.lookup(ObjectID(index: index, generation: 2), expecting: .device) }
        #expect(throws: ValidationError.self) { try table.checkNew(id) }
        #expect(table.remove(id) != nil)
        #expect(table.count == 0)
        #expect(throws: ValidationError.self) { try table.lookup(id, expecting: .device) }
        // The index may be used again, with a newer generation only.
        #expect(throws: ValidationError.self) { try table.checkNew(id) }
        try table.checkNew(ObjectID(index: index, generation: 2))
    }

    @Test func capacityCountsBothKindsOfSlot() throws {
        let table = ObjectTable(capacity: 2)
        for index in [UInt32(3), ObjectTable.denseLimit + 5] {
            let id = ObjectID(index: index, generation: 1)
            try table.checkNew(id)
            table.insert(id, .device(Self.device))
        }
        #expect(throws: ValidationError.self) { try table.checkNew(ObjectID(index: 4, generation: 1)) }
        #expect(table.allObjects.count == 2)
        #expect(table.removeAll().count == 2)
        #expect(table.count == 0)
        try table.checkNew(ObjectID(index: 4, generation: 1))
    }
}
