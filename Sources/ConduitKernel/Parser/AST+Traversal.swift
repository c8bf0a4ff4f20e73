extension Expr {
    /// The direct subexpressions, in source order.
    var children: [Expr] {
        switch kind {
        case .integer, .floating, .identifier, .sizeofType: []
        case let .unary(_, a), let .postfix(_, a), let .cast(_, a), let .sizeofExpr(a), let .member(a, _, _): [a]
        case let .binary(_, a, b), let .assign(_, a, b), let .comma(a, b), let .index(a, b): [a, b]
        case let .conditional(a, b, c): [a, b, c]
        case let .call(_, items), let .vectorLiteral(_, items), let .initializerList(items): items
        }
    }

    /// Calls `body` on this expression and every subexpression.
    func walk(_ body: (Expr) -> Void) {
        body(self)
        for child in children { child.walk(body) }
    }

    /// The variable an lvalue ultimately names (`a` in `a.b[i].c`), if any.
    var rootName: String? {
        switch kind {
        case let .identifier(name): name
        case let .member(base, _, false), let .index(base, _): base.rootName
        default: nil
        }
    }
}

extension Stmt {
    /// Calls `body` on every expression in this statement and the statements inside it, and
    /// `declared` on every variable declared.
    func walkExpressions(_ body: (Expr) -> Void, declared: (VariableDeclaration) -> Void = { _ in }) {
        func visit(_ s: Stmt) {
            switch s {
            case let .compound(items): items.forEach(visit)
            case let .declaration(declarations):
                for d in declarations {
                    declared(d)
                    d.initializer?.walk(body)
                }
            case let .expression(e): e.walk(body)
            case let .ifElse(c, a, b): c.walk(body); visit(a); if let b { visit(b) }
            case let .whileLoop(c, loopBody): c.walk(body); visit(loopBody)
            case let .doWhile(loopBody, c): visit(loopBody); c.walk(body)
            case let .forLoop(initial, c, step, loopBody):
                if let initial { visit(initial) }
                c?.walk(body)
                step?.walk(body)
                visit(loopBody)
            case let .returnStatement(e, _): e?.walk(body)
            case let .switchStatement(e, items, _): e.walk(body); items.forEach(visit)
            case let .labeled(_, statement, _): visit(statement)
            case .breakStatement, .continueStatement, .caseLabel, .defaultLabel, .gotoStatement, .empty: break
            }
        }
        visit(self)
    }
}

extension Stmt {
    /// Every statement in this one, itself included, in source order.
    func forEachStatement(_ body: (Stmt) -> Void) {
        body(self)
        switch self {
        case let .compound(items), let .switchStatement(_, items, _): items.forEach { $0.forEachStatement(body) }
        case let .ifElse(_, a, b):
            a.forEachStatement(body)
            b?.forEachStatement(body)
        case let .whileLoop(_, inner), let .doWhile(inner, _), let .labeled(_, inner, _): inner.forEachStatement(body)
        case let .forLoop(initial, _, _, inner):
            initial?.forEachStatement(body)
            inner.forEachStatement(body)
        case .declaration, .expression, .breakStatement, .continueStatement, .returnStatement, .caseLabel, .defaultLabel, .gotoStatement, .empty:
            break
        }
    }

    /// Whether a `goto label` is in this statement.
    func jumps(to label: String) -> Bool {
        var found = false
        forEachStatement { if case let .gotoStatement(target, _) = $0, target == label { found = true } }
        return found
    }
}
