extension Parser {
    mutating func compoundStatement() throws(CompileError) -> Stmt {
        try expect("{", "to open a block")
        var statements: [Stmt] = []
        while !accept("}") {
            guard current.kind != .endOfFile else { throw CompileError(message: "expected '}' before end of file", location: current.location) }
            statements.append(try statement())
        }
        return .compound(statements)
    }

    mutating func statement() throws(CompileError) -> Stmt {
        let token = current
        if token.isPunct("{") { return try compoundStatement() }
        if accept(";") { return .empty }
        // Statement attributes (`__attribute__((opencl_unroll_hint))` before a loop) are hints: skipped.
        if token.isIdent("__attribute__") {
            _ = try attributeList()
            return try statement()
        }
        if token.isIdentifier, peek().isPunct(":"), !["default", "case"].contains(token.text) {
            _ = advance()
            _ = advance()
            // A label at the end of a block labels nothing (C23 allows it; Conduit always has).
            return .labeled(token.text, current.isPunct("}") ? .empty : try statement(), token.location)
        }
        if token.isIdentifier {
            switch token.text {
            case "if":
                _ = advance()
                try expect("(", "after 'if'")
                let condition = try expression()
                try expect(")", "after the if condition")
                let then = try statement()
                let otherwise =
                    current.isIdent("else")
                    ? try { () throws(CompileError) -> Stmt in
                        _ = advance(); return try statement()
                    }() : nil
                return .ifElse(condition, then, otherwise)
            case "while":
                _ = advance()
                try expect("(", "after 'while'")
                let condition = try expression()
                try expect(")", "after the while condition")
                return .whileLoop(condition, try statement())
            case "do":
                _ = advance()
                let body = try statement()
                guard current.isIdent("while") else { throw CompileError(message: "expected 'while' after a do body", location: current.location) }
                _ = advance()
                try expect("(", "after 'while'")
                let condition = try expression()
                try expect(")", "after the do-while condition")
                try expect(";", "after do-while")
                return .doWhile(body, condition)
            case "for":
                _ = advance()
                try expect("(", "after 'for'")
                var initial: Stmt?
                if !accept(";") {
                    if startsType(current) {
                        initial = try declaration()
                    } else {
                        initial = .expression(try expression())
                        try expect(";", "after the for initialiser")
                    }
                }
                let condition = current.isPunct(";") ? nil : try expression()
                try expect(";", "after the for condition")
                let step = current.isPunct(")") ? nil : try expression()
                try expect(")", "to close the for header")
                return .forLoop(initial: initial, condition: condition, step: step, body: try statement())
            case "break":
                _ = advance()
                try expect(";", "after 'break'")
                return .breakStatement(token.location)
            case "continue":
                _ = advance()
                try expect(";", "after 'continue'")
                return .continueStatement(token.location)
            case "return":
                _ = advance()
                let value = current.isPunct(";") ? nil : try expression()
                try expect(";", "after 'return'")
                return .returnStatement(value, token.location)
            case "switch":
                _ = advance()
                try expect("(", "after 'switch'")
                let value = try expression()
                try expect(")", "after the switch value")
                guard case let .compound(body) = try compoundStatement() else { fatalError("compound") }
                return .switchStatement(value, body, token.location)
            case "case":
                _ = advance()
                let value = try conditional()
                try expect(":", "after a case value")
                return .caseLabel(value, token.location)
            case "default":
                _ = advance()
                try expect(":", "after 'default'")
                return .defaultLabel(token.location)
            case "goto":
                _ = advance()
                let label = try identifier("after 'goto'")
                try expect(";", "after a goto")
                return .gotoStatement(label.text, token.location)
            default:
                if startsType(token) { return try declaration() }
            }
        }
        let expr = try expression()
        try expect(";", "after an expression")
        return .expression(expr)
    }

    /// A local declaration: specifiers, then declarators with optional initialisers.
    mutating func declaration() throws(CompileError) -> Stmt {
        let specifiers = try declarationSpecifiers()
        var declarations: [VariableDeclaration] = []
        repeat {
            let (name, type) = try declarator(base: specifiers.type, pointerSpace: specifiers.space)
            guard let name else { throw CompileError(message: "expected a variable name", location: current.location) }
            let space: AddressSpace = type.isPointer ? .private : specifiers.space ?? .private
            var declaration = VariableDeclaration(
                name: name.text, type: type, space: space, initializer: nil, location: name.location,
                isConst: specifiers.isConst)
            if accept("=") { declaration.initializer = try initializer() }
            declaration.type = try completeArray(type, declaration.initializer, at: name.location)
            declarations.append(declaration)
        } while accept(",")
        try expect(";", "after a declaration")
        return .declaration(declarations)
    }
}
