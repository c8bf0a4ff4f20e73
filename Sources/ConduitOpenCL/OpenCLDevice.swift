import COpenCL
import ConduitHAL
import ConduitKernel
import ConduitTypes
import Foundation
import Synchronization

/// A buffer in an OpenCL context.
final class OpenCLBuffer: BackendBuffer, @unchecked Sendable {
    // SAFETY: the cl_mem handle is immutable and thread-safe to share; released once, in deinit.
    let memory: cl_mem
    let length: Int
    /// The client's shared region behind a `CL_MEM_USE_HOST_PTR` buffer, kept alive with it.
    let region: (any SharedMemory)?

    init(memory: cl_mem, length: Int, region: (any SharedMemory)? = nil) {
        self.memory = memory
        self.length = length
        self.region = region
    }

    deinit { clReleaseMemObject(memory) }
}

/// One OpenCL device opened by a client: a context and an in-order queue. Calls are serialised
/// with a lock (clSetKernelArg on a shared kernel object is not thread-safe).
final class OpenCLDevice: BackendDevice, @unchecked Sendable {
    // SAFETY: handles are immutable; `programs` and every enqueue are guarded by `lock`.
    let device: cl_device_id
    let context: cl_context
    let queue: cl_command_queue
    let description: AdapterDescription
    private let lock = NSLock()
    private let cache: ProgramCache
    /// Whether built programs go to the on-disk cache; see `init`.
    let fillsDiskCache: Bool
    /// Programs loaded from the on-disk cache (for tests and diagnostics).
    private(set) var cacheHits = 0
    private var programs: [String: (program: cl_program, kernel: cl_kernel)] = [:]
    /// The dispatch in flight's fault words and arguments.
    private let control: ControlBlock
    /// Whether the control block is in shared virtual memory (a dispatch is one driver command).
    var controlIsShared: Bool { control.isShared }

    /// - Parameters:
    ///   - sharedControl: false keeps the control block in a buffer even where the device shares
    ///     SVM with the host (tests exercise both).
    ///   - fillCache: whether built programs are written to `cache`; nil decides by the driver
    ///     (`driverCachesBuilds`).
    init(
        device: cl_device_id, description: AdapterDescription, cache: ProgramCache = ProgramCache(), sharedControl: Bool = true,
        fillCache: Bool? = nil
    ) throws(CL.Error) {
        self.cache = cache
        fillsDiskCache = fillCache ?? !Self.driverCachesBuilds(description)
        var status: cl_int = 0
        var devices: [cl_device_id?] = [device]
        let created = CL.setup { clCreateContext(nil, 1, &devices, nil, nil, &status) }
        guard let context = created else { throw CL.Error(function: "clCreateContext", status: status) }
        guard let queue = clCreateCommandQueue(context, device, 0, &status) else {
            clReleaseContext(context)
            throw CL.Error(function: "clCreateCommandQueue", status: status)
        }
        do {
            control = try ControlBlock(context: context, device: device, allowShared: sharedControl)
        } catch {
            clReleaseCommandQueue(queue); clReleaseContext(context)
            throw error
        }
        self.device = device
        self.context = context
        self.queue = queue
        self.description = description
    }

    deinit {
        for (program, kernel) in programs.values { clReleaseKernel(kernel); clReleaseProgram(program) }
        clReleaseCommandQueue(queue)
        clReleaseContext(context)
    }

    /// Whether the driver keeps its own on-disk cache of built programs, so a second process
    /// builds from it quickly without Conduit's: PoCL does unless `POCL_KERNEL_CACHE=0`. There
    /// Conduit's cache is not filled, because asking PoCL for a program's binary compiles a
    /// generic work-group function of every kernel under the program's lock: the fill then
    /// stalled the program's next dispatch by as long as its first build (0.3–3 s on random
    /// kernels) and, running beside the first dispatch, made it 1.7× slower.
    static func driverCachesBuilds(_ description: AdapterDescription, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        description.driverVersion.contains("PoCL") && environment["POCL_KERNEL_CACHE"] != "0"
    }

    private func cl(_ buffer: any BackendBuffer) -> OpenCLBuffer { unsafeDowncast(buffer, to: OpenCLBuffer.self) }

