/// Loops whose iteration count is bounded at emission, so the watchdog's budget can be charged
/// once before them instead of counted on every iteration.
///
/// The emitter counts iterations in one work-item counter (`lb_`) against the budget, at every
/// loop's latch. A counter shared by a nest of loops ties every loop's exit to every other's
/// trip count: drivers then cannot unroll or delete even `for (int i = 0; i < 3; i++)`, and on
/// PoCL the first launch of a random kernel with nested counted loops took 3× as long as the
/// same kernel without the budget. A counted loop runs at most K times per entry, so a nest of
/// them is charged its total (K × (1 + what its inner nests cost per iteration)) on entry, with
/// no check inside; the checks that remain (loops not proven bounded) see every charge. Nests
/// above `nestLimit` iterations stay counted per iteration, so the watchdog still stops a
/// work-item within its budget plus at most `nestLimit` iterations.
///
/// In kernels with barriers, only counted loops that hold a barrier lose their checks. PoCL 3.1
/// miscompiled a random kernel (`pocl-miscompile-atomic-2764`, counted loops between two
/// barriers) once those loops lost their checks, and computed it right with them; while a
/// check in a loop that holds a barrier is an exit PoCL's work-group compiler must assume
/// divergent: the first launch of a random kernel with six such loops
/// (`Tests/ConduitFuzzTests/CompilerDiffRegressions/slow-barrier-30412.cl`) did not finish in 60 s,
/// and takes 0.9 s without them.
///
/// A loop is counted when its body's top level holds an exit `if (c) break;` whose condition
/// continues the loop only while a register `i` compares below (or at most) a constant `C`,
/// `i` is written once in the loop, by `i = i + s` (constant `s > 0`) where every iteration
/// that reaches the back edge executes it, `i` is a known constant at the loop's entry, and
/// `i + s` cannot wrap before the comparison fails.
struct LoopBounds {
    /// Total iterations of the nest a loop heads, by the index of its `loop` instruction, for the
    /// outermost loop of each counted nest: the emitter charges this much before the loop.
    private(set) var charges: [Int: UInt64] = [:]
    /// Every loop (by index) that needs no check of its own: counted and inside a charged nest.
    private(set) var counted: Set<Int> = []

    /// The most iterations one charge may stand for.
    static let nestLimit: UInt64 = 1 << 24

    struct Register: Hashable {
        var wide: Bool
        var number: UInt32
    }

    private let instructions: [Instruction]
    /// Each construct's `end`, by the index that opens it.
    private var closing: [Int: Int] = [:]
    /// The registers each construct writes, by the index that opens it.
    private var written: [Int: Set<Register>] = [:]
    /// Constants known on entry to each loop, by its index.
    private var entryConstants: [Int: [Register: UInt64]] = [:]

    /// - Parameter barriersElsewhere: whether the code is a function of a kernel with barriers
    ///   (its loops then keep their checks, as they did when helpers were inlined).
    init(_ kernel: KernelCode, barriersElsewhere: Bool = false) {
        instructions = kernel.instructions
        guard matchConstructs() else { return }
        propagateConstants()
        var totals: [Int: UInt64] = [:]
        var children: [Int: [Int]] = [:]
        var parent: [Int: Int] = [:]
        var open: [Int] = []
        for (index, instruction) in instructions.enumerated() {
            switch instruction.opcode {
            case .loop:
                if let outer = open.last {
                    parent[index] = outer
                    children[outer, default: []].append(index)
                }
                open.append(index)
            case .end where open.last.map({ closing[$0] == index }) ?? false:
                let loop = open.removeLast()
                // Inner loops close first, so their totals are known here.
                guard let trips = tripBound(loop) else { continue }
                var perIteration: UInt64 = 1
                var bounded = true
                for child in children[loop] ?? [] {
                    guard let inner = totals[child] else {
                        bounded = false
                        break
                    }
                    perIteration = Self.saturatingAdd(perIteration, inner)
                }
                let total = Self.saturatingMultiply(trips, perIteration)
                if bounded, total <= Self.nestLimit { totals[loop] = total }
            default: break
            }
        }
        // In a kernel with barriers only loops that hold a barrier go unchecked (see above).
        let hasBarriers = barriersElsewhere || instructions.contains { $0.opcode == .barrier }
        for (loop, _) in totals where !hasBarriers || holdsBarrier(loop) { counted.insert(loop) }
        for loop in counted where !counted.contains(parent[loop] ?? -1) { charges[loop] = totals[loop] }
    }

