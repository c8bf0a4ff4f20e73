/// What one dispatch tells the emitter beyond the bytecode: its work-group size and the values
/// of its `__local` pointer arguments. A kernel is built per specialisation, as Metal builds a
/// pipeline per set of function constants, so both may appear in the code as constants.
package struct Specialization: Hashable, Sendable {
    /// The work-group size in three dimensions.
    package var localSize: [Int]
    /// Each `__local` pointer argument's value, by its offset in the argument block.
    package var localPointers: [Int: UInt64]

    package init(localSize: [Int], localPointers: [Int: UInt64]) {
        self.localSize = localSize
        self.localPointers = localPointers
    }

    /// The specialisation of a dispatch with this argument block and work-group size.
    package init(kernel: KernelCode, arguments: [UInt8], localSize: [Int]) {
        var pointers: [Int: UInt64] = [:]
        for parameter in kernel.parameters where parameter.kind == .local {
            let offset = parameter.argumentOffset
            guard offset >= 0, offset + 8 <= arguments.count else { continue }
            pointers[offset] = (0..<8).reduce(UInt64(0)) { $0 | UInt64(arguments[offset + $1]) << (8 * $1) }
        }
        self.init(localSize: localSize, localPointers: pointers)
    }
}

/// Which local and private accesses of a kernel stay inside their segment on every path, found
/// by abstract interpretation of the structured bytecode over value ranges (with the branch
/// conditions that guard them and widening at loop heads). The emitter drops those accesses'
/// checks: `tile[j]` in a `for (j = 0; j < get_local_size(0); j++)` loop costs a plain load.
///
/// Soundness rests on: registers start at zero; a write the analysis cannot bound makes the
/// register unbounded; every way out of a loop (its breaks, and the watchdog's exit from its
/// head) joins the state after it; work-group sizes and `__local` pointers come from the
/// specialisation the kernel is built for. An analysis that would run too long proves nothing.
struct RangeAnalysis {
    /// Accesses proven in range on every visit, by instruction index: the segment they stay in.
    private(set) var inBounds: [Int: UInt16] = [:]
    /// 64-bit loads of a `__local` pointer argument, by instruction index: the value they load.
    var knownLoads: [Int: UInt64] = [:]

    struct State: Equatable {
        var narrow: [ValueRange]
        var wide: [ValueRange]
        var conditions: [UInt32: RegisterCondition] = [:]
        /// 64-bit registers that hold a 32-bit register extended (`(long)i` before `i < size`),
        /// so a branch on the wide value also bounds the narrow one.
        var extensions: [UInt32: UInt32] = [:]
    }

    let kernel: KernelCode
    let specialization: Specialization?
    let localBytes: Int
    let loopExitsAtLatch: Bool
    /// Per access visited: the segment every visit stayed in, or nil once one did not.
    var visits: [Int: UInt16?] = [:]
    private var breakTargets: [State?] = []
    private var closing: [Int: (orElse: Int?, end: Int)] = [:]
    private var work = 0
    private static let workLimit = 500_000
    /// Work charged per join of two states: they hold a range per register.
    private var joinCost: Int { 1 + (kernel.registers32 + kernel.registers64) / 64 }

    /// - Parameter calledWithAnything: the code is a function's body: on entry its registers may
    ///   hold any value (its parameters do), not the 0 every register starts a kernel with.
    init(kernel: KernelCode, localBytes: Int, specialization: Specialization?, loopBudget: Bool, calledWithAnything: Bool = false) {
        self.kernel = kernel
        self.localBytes = localBytes
        self.specialization = specialization
        self.loopExitsAtLatch = loopBudget
        guard matchConstructs() else { return }
        let entry = State(
            narrow: Array(repeating: calledWithAnything ? .int32 : .zero, count: kernel.registers32),
            wide: Array(repeating: calledWithAnything ? .uint64 : .zero, count: kernel.registers64))
        _ = run(0..<kernel.instructions.count, entry)
        guard work <= Self.workLimit else {
            knownLoads = [:]
            return
        }
        for case let (index, segment?) in visits { inBounds[index] = segment }
    }

