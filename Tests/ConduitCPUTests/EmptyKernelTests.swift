import ConduitCPU
import ConduitHAL
import ConduitKernel
import Testing

/// Found by `conduit fuzz bytecode`: a kernel with no instructions made the interpreter execute
/// one uninitialised instruction slot.
@Suite struct EmptyKernelTests {
    @Test func aKernelWithNoInstructionsRunsAndDoesNothing() throws {
        let kernel = KernelCode(
            name: "empty", parameters: [], argumentBytes: 0, registers32: 9, registers64: 15,
            privateBytesPerItem: 0, staticLocalBytes: 0, requiredWorkGroupSize: nil, instructions: [])
        try Verifier.verify(BytecodeModule(kernels: [kernel], constants: []))
        try Interpreter.run(
            KernelDispatch(
                kernel: kernel, constants: [], globalSize: [64, 1, 1], localSize: [16, 1, 1],
                buffers: [], arguments: [], localBytes: 0))
    }
}
