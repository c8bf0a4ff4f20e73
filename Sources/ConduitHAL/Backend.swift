import Synchronization
import ConduitKernel
import ConduitTypes

/// What a backend can fail with at run time: only what the host could not foresee.
package enum BackendError: Error, Equatable, Sendable, CustomStringConvertible {
    case outOfMemory(requestedBytes: Int)
    case unavailable(String)
    case deviceLost(String)
    /// The kernel faulted (out-of-bounds access, divergent barrier) or was aborted.
    case kernelFault(String)
    /// The watchdog aborted a dispatch that ran past its time limit.
    case timedOut(String)
    /// A driver ran out of memory or other resources for this work (the device itself is fine).
    case outOfResources(String)
    /// A driver could not build a kernel; carries its build log.
    case buildFailed(String)

    package var description: String {
        switch self {
        case let .kernelFault(why), let .timedOut(why), let .outOfResources(why), let .buildFailed(why): why
        case let .outOfMemory(bytes): "out of memory allocating \(bytes) bytes"
        case let .unavailable(what): what
        case let .deviceLost(why): "device lost: \(why)"
        }
    }
}

/// A family of adapters (the CPU, the OpenCL devices). The host probes each backend once.
///
/// Backends assume valid input: the host validates every message before a backend sees it
/// (STYLE.md rule 1). Preconditions are written on each method.
package protocol Backend: Sendable {
    /// The adapters this backend drives, in a stable order. Empty means "absent".
    var adapters: [AdapterDescription] { get }

    /// Opens a device on one of `adapters`.
    /// - Precondition: `index < adapters.count`.
    func makeDevice(adapterIndex: Int) throws(BackendError) -> any BackendDevice
}

/// Memory owned by a backend device.
package protocol BackendBuffer: AnyObject, Sendable {
    var length: Int { get }
}

/// A GEMM whose operands the host has resolved and range-checked.
package struct GEMMOperation: Sendable {
    package var transposeA: Bool, transposeB: Bool
    package var m: Int, n: Int, k: Int
    package var alpha: Float, beta: Float
    package var a: any BackendBuffer, aOffset: Int, lda: Int
    package var b: any BackendBuffer, bOffset: Int, ldb: Int
    package var c: any BackendBuffer, cOffset: Int, ldc: Int

    package init(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float, beta: Float,
        a: any BackendBuffer, aOffset: Int, lda: Int,
        b: any BackendBuffer, bOffset: Int, ldb: Int,
        c: any BackendBuffer, cOffset: Int, ldc: Int
    ) {
        self.transposeA = transposeA; self.transposeB = transposeB
        self.m = m; self.n = n; self.k = k; self.alpha = alpha; self.beta = beta
        self.a = a; self.aOffset = aOffset; self.lda = lda
        self.b = b; self.bOffset = bOffset; self.ldb = ldb
        self.c = c; self.cOffset = cOffset; self.ldc = ldc
    }
}

/// What a backend derives from one kernel and reuses on every dispatch of it: an emitted program,
/// a built driver kernel (as a driver keeps a `cl_kernel` or a pipeline state object). The host
/// keeps one per kernel of a library, so the state lives exactly as long as the kernel can be
/// dispatched, on the one device the library belongs to.
package final class KernelState: Sendable {
    private let stored = Mutex<(any AnyObject & Sendable)?>(nil)

    package init() {}

    /// The stored state, made by `make` on first use. A backend stores one type only.
    package func value<State: AnyObject & Sendable>(orMake make: () throws(BackendError) -> State) throws(BackendError) -> State {
        try stored.withLock { (stored) throws(BackendError) -> State in
            if let existing = stored { return unsafeDowncast(existing, to: State.self) }
            let made = try make()
            stored = made
            return made
        }
    }
}

/// A kernel launch the host has validated: ranges, argument kinds and sizes, buffer ranges.
///
/// A class: a launch is made once by the validator and handed through the queue to a backend,
/// and copying a struct of this many arrays cost a retain and a release each, per launch.
package final class DispatchOperation: @unchecked Sendable {
    package let kernel: KernelCode
    package let constants: [UInt8]
    /// Sizes in three dimensions (1 past the dispatch's own; offsets 0).
    package let globalSize: SIMD3<Int>
    package let localSize: SIMD3<Int>
    package let globalOffset: SIMD3<Int>
    /// Per parameter: the buffer and byte offset for buffer parameters, nil for the others.
    package let buffers: [(buffer: any BackendBuffer, offset: Int)?]
    package let arguments: ArgumentBlock
    /// Aborts the dispatch when its time limit passes or the client goes away.
    package let watchdog: DispatchWatchdog
    /// The client's share of the cores, which a backend that runs kernels on the host's own
    /// threads (the CPU backend) takes its worker threads from; nil for none (a cheap dispatch).
    package var share: CPUShare?
    /// The backend's prepared form of `kernel` (and `constants`), shared by its dispatches.
    package let state: KernelState

    package init(
        kernel: KernelCode, constants: [UInt8], globalSize: SIMD3<Int>, localSize: SIMD3<Int>, globalOffset: SIMD3<Int>,
        buffers: [(buffer: any BackendBuffer, offset: Int)?], arguments: ArgumentBlock, state: KernelState = KernelState(),
        watchdog: DispatchWatchdog = DispatchWatchdog()
    ) {
        self.kernel = kernel; self.constants = constants; self.globalSize = globalSize; self.localSize = localSize
        self.globalOffset = globalOffset; self.buffers = buffers; self.arguments = arguments; self.state = state
        self.watchdog = watchdog
    }
}

