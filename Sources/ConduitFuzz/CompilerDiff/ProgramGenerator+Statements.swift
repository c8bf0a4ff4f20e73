extension ProgramGenerator {
    /// One random statement (it spends at least one unit of the budget).
    mutating func statement() {
        budget -= 1
        let roll = random.below(100)
        switch roll {
        case 0..<14: declaration()
        case 14..<34: assignment()
        case 34..<42: compoundAssignment()
        case 42..<50: ifElse()
        case 50..<58: forLoop()
        case 58..<62: whileLoop()
        case 62..<68: switchStatement()
        case 68..<74: arrayStore()
        case 74..<78: pointerUpdate()
        case 78..<81: gotoStatement()
        default: modeStatement()
        }
    }

    mutating func declaration() {
        let type = random.pick(IntType.all)
        let name = freshName("v")
        line("\(type.name) \(name) = \(expression(depth: 4).text);")
        scopes[scopes.count - 1].append(Variable(name: name, type: type))
    }

    mutating func arrayDeclaration() {
        let type = random.pick(IntType.all), count = random.chance(50) ? 4 : 8
        let name = freshName("a")
        let items = (0..<count).map { _ in expression(depth: 2).text }
        line("\(type.name) \(name)[\(count)] = {\(items.joined(separator: ", "))};")
        scopes[scopes.count - 1].append(Variable(name: name, type: type, arrayCount: count))
    }

    /// Variables that statements may write: declared in the kernel or helper, not `gid`/`lid`.
    private var writable: [Variable] { scalars.filter { !$0.readOnly } }

    private mutating func assignment() {
        guard let target = writable.randomElement(using: &random) else { return declaration() }
        line("\(target.name) = \(expression(depth: 4).text);")
    }

    /// `op=`, `++` and `--` only where C defines them for every value: the arithmetic is done
    /// in the (unsigned) type itself or cannot overflow after promotion.
    private mutating func compoundAssignment() {
        guard let target = writable.randomElement(using: &random) else { return declaration() }
        let t = target.type
        let value = "(\(t.name))(\(expression(depth: 3).text))"
        switch random.below(4) {
        case 0 where !t.signed && t.bits >= 32:
            line("\(target.name) \(random.pick(["+=", "-=", "*=", "<<="])) \(random.chance(70) ? value : "(\(value) & \(t.bits - 1))");")
        case 1: line("\(target.name) \(random.pick(["&=", "|=", "^="])) \(value);")
        case 2: line("\(target.name) >>= (\(value) & \(t.promoted.bits - 1));")
        default:
            if t.signed && t.bits >= 32 {
                line("\(target.name) ^= \(value);")
            } else {
                line(random.pick(["\(target.name)++;", "\(target.name)--;", "++\(target.name);", "--\(target.name);"]))
            }
        }
    }

    private mutating func block(divergent makesDivergent: Bool, _ body: (inout ProgramGenerator) -> Void) {
        let saved = divergent
        divergent = divergent || makesDivergent
        scopes.append([])
        indent += 1
        body(&self)
        indent -= 1
        scopes.removeLast()
        divergent = saved
    }

    private mutating func statements(_ count: Int) {
        for _ in 0..<count where budget > -8 { statement() }
    }

    private mutating func ifElse() {
        line("if (\(expression(depth: 3).text)) {")
        block(divergent: true) { $0.statements(1 + $0.random.below(3)) }
        if random.chance(50) {
            line("} else {")
            block(divergent: true) { $0.statements(1 + $0.random.below(3)) }
        }
        line("}")
    }

    private mutating func loopExit() {
        guard loopDepth > 0 else { return }
        line("if (\(expression(depth: 2).text)) \(random.chance(50) ? "break" : "continue");")
    }

    private mutating func forLoop() {
        guard loopDepth < 3 else { return assignment() }
        let i = freshName("i")
        let varying = inKernel && random.chance(40)
        let bound = varying ? "(int)(in[(gid + \(random.below(64))u) & 63u] & 3u)" : "\(random.below(5))"
        // A loop that may leave early is divergent from its first iteration on (no barriers).
        let exits = random.chance(35)
        line("for (int \(i) = 0; \(i) < \(bound); \(i)++) {")
        loopDepth += 1
        block(divergent: varying || exits) { g in
            g.scopes[g.scopes.count - 1].append(Variable(name: i, type: .int, readOnly: true))
            g.statements(1 + g.random.below(3))
            if exits { g.loopExit() }
            g.statements(g.random.below(2))
        }
        loopDepth -= 1
        line("}")
    }

    private mutating func whileLoop() {
        guard loopDepth < 3 else { return assignment() }
        let w = freshName("w")
        let doWhile = random.chance(40)
        line("uint \(w) = 0u;")
        line(doWhile ? "do {" : "while (\(w) < \(1 + random.below(4))u) {")
        loopDepth += 1
        block(divergent: true) { g in
            g.line("\(w)++;")
            g.statements(1 + g.random.below(2))
            if g.random.chance(35) { g.loopExit() }
        }
        loopDepth -= 1
        line(doWhile ? "} while (\(w) < \(1 + random.below(4))u);" : "}")
    }

    /// `goto` both ways: forward out of a loop or block to a label after it, or back to a
    /// label before it, as a retry loop whose counter bounds it. The conditions vary per
    /// work-item, so what they guard is divergent (no barriers).
    private mutating func gotoStatement() {
        guard loopDepth < 3 else { return assignment() }
        let label = freshName("L")
        if random.chance(50) {
            let counter = random.chance(60) ? freshName("i") : nil
            line(counter.map { "for (int \($0) = 0; \($0) < \(1 + random.below(4)); \($0)++) {" } ?? "{")
            loopDepth += 1
            block(divergent: true) { g in
                if let counter { g.scopes[g.scopes.count - 1].append(Variable(name: counter, type: .int, readOnly: true)) }
                g.statements(g.random.below(2))
                g.line("if (\(g.expression(depth: 2).text)) goto \(label);")
                g.statements(1 + g.random.below(2))
            }
            loopDepth -= 1
            line("}")
            line("\(label): ;")
        } else {
            let counter = freshName("g")
            line("uint \(counter) = 0u;")
            line("\(label): {")
            loopDepth += 1
            block(divergent: true) { g in
                g.line("\(counter)++;")
                g.statements(1 + g.random.below(2))
            }
            loopDepth -= 1
            line("}")
            let condition = expression(depth: 2).text
            line("if (\(counter) < \(1 + random.below(4))u && (\(condition))) goto \(label);")
        }
    }

    private mutating func switchStatement() {
        line("switch ((\(expression(depth: 3).text)) & 7) {")
        var labels = Array(0..<8).shuffled(using: &random).prefix(1 + random.below(4))
        labels.sort()
        // Each section is a compound statement (a label needs a statement after it), falling
        // through to the next one unless it breaks.
        for label in labels {
            line("case \(label): {")
            block(divergent: true) { g in
                g.statements(1 + g.random.below(2))
                if g.random.chance(70) { g.line("break;") }
            }
            line("}")
        }
        if random.chance(60) {
            line("default: {")
            block(divergent: true) { $0.statements(1) }
            line("}")
        }
        line("}")
    }

    private mutating func arrayStore() {
        guard let array = visible.filter({ $0.arrayCount != nil }).randomElement(using: &random) else { return arrayDeclarationOrAssignment() }
        let constantIndex = random.chance(40)
        let index = constantIndex ? expression(depth: 2, constant: true).text : expression(depth: 2).text
        line("\(array.name)[(\(index)) & \(array.arrayCount! - 1)] = \(expression(depth: 3).text);")
    }

    private mutating func arrayDeclarationOrAssignment() {
        if scopes.count == 1 { arrayDeclaration() } else { assignment() }
    }

    /// A variable whose address is taken: it then lives in private memory.
    private mutating func pointerUpdate() {
        guard let target = writable.filter({ !$0.type.signed && $0.type.bits == 32 }).randomElement(using: &random) else { return assignment() }
        line("{ uint *p = &\(target.name); *p = (*p ^ (uint)(\(expression(depth: 2).text))) * 3u + 1u; }")
    }

    /// What only some modes do: barriers, atomics, vectors.
    private mutating func modeStatement() {
        switch mode {
        case .scalar, .floating: assignment()
        case .vector:
            guard inKernel else { return assignment() }
            vectorStatement()
        case .barrier:
            guard inKernel, !divergent, loopDepth < 2 else { return assignment() }
            barrierExchange()
        case .atomic:
            guard inKernel else { return assignment() }
            atomicUpdate()
        }
    }

    private mutating func barrierExchange() {
        guard let target = writable.randomElement(using: &random) else { return declaration() }
        let k = 1 + random.below(Self.localSize - 1)
        switch random.below(3) {
        case 0:
            line("tile[lid] = (uint)(\(expression(depth: 3).text));")
            line("barrier(CLK_LOCAL_MEM_FENCE);")
            line("\(target.name) ^= (\(target.type.name))tile[(lid + \(k)u) % \(Self.localSize)u];")
            line("barrier(CLK_LOCAL_MEM_FENCE);")
        case 1:
            line("\(target.name) = (\(target.type.name))exchange(tile, lid, (uint)(\(expression(depth: 3).text)), \(k)u);")
        default:
            let r = freshName("r")
            line("for (int \(r) = 0; \(r) < \(1 + random.below(3)); \(r)++) {")
            indent += 1
            line("tile[lid] = (uint)\(target.name) + (uint)\(r);")
            line("barrier(CLK_LOCAL_MEM_FENCE);")
            line("\(target.name) ^= (\(target.type.name))(tile[(lid + \(k)u) % \(Self.localSize)u] & 7u);")
            line("barrier(CLK_LOCAL_MEM_FENCE);")
            indent -= 1
            line("}")
        }
    }

    private mutating func atomicUpdate() {
        let value = "(uint)(\(expression(depth: 3).text))"
        let (slot, function) = random.pick([(0, "atomic_add"), (1, "atomic_xor"), (2, "atomic_max"), (3, "atomic_min"), (0, "atomic_sub")])
        if random.chance(50) {
            line("\(function)(&counters[\(slot)], \(value));")
        } else {
            line("\(function)(&acc[\(slot)], \(value));")
        }
    }
}
