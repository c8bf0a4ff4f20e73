import ConduitCPU
import ConduitKernel
import Testing

/// Compiles a kernel and runs it on the interpreter with host arrays: the CPU backend's view,
/// without the runtime or the host in between.
struct KernelHarness {
    enum Argument {
        case floats([Float])
        case ints([Int32])
        case bytes([UInt8])
        case value([UInt8])
        case local(Int)

        static func scalar<T: BitwiseCopyable>(_ value: T) -> Argument { .value(withUnsafeBytes(of: value) { Array($0) }) }
    }

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
            var bytes: [UInt8]?
            switch argument {
            case let .floats(v): bytes = v.withUnsafeBytes { Array($0) }
            case let .ints(v): bytes = v.withUnsafeBytes { Array($0) }
            case let .bytes(v): bytes = v
            case let .value(v): values[index] = v
            case let .local(size): locals[index] = size
            }
            if let bytes {
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
        try Interpreter.run(KernelDispatch(kernel: code, constants: module.constants, globalSize: pad(global), localSize: pad(local),
                                           buffers: buffers, arguments: block.bytes, localBytes: block.localBytes))
        return memories.mapValues { [UInt8](UnsafeRawBufferPointer($0)) }
    }
}

extension Array where Element == UInt8 {
    func `as`<T: BitwiseCopyable>(_ type: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count / MemoryLayout<T>.stride) { destination, initialized in
            initialized = count / MemoryLayout<T>.stride
            withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(destination).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<initialized * MemoryLayout<T>.stride]))
            }
        }
    }
}
