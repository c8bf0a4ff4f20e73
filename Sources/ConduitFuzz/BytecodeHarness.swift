import ConduitCPU
import ConduitHAL
import ConduitKernel

/// Decodes and verifies (possibly hostile) bytecode and runs every kernel that passes on the CPU
/// interpreter: one small group, 4 KiB buffers, a 50 ms watchdog. Each such kernel is also
/// translated to OpenCL C as an OpenCL adapter would (range analysis included), which needs no
/// driver: the translation must not trap on anything the verifier lets through.
package enum BytecodeHarness {
    static func execute(_ input: [UInt8]) -> FuzzTarget.Outcome {
        let module: BytecodeModule
        do {
            module = try BytecodeModule(serialized: input)
            try Verifier.verify(module)
        } catch {
            return .rejected
        }
        var outcome = FuzzTarget.Outcome.accepted
        for kernel in module.kernels {
            switch run(kernel, constants: module.constants) {
            case .faulted: outcome = .faulted
            case .rejected where outcome == .accepted: outcome = .rejected
            default: break
            }
        }
        return outcome
    }

    /// Runs a verified kernel over one small group; `.rejected` when no launch shape fits it.
    package static func run(_ kernel: KernelCode, constants: [UInt8], limit: Duration = .milliseconds(50)) -> FuzzTarget.Outcome {
        let limits = DispatchRules.Limits(maxWorkGroupSize: 1024, maxWorkGroupSizes: [1024, 1024, 64], maxLocalMemory: 64 << 10)
        var shapes: [ArgumentShape] = [], values: [Int: [UInt8]] = [:], locals: [Int: Int] = [:]
        var memories: [UnsafeMutableRawBufferPointer] = []
        defer { memories.forEach { $0.deallocate() } }
        var buffers: [(base: UnsafeMutableRawPointer, length: Int, writable: Bool)?] = []
        for (index, parameter) in kernel.parameters.enumerated() {
            switch parameter.kind {
            case .buffer:
                let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 16)
                memory.initializeMemory(as: UInt8.self, repeating: 1)
                memories.append(memory)
                buffers.append((memory.baseAddress!, 4096, !parameter.isReadOnly))
                shapes.append(.buffer)
            case .value:
                values[index] = [UInt8](repeating: 3, count: parameter.size)
                buffers.append(nil)
                shapes.append(.value(size: parameter.size))
            case .local:
                locals[index] = 256
                buffers.append(nil)
                shapes.append(.local(size: 256))
            }
        }
        let global = kernel.requiredWorkGroupSize ?? [16, 1, 1]
        guard let local = try? DispatchRules.check(kernel: kernel, global: global, local: nil, arguments: shapes, limits: limits) else {
            return .rejected
        }
        let block = ArgumentBlock(kernel: kernel, values: values, localSizes: locals)
        _ = Emitter.program(
            for: kernel, localBytes: block.localBytes, loopBudget: 50_000_000,
            specialization: Specialization(kernel: kernel, arguments: block.bytes, localSize: local))
        do {
            try Interpreter.run(
                KernelDispatch(
                    kernel: kernel, constants: constants, globalSize: global, localSize: local,
                    buffers: buffers, arguments: block.bytes, localBytes: block.localBytes),
                cancellation: DispatchWatchdog(limit: limit))
            return .accepted
        } catch {
            return .faulted
        }
    }
}