    func makeBuffer(length: Int) throws(BackendError) -> any BackendBuffer {
        var status: cl_int = 0
        guard let memory = clCreateBuffer(context, cl_mem_flags(CL_MEM_READ_WRITE), length, nil, &status) else {
            throw .outOfMemory(requestedBytes: length)
        }
        let buffer = OpenCLBuffer(memory: memory, length: length)
        try fill(buffer, offset: 0, length: length, pattern: [0])  // zero-filled, as on every adapter
        return buffer
    }

    /// `CL_MEM_USE_HOST_PTR` over the region: PoCL and integrated GPUs run on it directly; a
    /// discrete GPU caches it, which `publishHostWrites` / `refreshHostView` keep coherent.
    func makeBuffer(sharing region: any SharedMemory) throws(BackendError) -> any BackendBuffer {
        var status: cl_int = 0
        guard
            let memory = clCreateBuffer(
                context, cl_mem_flags(CL_MEM_READ_WRITE | CL_MEM_USE_HOST_PTR), region.length,
                region.base, &status)
        else {
            throw .outOfMemory(requestedBytes: region.length)
        }
        return OpenCLBuffer(memory: memory, length: region.length, region: region)
    }

    /// Maps the range for writing without reading it back (`CL_MAP_WRITE_INVALIDATE_REGION`),
    /// then unmaps: the driver takes the host's bytes.
    func publishHostWrites(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) {
        try remap(buffer, offset: offset, length: length, flags: cl_map_flags(CL_MAP_WRITE_INVALIDATE_REGION))
    }

    /// Maps the range for reading (the driver brings the host's copy up to date), then unmaps.
    func refreshHostView(_ buffer: any BackendBuffer, offset: Int, length: Int) throws(BackendError) {
        try remap(buffer, offset: offset, length: length, flags: cl_map_flags(CL_MAP_READ))
    }

    private func remap(_ buffer: any BackendBuffer, offset: Int, length: Int, flags: cl_map_flags) throws(BackendError) {
        guard length > 0 else { return }
        try checked { () throws(CL.Error) in
            var status: cl_int = 0
            let mapped = clEnqueueMapBuffer(queue, cl(buffer).memory, cl_bool(CL_TRUE), flags, offset, length, 0, nil, nil, &status)
            try CL.check(status, "clEnqueueMapBuffer")
            try CL.check(clEnqueueUnmapMemObject(queue, cl(buffer).memory, mapped, 0, nil, nil), "clEnqueueUnmapMemObject")
            try CL.check(clFinish(queue), "clFinish")
        }
    }