    private func holdsBarrier(_ loop: Int) -> Bool {
        guard let end = closing[loop] else { return false }
        return instructions[loop..<end].contains { $0.opcode == .barrier }
    }

    private static func saturatingAdd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : sum
    }

    private static func saturatingMultiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }

    private static func destination(_ instruction: Instruction) -> Register? {
        guard instruction.opcode.definesRegisterA else { return nil }
        return Register(wide: instruction.opcode.operands.0 == .r64, number: instruction.a)
    }

    /// Pairs constructs with their ends and collects what each writes; false for unbalanced code.
    private mutating func matchConstructs() -> Bool {
        var open: [Int] = []
        for (index, instruction) in instructions.enumerated() {
            switch instruction.opcode {
            case .ifTrue, .loop, .block: open.append(index)
            case .end:
                guard let start = open.popLast() else { return false }
                closing[start] = index
                if let outer = open.last { written[outer, default: []].formUnion(written[start] ?? []) }
            default:
                if let register = Self.destination(instruction), let inner = open.last { written[inner, default: []].insert(register) }
            }
        }
        return open.isEmpty
    }

    /// Constants known at each loop's entry: a register keeps its value through a construct that
    /// does not write it, and loses it (conservatively) after one that does.
    private mutating func propagateConstants() {
        var state: [Register: UInt64] = [:]
        var entries: [(start: Int, state: [Register: UInt64])] = []
        for (index, instruction) in instructions.enumerated() {
            switch instruction.opcode {
            case .ifTrue, .block: entries.append((index, state))
            case .loop:
                entryConstants[index] = state
                entries.append((index, state))
                state = state.filter { !(written[index] ?? []).contains($0.key) }
            case .orElse: state = entries.last?.state ?? [:]
            case .end:
                guard let (start, entry) = entries.popLast() else { continue }
                state = entry.filter { !(written[start] ?? []).contains($0.key) }
            default:
                guard let register = Self.destination(instruction) else { continue }
                state[register] = Self.constant(instruction, state)
            }
        }
    }

    /// The value an instruction gives its register when it is a constant (raw bits; 32-bit
    /// values zero-extended).
    private static func constant(_ i: Instruction, _ known: [Register: UInt64]) -> UInt64? {
        let narrow = { known[Register(wide: false, number: $0)] }, wide = { known[Register(wide: true, number: $0)] }
        switch i.opcode {
        case .const32: return UInt64(i.b)
        case .const64: return UInt64(i.c) << 32 | UInt64(i.b)
        case .mov32: return narrow(i.b)
        case .mov64: return wide(i.b)
        case .sext32to64: return narrow(i.b).map { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) }
        case .zext32to64: return narrow(i.b)
        case .trunc64to32: return wide(i.b).map { $0 & 0xFFFF_FFFF }
        case .neg32: return narrow(i.b).map { (0 &- $0) & 0xFFFF_FFFF }
        case .neg64: return wide(i.b).map { 0 &- $0 }
        case .add32, .sub32:
            guard let x = narrow(i.b), let y = narrow(i.c) else { return nil }
            return (i.opcode == .add32 ? x &+ y : x &- y) & 0xFFFF_FFFF
        case .add64, .sub64:
            guard let x = wide(i.b), let y = wide(i.c) else { return nil }
            return i.opcode == .add64 ? x &+ y : x &- y
        default: return nil
        }
    }
}

extension LoopBounds {
    /// What the analysis knows of a register inside one iteration of the loop it studies.
    fileprivate indirect enum Symbol: Equatable {
        case unknown
        case constant(UInt64)
        /// The value the register had when the iteration began.
        case start(Register)
        /// That value plus a constant (wrapping in the register's width).
        case stepped(Register, UInt64)
        /// The 0/1 result of `lhs < rhs` (or `<=`), possibly negated.
        case comparison(Comparison)
    }

