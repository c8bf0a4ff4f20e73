import ConduitHAL
import ConduitKernel
import ConduitWire
import Dispatch
import Synchronization

/// A device a client opened on one adapter.
final class HostDevice: Sendable {
    let backend: any BackendDevice
    let adapter: AdapterDescription
    let adapterIndex: Int
    /// The adapter's work-group and local memory limits, as every dispatch checks them.
    let dispatchLimits: DispatchRules.Limits

    init(backend: any BackendDevice, adapter: AdapterDescription, adapterIndex: Int) {
        self.backend = backend
        self.adapter = adapter
        self.adapterIndex = adapterIndex
        dispatchLimits = DispatchRules.Limits(
            maxWorkGroupSize: Int(adapter.maxWorkGroupSize), maxWorkGroupSizes: adapter.maxWorkGroupSizes.map(Int.init),
            maxLocalMemory: Int(adapter.maxLocalMemoryBytes))
    }
}

/// A buffer: backend memory plus the device it belongs to.
final class HostBuffer: Sendable {
    let device: HostDevice
    let memory: any BackendBuffer
    /// Whether the memory is a region the client maps too.
    let isShared: Bool
    var length: Int { memory.length }
    private let accounting: MemoryAccounting

    /// Counted in `accounting` from here until the last reference (the client's, or work in
    /// flight that uses it) goes.
    init(device: HostDevice, memory: any BackendBuffer, isShared: Bool = false, accounting: MemoryAccounting) {
        self.device = device
        self.memory = memory
        self.isShared = isShared
        self.accounting = accounting
        accounting.allocated(memory.length)
    }

    deinit { accounting.freed(memory.length) }
}

/// Verified bytecode for one device.
final class HostLibrary: Sendable {
    let device: HostDevice
    let module: BytecodeModule
    /// Per kernel of `module`: what the device's backend prepared for it.
    let kernelStates: [KernelState]

    init(device: HostDevice, module: BytecodeModule) {
        self.device = device
        self.module = module
        kernelStates = module.kernels.map { _ in KernelState() }
    }
}

/// A monotonic 64-bit timeline. Each advance is pushed to the owning client and wakes the queues
/// waiting on it.
final class HostFence: Sendable {
    let id: ObjectID
    let device: HostDevice
    /// A queue's own timeline advances only with that queue's submissions.
    let isQueueTimeline: Bool
    private let state: Mutex<(value: UInt64, waiters: [DispatchSemaphore])>
    private let notify: @Sendable (ObjectID, UInt64) -> Void

    init(
        id: ObjectID, device: HostDevice, initialValue: UInt64, isQueueTimeline: Bool,
        notify: @escaping @Sendable (ObjectID, UInt64) -> Void
    ) {
        self.id = id
        self.device = device
        self.isQueueTimeline = isQueueTimeline
        self.state = Mutex((initialValue, []))
        self.notify = notify
    }

    var currentValue: UInt64 { state.withLock { $0.value } }

    /// Rule: a timeline only moves forward. Returns the current value when `newValue` is not above it.
    func advance(to newValue: UInt64) throws(ValidationError) {
        let outcome: Result<[DispatchSemaphore], ValidationError> = state.withLock { state in
            guard newValue > state.value else {
                return .failure(.fenceValueNotIncreasing(id, value: newValue, current: state.value))
            }
            state.value = newValue
            defer { state.waiters.removeAll() }
            return .success(state.waiters)
        }
        for waiter in try outcome.get() { waiter.signal() }
        notify(id, newValue)
    }

    /// Blocks until the fence reaches `target`; gives up (returning false) once `cancelled` holds,
    /// which is checked every 20 ms.
    func wait(until target: UInt64, cancelled: () -> Bool) -> Bool {
        let semaphore = DispatchSemaphore(value: 0)
        while true {
            let reached = state.withLock { state in
                if state.value >= target { return true }
                if !state.waiters.contains(where: { $0 === semaphore }) { state.waiters.append(semaphore) }
                return false
            }
            if reached { return true }
            if cancelled() { return false }
            _ = semaphore.wait(timeout: .now() + .milliseconds(20))
        }
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
    /// The watchdog of this queue's dispatches, re-armed for each (they run one at a time), so
    /// teardown can abort the one running.
    let watchdog: DispatchWatchdog

    init(id: ObjectID, device: HostDevice, fence: HostFence, capacity: Int, dispatchTimeLimit: Duration?) {
        self.id = id
        self.device = device
        self.fence = fence
        self.watchdog = DispatchWatchdog(limit: dispatchTimeLimit)
        self.worker = QueueWorker(name: "conduit.queue\(id)", capacity: capacity)
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
