extension CodeGen {
    func statement(_ s: Stmt) throws(CompileError) {
        let mark = temps.count
        defer { releaseTemps(to: mark) }
        switch s {
        case let .compound(items):
            pushScope()
            try block(items)
            popScope()
        case .labeled:
            try block([s])
        case let .gotoStatement(label, location):
            try breakTo(location, "goto into a block: label '\(label)' is not in a block that encloses the goto (not supported)") {
                $0 == .gotoTarget(label)
            }
        case let .declaration(declarations):
            for d in declarations { try declare(d) }
        case let .expression(e):
            _ = try rvalue(e)
        case let .ifElse(c, then, otherwise):
            let truth = try truthValue(try rvalue(c), location: c.location)
            emit(.ifTrue, truth.regs[0].index)
            try scoped(then)
            if let otherwise {
                emit(.orElse)
                try scoped(otherwise)
            }
            emit(.end)
        case let .whileLoop(c, body):
            try loop(condition: c, body: body, step: nil, conditionFirst: true)
        case let .doWhile(body, c):
            try loop(condition: c, body: body, step: nil, conditionFirst: false)
        case let .forLoop(initial, c, step, body):
            pushScope()
            if let initial { try statement(initial) }
            try loop(condition: c, body: body, step: step, conditionFirst: true)
            popScope()
        case let .breakStatement(location):
            try breakTo(location, "break statement not within a loop or switch") { $0 == .loop || $0 == .switchBlock }
        case let .continueStatement(location):
            try breakTo(location, "continue statement not within a loop") { $0 == .continueBlock }
        case let .returnStatement(value, location):
            try returnStatement(value, location)
        case let .switchStatement(value, body, location):
            try switchStatement(value, body, location)
        case let .caseLabel(_, location):
            throw error("'case' outside a switch", location)
        case let .defaultLabel(location):
            throw error("'default' outside a switch", location)
        case .empty:
            break
        }
    }

    private func scoped(_ s: Stmt) throws(CompileError) {
        pushScope()
        try statement(s)
        popScope()
    }

    private func declare(_ d: VariableDeclaration) throws(CompileError) {
        if let initializer = d.initializer, case .initializerList = initializer.kind {
            try declareVariable(name: d.name, type: d.type, space: d.space, initialValue: nil, location: d.location)
            qualify(d.name, isConst: d.isConst)
            guard let variable = lookup(d.name) else { return }
            try initialize(variable.place, with: initializer)
            return
        }
        let value = try d.initializer.map { (e: Expr) throws(CompileError) -> Value in try rvalue(e) }
        try declareVariable(name: d.name, type: d.type, space: d.space, initialValue: value, location: d.location)
        qualify(d.name, isConst: d.isConst)
    }

    /// `= { … }` for arrays, structs and vectors; elements without an initialiser become zero.
    private func initialize(_ place: Place, with expr: Expr) throws(CompileError) {
        guard case let .initializerList(items) = expr.kind else {
            try store(try rvalue(expr), to: place, location: expr.location)
            return
        }
        let type = place.type
        if type.isScalar {
            guard items.count == 1 else { throw error("too many initialisers for \(type)", expr.location) }
            try initialize(place, with: items[0])
            return
        }
        let slots = initializerSlots(type)
        guard items.count <= slots.count else { throw error("too many initialisers for \(type) (\(items.count) for \(slots.count))", expr.location) }
        for (index, slot) in slots.enumerated() {
            let sub = try subPlace(place, slot: index, type: slot.type, offset: slot.offset)
            if index < items.count { try initialize(sub, with: items[index]) } else { try store(try zero(slot.type), to: sub, location: expr.location) }
        }
    }

    private func subPlace(_ place: Place, slot: Int, type: CType, offset: Int) throws(CompileError) -> Place {
        switch place {
        case let .memory(base, baseOffset, _, space):
            return .memory(base: base, offset: baseOffset + offset, type: type, space: space)
        case let .registers(whole, regs):
            let before = initializerSlots(whole).prefix(slot).reduce(0) { $0 + $1.type.componentCount }
            return .registers(type, Array(regs[before..<before + type.componentCount]))
        case .memoryComponents:
            throw error("cannot initialise this object", SourceLocation(file: 0, line: 0, column: 0))
        }
    }

    private func zero(_ type: CType) throws(CompileError) -> Value {
        Value(type: type, regs: type.components.map { $0.type.isWide ? constant64(0) : constant32(0) })
    }

    // MARK: - Loops

