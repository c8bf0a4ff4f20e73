/// The registers some path may read before writing them. Registers start at 0 on every backend,
/// so these must be initialised in the emitted C; every other register is declared without an
/// initialiser. That matters for drivers that compile work-group functions around barriers
/// (PoCL): a register initialised at the top and written again inside a loop becomes an SSA phi
/// that is live across every barrier of the loop, and each such value costs the driver a copy
/// per work-item. On random kernels with barriers this was 7× of the driver's first launch.
///
/// Definite assignment over the structured control flow, in one forward pass: `if` meets its
/// two branches, a loop or block meets the paths that leave it (a loop is entered with the state
/// before it, which every back edge contains), and code after `break` or `ret` is unreachable.
struct UninitializedReads {
    private(set) var registers32 = Set<UInt32>()
    private(set) var registers64 = Set<UInt32>()

    private struct Assigned {
        var r32 = Set<UInt32>(), r64 = Set<UInt32>()
    }

    private enum Frame {
        case conditional(entry: Assigned?, thenExit: Assigned??)
        case loop(exits: Assigned?)
        case block(exits: Assigned?)
    }

    init(_ kernel: KernelCode) { self.init(kernel.instructions) }

    init(_ instructions: [Instruction]) {
        var current: Assigned? = Assigned()
        var frames: [Frame] = []
        func meet(_ a: Assigned?, _ b: Assigned?) -> Assigned? {
            guard let a else { return b }
            guard let b else { return a }
            return Assigned(r32: a.r32.intersection(b.r32), r64: a.r64.intersection(b.r64))
        }
        for i in instructions {
            switch i.opcode {
            case .ifTrue:
                read(i.a, wide: false, current)
                frames.append(.conditional(entry: current, thenExit: nil))
            case .orElse:
                guard case let .conditional(entry, _)? = frames.last else { continue }
                frames[frames.count - 1] = .conditional(entry: entry, thenExit: .some(current))
                current = entry
            case .loop: frames.append(.loop(exits: nil))
            case .block: frames.append(.block(exits: nil))
            case .end:
                switch frames.popLast() {
                case let .conditional(entry, thenExit)?: current = thenExit.map { meet($0, current) } ?? meet(current, entry)
                case let .loop(exits)?: current = exits
                case let .block(exits)?: current = meet(current, exits)
                case nil: break
                }
            case .breakOut:
                // `break N` leaves the N-th enclosing loop or block, counting from 0 (ifs do not count).
                var depth = Int(i.a)
                for index in frames.indices.reversed() {
                    switch frames[index] {
                    case .conditional: continue
                    case let .loop(exits):
                        if depth == 0 { frames[index] = .loop(exits: meet(exits, current)) }
                    case let .block(exits):
                        if depth == 0 { frames[index] = .block(exits: meet(exits, current)) }
                    }
                    if depth == 0 { break }
                    depth -= 1
                }
                current = nil
            case .ret:
                current = nil
            default:
                let kinds = i.opcode.operands, slots = i.slots
                for (slot, kind) in [kinds.0, kinds.1, kinds.2, kinds.3].enumerated() where slot > 0 || !i.opcode.definesRegisterA {
                    if kind == .r32 { read(slots[slot], wide: false, current) }
                    if kind == .r64 { read(slots[slot], wide: true, current) }
                }
                if i.opcode.definesRegisterA, current != nil {
                    if kinds.0 == .r64 { current!.r64.insert(i.a) } else { current!.r32.insert(i.a) }
                }
            }
        }
    }

    private mutating func read(_ register: UInt32, wide: Bool, _ state: Assigned?) {
        guard let state else { return }  // unreachable code reads nothing
        if wide { if !state.r64.contains(register) { registers64.insert(register) } } else if !state.r32.contains(register) { registers32.insert(register) }
    }
}