    /// Runs driver calls with the device's lock held; a failed status becomes the backend's error.
    private func checked<Result>(_ body: () throws(CL.Error) -> Result) throws(BackendError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body()
        } catch {
            throw error.backendError
        }
    }

    func write(_ buffer: any BackendBuffer, offset: Int, bytes: ArraySlice<UInt8>) throws(BackendError) {
        guard !bytes.isEmpty else { return }
        try checked { () throws(CL.Error) in
            let status = bytes.withUnsafeBytes {
                clEnqueueWriteBuffer(queue, cl(buffer).memory, cl_bool(CL_TRUE), offset, $0.count, $0.baseAddress, 0, nil, nil)
            }
            try CL.check(status, "clEnqueueWriteBuffer")
        }
    }

    func read(_ buffer: any BackendBuffer, offset: Int, into destination: UnsafeMutableRawBufferPointer) throws(BackendError) {
        guard destination.count > 0 else { return }
        try checked { () throws(CL.Error) in
            let status = clEnqueueReadBuffer(queue, cl(buffer).memory, cl_bool(CL_TRUE), offset, destination.count, destination.baseAddress, 0, nil, nil)
            try CL.check(status, "clEnqueueReadBuffer")
        }
    }

    func copy(
        from source: any BackendBuffer, sourceOffset: Int, to destination: any BackendBuffer, destinationOffset: Int,
        length: Int
    ) throws(BackendError) {
        guard length > 0 else { return }
        // OpenCL forbids overlapping copies within one buffer; those go through host memory.
        if source === destination, abs(sourceOffset - destinationOffset) < length {
            try write(destination, offset: destinationOffset, bytes: try read(source, offset: sourceOffset, length: length)[...])
            return
        }
        try checked { () throws(CL.Error) in
            try CL.check(
                clEnqueueCopyBuffer(queue, cl(source).memory, cl(destination).memory, sourceOffset, destinationOffset, length, 0, nil, nil),
                "clEnqueueCopyBuffer")
            try CL.check(clFinish(queue), "clFinish")
        }
    }

    func fill(_ buffer: any BackendBuffer, offset: Int, length: Int, pattern: [UInt8]) throws(BackendError) {
        guard length > 0 else { return }
        // clEnqueueFillBuffer takes power-of-two patterns only; others are expanded on the host.
        guard pattern.count.nonzeroBitCount == 1 else {
            var expanded: [UInt8] = []
            expanded.reserveCapacity(length)
            while expanded.count < length { expanded += pattern }
            try write(buffer, offset: offset, bytes: expanded.prefix(length))
            return
        }
        try checked { () throws(CL.Error) in
            let status = pattern.withUnsafeBytes { clEnqueueFillBuffer(queue, cl(buffer).memory, $0.baseAddress, pattern.count, offset, length, 0, nil, nil) }
            try CL.check(status, "clEnqueueFillBuffer")
            try CL.check(clFinish(queue), "clFinish")
        }
    }

    // MARK: - Kernels

    /// Builds `source` once per device: from memory, else from the on-disk cache, else the driver.
    private func kernel(source: String, name: String) throws(BackendError) -> cl_kernel {
        if let cached = programs[source] { return cached.kernel }
        let built = try build(source: source, name: name)
        programs[source] = built
        return built.kernel
    }

    /// A program and its kernel, from the on-disk cache or else the driver; the caller owns both.
    private func build(source: String, name: String) throws(BackendError) -> (program: cl_program, kernel: cl_kernel) {
        var status: cl_int = 0
        var devices: [cl_device_id?] = [device]
        let key = ProgramCache.key([description.name, description.driverVersion, source])
        var program: cl_program?
        var fromCache = false
        if let binary = cache.binary(key: key, source: source) {
            var binaryStatus: cl_int = 0
            program = binary.withUnsafeBufferPointer { buffer -> cl_program? in
                var pointer: UnsafePointer<UInt8>? = buffer.baseAddress
                var length = buffer.count
                return clCreateProgramWithBinary(context, 1, &devices, &length, &pointer, &binaryStatus, &status)
            }
            if program != nil, status == CL_SUCCESS, binaryStatus == CL_SUCCESS {
                fromCache = true
            } else {
                if let stale = program { clReleaseProgram(stale) }
                program = nil  // an entry the driver rejects is a miss
            }
        }
        if program == nil {
            program = source.withCString { text -> cl_program? in
                var pointer: UnsafePointer<CChar>? = text
                var length = strlen(text)
                return clCreateProgramWithSource(context, 1, &pointer, &length, &status)
            }
        }
        guard let program else { throw CL.Error(function: "clCreateProgramWithSource", status: status).backendError }
        // `-w`: the emitted C is the host's own; a warning (a source's `x == x`) is nothing the user
        // can act on, and PoCL would print a count of them to stderr.
        let built = clBuildProgram(program, 1, &devices, "-cl-std=CL1.2 -w", nil, nil)
        guard built == CL_SUCCESS else {
            var size = 0
            clGetProgramBuildInfo(program, device, cl_program_build_info(CL_PROGRAM_BUILD_LOG), 0, nil, &size)
            var log = [CChar](repeating: 0, count: max(size, 1))
            clGetProgramBuildInfo(program, device, cl_program_build_info(CL_PROGRAM_BUILD_LOG), size, &log, nil)
            clReleaseProgram(program)
            throw .buildFailed(
                "the OpenCL driver failed to build kernel '\(name)' (\(CL.statusName(built))): \(log.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })"
            )
        }
        guard let kernel = clCreateKernel(program, name, &status) else {
            clReleaseProgram(program)
            throw CL.Error(function: "clCreateKernel", status: status).backendError
        }
        if !fromCache, fillsDiskCache { fillCache(key: key, source: source, program: program) }
        cacheHits += fromCache ? 1 : 0
        return (program, kernel)
    }

    /// A program handle handed to the cache filler (OpenCL objects may be used from any thread).
    private struct RetainedProgram: @unchecked Sendable { let program: cl_program }
    private static let cacheFiller = DispatchQueue(label: "conduit.opencl.cache-fill", qos: .utility)
    private let cacheFills = DispatchGroup()

    /// Writes the built program to the disk cache on a background queue. Asking a driver for a
    /// program's binary can cost more than building it (PoCL compiles every kernel's work-group
    /// function for it), so the first dispatch never waits for it.
    private func fillCache(key: String, source: String, program: cl_program) {
        guard clRetainProgram(program) == CL_SUCCESS else { return }
        let retained = RetainedProgram(program: program), cache = cache
        Self.cacheFiller.async(group: cacheFills) {
            if let binary = ProgramCache.binary(of: retained.program) { cache.store(key: key, source: source, binary: binary) }
            clReleaseProgram(retained.program)
        }
    }

    /// Blocks until this device's pending disk-cache writes are done (tests, orderly shutdown).
    func waitForCacheFills() { cacheFills.wait() }

    func dispatch(_ op: DispatchOperation) throws(BackendError) {
        lock.lock()
        defer { lock.unlock() }
        if op.kernel.usesDoublePrecision, !description.supportsDoublePrecision {
            throw .buildFailed("kernel '\(op.kernel.name)' computes in double precision, which adapter '\(description.name)' does not support (no cl_khr_fp64)")
        }
        let prepared = try op.state.value { OpenCLKernelState() }
        let kernel = try prepared.kernel(for: op) { (source) throws(BackendError) in try self.build(source: source, name: Emitter.kernelName) }
        let constants = try prepared.constantsBuffer(op.constants, context: context)
        var arguments = KernelArguments(kernel)
        for binding in op.buffers {
            guard let binding else { continue }
            let buffer = cl(binding.buffer)
            arguments.set(Optional(buffer.memory))
            arguments.set(UInt64(binding.offset))
            arguments.set(UInt64(buffer.length - binding.offset))
        }
        control.bind(&arguments)
        arguments.set(UInt64(op.arguments.bytes.count))
        arguments.setLocal(bytes: max(op.arguments.localBytes, 16))
        arguments.set(Optional(constants))
        arguments.set(UInt64(op.constants.count))
        control.bind(&arguments)
        try arguments.check()
        let fault: SIMD4<UInt32>
        do {
            try control.stage(op.arguments.bytes, on: queue)
            var global = [op.globalSize.x, op.globalSize.y, op.globalSize.z], local = [op.localSize.x, op.localSize.y, op.localSize.z]
            var offset = [op.globalOffset.x, op.globalOffset.y, op.globalOffset.z]
            var launch: cl_event?
            try CL.check(clEnqueueNDRangeKernel(queue, kernel, 3, &offset, &global, &local, 0, nil, &launch), "clEnqueueNDRangeKernel")
            defer { clReleaseEvent(launch) }
            fault = try control.faults(after: launch!, on: queue, arguments: op.arguments.bytes)
        } catch {
            throw error.backendError
        }
        if fault[0] == 0 { return }
        if fault[0] == UInt32(Emitter.faultLoopBudget), let limit = op.watchdog.limit {
            throw .timedOut("watchdog: kernel '\(op.kernel.name)' ran past its loop budget for the \(limit) limit (work-item \(fault[3])) and was aborted")
        }
        let kind =
            fault[0] == UInt32(Emitter.faultReadOnly)
            ? "write to read-only memory" : fault[0] == UInt32(Emitter.faultAlignment) ? "misaligned atomic" : "out-of-bounds access"
        // Clamped local accesses note that one was out of range, not where (offset all ones).
        let place = fault[2] == UInt32.max && fault[1] == UInt32(Segment.local) ? "in local memory" : "at offset \(fault[2]) in segment \(fault[1])"
        throw .kernelFault("kernel '\(op.kernel.name)': \(kind) \(place) by work-item \(fault[3])")
    }

    /// A direct GEMM kernel (one work-item per element of C): correct for every transpose,
    /// leading dimension, offset and alpha/beta; not yet tiled or tuned.
    static let gemmSource = """
        __kernel void conduit_sgemm(__global const float *A, const ulong aOffset, const int lda, const int transposeA,
                                    __global const float *B, const ulong bOffset, const int ldb, const int transposeB,
                                    __global float *C, const ulong cOffset, const int ldc,
                                    const int M, const int N, const int K, const float alpha, const float beta) {
            const int j = get_global_id(0), i = get_global_id(1);
            if (i >= M || j >= N) return;
            A += aOffset / 4; B += bOffset / 4; C += cOffset / 4;
            float sum = 0.0f;
            for (int p = 0; p < K; p++) {
                const float a = transposeA ? A[p * lda + i] : A[i * lda + p];
                const float b = transposeB ? B[j * ldb + p] : B[p * ldb + j];
                sum += a * b;
            }
            const float scaled = alpha * sum;
            C[i * ldc + j] = beta == 0.0f ? scaled : scaled + beta * C[i * ldc + j];
        }
        """

    func gemm(_ op: GEMMOperation) throws(BackendError) {
        guard op.m > 0, op.n > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        if let sgemm = CLBlast.sgemm {
            // CLBlast: offsets and leading dimensions count elements.
            var commandQueue: cl_command_queue? = queue
            let status = sgemm(
                101, op.transposeA ? 112 : 111, op.transposeB ? 112 : 111, op.m, op.n, op.k, op.alpha,
                cl(op.a).memory, op.aOffset / 4, op.lda, cl(op.b).memory, op.bOffset / 4, op.ldb, op.beta,
                cl(op.c).memory, op.cOffset / 4, op.ldc, &commandQueue, nil)
            if status == 0 {
                try finish()
                return
            }
            // A status CLBlast cannot handle on this device: fall back to Conduit's kernel.
        }
        let kernel = try kernel(source: Self.gemmSource, name: "conduit_sgemm")
        var a = KernelArguments(kernel)
        a.set(Optional(cl(op.a).memory)); a.set(UInt64(op.aOffset)); a.set(Int32(op.lda)); a.set(Int32(op.transposeA ? 1 : 0))
        a.set(Optional(cl(op.b).memory)); a.set(UInt64(op.bOffset)); a.set(Int32(op.ldb)); a.set(Int32(op.transposeB ? 1 : 0))
        a.set(Optional(cl(op.c).memory)); a.set(UInt64(op.cOffset)); a.set(Int32(op.ldc))
        a.set(Int32(op.m)); a.set(Int32(op.n)); a.set(Int32(op.k)); a.set(op.alpha); a.set(op.beta)
        try a.check()
        // Work-groups along the contiguous dimension of C, so drivers that vectorise across
        // work-items (PoCL) load B and store C in vectors.
        var global = [op.n, op.m]
        var local = [(1...min(64, op.n)).last { op.n % $0 == 0 } ?? 1, 1]
        let launched = clEnqueueNDRangeKernel(queue, kernel, 2, nil, &global, &local, 0, nil, nil)
        guard launched == CL_SUCCESS else { throw CL.Error(function: "clEnqueueNDRangeKernel", status: launched).backendError }
        try finish()
    }

    /// `clFinish`, checked (the caller holds the lock): a failure there means the work did not run.
    private func finish() throws(BackendError) {
        do { try CL.check(clFinish(queue), "clFinish") } catch { throw error.backendError }
    }
}