    fileprivate struct Comparison: Equatable {
        var inclusive: Bool
        var signed: Bool
        var wide: Bool
        var lhs: Symbol
        var rhs: Symbol
        var negated: Bool
    }

    /// How a loop continues: while `counter + tested < bound` (or `<=`), where `tested` is 0
    /// when the test reads the counter's value at the iteration's start, or the increment when
    /// it reads the value after it (a `do … while`).
    private struct Condition {
        var counter: Register
        var tested: UInt64
        var bound: UInt64
        var inclusive: Bool
        var signed: Bool
    }

    /// Iterations the loop at `start` runs per entry at most, or nil when it is not counted.
    private func tripBound(_ start: Int) -> UInt64? {
        guard let end = closing[start], let entry = entryConstants[start] else { return nil }
        let inLoop = written[start] ?? []
        var symbols: [Register: Symbol] = [:]
        func value(_ register: Register) -> Symbol {
            if let symbol = symbols[register] { return symbol }
            if !inLoop.contains(register), let constant = entry[register] { return .constant(constant) }
            return .start(register)
        }
        var exit: Symbol?
        var increments: [(register: Register, symbol: Symbol)] = []
        // The loop's top level, and the straight-line start of a block at its top level: every
        // iteration that reaches the back edge runs these. A register written only there keeps
        // its symbol past the block (`do { w++; … } while (w < 4u)` tests the stepped value).
        // Returns the registers the range may leave otherwise than its straight line did (nil:
        // malformed).
        func walk(_ range: Range<Int>, topLevel: Bool) -> Set<Register>? {
            var pc = range.lowerBound
            var mustRun = true
            var changed: Set<Register> = []
            while pc < range.upperBound {
                let instruction = instructions[pc]
                switch instruction.opcode {
                case .ifTrue, .loop, .block:
                    guard let close = closing[pc] else { return nil }
                    let breaksHere =
                        instruction.opcode == .ifTrue && close == pc + 2 && instructions[pc + 1].opcode == .breakOut && instructions[pc + 1].a == 0
                    var clobbered = written[pc] ?? []
                    if topLevel, exit == nil, breaksHere {
                        exit = value(Register(wide: false, number: instruction.a))
                    } else if topLevel, instruction.opcode == .block {
                        guard let inBlock = walk(pc + 1..<close, topLevel: false) else { return nil }
                        clobbered = inBlock
                    }
                    for register in clobbered { symbols[register] = .unknown }
                    changed.formUnion(clobbered)
                    if !topLevel { mustRun = false }
                    pc = close + 1
                    continue
                case .breakOut, .ret:
                    if topLevel { return changed }  // the rest of the body never runs
                    mustRun = false
                case .orElse, .end: return nil
                default:
                    guard let register = Self.destination(instruction) else { break }
                    let symbol = Self.evaluate(instruction, value)
                    symbols[register] = symbol
                    if mustRun { increments.append((register, symbol)) } else { changed.insert(register) }
                }
                pc += 1
            }
            return changed
        }
        guard walk(start + 1..<end, topLevel: true) != nil, case let .comparison(test)? = exit, let condition = Self.continuation(test) else { return nil }
        // The counter's only write in the loop is one increment that every iteration runs.
        let writes = instructions[(start + 1)..<end].filter { Self.destination($0) == condition.counter }
        guard writes.count == 1, increments.filter({ $0.register == condition.counter }).count == 1,
            case let .stepped(base, step)? = increments.first(where: { $0.register == condition.counter })?.symbol, base == condition.counter,
            condition.tested == 0 || condition.tested == step, let first = entry[condition.counter]
        else { return nil }
        return Self.trips(from: first, step: step, condition)
    }

    /// The loop's condition to go on, from the condition that leaves it.
    private static func continuation(_ exit: Comparison) -> Condition? {
        // Going on is the exit's negation: ¬(i < C) leaves, so i < C goes on; C <= i leaves,
        // so ¬(C <= i) = i < C goes on.
        func counter(_ symbol: Symbol) -> (Register, UInt64)? {
            switch symbol {
            case let .start(register): (register, 0)
            case let .stepped(register, step): (register, step)
            default: nil
            }
        }
        if exit.negated, let (register, tested) = counter(exit.lhs), case let .constant(bound) = exit.rhs {
            return Condition(counter: register, tested: tested, bound: bound, inclusive: exit.inclusive, signed: exit.signed)
        }
        if !exit.negated, case let .constant(bound) = exit.lhs, let (register, tested) = counter(exit.rhs) {
            return Condition(counter: register, tested: tested, bound: bound, inclusive: !exit.inclusive, signed: exit.signed)
        }
        return nil
    }