    /// `loop { [if !c break] block { body } [step] [if !c break] }`; `continue` leaves the inner block.
    private func loop(condition: Expr?, body: Stmt, step: Expr?, conditionFirst: Bool) throws(CompileError) {
        emit(.loop)
        constructs.append(.loop)
        if conditionFirst, let condition { try exitUnless(condition) }
        emit(.block)
        constructs.append(.continueBlock)
        try scoped(body)
        constructs.removeLast()
        emit(.end)
        if let step {
            let mark = temps.count
            _ = try rvalue(step)
            releaseTemps(to: mark)
        }
        if !conditionFirst, let condition { try exitUnless(condition) }
        constructs.removeLast()
        emit(.end)
    }

    private func exitUnless(_ condition: Expr) throws(CompileError) {
        let mark = temps.count
        let truth = try truthValue(try rvalue(condition), location: condition.location)
        let negated = newReg(wide: false)
        emit(.eq32, negated.index, truth.regs[0].index, constant32(0).index)
        emit(.ifTrue, negated.index)
        emit(.breakOut, 0)
        emit(.end)
        releaseTemps(to: mark)
    }

    func breakTo(_ location: SourceLocation, _ message: String, _ isTarget: (Construct) -> Bool) throws(CompileError) {
        for depth in 0..<constructs.count {
            let construct = constructs[constructs.count - 1 - depth]
            if construct == .functionBlock { break }
            if isTarget(construct) {
                emit(.breakOut, UInt32(depth))
                return
            }
        }
        throw error(message, location)
    }

    private func returnStatement(_ value: Expr?, _ location: SourceLocation) throws(CompileError) {
        guard let target = returnTargets.last else {
            // In the kernel itself: these work-items are done.
            if value != nil { throw error("a kernel cannot return a value", location) }
            emit(.ret)
            return
        }
        if let value {
            guard target.type != .void else { throw error("void function should not return a value", location) }
            try store(try convert(try rvalue(value), to: target.type, location: location), to: .registers(target.type, target.regs), location: location)
        } else if target.type != .void {
            throw error("non-void function should return a value", location)
        }
        let depth = constructs.count - 1 - constructs.lastIndex(of: .functionBlock)!
        emit(.breakOut, UInt32(depth))
    }

    // MARK: - switch

    /// Lowered to: the index of the first matching label is computed with selects, then each
    /// section runs when it or an earlier section was entered (C's fall-through).
    private func switchStatement(_ valueExpr: Expr, _ body: [Stmt], _ location: SourceLocation) throws(CompileError) {
        let raw = try rvalue(valueExpr)
        guard raw.type.isInteger else { throw error("switch value must be an integer, found \(raw.type)", valueExpr.location) }
        let value = try convert(raw, to: promoted(raw.type), location: location)
        var sections: [[Stmt]] = []
        var labels: [(value: UInt64?, section: Int, location: SourceLocation)] = []
        for item in body {
            switch item {
            case let .caseLabel(e, l):
                // C99 6.8.4.2: each label is converted to the promoted type of the controlling expression.
                guard let folded = ConstantFolder.evaluate(e), folded.type.isInteger else { throw error("case value must be an integer constant", l) }
                let constant = folded.converted(to: value.type).bits
                if labels.contains(where: { $0.value == constant }) {
                    throw error("duplicate case value \(folded.converted(to: value.type).value.map(String.init) ?? String(constant))", l)
                }
                labels.append((constant, sections.count, l))
                sections.append([])
            case let .defaultLabel(l):
                if labels.contains(where: { $0.value == nil }) { throw error("multiple default labels in one switch", l) }
                labels.append((nil, sections.count, l))
                sections.append([])
            default:
                guard !sections.isEmpty else {
                    if case .empty = item { continue }
                    throw error("statement in a switch before any case label", location)
                }
                sections[sections.count - 1].append(item)
            }
        }
        let none = UInt32(sections.count)
        var target = constant32(labels.first { $0.value == nil }.map { UInt32($0.section) } ?? none)
        for label in labels.reversed() {
            guard let caseValue = label.value else { continue }
            let constant = value.type.isWide ? constant64(caseValue) : constant32(UInt32(truncatingIfNeeded: caseValue))
            let matches = newReg(wide: false)
            emit(value.type.isWide ? .eq64 : .eq32, matches.index, value.regs[0].index, constant.index)
            let next = newReg(wide: false)
            emit(.select32, next.index, matches.index, constant32(UInt32(label.section)).index, target.index)
            target = next
        }
        let entered = newReg(wide: false)
        emit(.const32, entered.index, 0)
        emit(.block)
        constructs.append(.switchBlock)
        for (index, section) in sections.enumerated() {
            let here = newReg(wide: false)
            emit(.eq32, here.index, target.index, constant32(UInt32(index)).index)
            emit(.or32, entered.index, entered.index, here.index)
            emit(.ifTrue, entered.index)
            pushScope()
            try block(section)  // a goto may jump within its section
            popScope()
            emit(.end)
        }
        constructs.removeLast()
        emit(.end)
    }
}
