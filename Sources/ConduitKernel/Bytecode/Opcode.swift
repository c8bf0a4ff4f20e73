/// What each operand slot of an instruction holds.
public enum OperandKind: Sendable {
    case none
    /// A 32-bit register (float, int and narrower, bool).
    case r32
    /// A 64-bit register (long, size_t, pointers).
    case r64
    /// An immediate 32-bit value.
    case immediate
}

/// Conduit bytecode operations. Register-based; control flow is structured (if/else/end,
/// loop/end, block/end, break N), so lanes can run under masks and emitters can print C.
public enum Opcode: UInt16, CaseIterable, Sendable {
    // Constants and moves
    case const32 = 1, const64, mov32, mov64, select32, select64
    // f32 binary
    case fadd = 16, fsub, fmul, fdiv, fmin, fmax, fpow, fmod, fatan2, fhypot, fcopysign
    // (and in the range's last slots: three more binary ones and a unary one, log1p)
    case fdim, fremainder, fmaxmag, fminmag, flog1p
    // f32 fused / unary
    case ffma = 32, fneg, fabs, fsqrt, frsqrt, fexp, fexp2, flog, flog2, flog10, fsin, fcos, ftan
    case fasin, facos, fatan, ftanh, fsinh, fcosh, ffloor, fceil, fround, ftrunc, frint, frecip
    case fisnan, fisinf, facosh, fasinh, fatanh, fcbrt, fexpm1
    // f32 compare (0/1 in an r32)
    case feq = 64, fne, flt, fle, fgt, fge
    // f32 math in the compare range's free slots: the π-scaled trigonometry, lgamma, rootn (an
    // int exponent in c) and remquo's quotient (an int: the sign of x/y and its low 7 bits)
    case facospi = 70, fasinpi, fatanpi, fcospi, fsinpi, ftanpi, flgamma, fatan2pi, frootn, fremquo
    // i32
    case add32 = 80, sub32, mul32, divs32, divu32, rems32, remu32, and32, or32, xor32
    case shl32, shrs32, shru32, mins32, minu32, maxs32, maxu32, mulhis32, mulhiu32
    case neg32, not32, popcount32, clz32
    case eq32, ne32, lts32, ltu32, les32, leu32
    // i64
    case add64 = 128, sub64, mul64, divs64, divu64, rems64, remu64, and64, or64, xor64
    case shl64, shrs64, shru64, mins64, minu64, maxs64, maxu64
    case neg64, not64
    case eq64, ne64, lts64, ltu64, les64, leu64
    // Conversions
    case sext8 = 176, zext8, sext16, zext16, sext32to64, zext32to64, trunc64to32
    case cvtf32s32, cvtf32u32, cvts32f32, cvtu32f32, cvtf32s64, cvtf32u64, cvts64f32, cvtu64f32
    // Memory (address in an r64; immediate byte offset)
    case ld8s = 208, ld8u, ld16s, ld16u, ld32, ld64, st8, st16, st32, st64
    // 32-bit atomics: dst = old value
    case atomicAdd = 224, atomicSub, atomicXchg, atomicMins, atomicMinu, atomicMaxs, atomicMaxu
    case atomicAnd, atomicOr, atomicXor, atomicCmpxchg
    // Work-item queries: dst r64 = query(kind, dimension)
    case workItem = 240
    // Control
    case ifTrue = 248, orElse, end, loop, block, breakOut, ret, barrier
    // Calls (KernelCode.functions): `callArg`s name the caller's registers that become the
    // function's parameters, in order, `call` runs function a, and `callResult`s name the caller's
    // registers that receive its results. The three are one unit: the verifier checks the counts.
    case call = 256, callArg32, callArg64, callResult32, callResult64
    // f64 (cl_khr_fp64), in r64 registers: each the f32 operation's twin at its raw value + 256
    case dadd = 272, dsub, dmul, ddiv, dmin, dmax, dpow, dmod, datan2, dhypot, dcopysign
    case ddim, dremainder, dmaxmag, dminmag, dlog1p
    case dfma = 288, dneg, dabs, dsqrt, drsqrt, dexp, dexp2, dlog, dlog2, dlog10, dsin, dcos, dtan
    case dasin, dacos, datan, dtanh, dsinh, dcosh, dfloor, dceil, dround, dtrunc, drint, drecip
    case disnan, disinf, dacosh, dasinh, datanh, dcbrt, dexpm1
    case deq = 320, dne, dlt, dle, dgt, dge
    case dacospi = 326, dasinpi, datanpi, dcospi, dsinpi, dtanpi, dlgamma, datan2pi, drootn, dremquo
    // f64 conversions (`cvt<to><from>`; to integers: toward zero, saturating, NaN gives 0)
    case cvtf64f32 = 336, cvtf32f64, cvtf64s32, cvtf64u32, cvts32f64, cvtu32f64, cvtf64s64, cvtf64u64, cvts64f64, cvtu64f64