/// What an OpenCL device prepared for one kernel (kept in its `KernelState`): the built program
/// per variant of the emitted code, at most `variantLimit` of them, and the program's constants
/// uploaded once. Variants are owned here and released with the kernel (or when evicted), so a
/// client that dispatches one kernel in ever new shapes holds a bounded number of programs.
final class OpenCLKernelState: @unchecked Sendable {
    // SAFETY: used only with the owning device's lock held (deinit aside: nothing else holds it
    // then). OpenCL objects keep their context alive until they are released.
    private struct Variant: Hashable {
        var localBytes: Int
        var loopBudget: UInt64?
        var specialization: Specialization
    }
    private var kernels: [Variant: (program: cl_program, kernel: cl_kernel)] = [:]
    /// Variants from the least recently built: the first goes when a new one needs the room.
    private var builtOrder: [Variant] = []
    /// The variant the last dispatch used: a run of like dispatches skips hashing.
    private var last: (variant: Variant, kernel: cl_kernel)?
    private var constants: cl_mem?
    /// Programs one kernel keeps built at once (a build from the on-disk cache takes milliseconds).
    static let variantLimit = 8

    var variantCount: Int { kernels.count }

    deinit {
        for (program, kernel) in kernels.values { clReleaseKernel(kernel); clReleaseProgram(program) }
        if let constants { clReleaseMemObject(constants) }
    }

