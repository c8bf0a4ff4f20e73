/// Prints a module as readable text: one instruction per line, indented by control flow.
public enum Disassembler {
    public static func text(_ module: BytecodeModule) -> String {
        var out = "; Conduit bytecode v\(BytecodeModule.version), \(module.kernels.count) kernel(s), \(module.constants.count) bytes of constants\n"
        for kernel in module.kernels {
            out += "\n" + text(kernel)
        }
        return out
    }

    public static func text(_ k: KernelCode) -> String {
        var out = "kernel \(k.name)("
        out += k.parameters.map { p in
            let where_ = p.kind == .value ? " @args+\(p.argumentOffset)" : p.kind == .local ? " @args+\(p.argumentOffset)" : ""
            return "\(p.typeName) \(p.name)\(where_)"
        }.joined(separator: ", ")
        out += ")\n"
        out +=
            "  ; r32: \(k.registers32), r64: \(k.registers64), private: \(k.privateBytesPerItem) B/item, local: \(k.staticLocalBytes) B, args: \(k.argumentBytes) B"
        if let size = k.requiredWorkGroupSize { out += ", reqd_work_group_size(\(size.map(String.init).joined(separator: ", ")))" }
        out += "\n" + body(k.instructions)
        for (index, (f, window)) in zip(k.functions, k.functionWindows).enumerated() {
            func names(_ list: [FunctionRegister]) -> String { list.map { $0.wide ? "q\($0.index)" : "r\($0.index)" }.joined(separator: ", ") }
            out += "function \(index)(\(names(f.parameters))) -> (\(names(f.results)))\n"
            out += "  ; r\(window.r32.lowerBound)..<\(window.r32.upperBound), q\(window.r64.lowerBound)..<\(window.r64.upperBound)\n"
            out += body(f.instructions)
        }
        return out
    }

    static func body(_ code: [Instruction]) -> String {
        var out = ""
        var depth = 1
        for i in code {
            if i.opcode == .end || i.opcode == .orElse { depth -= 1 }
            out += String(repeating: "  ", count: max(depth, 1)) + line(i) + "\n"
            if [.ifTrue, .orElse, .loop, .block].contains(i.opcode) { depth += 1 }
        }
        return out
    }

    static func line(_ i: Instruction) -> String {
        let kinds = i.opcode.operands
        var operands: [String] = []
        for (slot, kind) in zip(i.slots, [kinds.0, kinds.1, kinds.2, kinds.3]) {
            switch kind {
            case .r32: operands.append("r\(slot)")
            case .r64: operands.append("q\(slot)")
            case .immediate: operands.append("\(slot)")
            case .none: break
            }
        }
        switch i.opcode {
        case .const32:
            return "const32 r\(i.a), \(Int32(bitPattern: i.b))  ; \(Float(bitPattern: i.b))"
        case .const64:
            let value = UInt64(i.c) << 32 | UInt64(i.b)
            let segment = value >> Segment.shift
            let note = segment == 0 ? "" : "  ; segment 0x\(String(segment, radix: 16)) + \(value & Segment.offsetMask)"
            return "const64 q\(i.a), \(Int64(bitPattern: value))\(note)"
        case .workItem:
            let query = WorkItemQuery(rawValue: i.b)?.builtinName ?? "?"
            return "q\(i.a) = \(query)(\(i.c))"
        case .ld8s, .ld8u, .ld16s, .ld16u, .ld32, .ld64:
            return "\(i.opcode.mnemonic) \(operands[0]), [\(operands[1]) + \(i.c)]"
        case .st8, .st16, .st32, .st64:
            return "\(i.opcode.mnemonic) [\(operands[0]) + \(i.c)], \(operands[1])"
        default:
            return operands.isEmpty ? i.opcode.mnemonic : "\(i.opcode.mnemonic) \(operands.joined(separator: ", "))"
        }
    }
}