/// One open device. Every method runs on the calling thread; the host serialises per queue.
///
/// Preconditions for every method: buffers were made by this device and are alive; byte ranges
/// lie inside their buffers; GEMM offsets are 4-byte aligned, leading dimensions satisfy BLAS's
/// rules and `C` overlaps neither `A` nor `B`.
package protocol BackendDevice: AnyObject, Sendable {
    /// Allocates zero-filled memory (a client never sees another client's old data).
    func makeBuffer(length: Int) throws(BackendError) -> any BackendBuffer
    /// Makes a buffer whose bytes are `region`, which the client maps too (zero-copy transfers).
    /// The buffer keeps the region alive. - Precondition: `region` was validated (sealed, sized).
    func makeBuffer(sharing region: any SharedMemory) throws(BackendError) -> any BackendBuffer
    /// The client wrote these bytes through its mapping of a shared buffer: make the device see them.
    func publishHostWrites(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError)
    /// Makes these bytes of a shared buffer's mapping reflect the device's memory.
    func refreshHostView(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError)
    /// Transfers and copies throw what the device reports (a driver's failed status); they never
    /// leave a buffer half-written without saying so.
    func write(_ buffer: any BackendBuffer, offset: Int, bytes: ArraySlice<UInt8>) throws(BackendError)
    /// Fills `destination` from the buffer at `offset` (a reply frame's payload, written in place).
    func read(_ buffer: any BackendBuffer, offset: Int, into destination: UnsafeMutableRawBufferPointer) throws(BackendError)
    func copy(
        from source: any BackendBuffer, sourceOffset: Int, to destination: any BackendBuffer,
        destinationOffset: Int, length: Int) throws(BackendError)
    /// - Precondition: `length` is a multiple of `pattern.count`, and `pattern` is 1...128 bytes.
    func fill(_ buffer: any BackendBuffer, offset: Int, length: Int, pattern: [UInt8]) throws(BackendError)
    func gemm(_ operation: GEMMOperation) throws(BackendError)
    /// Runs a verified kernel. A fault inside the kernel is `.kernelFault`; it never touches
    /// memory outside the dispatch's buffers.
    func dispatch(_ operation: DispatchOperation) throws(BackendError)
}

extension BackendDevice {
    /// `length` bytes of the buffer from `offset`, as an array.
    package func read(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) -> [UInt8] {
        var failure: BackendError?
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { destination, count in
            do throws(BackendError) {
                try read(buffer, offset: offset, into: UnsafeMutableRawBufferPointer(destination))
            } catch {
                failure = error
            }
            count = length
        }
        if let failure { throw failure }
        return bytes
    }
}

extension BackendDevice {
    /// Devices that run on the mapping itself (the CPU) need no publication.
    package func publishHostWrites(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) {}
    package func refreshHostView(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) {}
}

extension Duration {
    /// The duration in whole nanoseconds (negative durations count as 0).
    package var wholeNanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) &* 1_000_000_000 &+ UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}

/// Aborts a running dispatch: when `cancel()` is called (the client went away) or when its time
/// limit passes (the watchdog, like WDDM's TDR). Kernels check it at loop back-edges themselves,
/// so it needs no timer thread (which might never get a core while kernels spin).
package final class DispatchWatchdog: Sendable {
    private let flag = Atomic<Bool>(false)
    private let origin = ContinuousClock.now
    /// Nanoseconds after `origin` at which the limit passes (read on every loop back-edge, so an
    /// atomic, not a lock).
    private let deadline: Atomic<Int64>
    /// The limit it was started with, for the error message.
    package let limit: Duration?

    /// - Parameter limit: how long the dispatch may run, from now; nil for no limit.
    package init(limit: Duration? = nil) {
        self.limit = limit
        deadline = Atomic(limit.map(Self.nanoseconds) ?? .max)
    }

    /// Starts the limit again from now: time spent waiting for cores is not running time.
    package func restart() {
        guard let limit else { return }
        deadline.store(Self.nanoseconds(ContinuousClock.now - origin) &+ Self.nanoseconds(limit), ordering: .relaxed)
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds &* 1_000_000_000 &+ attoseconds / 1_000_000_000
    }

    private var pastDeadline: Bool {
        let deadline = deadline.load(ordering: .relaxed)
        return deadline != .max && Self.nanoseconds(ContinuousClock.now - origin) >= deadline
    }

    package func cancel() { flag.store(true, ordering: .relaxed) }

    /// Makes the watchdog ready for the next dispatch: not cancelled, its limit starting now (or,
    /// when not `timed`, no limit: a dispatch whose work is bounded and small needs none, and is
    /// spared the clock read). A queue keeps one and re-arms it for each dispatch it runs (they
    /// run one at a time).
    package func rearm(timed: Bool = true) {
        flag.store(false, ordering: .relaxed)
        if timed { restart() } else { deadline.store(.max, ordering: .relaxed) }
    }

    package var isCancelled: Bool {
        if flag.load(ordering: .relaxed) { return true }
        guard pastDeadline else { return false }
        cancel()
        return true
    }

    /// Whether the time limit (rather than `cancel()`) stopped the dispatch.
    package var expired: Bool { isCancelled && pastDeadline }
}

/// Bytes and buffers alive now: a backend's own (its tests), or every client's on every backend
/// (the host's, what `conduit smi` shows).
package final class MemoryAccounting: Sendable {
    private let state = Mutex((bytes: 0, buffers: 0))

    package init() {}

    package func allocated(_ bytes: Int) {
        state.withLock {
            $0.bytes += bytes; $0.buffers += 1
        }
    }
    package func freed(_ bytes: Int) {
        state.withLock {
            $0.bytes -= bytes; $0.buffers -= 1
        }
    }

    package var liveBytes: Int { state.withLock { $0.bytes } }
    package var liveBuffers: Int { state.withLock { $0.buffers } }
}
