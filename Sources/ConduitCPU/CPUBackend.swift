import ConduitHAL
import ConduitTypes
import Synchronization

/// The CPU adapter: compute-only, not hardware. Copies and fills run on the calling thread;
/// GEMM goes to OpenBLAS.
package final class CPUBackend: Backend {
    package let adapters: [AdapterDescription]
    package let memory = MemoryAccounting()

    package init() {
        let physical = SystemMemory.physicalBytes
        let blasVersion = (try? OpenBLAS.shared.get()).map { "OpenBLAS \($0.coreName)" } ?? "OpenBLAS unavailable"
        adapters = [
            AdapterDescription(
                name: "Conduit CPU (\(SystemMemory.cpuModelName))",
                vendor: "Conduit",
                driverVersion: "interpreter 1, \(blasVersion)",
                backend: .cpu,
                type: .cpu,
                isHardware: false,
                isComputeOnly: true,
                memoryBytes: physical,
                computeUnits: UInt32(SystemMemory.onlineCPUs),
                maxBufferLength: physical / 2,
                maxWorkGroupSize: 1024,
                maxWorkGroupSizes: [1024, 1024, 64],
                maxLocalMemoryBytes: 64 << 10, supportsDoublePrecision: true
            )
        ]
    }

    package func makeDevice(adapterIndex: Int) throws(BackendError) -> any BackendDevice {
        precondition(adapterIndex == 0, "the CPU backend has one adapter")
        return CPUDevice(memory: memory)
    }
}

/// One open CPU device.
final class CPUDevice: BackendDevice {
    private let memory: MemoryAccounting
    /// OpenBLAS already uses every core; concurrent calls from two queues would oversubscribe
    /// them and are not guaranteed thread-safe in every OpenBLAS build, so GEMMs take turns.
    private static let gemmLock = Mutex(())

    init(memory: MemoryAccounting) {
        self.memory = memory
    }

    func makeBuffer(length: Int) throws(BackendError) -> any BackendBuffer {
        try CPUBuffer(length: length, accounting: memory)
    }

    func makeBuffer(sharing region: any SharedMemory) throws(BackendError) -> any BackendBuffer {
        CPUBuffer(sharing: region, accounting: memory)
    }

    func write(_ buffer: any BackendBuffer, offset: Int, bytes: ArraySlice<UInt8>) {
        let target = cpu(buffer)
        bytes.withUnsafeBytes { source in
            guard let base = source.baseAddress else { return }
            (target.base + offset).copyMemory(from: base, byteCount: source.count)
        }
    }

    func read(_ buffer: any BackendBuffer, offset: Int, into destination: UnsafeMutableRawBufferPointer) {
        guard let base = destination.baseAddress else { return }
        base.copyMemory(from: cpu(buffer).base + offset, byteCount: destination.count)
    }

    func copy(
        from source: any BackendBuffer, sourceOffset: Int, to destination: any BackendBuffer,
        destinationOffset: Int, length: Int
    ) {
        // memmove semantics: the ranges may overlap within one buffer.
        (cpu(destination).base + destinationOffset).copyMemory(from: cpu(source).base + sourceOffset, byteCount: length)
    }

    func fill(_ buffer: any BackendBuffer, offset: Int, length: Int, pattern: [UInt8]) {
        let start = cpu(buffer).base + offset
        if pattern.allSatisfy({ $0 == pattern[0] }) {
            start.initializeMemory(as: UInt8.self, repeating: pattern[0], count: length)
            return
        }
        // Lay one pattern down, then double the filled prefix until the range is full.
        pattern.withUnsafeBytes { start.copyMemory(from: $0.baseAddress!, byteCount: pattern.count) }
        var filled = pattern.count
        while filled < length {
            let chunk = min(filled, length - filled)
            (start + filled).copyMemory(from: start, byteCount: chunk)
            filled += chunk
        }
    }

    func gemm(_ op: GEMMOperation) throws(BackendError) {
        let blas = try OpenBLAS.shared.get()
        guard op.m > 0, op.n > 0 else { return }
        let a = (cpu(op.a).base + op.aOffset).assumingMemoryBound(to: Float.self)
        let b = (cpu(op.b).base + op.bOffset).assumingMemoryBound(to: Float.self)
        let c = (cpu(op.c).base + op.cOffset).assumingMemoryBound(to: Float.self)
        Self.gemmLock.withLock { _ in
            blas.gemm(
                transposeA: op.transposeA, transposeB: op.transposeB, m: op.m, n: op.n, k: op.k,
                alpha: op.alpha, a: a, lda: op.lda, b: b, ldb: op.ldb, beta: op.beta, c: c, ldc: op.ldc)
        }
    }

    func dispatch(_ op: DispatchOperation) throws(BackendError) {
        var buffers: [(base: UnsafeMutableRawPointer, length: Int, writable: Bool)?] = []
        buffers.reserveCapacity(op.buffers.count)
        let parameters = op.kernel.parameters
        for (index, binding) in op.buffers.enumerated() {
            guard let binding else {
                buffers.append(nil)
                continue
            }
            let memory = cpu(binding.buffer)
            buffers.append((memory.base + binding.offset, memory.length - binding.offset, !parameters[index].isReadOnly))
        }
        let dispatch = KernelDispatch(
            kernel: op.kernel, constants: op.constants, globalSize: op.globalSize,
            localSize: op.localSize, globalOffset: op.globalOffset, buffers: buffers,
            arguments: op.arguments.bytes, localBytes: op.arguments.localBytes,
            prepared: try op.state.value { PreparedKernel(op.kernel, constants: op.constants) })
        do {
            try Interpreter.run(dispatch, cancellation: op.watchdog, share: op.share)
        } catch {
            if case .cancelled = error, op.watchdog.expired, let limit = op.watchdog.limit {
                throw .timedOut("watchdog: kernel '\(op.kernel.name)' ran past its \(limit) limit and was aborted")
            }
            throw .kernelFault(error.description)
        }
    }

    private func cpu(_ buffer: any BackendBuffer) -> CPUBuffer {
        // The host only hands a device the buffers it made (see BackendDevice's preconditions).
        unsafeDowncast(buffer, to: CPUBuffer.self)
    }
}
