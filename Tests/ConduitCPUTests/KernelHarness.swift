import ConduitCPU
import ConduitKernel
@_exported import ConduitTestSupport
import Testing

/// Compiles a kernel and runs it on the interpreter with host arrays: the CPU backend's view,
/// without the runtime or the host in between.
struct KernelHarness {
    typealias Argument = KernelInput

    let module: BytecodeModule

    init(_ source: String, options: String = "") throws {
        module = try Compiler.compile(source: source, fileName: "test.cl", options: try CompileOptions(parsing: options))
    }

    /// Runs `kernel`; returns every buffer argument's bytes afterwards, by argument index.
    func run(_ kernel: String, _ arguments: [Argument], global: [Int], local: [Int]) throws -> [Int: [UInt8]] {
        let code = try #require(module.kernel(named: kernel))
        var memories: [Int: UnsafeMutableRawBufferPointer] = [:]
        defer { memories.values.forEach { $0.deallocate() } }
        var values: [Int: [UInt8]] = [:], locals: [Int: Int] = [:]
        var buffers: [(base: UnsafeMutableRawPointer, length: Int, writable: Bool)?] = []
        for (index, argument) in arguments.enumerated() {
            switch argument {
            case let .value(v): values[index] = v
            case let .local(size): locals[index] = size
            default: break
            }
            if let bytes = argument.bufferBytes {
                let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
                bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
                memories[index] = memory
                buffers.append((memory.baseAddress!, bytes.count, true))
            } else {
                buffers.append(nil)
            }
        }
        let block = ArgumentBlock(kernel: code, values: values, localSizes: locals)
        let pad = { (s: [Int]) in s + Array(repeating: 1, count: 3 - s.count) }
        try Interpreter.run(
            KernelDispatch(
                kernel: code, constants: module.constants, globalSize: pad(global), localSize: pad(local),
                buffers: buffers, arguments: block.bytes, localBytes: block.localBytes))
        return memories.mapValues { [UInt8](UnsafeRawBufferPointer($0)) }
    }
}
