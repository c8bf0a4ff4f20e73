import ConduitHAL
import ConduitKernel
import Testing
@testable import ConduitOpenCL

/// A kernel is built per dispatch specialisation (work-group size, `__local` sizes): one kernel
/// dispatched in ever new shapes keeps at most `variantLimit` programs, and every shape, evicted
/// or not, still computes the right result.
@Suite(.enabled(if: ProgramCacheTests.hasOpenCL, "no OpenCL device"))
struct KernelVariantTests {
    static let source = """
        __kernel void reverse(__global int *out, __local int *tile) {
            const int lid = get_local_id(0), size = get_local_size(0);
            tile[lid] = get_global_id(0);
            barrier(CLK_LOCAL_MEM_FENCE);
            out[get_global_id(0)] = tile[size - 1 - lid];
        }
        """

    @Test func variantsStayBoundedAndEachComputesItsShape() throws {
        let device = try OpenCLDevice(device: CL.devices()[0].device, description: OpenCLBackend().adapters[0])
        let kernel = try Compiler.compile(source: Self.source).kernels[0]
        let state = KernelState()
        let out = try device.makeBuffer(length: 64 * 4)
        // Work-group sizes dividing 64, each with two local sizes: 14 shapes.
        let shapes = [1, 2, 4, 8, 16, 32, 64].flatMap { [($0, $0 * 4), ($0, $0 * 4 + 64)] }
        for (group, localBytes) in shapes + shapes.prefix(2) {
            let arguments = ArgumentBlock(kernel: kernel, values: [:], localSizes: [1: localBytes])
            try device.dispatch(
                DispatchOperation(
                    kernel: kernel, constants: [], globalSize: [64, 1, 1], localSize: [group, 1, 1],
                    globalOffset: [0, 0, 0], buffers: [(out, 0), nil], arguments: arguments, state: state))
            let result = try device.read(out, offset: 0, length: 64 * 4).withUnsafeBytes { Array($0.bindMemory(to: Int32.self)) }
            let expected = (0..<64).map { Int32($0 / group * group + group - 1 - $0 % group) }
            #expect(result == expected, "work-group \(group), \(localBytes) local bytes")
        }
        let prepared = try state.value { OpenCLKernelState() }
        #expect(prepared.variantCount == OpenCLKernelState.variantLimit)
    }
}