    /// Pairs each if, loop and block with its `orElse` and `end`; false for unbalanced code.
    private mutating func matchConstructs() -> Bool {
        var open: [Int] = []
        var orElse: [Int: Int] = [:]
        for (index, instruction) in kernel.instructions.enumerated() {
            switch instruction.opcode {
            case .ifTrue, .loop, .block: open.append(index)
            case .orElse:
                guard let top = open.last, kernel.instructions[top].opcode == .ifTrue else { return false }
                orElse[top] = index
            case .end:
                guard let top = open.popLast() else { return false }
                closing[top] = (orElse[top], index)
            default: break
            }
        }
        return open.isEmpty
    }

    private func join(_ a: State?, _ b: State?) -> State? {
        guard let a else { return b }
        guard let b else { return a }
        var joined = a
        for index in joined.narrow.indices { joined.narrow[index] = a.narrow[index].hull(b.narrow[index]) }
        for index in joined.wide.indices { joined.wide[index] = a.wide[index].hull(b.wide[index]) }
        joined.conditions = a.conditions.filter { b.conditions[$0.key] == $0.value }
        joined.extensions = a.extensions.filter { b.extensions[$0.key] == $0.value }
        return joined
    }

    private func widen(_ previous: State, _ next: State) -> State {
        var widened = next
        for index in next.narrow.indices { widened.narrow[index] = next.narrow[index].widened(from: previous.narrow[index], view: .int32) }
        for index in next.wide.indices { widened.wide[index] = next.wide[index].widened(from: previous.wide[index], view: .uint64) }
        return widened
    }

    /// Interprets `range` from `entry`; the state falling out of its end (nil: unreachable).
    private mutating func run(_ range: Range<Int>, _ entry: State?) -> State? {
        var state = entry
        var pc = range.lowerBound
        while pc < range.upperBound {
            work += 1
            guard work <= Self.workLimit else { return nil }
            let instruction = kernel.instructions[pc]
            switch instruction.opcode {
            case .ifTrue:
                let (orElse, end) = closing[pc]!
                let condition = state?.conditions[instruction.a]
                let taken = run(pc + 1..<(orElse ?? end), refine(state, condition, true))
                let notTaken = refine(state, condition, false)
                state = join(taken, orElse.map { run($0 + 1..<end, notTaken) } ?? notTaken)
                work += joinCost
                pc = end
            case .block:
                let end = closing[pc]!.end
                breakTargets.append(nil)
                let fallsThrough = run(pc + 1..<end, state)
                state = join(fallsThrough, breakTargets.removeLast())
                work += joinCost
                pc = end
            case .loop:
                let end = closing[pc]!.end
                state = loop(pc + 1..<end, entry: state)
                pc = end
            case .breakOut:
                let target = breakTargets.count - 1 - Int(instruction.a)
                if breakTargets.indices.contains(target) { breakTargets[target] = join(breakTargets[target], state) }
                work += joinCost
                state = nil
            case .ret:
                state = nil
            default:
                if var current = state {
                    transfer(instruction, at: pc, &current)
                    state = current
                }
            }
            pc += 1
        }
        return state
    }

    /// A loop's body run from its head state until that state is stable; the state after it.
    private mutating func loop(_ body: Range<Int>, entry: State?) -> State? {
        guard let entry else { return nil }
        var head = entry
        for iteration in 0... {
            breakTargets.append(nil)
            let back = run(body, head)
            // The watchdog's budget leaves from the latch, so the state there reaches the exit too.
            var exits = breakTargets.removeLast()
            if loopExitsAtLatch { exits = join(exits, back) }
            work += 2 * joinCost
            var next = join(entry, back)!
            if iteration >= 2 { next = widen(head, next) }
            if iteration >= 64 { next = State(narrow: next.narrow.map { _ in .int32 }, wide: next.wide.map { _ in .uint64 }) }
            if next == head || work > Self.workLimit { return exits }
            head = next
        }
        return nil
    }
}
