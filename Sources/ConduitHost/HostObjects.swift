import ConduitHAL
import ConduitKernel
import ConduitWire
import Synchronization

/// A device a client opened on one adapter.
final class HostDevice: Sendable {
    let backend: any BackendDevice
    let adapter: AdapterDescription
    let adapterIndex: Int

    init(backend: any BackendDevice, adapter: AdapterDescription, adapterIndex: Int) {
        self.backend = backend
        self.adapter = adapter
        self.adapterIndex = adapterIndex
    }
}

/// A buffer: backend memory plus the device it belongs to.
final class HostBuffer: Sendable {
    let device: HostDevice
    let memory: any BackendBuffer
    var length: Int { memory.length }

    init(device: HostDevice, memory: any BackendBuffer) {
        self.device = device
        self.memory = memory
    }
}

/// Verified bytecode for one device.
final class HostLibrary: Sendable {
    let device: HostDevice
    let module: BytecodeModule

    init(device: HostDevice, module: BytecodeModule) {
        self.device = device
        self.module = module
    }
}

/// A monotonic 64-bit timeline. Each advance is pushed to the owning client.
final class HostFence: Sendable {
    let id: ObjectID
    let device: HostDevice
    /// A queue's own timeline advances only with that queue's submissions.
    let isQueueTimeline: Bool
    private let value: Mutex<UInt64>
    private let notify: @Sendable (ObjectID, UInt64) -> Void

    init(id: ObjectID, device: HostDevice, initialValue: UInt64, isQueueTimeline: Bool,
         notify: @escaping @Sendable (ObjectID, UInt64) -> Void) {
        self.id = id
        self.device = device
        self.isQueueTimeline = isQueueTimeline
        self.value = Mutex(initialValue)
        self.notify = notify
    }

    var currentValue: UInt64 { value.withLock { $0 } }

    /// Rule: a timeline only moves forward. Returns the current value when `newValue` is not above it.
    func advance(to newValue: UInt64) throws(ValidationError) {
        let current: UInt64? = value.withLock { value in
            guard newValue > value else { return value }
            value = newValue
            return nil
        }
        if let current { throw .fenceValueNotIncreasing(id, value: newValue, current: current) }
        notify(id, newValue)
    }
}

/// A queue: an in-order worker plus the timeline its submissions advance.
final class HostQueue: Sendable {
    let id: ObjectID
    let device: HostDevice
    let fence: HostFence
    let worker: QueueWorker
    /// The last submission value accepted.
    private let lastSubmitted = Mutex<UInt64>(0)

    init(id: ObjectID, device: HostDevice, fence: HostFence) {
        self.id = id
        self.device = device
        self.fence = fence
        self.worker = QueueWorker(name: "conduit.queue\(id)")
    }

    deinit {
        worker.shutdown(cancelPending: false)
    }

    /// Rule: submission values on a queue strictly increase.
    func acceptSubmission(value: UInt64) throws(ValidationError) {
        let last: UInt64? = lastSubmitted.withLock { last in
            guard value > last else { return last }
            last = value
            return nil
        }
        if let last { throw .submitValueNotIncreasing(queue: id, value: value, last: last) }
    }
}