    /// The kernel for this dispatch's local memory size, watchdog budget, work-group size and
    /// `__local` arguments, emitted and built (by `build`) on first use. A driver cannot interrupt
    /// a running kernel, so the watchdog becomes a loop budget: one iteration per nanosecond of
    /// the limit.
    func kernel(for op: DispatchOperation, build: (String) throws(BackendError) -> (program: cl_program, kernel: cl_kernel))
        throws(BackendError) -> cl_kernel
    {
        let specialization = Specialization(kernel: op.kernel, arguments: op.arguments.bytes, localSize: [op.localSize.x, op.localSize.y, op.localSize.z])
        let variant = Variant(localBytes: op.arguments.localBytes, loopBudget: op.watchdog.limit?.wholeNanoseconds, specialization: specialization)
        if let last, last.variant == variant { return last.kernel }
        if let built = kernels[variant] {
            last = (variant, built.kernel)
            return built.kernel
        }
        let built = try build(
            Emitter.program(
                for: op.kernel, localBytes: variant.localBytes, loopBudget: variant.loopBudget,
                specialization: specialization))
        if kernels.count >= Self.variantLimit, let oldest = builtOrder.first, let evicted = kernels.removeValue(forKey: oldest) {
            builtOrder.removeFirst()
            clReleaseKernel(evicted.kernel)
            clReleaseProgram(evicted.program)
        }
        kernels[variant] = built
        builtOrder.append(variant)
        last = (variant, built.kernel)
        return built.kernel
    }

