import ConduitHAL
import ConduitKernel
import Testing
@testable import ConduitOpenCL

/// A kernel that computes in double reaches a driver only where the device has `cl_khr_fp64`;
/// elsewhere its dispatch fails with an error that names the kernel and the adapter.
@Suite(.enabled(if: ProgramCacheTests.hasOpenCL, "no OpenCL device"))
struct DoublePrecisionDeviceTests {
    static let source = "__kernel void twice(__global double *x) { x[get_global_id(0)] *= 2.0; }"

    func dispatch(on device: OpenCLDevice) throws(BackendError) -> [Double] {
        let kernel = try! Compiler.compile(source: Self.source).kernels[0]
        let buffer = try device.makeBuffer(length: 32)
        try device.write(buffer, offset: 0, bytes: [1.5, -2.0, 0.1, 3.0].withUnsafeBytes { ArraySlice($0) })
        try device.dispatch(
            DispatchOperation(
                kernel: kernel, constants: [], globalSize: [4, 1, 1], localSize: [4, 1, 1],
                globalOffset: [0, 0, 0], buffers: [(buffer, 0)],
                arguments: ArgumentBlock(kernel: kernel, values: [:], localSizes: [:]), state: KernelState()))
        return try device.read(buffer, offset: 0, length: 32).withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
    }

    @Test func aDeviceWithFP64RunsItAndOneWithoutRefusesByName() throws {
        let backend = OpenCLBackend()
        var description = backend.adapters[0]
        #expect(description.supportsDoublePrecision, "PoCL's CPU device has cl_khr_fp64")
        let capable = try OpenCLDevice(device: CL.devices()[0].device, description: description)
        #expect(try dispatch(on: capable) == [3.0, -4.0, 0.2, 6.0])
        // The same device described as one without fp64 (as many GPUs are).
        description.supportsDoublePrecision = false
        let without = try OpenCLDevice(device: CL.devices()[0].device, description: description)
        let error = #expect(throws: BackendError.self) { try dispatch(on: without) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("kernel 'twice' computes in double precision"))
    }
}
