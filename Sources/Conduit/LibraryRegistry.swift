import ConduitWire
import Crypto
import Synchronization

/// Which bytecode this connection's host already holds, so the same bytecode crosses the wire
/// once per host (`cloneLibrary`): a program that builds the same kernels again and again (an
/// OpenCL program per context, a benchmark per adapter) sends only three ids the second time.
///
/// Keyed by the SHA-256 of the serialized module. A library is referred to only while it is
/// alive: choosing the source and sending the clone happen under the same lock as removing a
/// library and sending its release, so the host never sees a clone of a released library.
final class LibraryRegistry: Sendable {
    private struct State {
        var holders: [[UInt8]: [ObjectID]] = [:]
        var digests: [ObjectID: [UInt8]] = [:]
        /// Libraries made by reference, for tests and `conduit smi`-style accounting.
        var referenced = 0
    }

    private let state = Mutex(State())

    /// Creates library `id` on `device`: by reference to a live library with the same bytecode
    /// when the host offers it, else with the bytecode.
    func create(_ id: ObjectID, device: ObjectID, bytecode: [UInt8], on connection: Connection) {
        let digest = Array(SHA256.hash(data: bytecode))
        let referable = connection.hostCapabilities.contains(.libraryReferences)
        state.withLock { state in
            if referable, let source = state.holders[digest]?.first {
                connection.send(.cloneLibrary(id: id, device: device, from: source))
                state.referenced += 1
            } else {
                connection.send(.createLibrary(id: id, device: device, bytecode: bytecode))
            }
            state.holders[digest, default: []].append(id)
            state.digests[id] = digest
        }
    }

    /// Releases library `id` on the host and forgets it as a source.
    func release(_ id: ObjectID, on connection: Connection) {
        state.withLock { state in
            if let digest = state.digests.removeValue(forKey: id) {
                state.holders[digest]?.removeAll { $0 == id }
                if state.holders[digest]?.isEmpty == true { state.holders[digest] = nil }
            }
            connection.release(id)
        }
    }

    /// How many libraries were made by reference so far.
    var referencedCount: Int { state.withLock { $0.referenced } }
}
