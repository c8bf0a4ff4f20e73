import ConduitHAL
import ConduitKernel
import ConduitTypes
import Synchronization

/// A backend for unit tests of the host: one adapter whose buffers are plain host memory and
/// whose work does nothing, except the failures a test scripts (`failing`), so the host's
/// handling of every backend error can be driven without a driver that misbehaves on cue.
package final class NullBackend: Backend, Sendable {
    /// The operations a test can make fail.
    package enum Operation: Hashable, Sendable { case makeBuffer, write, read, copy, fill, publish, sync, gemm, dispatch }

    private let failures = Mutex<[Operation: BackendError]>([:])
    /// How many of each operation ran (failed or not).
    private let counts = Mutex<[Operation: Int]>([:])
    package let adapters: [AdapterDescription]

    package init(name: String = "Null adapter") {
        adapters = [
            AdapterDescription(
                name: name, vendor: "Conduit tests", driverVersion: "null", backend: .cpu, type: .cpu, isHardware: false,
                isComputeOnly: true, memoryBytes: 1 << 30, computeUnits: 1, maxBufferLength: 1 << 28, maxWorkGroupSize: 256,
                maxWorkGroupSizes: [256, 256, 64], maxLocalMemoryBytes: 32 << 10)
        ]
    }

    /// From now on `operation` throws `error` (nil: succeeds again).
    package func failing(_ operation: Operation, with error: BackendError?) {
        failures.withLock { $0[operation] = error }
    }

    package func count(of operation: Operation) -> Int { counts.withLock { $0[operation] ?? 0 } }

    func perform(_ operation: Operation) throws(BackendError) {
        counts.withLock { $0[operation, default: 0] += 1 }
        if let error = failures.withLock({ $0[operation] }) { throw error }
    }

    package func makeDevice(adapterIndex: Int) throws(BackendError) -> any BackendDevice { NullDevice(backend: self) }
}

final class NullBuffer: BackendBuffer, Sendable {
    let bytes: Mutex<[UInt8]>
    let length: Int
    init(length: Int) {
        self.length = length
        bytes = Mutex([UInt8](repeating: 0, count: length))
    }
}

final class NullDevice: BackendDevice, Sendable {
    let backend: NullBackend
    init(backend: NullBackend) { self.backend = backend }

    private func null(_ buffer: any BackendBuffer) -> NullBuffer { buffer as! NullBuffer }

    func makeBuffer(length: Int) throws(BackendError) -> any BackendBuffer {
        try backend.perform(.makeBuffer)
        return NullBuffer(length: length)
    }

    func makeBuffer(sharing region: any SharedMemory) throws(BackendError) -> any BackendBuffer {
        try backend.perform(.makeBuffer)
        return NullBuffer(length: region.length)
    }

    func publishHostWrites(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) { try backend.perform(.publish) }
    func refreshHostView(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) { try backend.perform(.sync) }

    func write(_ buffer: any BackendBuffer, offset: Int, bytes: ArraySlice<UInt8>) throws(BackendError) {
        try backend.perform(.write)
        null(buffer).bytes.withLock { $0.replaceSubrange(offset..<offset + bytes.count, with: bytes) }
    }

    func read(_ buffer: any BackendBuffer, offset: Int, into destination: UnsafeMutableRawBufferPointer) throws(BackendError) {
        try backend.perform(.read)
        null(buffer).bytes.withLock { bytes in
            bytes[offset..<offset + destination.count].withUnsafeBytes { destination.copyMemory(from: $0) }
        }
    }

    func copy(
        from source: any BackendBuffer, sourceOffset: Int, to destination: any BackendBuffer, destinationOffset: Int,
        length: Int
    ) throws(BackendError) {
        try backend.perform(.copy)
        let bytes = null(source).bytes.withLock { Array($0[sourceOffset..<sourceOffset + length]) }
        null(destination).bytes.withLock { $0.replaceSubrange(destinationOffset..<destinationOffset + length, with: bytes) }
    }

    func fill(_ buffer: any BackendBuffer, offset: Int, length: Int, pattern: [UInt8]) throws(BackendError) {
        try backend.perform(.fill)
        null(buffer).bytes.withLock { bytes in
            for i in 0..<length { bytes[offset + i] = pattern[i % pattern.count] }
        }
    }

    func gemm(_ operation: GEMMOperation) throws(BackendError) { try backend.perform(.gemm) }
    func dispatch(_ operation: DispatchOperation) throws(BackendError) { try backend.perform(.dispatch) }
}
