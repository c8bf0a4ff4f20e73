import Conduit
import Testing

/// Kernels at and past the parameter limit (OpenCL's 1024-byte CL_DEVICE_MAX_PARAMETER_SIZE
/// holds 128 pointers). Found by the OpenCL CTS (api/get_kernel_arg_info): a 127-parameter kernel
/// compiled in the client, the host's verifier rejected it, and the client lost its device.
@Suite struct KernelLimitsTests {
    static func source(buffers: Int) -> String {
        let parameters = (0..<buffers).map { "__global int *p\($0)" }.joined(separator: ", ")
        let body = (1..<buffers).map { "p0[0] += p\($0)[0];" }.joined(separator: " ")
        return "__kernel void many(\(parameters)) { \(body) }"
    }

    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func aKernelWith128BuffersRuns(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let kernel = try device.makeLibrary(source: Self.source(buffers: 128)).makeKernel(named: "many")
        let buffers = try (0..<128).map { try device.makeBuffer(array: [Int32($0)]) }
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: buffers.map { .buffer($0) }, globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try buffers[0].read(as: Int32.self) == [Int32((0..<128).reduce(0, +))])
    }

    /// One past the limit fails to compile, and the device goes on working.
    @Test func aKernelWith129ParametersIsACompileErrorNotALostDevice() throws {
        let (_, device) = try makeCPUDevice()
        #expect(throws: ConduitError.self) { try device.makeLibrary(source: Self.source(buffers: 129)) }
        do {
            _ = try device.makeLibrary(source: Self.source(buffers: 129))
        } catch {
            #expect(error.code == .compileFailed)
            #expect(error.message.contains("129 parameters"), "\(error.message)")
        }
        let buffer = try device.makeBuffer(array: [Int32(5)])
        let kernel = try device.makeLibrary(source: "__kernel void k(__global int *a) { a[0] *= 3; }").makeKernel(named: "k")
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try buffer.read(as: Int32.self) == [15])
    }
}
