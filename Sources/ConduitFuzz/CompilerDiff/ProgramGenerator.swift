/// Generates random, deterministic, UB-free OpenCL C kernels, in the spirit of CLsmith (Lidbury
/// et al., PLDI 2015): integer arithmetic of every width and signedness with C's promotions and
/// literal types, vectors, helpers whose parameters are and are not assigned, loops with `break`
/// and `continue`, `switch`, private arrays, barriers over local memory, atomics. Undefined
/// behaviour is avoided by construction: signed arithmetic that could overflow and every division
/// go through `SafeMath`, shift counts are masked, indices are masked into range, and barriers
/// appear only under uniform control flow.
package struct ProgramGenerator {
    var random: Mutator
    let mode: GeneratedProgram.Mode
    var lines: [String] = []
    var indent = 1
    var scopes: [[Variable]] = [[]]
    var helpers: [Helper] = []
    var nextName = 0
    /// Inside a branch or a loop whose trip count differs between work-items.
    var divergent = false
    var loopDepth = 0
    var budget = 0
    /// Generating the kernel body (not a helper): `in`, `tile`, counters and vectors are visible.
    var inKernel = true

    struct Variable {
        var name: String
        var type: IntType
        /// Elements of a private array (nil for a scalar), or lanes of a vector.
        var arrayCount: Int? = nil
        var lanes: Int? = nil
        /// `gid`, `lid` and loop counters: read, never written (loops must end).
        var readOnly = false
    }

    struct Helper {
        var name: String
        var returnType: IntType
        var parameters: [IntType]
    }

    static let globalSize = 64, localSize = 16, inputCount = 64

    package static func generate(seed: UInt64, mode: GeneratedProgram.Mode) -> GeneratedProgram {
        var generator = ProgramGenerator(random: Mutator(seed: seed), mode: mode)
        let source = generator.program()
        var inputs = Mutator(seed: seed ^ 0x5EED)
        let input = (0..<inputCount).map { _ in UInt32(truncatingIfNeeded: inputs.interestingInteger()) }
        return GeneratedProgram(seed: seed, mode: mode, source: source, globalSize: globalSize, localSize: localSize, input: input)
    }

    // MARK: - Program

    mutating func program() -> String {
        var text = "// Conduit compiler-diff, mode \(mode.rawValue)\n"
        // Contraction is off: under C's default a compiler *may* fuse `a * b + c`, and LLVM fuses
        // or not as it likes (it folds `fmuladd` with two constants into a rounded product), so the
        // bits would not be the language's. Fused arithmetic comes from explicit `fma()` instead.
        if mode == .floating { text += "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n#pragma OPENCL FP_CONTRACT OFF\n" }
        text += SafeMath.prelude(assigningParameters: random.chance(50))
        for _ in 0..<random.below(3) { text += helperFunction() }
        if mode == .barrier { text += barrierHelper }
        text += "__kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {\n"
        lines = []
        indent = 1
        scopes = [[Variable(name: "gid", type: .uint, readOnly: true), Variable(name: "lid", type: .uint, readOnly: true)]]
        line("uint gid = (uint)get_global_id(0), lid = (uint)get_local_id(0);")
        if mode == .barrier { line("__local uint tile[\(Self.localSize)];") }
        if mode == .atomic {
            line("__local uint counters[4];")
            line("if (lid == 0u) { counters[0] = 0u; counters[1] = 0u; counters[2] = 0u; counters[3] = 0xFFFFFFFFu; }")
            line("barrier(CLK_LOCAL_MEM_FENCE);")
        }
        for _ in 0..<(2 + random.below(4)) { declaration() }
        if random.chance(40) { arrayDeclaration() }
        if mode == .vector { for _ in 0..<(1 + random.below(3)) { vectorDeclaration() } }
        budget = 14 + random.below(14)
        while budget > 0 { statement() }
        let floating = mode == .floating ? floatingBlock() : []
        if mode == .atomic {
            line("barrier(CLK_LOCAL_MEM_FENCE);")
            line("ulong hc = 1UL;")
            line("for (int c = 0; c < 4; c++) hc = mix(hc, counters[c]);")
            scopes[0].append(Variable(name: "hc", type: .ulong))
        }
        line("ulong h = 0xCBF29CE484222325UL;")
        for variable in scopes[0] { hashLines(variable) }
        floatingHashLines(floating)
        line("out[gid] = h;")
        return text + lines.joined(separator: "\n") + "\n}\n"
    }

    private mutating func hashLines(_ v: Variable) {
        if let count = v.arrayCount {
            line("for (int e = 0; e < \(count); e++) h = mix(h, (ulong)\(v.name)[e]);")
        } else if let lanes = v.lanes {
            for lane in 0..<lanes { line("h = mix(h, (ulong)\(v.name).s\(String(lane, radix: 16)));") }
        } else {
            line("h = mix(h, (ulong)\(v.name));")
        }
    }

    mutating func line(_ text: String) { lines.append(String(repeating: "    ", count: indent) + text) }

    mutating func freshName(_ prefix: String) -> String {
        nextName += 1
        return "\(prefix)\(nextName)"
    }

    var visible: [Variable] { scopes.flatMap { $0 } }
    var scalars: [Variable] { visible.filter { $0.arrayCount == nil && $0.lanes == nil } }

    // MARK: - Helpers

    /// A user helper: parameters of random types, some assigned in the body, a few statements.
    private mutating func helperFunction() -> String {
        let saved = (lines, indent, scopes, budget, divergent, loopDepth, inKernel)
        let name = freshName("helper")
        let returnType = random.pick(IntType.all)
        let parameters = (0..<(1 + random.below(3))).map { _ in random.pick(IntType.all) }
        lines = []
        indent = 1
        scopes = [parameters.enumerated().map { Variable(name: "p\($0.offset)", type: $0.element) }]
        divergent = true  // no barriers inside
        loopDepth = 0
        inKernel = false
        if random.chance(60) { declaration() }
        budget = 2 + random.below(4)
        while budget > 0 { statement() }
        line("return \(expression(depth: 3).text);")
        let signature = parameters.enumerated().map { "\($0.element.name) p\($0.offset)" }.joined(separator: ", ")
        let text = "\(returnType.name) \(name)(\(signature)) {\n" + lines.joined(separator: "\n") + "\n}\n"
        (lines, indent, scopes, budget, divergent, loopDepth, inKernel) = saved
        helpers.append(Helper(name: name, returnType: returnType, parameters: parameters))
        return text
    }

    /// A helper that shares a value through local memory between two barriers.
    private var barrierHelper: String {
        """
        uint exchange(__local uint *t, uint l, uint v, uint k) {
            t[l] = v;
            barrier(CLK_LOCAL_MEM_FENCE);
            uint r = t[(l + k) % \(Self.localSize)u];
            barrier(CLK_LOCAL_MEM_FENCE);
            return r ^ (v >> 3);
        }

        """
    }
}