    /// The program's constants (16 zero bytes when it has none: OpenCL buffers are never empty).
    func constantsBuffer(_ bytes: [UInt8], context: cl_context) throws(BackendError) -> cl_mem {
        if let constants { return constants }
        let contents = bytes.isEmpty ? [UInt8](repeating: 0, count: 16) : bytes
        var status: cl_int = 0
        let memory = contents.withUnsafeBytes {
            clCreateBuffer(context, cl_mem_flags(CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR), $0.count, UnsafeMutableRawPointer(mutating: $0.baseAddress), &status)
        }
        guard let memory else { throw .outOfMemory(requestedBytes: contents.count) }
        constants = memory
        return memory
    }
}

/// Sets a kernel's arguments in order (clSetKernelArg), keeping the first failure.
struct KernelArguments {
    let kernel: cl_kernel
    private var index: cl_uint = 0
    private var status = CL_SUCCESS

    init(_ kernel: cl_kernel) { self.kernel = kernel }

    mutating func set<T: BitwiseCopyable>(_ value: T) {
        var copy = value
        if status == CL_SUCCESS { status = clSetKernelArg(kernel, index, MemoryLayout<T>.size, &copy) }
        index += 1
    }

    /// A pointer into a shared virtual memory allocation (clSetKernelArgSVMPointer).
    mutating func setSVM(_ pointer: UnsafeMutableRawPointer, with svm: SVM) {
        if status == CL_SUCCESS { status = svm.setKernelArgPointer(kernel, index, pointer) }
        index += 1
    }

    /// A `__local` argument of `bytes` bytes.
    mutating func setLocal(bytes: Int) {
        if status == CL_SUCCESS { status = clSetKernelArg(kernel, index, bytes, nil) }
        index += 1
    }

    func check() throws(BackendError) {
        guard status == CL_SUCCESS else { throw CL.Error(function: "clSetKernelArg", status: status).backendError }
    }
}