    /// Operand kinds in slots a, b, c, d.
    public var operands: (OperandKind, OperandKind, OperandKind, OperandKind) {
        switch self {
        case .const32: (.r32, .immediate, .none, .none)
        case .const64: (.r64, .immediate, .immediate, .none)
        case .mov32: (.r32, .r32, .none, .none)
        case .mov64: (.r64, .r64, .none, .none)
        case .select32: (.r32, .r32, .r32, .r32)
        case .select64: (.r64, .r32, .r64, .r64)
        case .fadd, .fsub, .fmul, .fdiv, .fmin, .fmax, .fpow, .fmod, .fatan2, .fhypot, .fcopysign,
            .fdim, .fremainder, .fmaxmag, .fminmag, .fatan2pi, .frootn, .fremquo,
            .feq, .fne, .flt, .fle, .fgt, .fge,
            .add32, .sub32, .mul32, .divs32, .divu32, .rems32, .remu32, .and32, .or32, .xor32,
            .shl32, .shrs32, .shru32, .mins32, .minu32, .maxs32, .maxu32, .mulhis32, .mulhiu32,
            .eq32, .ne32, .lts32, .ltu32, .les32, .leu32:
            (.r32, .r32, .r32, .none)
        case .ffma: (.r32, .r32, .r32, .r32)
        case .fneg, .fabs, .fsqrt, .frsqrt, .fexp, .fexp2, .flog, .flog2, .flog10, .fsin, .fcos, .ftan,
            .fasin, .facos, .fatan, .ftanh, .fsinh, .fcosh, .ffloor, .fceil, .fround, .ftrunc, .frint, .frecip,
            .fisnan, .fisinf, .flog1p, .facosh, .fasinh, .fatanh, .fcbrt, .fexpm1, .facospi, .fasinpi, .fatanpi, .fcospi,
            .fsinpi, .ftanpi, .flgamma, .neg32, .not32, .popcount32, .clz32, .sext8, .zext8, .sext16, .zext16,
            .cvtf32s32, .cvtf32u32, .cvts32f32, .cvtu32f32:
            (.r32, .r32, .none, .none)
        case .add64, .sub64, .mul64, .divs64, .divu64, .rems64, .remu64, .and64, .or64, .xor64,
            .shl64, .shrs64, .shru64, .mins64, .minu64, .maxs64, .maxu64:
            (.r64, .r64, .r64, .none)
        case .neg64, .not64: (.r64, .r64, .none, .none)
        case .eq64, .ne64, .lts64, .ltu64, .les64, .leu64: (.r32, .r64, .r64, .none)
        case .sext32to64, .zext32to64, .cvts64f32, .cvtu64f32: (.r64, .r32, .none, .none)
        case .trunc64to32, .cvtf32s64, .cvtf32u64: (.r32, .r64, .none, .none)
        case .ld8s, .ld8u, .ld16s, .ld16u, .ld32: (.r32, .r64, .immediate, .none)
        case .ld64: (.r64, .r64, .immediate, .none)
        case .st8, .st16, .st32: (.r64, .r32, .immediate, .none)
        case .st64: (.r64, .r64, .immediate, .none)
        case .atomicAdd, .atomicSub, .atomicXchg, .atomicMins, .atomicMinu, .atomicMaxs, .atomicMaxu,
            .atomicAnd, .atomicOr, .atomicXor:
            (.r32, .r64, .r32, .none)
        case .atomicCmpxchg: (.r32, .r64, .r32, .r32)
        case .workItem: (.r64, .immediate, .immediate, .none)
        case .dadd, .dsub, .dmul, .ddiv, .dmin, .dmax, .dpow, .dmod, .datan2, .dhypot, .dcopysign, .ddim, .dremainder, .dmaxmag, .dminmag,
            .datan2pi:
            (.r64, .r64, .r64, .none)
        case .drootn: (.r64, .r64, .r32, .none)
        case .dremquo: (.r32, .r64, .r64, .none)
        case .dfma: (.r64, .r64, .r64, .r64)
        case .dneg, .dabs, .dsqrt, .drsqrt, .dexp, .dexp2, .dlog, .dlog2, .dlog10, .dsin, .dcos, .dtan, .dasin, .dacos, .datan,
            .dtanh, .dsinh, .dcosh, .dfloor, .dceil, .dround, .dtrunc, .drint, .drecip, .dlog1p, .dacosh, .dasinh, .datanh, .dcbrt, .dexpm1,
            .dacospi, .dasinpi, .datanpi, .dcospi, .dsinpi, .dtanpi, .dlgamma, .cvtf64s64, .cvtf64u64, .cvts64f64, .cvtu64f64:
            (.r64, .r64, .none, .none)
        case .disnan, .disinf, .cvtf32f64, .cvts32f64, .cvtu32f64: (.r32, .r64, .none, .none)
        case .deq, .dne, .dlt, .dle, .dgt, .dge: (.r32, .r64, .r64, .none)
        case .cvtf64f32, .cvtf64s32, .cvtf64u32: (.r64, .r32, .none, .none)
        case .ifTrue, .callArg32, .callResult32: (.r32, .none, .none, .none)
        case .callArg64, .callResult64: (.r64, .none, .none, .none)
        case .breakOut, .call: (.immediate, .none, .none, .none)
        case .orElse, .end, .loop, .block, .ret, .barrier: (.none, .none, .none, .none)
        }
    }

