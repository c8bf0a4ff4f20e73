import ConduitKernel

/// What every dispatch of a kernel shares: its instructions, the matching `end` (and `else`) of
/// each structured construct, its deepest nesting, and its constant data. Made once per kernel
/// (the host keeps it in the kernel's `KernelState`) instead of once per dispatch.
package final class PreparedKernel: @unchecked Sendable {
    let name: String
    /// The instructions (allocated with room for at least one, so `count` is not the length).
    let code: UnsafeMutableBufferPointer<Instruction>
    let instructionCount: Int
    /// For if/else/loop/block: the index of the matching `end`; for `if`, `elseAt` has its `else` or -1.
    let endAt: UnsafeMutableBufferPointer<Int32>
    let elseAt: UnsafeMutableBufferPointer<Int32>
    /// The deepest nesting of structured constructs.
    let depth: Int
    let constants: UnsafeMutableRawPointer
    let constantBytes: Int

    package init(_ source: KernelCode, constants bytes: [UInt8]) {
        // Calls run as their functions' bodies, expanded once here (KernelCode.flattened).
        let kernel = source.flattened()
        name = kernel.name
        let n = kernel.instructions.count
        instructionCount = n
        code = .allocate(capacity: max(n, 1))
        _ = code.initialize(from: kernel.instructions)
        endAt = .allocate(capacity: max(n, 1)); endAt.initialize(repeating: -1)
        elseAt = .allocate(capacity: max(n, 1)); elseAt.initialize(repeating: -1)
        var open: [Int] = []
        var depth = 0
        for (index, instruction) in kernel.instructions.enumerated() {
            switch instruction.opcode {
            case .ifTrue, .loop, .block: open.append(index); depth = max(depth, open.count)
            case .orElse: elseAt[open.last!] = Int32(index)
            case .end: endAt[open.removeLast()] = Int32(index)
            default: break
            }
        }
        for index in 0..<n where kernel.instructions[index].opcode == .orElse {
            // An else's end is its if's end.
            var j = index - 1
            while j >= 0 && elseAt[j] != Int32(index) { j -= 1 }
            endAt[index] = endAt[j]
        }
        self.depth = depth
        constantBytes = bytes.count
        constants = .allocate(byteCount: max(bytes.count, 16), alignment: 16)
        bytes.withUnsafeBytes { if let base = $0.baseAddress { constants.copyMemory(from: base, byteCount: bytes.count) } }
    }

    deinit {
        code.deallocate(); endAt.deallocate(); elseAt.deallocate(); constants.deallocate()
    }
}
