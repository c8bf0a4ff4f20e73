/// Calls as the backends see them: where each function's register window starts, which of its
/// registers start at 0 at every call, and the kernel with every call replaced by the function's
/// body (what the interpreter runs; the OpenCL emitter prints functions as functions instead).
extension KernelCode {
    /// Where function `i`'s window starts in each register file.
    public var functionWindows: [(r32: Range<Int>, r64: Range<Int>)] {
        var at32 = bodyRegisters32, at64 = bodyRegisters64
        return functions.map { f in
            defer { at32 += f.registers32; at64 += f.registers64 }
            return (at32..<at32 + f.registers32, at64..<at64 + f.registers64)
        }
    }

    /// The kernel with each call replaced by its function's body: the arguments moved into the
    /// parameters, the registers some path reads before writing set to 0 (as each call of the
    /// emitted C function starts them), the body, and the results moved out. Windows do not
    /// overlap and functions do not recurse, so no renaming is needed. The verifier bounds the
    /// size of the result (`Verifier.Limits.maxExpandedInstructions`).
    public func flattened() -> KernelCode {
        guard !functions.isEmpty else { return self }
        var bodies: [[Instruction]] = []
        for f in functions { bodies.append(expand(f.instructions, bodies)) }
        var flat = self
        flat.instructions = expand(instructions, bodies)
        flat.functions = []
        return flat
    }

    private func expand(_ code: [Instruction], _ bodies: [[Instruction]]) -> [Instruction] {
        var out: [Instruction] = []
        var arguments: [Instruction] = []
        var results: [FunctionRegister] = []
        for i in code {
            switch i.opcode {
            case .callArg32, .callArg64: arguments.append(i)
            case .call:
                let f = functions[Int(i.a)]
                for (argument, parameter) in zip(arguments, f.parameters) {
                    out.append(Instruction(parameter.wide ? .mov64 : .mov32, parameter.index, argument.a))
                }
                arguments = []
                let zeroed = f.registersReadBeforeWritten
                out += zeroed.r32.sorted().map { Instruction(.const32, $0, 0) }
                out += zeroed.r64.sorted().map { Instruction(.const64, $0, 0, 0) }
                out += bodies[Int(i.a)]
                results = f.results.reversed()
            case .callResult32, .callResult64:
                guard let result = results.popLast() else { continue }  // the verifier matched the counts
                out.append(Instruction(result.wide ? .mov64 : .mov32, i.a, result.index))
            default: out.append(i)
            }
        }
        return out
    }
}

extension FunctionCode {
    /// The registers other than parameters that some path of the body reads before writing,
    /// counting each result as read at the end: each call starts them at 0.
    public var registersReadBeforeWritten: (r32: Set<UInt32>, r64: Set<UInt32>) {
        let tail = results.map { Instruction($0.wide ? .callArg64 : .callArg32, $0.index) }
        let reads = UninitializedReads(instructions + tail)
        let p32 = Set(parameters.filter { !$0.wide }.map(\.index)), p64 = Set(parameters.filter(\.wide).map(\.index))
        return (reads.registers32.subtracting(p32), reads.registers64.subtracting(p64))
    }
}
