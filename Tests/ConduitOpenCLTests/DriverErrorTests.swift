import COpenCL
import ConduitHAL
@testable import ConduitOpenCL
import Testing

/// Driver statuses become Conduit errors a client can act on.
@Suite struct DriverErrorTests {
    @Test func exhaustedResourcesAreOutOfResources() {
        for (status, name) in [(CL_OUT_OF_RESOURCES, "CL_OUT_OF_RESOURCES (-5)"), (CL_MEM_OBJECT_ALLOCATION_FAILURE, "CL_MEM_OBJECT_ALLOCATION_FAILURE (-4)"),
                               (CL_OUT_OF_HOST_MEMORY, "CL_OUT_OF_HOST_MEMORY (-6)")] {
            let failure = CL.Error(function: "clEnqueueNDRangeKernel", status: status)
            #expect(failure.backendError == .outOfResources("the OpenCL driver ran out of resources: clEnqueueNDRangeKernel failed with \(name)"))
        }
    }

    @Test func aRefusedLaunchShapeIsUnavailable() {
        let failure = CL.Error(function: "clEnqueueNDRangeKernel", status: CL_INVALID_WORK_GROUP_SIZE)
        #expect(failure.backendError == .unavailable("the OpenCL driver refused the launch: clEnqueueNDRangeKernel failed with CL_INVALID_WORK_GROUP_SIZE (-54)"))
    }

    @Test func anythingElseLosesTheDevice() {
        let failure = CL.Error(function: "clFinish", status: CL_INVALID_COMMAND_QUEUE)
        #expect(failure.backendError == .deviceLost("clFinish failed with CL_INVALID_COMMAND_QUEUE (-36)"))
    }
}