    /// Iterations of `for (i = first; i < bound; i += step)` (or `<=`; or of the `do … while`
    /// that tests `i` after the step, which runs once more than the `for` from `first + step`),
    /// or nil when `i + step` could wrap first or the step is not positive.
    private static func trips(from first: UInt64, step: UInt64, _ condition: Condition) -> UInt64? {
        let bits = condition.counter.wide ? 64 : 32
        let mask: UInt64 = bits == 64 ? .max : 0xFFFF_FFFF
        func number(_ raw: UInt64) -> Int128 {
            let value = raw & mask
            guard condition.signed, value >> (bits - 1) == 1 else { return Int128(value) }
            return Int128(value) - (Int128(1) << bits)
        }
        let bound = number(condition.bound)
        let maximum: Int128 = condition.signed ? (Int128(1) << (bits - 1)) - 1 : (Int128(1) << bits) - 1
        let increment = Int128(step & mask)
        guard increment > 0, !condition.signed || increment <= maximum else { return nil }
        let afterStep = condition.tested != 0
        let start = number(first) + (afterStep ? increment : 0)  // the first value tested
        guard start <= maximum else { return nil }  // it wrapped
        let last = condition.inclusive ? bound : bound - 1  // the largest value that goes on
        let extra: Int128 = afterStep ? 1 : 0  // a `do … while` runs before its first test
        guard start <= last else { return UInt64(extra) }
        guard last + increment <= maximum else { return nil }
        let count = (last - start) / increment + 1 + extra
        return count > Int128(UInt64.max) ? nil : UInt64(count)
    }

    /// The symbol an instruction gives its register.
    private static func evaluate(_ i: Instruction, _ value: (Register) -> Symbol) -> Symbol {
        func narrow(_ n: UInt32) -> Symbol { value(Register(wide: false, number: n)) }
        func wide(_ n: UInt32) -> Symbol { value(Register(wide: true, number: n)) }
        switch i.opcode {
        case .const32: return .constant(UInt64(i.b))
        case .const64: return .constant(UInt64(i.c) << 32 | UInt64(i.b))
        case .mov32: return narrow(i.b)
        case .mov64: return wide(i.b)
        case .sext32to64:
            guard case let .constant(c) = narrow(i.b) else { return .unknown }
            return .constant(UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: c))))
        case .zext32to64:
            guard case let .constant(c) = narrow(i.b) else { return .unknown }
            return .constant(c)
        case .add32, .add64:
            let isWide = i.opcode == .add64
            switch (isWide ? wide(i.b) : narrow(i.b), isWide ? wide(i.c) : narrow(i.c)) {
            case let (.start(r), .constant(c)), let (.constant(c), .start(r)): return .stepped(r, c)
            default: return .unknown
            }
        case .lts32, .ltu32, .les32, .leu32, .lts64, .ltu64, .les64, .leu64:
            let isWide = [.lts64, .ltu64, .les64, .leu64].contains(i.opcode)
            return .comparison(
                Comparison(
                    inclusive: [.les32, .leu32, .les64, .leu64].contains(i.opcode), signed: [.lts32, .les32, .lts64, .les64].contains(i.opcode),
                    wide: isWide, lhs: isWide ? wide(i.b) : narrow(i.b), rhs: isWide ? wide(i.c) : narrow(i.c), negated: false))
        case .ne32, .eq32:
            // `x != 0` is x, `x == 0` is !x, for a comparison's 0/1.
            switch (narrow(i.b), narrow(i.c)) {
            case (.comparison(var test), .constant(0)), (.constant(0), .comparison(var test)):
                if i.opcode == .eq32 { test.negated.toggle() }
                return .comparison(test)
            default: return .unknown
            }
        default: return .unknown
        }
    }
}
