import COpenCL
import ConduitHAL
#if canImport(Glibc)
    import Glibc
#endif

/// The control block of the dispatch in flight: 4 fault words, then its argument block (the
/// verifier caps argument blocks at 4 KiB). The emitted kernel reads its arguments there and
/// records its first fault there.
///
/// Where the device shares fine-grained SVM buffers with the host (PoCL, most integrated GPUs),
/// the block is one such allocation: the host writes the arguments and reads the fault words in
/// place, so a dispatch is a single command, like a direct `clEnqueueNDRangeKernel` + `clFinish`.
/// Elsewhere it is a buffer: a write before the launch (skipped when the buffer already holds these
/// arguments) and a blocking read of the fault words after it, two more commands per dispatch.
///
/// Used only under the owning device's lock, one dispatch at a time.
final class ControlBlock {
    static let capacity = 16 + 4096

    private enum Storage {
        /// Fine-grained SVM: coherent with the host at every synchronisation point (the launch, clFinish).
        case shared(UnsafeMutableRawPointer, SVM)
        /// A device buffer, and the argument block it holds after zeroed fault words, when known.
        case buffer(cl_mem, holding: [UInt8]?)
    }

    private let context: cl_context
    private var storage: Storage
    private var completion = CompletionWait()

    /// - Parameter allowShared: false keeps to the buffer path even where SVM would do (tests).
    init(context: cl_context, device: cl_device_id, allowShared: Bool = true) throws(CL.Error) {
        self.context = context
        if allowShared, let svm = SVM.functions, SVM.supportsFineGrainedBuffers(device),
            let pointer = svm.alloc(context, SVM.fineGrainBuffer | cl_bitfield(CL_MEM_READ_WRITE), Self.capacity, 0)
        {
            storage = .shared(pointer, svm)
            return
        }
        var status: cl_int = 0
        guard let memory = clCreateBuffer(context, cl_mem_flags(CL_MEM_READ_WRITE), Self.capacity, nil, &status) else {
            throw CL.Error(function: "clCreateBuffer", status: status)
        }
        storage = .buffer(memory, holding: nil)
    }

    deinit {
        switch storage {
        case let .shared(pointer, svm): svm.free(context, pointer)
        case let .buffer(memory, _): clReleaseMemObject(memory)
        }
    }

    /// Whether the block lives in shared virtual memory (one command per dispatch).
    var isShared: Bool {
        if case .shared = storage { return true }
        return false
    }

    /// Zeroes the fault words and stores `arguments` after them, before the launch.
    func stage(_ arguments: [UInt8], on queue: cl_command_queue) throws(CL.Error) {
        switch storage {
        case let .shared(pointer, _):
            memset(pointer, 0, 16)
            arguments.withUnsafeBytes { if let base = $0.baseAddress { (pointer + 16).copyMemory(from: base, byteCount: $0.count) } }
        case let .buffer(memory, holding):
            if holding != arguments {
                // Blocking: `control` is freed when this scope ends, and a non-blocking write may
                // read it later (it once did, and the kernel ran with another allocation's bytes as
                // its arguments). The queue is idle here (`faults` waited for the last dispatch),
                // so the wait is only the copy.
                let control = [UInt8](repeating: 0, count: 16) + arguments
                let status = control.withUnsafeBytes { clEnqueueWriteBuffer(queue, memory, cl_bool(CL_TRUE), 0, $0.count, $0.baseAddress, 0, nil, nil) }
                try CL.check(status, "clEnqueueWriteBuffer (arguments)")
            }
            storage = .buffer(memory, holding: nil)  // unknown until the fault words read back as zero
        }
    }

    /// Passes the block as the kernel argument at the current position.
    func bind(_ arguments: inout KernelArguments) {
        switch storage {
        case let .shared(pointer, svm): arguments.setSVM(pointer, with: svm)
        case let .buffer(memory, _): arguments.set(Optional(memory))
        }
    }

    /// Waits for the launch (`launch`, its event) and returns the 4 fault words. A kernel's own
    /// failure (CL_OUT_OF_RESOURCES after a crash, a lost device) surfaces here as the driver's status.
    func faults(after launch: cl_event, on queue: cl_command_queue, arguments: [UInt8]) throws(CL.Error) -> SIMD4<UInt32> {
        var words = SIMD4<UInt32>()
        switch storage {
        case let .shared(pointer, _):
            let status = try completion.wait(for: launch, on: queue)
            guard status >= 0 else { throw CL.Error(function: "the kernel", status: status) }
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(start: pointer, count: 16)) }
        case let .buffer(memory, _):
            let status = withUnsafeMutableBytes(of: &words) { clEnqueueReadBuffer(queue, memory, cl_bool(CL_TRUE), 0, 16, $0.baseAddress, 0, nil, nil) }
            try CL.check(status, "clEnqueueReadBuffer (after the kernel)")
            if words[0] == 0 { storage = .buffer(memory, holding: arguments) }
        }
        return words
    }
}

/// OpenCL 2.0's shared virtual memory entry points, looked up at run time: the C declarations
/// are compiled for OpenCL 1.2, and an older ICD loader may lack them (then no device uses SVM).
struct SVM {
    typealias Alloc = @convention(c) (cl_context?, cl_bitfield, Int, cl_uint) -> UnsafeMutableRawPointer?
    typealias Free = @convention(c) (cl_context?, UnsafeMutableRawPointer?) -> Void
    typealias SetKernelArgPointer = @convention(c) (cl_kernel?, cl_uint, UnsafeRawPointer?) -> cl_int

    let alloc: Alloc
    let free: Free
    let setKernelArgPointer: SetKernelArgPointer

    /// CL_MEM_SVM_FINE_GRAIN_BUFFER, CL_DEVICE_SVM_CAPABILITIES, CL_DEVICE_SVM_FINE_GRAIN_BUFFER (cl.h, OpenCL 2.0).
    static let fineGrainBuffer: cl_bitfield = 1 << 10
    static let deviceCapabilities: cl_device_info = 0x1053
    static let deviceFineGrainBuffer: cl_bitfield = 1 << 1

    static let functions: SVM? = {
        guard let alloc = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "clSVMAlloc"),
            let free = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "clSVMFree"),
            let set = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "clSetKernelArgSVMPointer")
        else { return nil }
        return SVM(
            alloc: unsafeBitCast(alloc, to: Alloc.self), free: unsafeBitCast(free, to: Free.self),
            setKernelArgPointer: unsafeBitCast(set, to: SetKernelArgPointer.self))
    }()

    /// A 1.x device answers the query with an error: no SVM.
    static func supportsFineGrainedBuffers(_ device: cl_device_id) -> Bool {
        var capabilities: cl_bitfield = 0
        guard clGetDeviceInfo(device, deviceCapabilities, MemoryLayout<cl_bitfield>.size, &capabilities, nil) == CL_SUCCESS else { return false }
        return capabilities & deviceFineGrainBuffer != 0
    }
}
