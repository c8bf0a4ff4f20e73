import ConduitHAL
import ConduitKernel
import Testing
@testable import ConduitOpenCL

/// Every dispatch reaches the driver as a three-dimensional range, so the driver's own
/// `get_work_dim()` would say 3 for a one-dimensional launch; the adapter answers what the
/// interpreter answers (the CTS's `work_item_functions` found the 3).
@Suite(.enabled(if: ProgramCacheTests.hasOpenCL, "no OpenCL device"))
struct WorkDimTests {
    static let source = """
        __kernel void dims(__global uint *out) {
            const size_t i = get_global_id(0) + get_global_size(0) * (get_global_id(1) + get_global_size(1) * get_global_id(2));
            out[i] = get_work_dim();
        }
        """

    static let shapes: [([Int], UInt32)] = [([8, 1, 1], 1), ([4, 2, 1], 2), ([2, 2, 2], 3), ([1, 8, 1], 2), ([1, 1, 8], 3)]

    @Test(arguments: shapes)
    func workDimFollowsTheLaunchedShape(shape: [Int], dimensions: UInt32) throws {
        let device = try OpenCLDevice(device: CL.devices()[0].device, description: OpenCLBackend().adapters[0])
        let kernel = try Compiler.compile(source: Self.source).kernels[0]
        let out = try device.makeBuffer(length: 8 * 4)
        try device.dispatch(
            DispatchOperation(
                kernel: kernel, constants: [], globalSize: SIMD3(shape[0], shape[1], shape[2]), localSize: [1, 1, 1], globalOffset: [0, 0, 0],
                buffers: [(out, 0)], arguments: ArgumentBlock(kernel: kernel, values: [:], localSizes: [:]),
                state: KernelState()))
        let result = try device.read(out, offset: 0, length: 8 * 4).withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
        #expect(result == Array(repeating: dimensions, count: 8), "shape \(shape)")
    }
}
