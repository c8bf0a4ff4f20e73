import ConduitHAL
import ConduitKernel
import Testing
@testable import ConduitOpenCL

/// Local memory of a known segment is clamped, not branched around: an access past the end stays
/// in the group's own allocation and still fails the dispatch; accesses in range are untouched.
@Suite(.enabled(if: ProgramCacheTests.hasOpenCL, "no OpenCL device"))
struct LocalMemoryFaultTests {
    static let source = """
        __kernel void shift(__global int *out, __local int *tile, const int by) {
            const int lid = get_local_id(0);
            tile[lid] = lid * 10;
            barrier(CLK_LOCAL_MEM_FENCE);
            out[get_global_id(0)] = tile[(lid + by) % 64 + (by > 64 ? by : 0)];
        }
        """

    func run(by: Int32) throws(BackendError) -> [Int32] {
        let device = try! OpenCLDevice(device: CL.devices()[0].device, description: OpenCLBackend().adapters[0])
        let kernel = try! Compiler.compile(source: Self.source).kernels[0]
        let out = try device.makeBuffer(length: 64 * 4)
        let arguments = ArgumentBlock(kernel: kernel, values: [2: withUnsafeBytes(of: by) { Array($0) }], localSizes: [1: 64 * 4])
        try device.dispatch(
            DispatchOperation(
                kernel: kernel, constants: [], globalSize: [64, 1, 1], localSize: [64, 1, 1], globalOffset: [0, 0, 0],
                buffers: [(out, 0), nil, nil], arguments: arguments))
        return try device.read(out, offset: 0, length: 64 * 4).withUnsafeBytes { Array($0.bindMemory(to: Int32.self)) }
    }

    @Test func inRangeReadsSeeTheTile() throws {
        #expect(try run(by: 1) == (0..<64).map { Int32(($0 + 1) % 64 * 10) })
    }

    @Test func pastTheEndFaultsInLocalMemory() {
        do {
            _ = try run(by: 1000)
            Issue.record("reading local memory past its end did not fault")
        } catch {
            #expect(error.description.contains("out-of-bounds access in local memory"), "\(error)")
        }
    }
}
