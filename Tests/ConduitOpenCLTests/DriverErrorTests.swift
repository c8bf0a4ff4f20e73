import COpenCL
import ConduitHAL
@testable import ConduitOpenCL
import Testing

/// Driver statuses become Conduit errors a client can act on.
@Suite struct DriverErrorTests {
    @Test func exhaustedResourcesAreOutOfResources() {
        for (status, name) in [
            (CL_OUT_OF_RESOURCES, "CL_OUT_OF_RESOURCES (-5)"), (CL_MEM_OBJECT_ALLOCATION_FAILURE, "CL_MEM_OBJECT_ALLOCATION_FAILURE (-4)"),
            (CL_OUT_OF_HOST_MEMORY, "CL_OUT_OF_HOST_MEMORY (-6)")
        ] {
            let failure = CL.Error(function: "clEnqueueNDRangeKernel", status: status)
            #expect(failure.backendError == .outOfResources("the OpenCL driver ran out of resources: clEnqueueNDRangeKernel failed with \(name)"))
        }
    }

    @Test func aRefusedLaunchShapeIsUnavailable() {
        let failure = CL.Error(function: "clEnqueueNDRangeKernel", status: CL_INVALID_WORK_GROUP_SIZE)
        #expect(
            failure.backendError == .unavailable("the OpenCL driver refused the launch: clEnqueueNDRangeKernel failed with CL_INVALID_WORK_GROUP_SIZE (-54)"))
    }

    @Test func anythingElseLosesTheDevice() {
        let failure = CL.Error(function: "clFinish", status: CL_INVALID_COMMAND_QUEUE)
        #expect(failure.backendError == .deviceLost("clFinish failed with CL_INVALID_COMMAND_QUEUE (-36)"))
    }

    /// Transfers go through the checked door too: a status the driver returns is an error, never
    /// a transfer silently skipped (the host's validation keeps such ranges from reaching it).
    @Test(.enabled(if: ProgramCacheTests.hasOpenCL, "no OpenCL device"))
    func failedTransfersThrowTheDriversStatus() throws {
        let device = try OpenCLDevice(device: CL.devices()[0].device, description: OpenCLBackend().adapters[0])
        let buffer = try device.makeBuffer(length: 16)
        let write = #expect(throws: BackendError.self) { try device.write(buffer, offset: 64, bytes: [1, 2, 3, 4]) }
        #expect("\(write.map { "\($0)" } ?? "")".contains("clEnqueueWriteBuffer failed with CL_INVALID_VALUE"))
        let read = #expect(throws: BackendError.self) { _ = try device.read(buffer, offset: 8, length: 16) }
        #expect("\(read.map { "\($0)" } ?? "")".contains("clEnqueueReadBuffer failed with CL_INVALID_VALUE"))
        #expect(throws: BackendError.self) { try device.fill(buffer, offset: 12, length: 8, pattern: [0, 0, 0, 0]) }
        #expect(try device.read(buffer, offset: 0, length: 16) == [UInt8](repeating: 0, count: 16), "nothing was written")
    }
}
