/// Prints verified bytecode as OpenCL C for a real driver. The source never travels; this is
/// the host's own translation. Every load, store and atomic resolves its pointer's segment and
/// checks the offset against that segment's length, so a kernel cannot reach memory outside its
/// own buffers even on a driver that would let it: an out-of-range access records a fault code
/// in the fault word (the dispatch then fails), reads 0, and writes nothing. Accesses to local
/// memory known at emission are clamped instead of branched around: a bad one reads or writes
/// inside the work-group's own local allocation, never outside it, and the dispatch still fails.
///
/// Generated parameters, in order: per buffer parameter `b<i>` (global uchar*), `o<i>` (byte
/// offset) and `n<i>` (bytes from the offset); then `args` and `argsLength` (the control block:
/// 4 fault words, then the argument block), `lmem` (local memory), `cdata` and `cLength` (program
/// constants), `fault` (the same control block).
package enum Emitter {
    /// The name every emitted kernel has in its program (the source's name is in a comment): a
    /// source name may be one OpenCL C reserves (`mix`, `dot`, `min`), which a driver builds but
    /// then cannot find, since such names are overloaded builtins.
    package static let kernelName = "conduit_kernel"

    package static let faultOutOfBounds = 1, faultReadOnly = 2, faultAlignment = 3, faultLoopBudget = 4

    /// The complete OpenCL C program for one kernel, with `localBytes` of local memory per group.
    /// - Parameters:
    ///   - loopBudget: loop iterations one work-item may run before the kernel faults (the
    ///     watchdog on drivers that cannot be interrupted); nil for no budget.
    ///   - specialization: the dispatch's work-group size and `__local` pointers, which the
    ///     program may then only run with; accesses proven in range under it go unchecked.
    package static func program(for k: KernelCode, localBytes: Int, loopBudget: UInt64? = nil, specialization: Specialization? = nil) -> String {
        (k.usesDoublePrecision ? "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n" : "") + prelude
            + source(for: k, localBytes: localBytes, loopBudget: loopBudget, specialization: specialization)
    }

    static func source(for k: KernelCode, localBytes: Int, loopBudget: UInt64? = nil, specialization: Specialization? = nil) -> String {
        var out = """
            // Emitted by Conduit from verified bytecode of kernel '\(k.name)'.
            #define SEG(a) ((uint)((a) >> 48))
            #define OFF(a) ((a) & 0xFFFFFFFFFFFFUL)

            """
        let buffers = k.parameters.enumerated().filter { $0.element.kind == .buffer }.map(\.offset)
        // Once per kernel, not once per function: every function's window, and whether the kernel waits at barriers.
        let windows = k.functionWindows, barriers = k.instructions.contains { $0.opcode == .barrier }
        for index in k.functions.indices {
            out += function(index, of: k, window: windows[index], barriers: barriers, buffers: buffers, localBytes: localBytes, loopBudget: loopBudget)
        }
        var params: [String] = []
        for i in buffers { params += ["__global uchar *b\(i)", "const ulong o\(i)", "const ulong n\(i)"] }
        params += [
            "__global const uchar *args", "const ulong argsLength", "__local uchar *lmem", "__global const uchar *cdata",
            "const ulong cLength", "__global volatile uint *fault"
        ]
        out += "__kernel void \(kernelName)(\(params.joined(separator: ", "))) {\n"
        out += "    args += 16;  // the control block: 4 fault words, then the argument block\n"
        // Only registers that may be read before written start at 0 (see UninitializedReads).
        let unassigned = UninitializedReads(k)
        out += declarations(0..<k.bodyRegisters32, 0..<k.bodyRegisters64, zeroed: (unassigned.registers32, unassigned.registers64))
        if k.privateBytesPerItem > 0 { out += "    uchar priv[\(k.privateBytesPerItem)] __attribute__((aligned(16))) = {0};\n" }
        // The first fault of this work-item, published once (at the end or at a return).
        out += "    uint fk_ = 0u, fs_ = 0u, lo_ = 0u; ulong fo_ = 0UL;\n"
        if loopBudget != nil {
            out += "    ulong lb_ = 0UL;  // loop iterations so far, against the watchdog's budget\n"
            out += "    uint lbf_ = 0u;  // the budget ran out before any other fault (budgetFault)\n"
        }
        for i in buffers { out += "    __global uchar *B\(i) = b\(i) + o\(i);\n" }
        if localBytes > 0 {
            // Local memory starts zeroed, as on the CPU adapter: no group sees another's data.
            out += """
                    {
                        const ulong lid = get_local_id(0) + get_local_size(0) * (get_local_id(1) + get_local_size(1) * get_local_id(2));
                        const ulong lsize = get_local_size(0) * get_local_size(1) * get_local_size(2);
                        for (ulong z = lid; z < \(localBytes)UL; z += lsize) lmem[z] = 0;
                        barrier(CLK_LOCAL_MEM_FENCE);
                    }

                """
        }
        var emitter = Body(kernel: k, buffers: buffers, localBytes: localBytes, loopBudget: loopBudget, specialization: specialization)
        out += emitter.emit()
        out += "    \(budgetFault(loopBudget))RECORD_FAULT();\n}\n"
        return out
    }

    /// The registers of a body as C locals, those in `zeroed` starting at 0.
    static func declarations(_ r32: Range<Int>, _ r64: Range<Int>, zeroed: (r32: Set<UInt32>, r64: Set<UInt32>), except: Set<FunctionRegister> = [])
        -> String
    {
        let narrow = r32.filter { !except.contains(FunctionRegister(index: UInt32($0), wide: false)) }
        let wide = r64.filter { !except.contains(FunctionRegister(index: UInt32($0), wide: true)) }
        var out = ""
        if !narrow.isEmpty { out += "    uint " + narrow.map { zeroed.r32.contains(UInt32($0)) ? "r\($0) = 0u" : "r\($0)" }.joined(separator: ", ") + ";\n" }
        if !wide.isEmpty { out += "    ulong " + wide.map { zeroed.r64.contains(UInt32($0)) ? "q\($0) = 0UL" : "q\($0)" }.joined(separator: ", ") + ";\n" }
        return out
    }

    /// Function `index` of the kernel as an OpenCL C function: its parameters by value, its
    /// results through pointers, then the kernel's memory (each buffer's start and length, the
    /// argument block, local memory, constants, the work-item's private memory) and its first
    /// fault (and, under a loop budget, its loop count) in and out, so the function checks its
    /// accesses and counts its loops exactly as the kernel would.
    static func function(
        _ index: Int, of k: KernelCode, window: (r32: Range<Int>, r64: Range<Int>), barriers: Bool, buffers: [Int], localBytes: Int,
        loopBudget: UInt64?
    ) -> String {
        let f = k.functions[index]
        func name(_ r: FunctionRegister) -> String { r.wide ? "q\(r.index)" : "r\(r.index)" }
        var params = f.parameters.map { ($0.wide ? "ulong " : "uint ") + name($0) }
        params += f.results.enumerated().map { "__private \($0.element.wide ? "ulong" : "uint") *x\($0.offset)_" }
        params += callContext(of: k, buffers: buffers, loopBudget: loopBudget).parameters
        var out = "void conduit_f\(index)(\(params.joined(separator: ", "))) {\n"
        out += declarations(window.r32, window.r64, zeroed: f.registersReadBeforeWritten, except: Set(f.parameters))
        out += "    uint fk_ = 0u, fs_ = 0u, lo_ = 0u; ulong fo_ = 0UL;\n"
        if loopBudget != nil { out += "    ulong lb_ = *lbp_; uint lbf_ = 0u;\n" }
        var body = k
        body.instructions = f.instructions
        var emitter = Body(
            kernel: body, buffers: buffers, localBytes: localBytes, loopBudget: loopBudget, specialization: nil, barriersElsewhere: barriers,
            calledWithAnything: true)
        out += emitter.emit()
        for (n, r) in f.results.enumerated() { out += "    *x\(n)_ = \(name(r));\n" }
        if loopBudget != nil { out += "    *lbp_ = lb_; \(budgetFault(loopBudget))\n" }
        out += "    *lop_ |= lo_; if (fk_ != 0u && *fkp_ == 0u) { *fkp_ = fk_; *fsp_ = fs_; *fop_ = fo_; }\n"
        return out + "}\n\n"
    }

    /// Where a kernel or function publishes its faults: the loop budget's, if it ran out before
    /// any other fault, becomes the first. A loop that runs out only notes it (`lbf_`) on its way
    /// out: a fault recorded in place at every loop's exit made PoCL's first launch of a random
    /// kernel 2–9 % slower (0.45–0.48 s against 0.435).
    static func budgetFault(_ loopBudget: UInt64?) -> String {
        loopBudget == nil ? "" : "if (lbf_ != 0u) { fk_ = \(faultLoopBudget)u; fs_ = 0u; fo_ = lb_; } "
    }

    /// What every call passes after its arguments and results, as parameters and as arguments.
    static func callContext(of k: KernelCode, buffers: [Int], loopBudget: UInt64?) -> (parameters: [String], arguments: [String]) {
        var parameters: [String] = [], arguments: [String] = []
        for i in buffers {
            parameters += ["__global uchar *B\(i)", "const ulong n\(i)"]
            arguments += ["B\(i)", "n\(i)"]
        }
        parameters += ["__global const uchar *args", "const ulong argsLength", "__local uchar *lmem", "__global const uchar *cdata", "const ulong cLength"]
        arguments += ["args", "argsLength", "lmem", "cdata", "cLength"]
        if k.privateBytesPerItem > 0 {
            parameters.append("__private uchar *priv")
            arguments.append("priv")
        }
        if loopBudget != nil {
            parameters.append("__private ulong *lbp_")
            arguments.append("&lb_")
        }
        parameters += ["__private uint *fkp_", "__private uint *fsp_", "__private ulong *fop_", "__private uint *lop_"]
        arguments += ["&fk_", "&fs_", "&fo_", "&lo_"]
        return (parameters, arguments)
    }

    struct Body {
        let kernel: KernelCode
        let buffers: [Int]
        let localBytes: Int
        let loopBudget: UInt64?
        var out = ""
        var depth = 1
        var labels: [Int?] = []  // per open construct: a label for loops and blocks
        var loops: [Int?] = []  // per open construct: the index of its `loop` instruction, nil for others
        var nextLabel = 0
        let segments: SegmentInference
        let ranges: RangeAnalysis
        let bounds: LoopBounds?
        let specialization: Specialization?
        var index = 0
        /// The arguments of the call being assembled (`callArg`s come before their `call`).
        var arguments: [String] = []

        init(
            kernel: KernelCode, buffers: [Int], localBytes: Int, loopBudget: UInt64?, specialization: Specialization?, barriersElsewhere: Bool = false,
            calledWithAnything: Bool = false
        ) {
            self.kernel = kernel
            self.buffers = buffers
            self.localBytes = localBytes
            self.loopBudget = loopBudget
            self.specialization = specialization
            self.segments = SegmentInference(kernel)
            self.ranges = RangeAnalysis(
                kernel: kernel, localBytes: localBytes, specialization: specialization, loopBudget: loopBudget != nil, calledWithAnything: calledWithAnything)
            self.bounds = loopBudget == nil ? nil : LoopBounds(kernel, barriersElsewhere: barriersElsewhere)
        }

        mutating func line(_ text: String) { out += String(repeating: "    ", count: depth) + text + "\n" }

        mutating func emit() -> String {
            for (index, i) in kernel.instructions.enumerated() {
                self.index = index
                instruction(i)
            }
            return out
        }

        func r(_ n: UInt32) -> String { "r\(n)" }
        func q(_ n: UInt32) -> String { "q\(n)" }
        func f(_ n: UInt32) -> String { "as_float(r\(n))" }
        func dv(_ n: UInt32) -> String { "as_double(q\(n))" }  // and `floating`'s operands
        func s(_ n: UInt32) -> String { "(int)r\(n)" }
        func sq(_ n: UInt32) -> String { "(long)q\(n)" }

        /// The `if` chain that resolves a pointer to a byte address, per segment, with the checks.
        /// When the pointer register's segment is known, only that segment's branch is emitted.
        func access(_ address: String, size: Int, write: Bool, pointer: UInt32, atomic: Bool = false, _ body: (String, String) -> String) -> String {
            let known = segments.segment(of: pointer)
            if !atomic, let proven = ranges.inBounds[index] {
                // In range on every path (RangeAnalysis): the plain access.
                let base = proven == Segment.local ? "lmem" : "priv", space = proven == Segment.local ? "__local" : "__private"
                return "{ \(body("\(base) + ((\(address)) - \(Segment.pointer(proven))UL)", space)); }"
            }
            if known == Segment.local, !atomic, localBytes >= size {
                // Local memory, known at emission: one compare that also catches a wrong segment,
                // noted without a branch, and the offset clamped into the group's own allocation.
                // Loops over local tiles stay branch-free (n-body: a third faster on PoCL); a bad
                // access touches only this group's scratch memory, and the dispatch faults.
                let base = Segment.pointer(Segment.local), limit = localBytes - size
                return "{ const ulong o_ = (\(address)) - \(base)UL; lo_ |= o_ > \(limit)UL; \(body("lmem + min(o_, \(limit)UL)", "__local")); }"
            }
            func wanted(_ segment: UInt16) -> Bool { known == nil || known == segment }
            var branches: [String] = []
            for i in buffers where wanted(Segment.buffer(parameter: i)) {
                let writable = !kernel.parameters[i].isReadOnly
                let action = !write || writable ? body("B\(i) + o_", "__global") : "FAULT(\(faultReadOnly))"
                branches.append("if (s_ == \(i + 1)u && o_ + \(size)UL <= n\(i)) { \(action); }")
            }
            if localBytes > 0, wanted(Segment.local) {
                branches.append("if (s_ == \(Segment.local)u && o_ + \(size)UL <= \(localBytes)UL) { \(body("lmem + o_", "__local")); }")
            }
            if kernel.privateBytesPerItem > 0, wanted(Segment.private) {
                branches.append("if (s_ == \(Segment.private)u && o_ + \(size)UL <= \(kernel.privateBytesPerItem)UL) { \(body("priv + o_", "__private")); }")
            }
            if !write, wanted(Segment.arguments) {
                branches.append("if (s_ == \(Segment.arguments)u && o_ + \(size)UL <= argsLength) { \(body("args + o_", "__global const")); }")
            }
            if !write, wanted(Segment.constants) {
                branches.append("if (s_ == \(Segment.constants)u && o_ + \(size)UL <= cLength) { \(body("cdata + o_", "__global const")); }")
            }
            if branches.isEmpty { return "{ const ulong a_ = \(address); const uint s_ = SEG(a_); const ulong o_ = OFF(a_); FAULT(\(faultOutOfBounds)); }" }
            return "{ const ulong a_ = \(address); const uint s_ = SEG(a_); const ulong o_ = OFF(a_); "
                + branches.joined(separator: " else ") + " else { FAULT(\(faultOutOfBounds)); } }"
        }

        mutating func instruction(_ i: Instruction) {
            let (a, b, c, d) = (i.a, i.b, i.c, i.d)
            switch i.opcode {
            case .const32: line("\(r(a)) = \(b)u;")
            case .const64: line("\(q(a)) = \(UInt64(c) << 32 | UInt64(b))UL;")
            case .mov32: line("\(r(a)) = \(r(b));")
            case .mov64: line("\(q(a)) = \(q(b));")
            case .select32: line("\(r(a)) = \(r(b)) ? \(r(c)) : \(r(d));")
            case .select64: line("\(q(a)) = \(r(b)) ? \(q(c)) : \(q(d));")
            case .fadd, .fsub, .fmul, .fdiv, .fmin, .fmax, .fpow, .fmod, .fatan2, .fhypot, .fcopysign, .fdim, .fremainder, .fmaxmag, .fminmag,
                .flog1p, .facosh, .fasinh, .fatanh, .fcbrt, .fexpm1, .ffma, .fneg, .fabs, .fsqrt,
                .frsqrt, .fexp, .fexp2, .flog, .flog2, .flog10, .fsin, .fcos, .ftan, .fasin, .facos, .fatan, .ftanh, .fsinh, .fcosh,
                .ffloor, .fceil, .fround, .ftrunc, .frint, .frecip, .fisnan, .fisinf, .feq, .fne, .flt, .fle, .fgt, .fge,
                .facospi, .fasinpi, .fatanpi, .fcospi, .fsinpi, .ftanpi, .flgamma, .fatan2pi, .frootn, .fremquo,
                .dadd, .dsub, .dmul, .ddiv, .dmin, .dmax, .dpow, .dmod, .datan2, .dhypot, .dcopysign, .ddim, .dremainder, .dmaxmag, .dminmag,
                .dlog1p, .dacosh, .dasinh, .datanh, .dcbrt, .dexpm1, .dfma, .dneg, .dabs, .dsqrt,
                .drsqrt, .dexp, .dexp2, .dlog, .dlog2, .dlog10, .dsin, .dcos, .dtan, .dasin, .dacos, .datan, .dtanh, .dsinh, .dcosh,
                .dfloor, .dceil, .dround, .dtrunc, .drint, .drecip, .disnan, .disinf, .deq, .dne, .dlt, .dle, .dgt, .dge,
                .dacospi, .dasinpi, .datanpi, .dcospi, .dsinpi, .dtanpi, .dlgamma, .datan2pi, .drootn, .dremquo:
                floating(i)
            case .cvtf64f32: line("\(q(a)) = as_ulong((double)\(f(b)));")
            case .cvtf32f64: line("\(r(a)) = as_uint((float)\(dv(b)));")
            case .cvtf64s32: line("\(q(a)) = as_ulong((double)\(s(b)));")
            case .cvtf64u32: line("\(q(a)) = as_ulong((double)\(r(b)));")
            case .cvts32f64: line("\(r(a)) = (uint)convert_int_sat_rtz(\(dv(b)));")
            case .cvtu32f64: line("\(r(a)) = convert_uint_sat_rtz(\(dv(b)));")
            case .cvtf64s64: line("\(q(a)) = as_ulong((double)\(sq(b)));")
            case .cvtf64u64: line("\(q(a)) = as_ulong((double)\(q(b)));")
            case .cvts64f64: line("\(q(a)) = (ulong)convert_long_sat_rtz(\(dv(b)));")
            case .cvtu64f64: line("\(q(a)) = convert_ulong_sat_rtz(\(dv(b)));")
            case .add32: line("\(r(a)) = \(r(b)) + \(r(c));")
            case .sub32: line("\(r(a)) = \(r(b)) - \(r(c));")
            case .mul32: line("\(r(a)) = \(r(b)) * \(r(c));")
            // Division by zero and INT_MIN / -1 give the dividend, as on the CPU adapter.
            case .divs32: line("\(r(a)) = (\(r(c)) == 0u || (\(r(b)) == 0x80000000u && \(r(c)) == 0xFFFFFFFFu)) ? \(r(b)) : (uint)(\(s(b)) / \(s(c)));")
            case .divu32: line("\(r(a)) = \(r(c)) == 0u ? 0u : \(r(b)) / \(r(c));")
            case .rems32: line("\(r(a)) = \(r(c)) == 0u ? \(r(b)) : \(r(c)) == 0xFFFFFFFFu ? 0u : (uint)(\(s(b)) % \(s(c)));")
            case .remu32: line("\(r(a)) = \(r(c)) == 0u ? 0u : \(r(b)) % \(r(c));")
            case .and32: line("\(r(a)) = \(r(b)) & \(r(c));")
            case .or32: line("\(r(a)) = \(r(b)) | \(r(c));")
            case .xor32: line("\(r(a)) = \(r(b)) ^ \(r(c));")
            case .shl32: line("\(r(a)) = \(r(b)) << (\(r(c)) & 31u);")
            case .shrs32: line("\(r(a)) = (uint)(\(s(b)) >> (\(r(c)) & 31u));")
            case .shru32: line("\(r(a)) = \(r(b)) >> (\(r(c)) & 31u);")
            case .mins32: line("\(r(a)) = (uint)min(\(s(b)), \(s(c)));")
            case .minu32: line("\(r(a)) = min(\(r(b)), \(r(c)));")
            case .maxs32: line("\(r(a)) = (uint)max(\(s(b)), \(s(c)));")
            case .maxu32: line("\(r(a)) = max(\(r(b)), \(r(c)));")
            case .mulhis32: line("\(r(a)) = (uint)mul_hi(\(s(b)), \(s(c)));")
            case .mulhiu32: line("\(r(a)) = mul_hi(\(r(b)), \(r(c)));")
            case .neg32: line("\(r(a)) = 0u - \(r(b));")
            case .not32: line("\(r(a)) = ~\(r(b));")
            case .popcount32: line("\(r(a)) = popcount(\(r(b)));")
            case .clz32: line("\(r(a)) = clz(\(r(b)));")
            case .eq32, .ne32, .ltu32, .leu32:
                let op = ["eq32": "==", "ne32": "!=", "ltu32": "<", "leu32": "<="]["\(i.opcode)"]!
                line("\(r(a)) = (\(r(b)) \(op) \(r(c))) ? 1u : 0u;")
            case .lts32: line("\(r(a)) = (\(s(b)) < \(s(c))) ? 1u : 0u;")
            case .les32: line("\(r(a)) = (\(s(b)) <= \(s(c))) ? 1u : 0u;")
            case .add64: line("\(q(a)) = \(q(b)) + \(q(c));")
            case .sub64: line("\(q(a)) = \(q(b)) - \(q(c));")
            case .mul64: line("\(q(a)) = \(q(b)) * \(q(c));")
            case .divs64:
                line(
                    "\(q(a)) = (\(q(c)) == 0UL || (\(q(b)) == 0x8000000000000000UL && \(q(c)) == 0xFFFFFFFFFFFFFFFFUL)) ? \(q(b)) : (ulong)(\(sq(b)) / \(sq(c)));"
                )
            case .divu64: line("\(q(a)) = \(q(c)) == 0UL ? 0UL : \(q(b)) / \(q(c));")
            case .rems64: line("\(q(a)) = \(q(c)) == 0UL ? \(q(b)) : \(q(c)) == 0xFFFFFFFFFFFFFFFFUL ? 0UL : (ulong)(\(sq(b)) % \(sq(c)));")
            case .remu64: line("\(q(a)) = \(q(c)) == 0UL ? 0UL : \(q(b)) % \(q(c));")
            case .and64: line("\(q(a)) = \(q(b)) & \(q(c));")
            case .or64: line("\(q(a)) = \(q(b)) | \(q(c));")
            case .xor64: line("\(q(a)) = \(q(b)) ^ \(q(c));")
            case .shl64: line("\(q(a)) = \(q(b)) << (\(q(c)) & 63UL);")
            case .shrs64: line("\(q(a)) = (ulong)(\(sq(b)) >> (\(q(c)) & 63UL));")
            case .shru64: line("\(q(a)) = \(q(b)) >> (\(q(c)) & 63UL);")
            case .mins64: line("\(q(a)) = (ulong)min(\(sq(b)), \(sq(c)));")
            case .minu64: line("\(q(a)) = min(\(q(b)), \(q(c)));")
            case .maxs64: line("\(q(a)) = (ulong)max(\(sq(b)), \(sq(c)));")
            case .maxu64: line("\(q(a)) = max(\(q(b)), \(q(c)));")
            case .neg64: line("\(q(a)) = 0UL - \(q(b));")
            case .not64: line("\(q(a)) = ~\(q(b));")
            case .eq64, .ne64, .ltu64, .leu64:
                let op = ["eq64": "==", "ne64": "!=", "ltu64": "<", "leu64": "<="]["\(i.opcode)"]!
                line("\(r(a)) = (\(q(b)) \(op) \(q(c))) ? 1u : 0u;")
            case .lts64: line("\(r(a)) = (\(sq(b)) < \(sq(c))) ? 1u : 0u;")
            case .les64: line("\(r(a)) = (\(sq(b)) <= \(sq(c))) ? 1u : 0u;")
            case .sext8: line("\(r(a)) = (uint)(int)(char)\(r(b));")
            case .zext8: line("\(r(a)) = \(r(b)) & 0xFFu;")
            case .sext16: line("\(r(a)) = (uint)(int)(short)\(r(b));")
            case .zext16: line("\(r(a)) = \(r(b)) & 0xFFFFu;")
            case .sext32to64: line("\(q(a)) = (ulong)(long)\(s(b));")
            case .zext32to64: line("\(q(a)) = (ulong)\(r(b));")
            case .trunc64to32: line("\(r(a)) = (uint)\(q(b));")
            case .cvtf32s32: line("\(r(a)) = as_uint((float)\(s(b)));")
            case .cvtf32u32: line("\(r(a)) = as_uint((float)\(r(b)));")
            case .cvts32f32: line("\(r(a)) = (uint)convert_int_sat_rtz(\(f(b)));")
            case .cvtu32f32: line("\(r(a)) = convert_uint_sat_rtz(\(f(b)));")
            case .cvtf32s64: line("\(r(a)) = as_uint((float)\(sq(b)));")
            case .cvtf32u64: line("\(r(a)) = as_uint((float)\(q(b)));")
            case .cvts64f32: line("\(q(a)) = (ulong)convert_long_sat_rtz(\(f(b)));")
            case .cvtu64f32: line("\(q(a)) = convert_ulong_sat_rtz(\(f(b)));")
            case .ld8s, .ld8u, .ld16s, .ld16u, .ld32:
                let size = [.ld8s: 1, .ld8u: 1, .ld16s: 2, .ld16u: 2, .ld32: 4][i.opcode]!
                let dst = r(a)
                let read: (String, String) -> String = { p, space in
                    switch i.opcode {
                    case .ld8s: "\(dst) = (uint)(int)*((\(space) char *)(\(p)))"
                    case .ld8u: "\(dst) = (uint)*((\(space) uchar *)(\(p)))"
                    case .ld16s: "\(dst) = (uint)(int)as_short(vload2(0, (\(space) uchar *)(\(p))))"
                    case .ld16u: "\(dst) = (uint)as_ushort(vload2(0, (\(space) uchar *)(\(p))))"
                    default: "\(dst) = as_uint(vload4(0, (\(space) uchar *)(\(p))))"
                    }
                }
                line("\(dst) = 0u; " + access("\(q(b)) + \(c)UL", size: size, write: false, pointer: b, read))
            case .ld64 where ranges.knownLoads[index] != nil:
                line("\(q(a)) = \(ranges.knownLoads[index]!)UL;  // a __local argument, as specialised")
            case .ld64:
                let dst = q(a)
                line(
                    "\(dst) = 0UL; "
                        + access("\(q(b)) + \(c)UL", size: 8, write: false, pointer: b) { p, space in "\(dst) = as_ulong(vload8(0, (\(space) uchar *)(\(p))))" }
                )
            case .st8, .st16, .st32:
                let size = [.st8: 1, .st16: 2, .st32: 4][i.opcode]!
                let value = r(b)
                line(
                    access("\(q(a)) + \(c)UL", size: size, write: true, pointer: a) { p, space in
                        switch size {
                        case 1: "*((\(space) uchar *)(\(p))) = (uchar)\(value)"
                        case 2: "vstore2(as_uchar2((ushort)\(value)), 0, (\(space) uchar *)(\(p)))"
                        default: "vstore4(as_uchar4(\(value)), 0, (\(space) uchar *)(\(p)))"
                        }
                    })
            case .st64:
                let value = q(b)
                line(access("\(q(a)) + \(c)UL", size: 8, write: true, pointer: a) { p, space in "vstore8(as_uchar8(\(value)), 0, (\(space) uchar *)(\(p)))" })
            case .atomicAdd, .atomicSub, .atomicXchg, .atomicMins, .atomicMinu, .atomicMaxs, .atomicMaxu, .atomicAnd, .atomicOr, .atomicXor, .atomicCmpxchg:
                let dst = r(a), value = r(c), extra = r(d)
                let opcode = i.opcode
                line(
                    "\(dst) = 0u; "
                        + access(q(b), size: 4, write: true, pointer: b, atomic: true) { p, space in
                            let target = space == "__local" ? "__local" : "__global"
                            let pointer = "(volatile \(target) uint *)(\(p))"
                            let signed = "(volatile \(target) int *)(\(p))"
                            let call: String =
                                switch opcode {
                                case .atomicAdd: "atomic_add(\(pointer), \(value))"
                                case .atomicSub: "atomic_sub(\(pointer), \(value))"
                                case .atomicXchg: "atomic_xchg(\(pointer), \(value))"
                                case .atomicMins: "(uint)atomic_min(\(signed), (int)\(value))"
                                case .atomicMinu: "atomic_min(\(pointer), \(value))"
                                case .atomicMaxs: "(uint)atomic_max(\(signed), (int)\(value))"
                                case .atomicMaxu: "atomic_max(\(pointer), \(value))"
                                case .atomicAnd: "atomic_and(\(pointer), \(value))"
                                case .atomicOr: "atomic_or(\(pointer), \(value))"
                                case .atomicXor: "atomic_xor(\(pointer), \(value))"
                                default: "atomic_cmpxchg(\(pointer), \(value), \(extra))"
                                }
                            guard space != "__private" else { return "FAULT(\(faultAlignment))" }
                            return "if ((o_ & 3UL) != 0UL) { FAULT(\(faultAlignment)); } else { \(dst) = \(call); }"
                        })
            case .workItem:
                let query = WorkItemQuery(rawValue: b) ?? .globalID
                // Every dispatch is launched in three dimensions, so the driver's get_work_dim()
                // is always 3; the interpreter's rule (WorkGroupRunner) is computed instead, so
                // both adapters answer alike (the CTS's work_item_functions caught the 3).
                let call =
                    query == .workDim
                    ? "(get_global_size(2) > 1 ? 3u : get_global_size(1) > 1 ? 2u : 1u)" : "\(query.builtinName)(\(c))"
                if query == .localSize, let size = specialization?.localSize, size.indices.contains(Int(c)) {
                    line("\(q(a)) = \(size[Int(c)])UL;  // \(call), as specialised")
                    break
                }
                line("\(q(a)) = (ulong)\(call);")
            case .ifTrue:
                line("if (\(r(a)) != 0u) {")
                depth += 1
                labels.append(nil)
                loops.append(nil)
            case .orElse:
                depth -= 1
                line("} else {")
                depth += 1
            case .loop:
                // A counted nest is charged its iterations once, here (LoopBounds).
                if let charge = bounds?.charges[index] { line("lb_ += \(charge)UL;  // a counted loop nest") }
                line("for (;;) {")
                depth += 1
                labels.append(nextLabel)
                loops.append(index)
                nextLabel += 1
            case .block:
                line("{")
                depth += 1
                labels.append(nextLabel)
                loops.append(nil)
                nextLabel += 1
            case .end:
                if let loop = loops.removeLast(), !(bounds?.counted.contains(loop) ?? false), let loopBudget, let label = labels.last ?? nil {
                    // Past the budget every loop leaves at the end of an iteration, through its own
                    // exit (a second exit to the same place keeps drivers' loop vectorisation intact,
                    // where a `return` cost PoCL a third of n-body's speed); the fault fails the
                    // dispatch (budgetFault). At the latch, not the top: an exit before a loop's barriers made
                    // PoCL's first launch of random barrier kernels 3× slower.
                    line("if (++lb_ > \(loopBudget)UL) { lbf_ |= (uint)(fk_ == 0u); goto L\(label); }")
                }
                depth -= 1
                line("}")
                if let label = labels.removeLast() { line("L\(label): ;") }
            case .breakOut:
                let breakable = labels.compactMap { $0 }
                line("goto L\(breakable[breakable.count - 1 - Int(a)]);")
            case .ret:
                line("\(Emitter.budgetFault(loopBudget))RECORD_FAULT(); return;")
            case .barrier:
                line("barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);")
            case .callArg32: arguments.append(r(a))
            case .callArg64: arguments.append(q(a))
            case .call:
                // The results follow the call (the verifier checked their number and kinds).
                let results = kernel.instructions[(index + 1)...].prefix(kernel.functions[Int(a)].results.count)
                var list = arguments + results.map { $0.opcode == .callResult64 ? "&\(q($0.a))" : "&\(r($0.a))" }
                list += Emitter.callContext(of: kernel, buffers: buffers, loopBudget: loopBudget).arguments
                line("conduit_f\(a)(\(list.joined(separator: ", ")));")
                arguments = []
            case .callResult32, .callResult64: break  // written by the call
            }
        }
    }

    /// Defined before the kernel: records the first fault and its offset.
    /// `FAULT` only notes the fault in private variables (so the access's branch can become a
    /// select and work-item loops stay vectorisable); `RECORD_FAULT` publishes it atomically once.
    /// `FP_CONTRACT OFF`: the only fused operations are the bytecode's `ffma`, printed as `fma()`,
    /// so the driver computes the same bits as the interpreter.
    static let prelude = """
        #pragma OPENCL FP_CONTRACT OFF
        #define FAULT(code) do { if (fk_ == 0u) { fk_ = (uint)(code); fs_ = s_; fo_ = o_; } } while (0)
        #define RECORD_FAULT() do { if (lo_ != 0u && fk_ == 0u) { fk_ = 1u; fs_ = \(Segment.local)u; fo_ = 0xFFFFFFFFUL; } \
        if (fk_ != 0u && atomic_cmpxchg(&fault[0], 0u, fk_) == 0u) { fault[1] = fs_; fault[2] = (uint)fo_; \
        fault[3] = (uint)get_global_id(0); } } while (0)

        """
}
