import COpenCL
import ConduitHAL
@testable import ConduitOpenCL
import Testing

/// Driver statuses become Conduit errors a client can act on.
@Suite struct DriverErrorTests {
    @Test(arguments: [CL_OUT_OF_RESOURCES, CL_MEM_OBJECT_ALLOCATION_FAILURE, CL_OUT_OF_HOST_MEMORY])
    func exhaustedResourcesAreOutOfResources(_ status: cl_int) {
        let error = CL.Error(function: "clEnqueueNDRangeKernel", status: status).backendError
        guard case let .outOfResources(message) = error else { Issue.record("\(error)"); return }
        #expect(message.contains(CL.statusName(status)) && message.contains("clEnqueueNDRangeKernel"))
    }

    @Test func aRefusedLaunchShapeIsUnavailable() {
        let error = CL.Error(function: "clEnqueueNDRangeKernel", status: CL_INVALID_WORK_GROUP_SIZE).backendError
        guard case let .unavailable(message) = error else { Issue.record("\(error)"); return }
        #expect(message.contains("CL_INVALID_WORK_GROUP_SIZE (-54)"))
    }

    @Test func anythingElseLosesTheDevice() {
        let error = CL.Error(function: "clFinish", status: CL_INVALID_COMMAND_QUEUE).backendError
        guard case let .deviceLost(message) = error else { Issue.record("\(error)"); return }
        #expect(message.contains("clFinish failed with CL_INVALID_COMMAND_QUEUE (-36)"))
    }
}