    /// Whether slot a is the register the instruction writes (a store reads it as its address).
    public var definesRegisterA: Bool {
        switch self {
        case .st8, .st16, .st32, .st64, .ifTrue, .breakOut, .callArg32, .callArg64: false
        default: operands.0 == .r32 || operands.0 == .r64
        }
    }

    /// Whether the operation loads, stores or updates memory.
    public var touchesMemory: Bool {
        (Opcode.ld8s.rawValue...Opcode.st64.rawValue).contains(rawValue) || (Opcode.atomicAdd.rawValue...Opcode.atomicCmpxchg.rawValue).contains(rawValue)
    }

    /// The f32 operations that have a binary64 twin at their raw value + 256.
    static let singleWithTwins = Opcode.fadd.rawValue...Opcode.fremquo.rawValue

    /// The binary64 twin of an f32 arithmetic, math or comparison operation (`fadd` → `dadd`);
    /// any other operation is its own.
    public var doublePrecision: Opcode {
        guard Self.singleWithTwins.contains(rawValue) else { return self }
        return Opcode(rawValue: rawValue + 256) ?? self
    }

    /// The f32 operation whose twin this is (`dadd` → `fadd`); any other operation is its own.
    public var singlePrecision: Opcode {
        guard rawValue >= 256, Self.singleWithTwins.contains(rawValue - 256) else { return self }
        return Opcode(rawValue: rawValue - 256) ?? self
    }

    /// Whether the operation computes or converts binary64 values (the program needs `cl_khr_fp64`).
    public var isDoublePrecision: Bool { (Opcode.dadd.rawValue...Opcode.cvtu64f64.rawValue).contains(rawValue) }

    /// The disassembler's spelling.
    public var mnemonic: String {
        switch self {
        case .ifTrue: "if"
        case .orElse: "else"
        case .breakOut: "break"
        default: "\(self)"
        }
    }
}

/// The work-item queries of `Opcode.workItem`.
public enum WorkItemQuery: UInt32, CaseIterable, Sendable {
    case globalID = 0, localID, groupID, globalSize, localSize, numGroups, globalOffset, workDim

    public var builtinName: String {
        [
            "get_global_id", "get_local_id", "get_group_id", "get_global_size", "get_local_size", "get_num_groups",
            "get_global_offset", "get_work_dim"
        ][Int(rawValue)]
    }
}

/// One instruction: an opcode and four operand slots (unused slots are 0).
public struct Instruction: Hashable, Sendable {
    public var opcode: Opcode
    public var a: UInt32, b: UInt32, c: UInt32, d: UInt32

    public init(_ opcode: Opcode, _ a: UInt32 = 0, _ b: UInt32 = 0, _ c: UInt32 = 0, _ d: UInt32 = 0) {
        self.opcode = opcode
        self.a = a; self.b = b; self.c = c; self.d = d
    }

    public var slots: [UInt32] { [a, b, c, d] }
}
