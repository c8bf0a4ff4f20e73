extension Parser {
    mutating func expression() throws(CompileError) -> Expr {
        var expr = try assignment()
        while current.isPunct(",") {
            let comma = advance()
            expr = Expr(.comma(expr, try assignment()), comma.location)
        }
        return expr
    }

    static let assignmentOperators: Set<String> = ["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]

    mutating func assignment() throws(CompileError) -> Expr {
        let left = try conditional()
        if current.kind == .punctuator, Self.assignmentOperators.contains(current.text) {
            let op = advance()
            return Expr(.assign(op.text, left, try assignment()), op.location)
        }
        return left
    }

    mutating func conditional() throws(CompileError) -> Expr {
        let condition = try binary(0)
        guard current.isPunct("?") else { return condition }
        let question = advance()
        let a = try expression()
        try expect(":", "in a conditional expression")
        let b = try conditional()
        return Expr(.conditional(condition, a, b), question.location)
    }

    static let binaryLevels: [Set<String>] = [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]
    ]

    mutating func binary(_ level: Int) throws(CompileError) -> Expr {
        guard level < Self.binaryLevels.count else { return try unary() }
        var left = try binary(level + 1)
        while current.kind == .punctuator, Self.binaryLevels[level].contains(current.text) {
            let op = advance()
            left = Expr(.binary(op.text, left, try binary(level + 1)), op.location)
        }
        return left
    }

    mutating func unary() throws(CompileError) -> Expr {
        let token = current
        if token.kind == .punctuator, ["-", "+", "!", "~", "*", "&", "++", "--"].contains(token.text) {
            _ = advance()
            let op = token.text == "++" ? "++pre" : token.text == "--" ? "--pre" : token.text
            return Expr(.unary(op, try unary()), token.location)
        }
        if token.isIdent("sizeof") {
            _ = advance()
            if current.isPunct("("), startsType(peek()) {
                _ = advance()
                let type = try typeName()
                try expect(")", "after sizeof's type")
                return Expr(.sizeofType(type), token.location)
            }
            return Expr(.sizeofExpr(try unary()), token.location)
        }
        if ["__alignof__", "__alignof", "_Alignof"].contains(where: token.isIdent), peek().isPunct("("), startsType(peek(2)) {
            // A type's alignment (GNU C and C11; clang takes both in OpenCL C): a `size_t` constant.
            _ = advance()
            _ = advance()
            let type = try typeName()
            try expect(")", "after \(token.text)'s type")
            return Expr(.integer(UInt64(type.alignment), .sizeT), token.location)
        }
        if token.isIdent("vec_step"), peek().isPunct("("), startsType(peek(2)) {
            // OpenCL C 1.2 §6.11.6: a vector type's component count (4 for a 3-component one), 1
            // for a scalar; `vec_step(expression)` is a builtin call typed later.
            _ = advance()
            _ = advance()
            let type = try typeName()
            try expect(")", "after vec_step's type")
            return Expr(.integer(UInt64(Self.vecStep(type)), .int), token.location)
        }
        if token.isPunct("("), startsType(peek()) {
            // A cast, or a vector literal `(float4)(a, b, c, d)`.
            _ = advance()
            let type = try typeName()
            try expect(")", "after a cast's type")
            // `(char2)(char)0` is a cast of a cast: a type after the `(` starts no literal.
            if type.isVector, current.isPunct("("), !startsType(peek()) {
                let open = advance()
                var items: [Expr] = []
                while !accept(")") {
                    items.append(try assignment())
                    if !accept(",") { try expect(")", "to close the vector literal"); break }
                }
                return try postfix(Expr(.vectorLiteral(type, items), open.location))
            }
            return Expr(.cast(type, try unary()), token.location)
        }
        return try postfix(try primary())
    }

    mutating func postfix(_ base: Expr) throws(CompileError) -> Expr {
        var expr = base
        while true {
            let token = current
            if accept("[") {
                let index = try expression()
                try expect("]", "after an index")
                expr = Expr(.index(expr, index), token.location)
            } else if accept(".") {
                expr = Expr(.member(expr, try identifier("after '.'").text, arrow: false), token.location)
            } else if accept("->") {
                expr = Expr(.member(expr, try identifier("after '->'").text, arrow: true), token.location)
            } else if token.isPunct("++") || token.isPunct("--") {
                _ = advance()
                expr = Expr(.postfix(token.text, expr), token.location)
            } else {
                return expr
            }
        }
    }

    /// What `vec_step` gives for a type: its components, counting a 3-component vector as 4.
    static func vecStep(_ type: CType) -> Int { type.lanes == 3 ? 4 : type.lanes }

    /// The reserved name `NAN` expands to (OpenCL C's `NAN` is a quiet NaN of type `float`).
    static let quietNaNName = "__conduit_quiet_nanf"

    mutating func primary() throws(CompileError) -> Expr {
        let token = advance()
        switch token.kind {
        case let .integer(value, unsigned, long, decimal):
            return Expr(.integer(value, Self.literalType(value, unsigned: unsigned, long: long, decimal: decimal)), token.location)
        case let .character(value):
            return Expr(.integer(value, .int), token.location)
        case let .floating(value, isFloat):
            // C: an unsuffixed constant is a double; a program with no double precision gets float.
            guard isFloat || !doubleLiterals else { return Expr(.floating(value, .double), token.location) }
            // Rounded from the decimal text once, straight to float (never through a double).
            return Expr(.floating(Double(Lexer.floatValue(token.text) ?? Float(value)), .float), token.location)
        case .identifier where token.text == "true" || token.text == "false":
            // OpenCL C 1.2 §6.1.1: the bool constants (1 and 0 when promoted).
            return Expr(.integer(token.text == "true" ? 1 : 0, .bool), token.location)
        case .identifier where token.text == Self.quietNaNName:
            // What `NAN` expands to: the positive quiet NaN clang's `__builtin_nanf("")` is
            // (0x7fc00000), the same bits on every adapter; `0.0f/0.0f` on x86 is a negative one.
            return Expr(.floating(Double(Float(bitPattern: 0x7FC0_0000)), .float), token.location)
        case .identifier where enumerators[token.text] != nil:
            return Expr(.integer(UInt64(bitPattern: enumerators[token.text]!), .int), token.location)
        case .identifier:
            try rejectUnsupported(token)
            if current.isPunct("(") {
                _ = advance()
                var arguments: [Expr] = []
                while !accept(")") {
                    arguments.append(try assignment())
                    if !accept(",") { try expect(")", "to close the argument list"); break }
                }
                return Expr(.call(token.text, arguments), token.location)
            }
            return Expr(.identifier(token.text), token.location)
        case .punctuator where token.text == "(":
            let inner = try expression()
            try expect(")", "to close the parenthesis")
            return inner
        case .endOfFile:
            throw CompileError(message: "expected an expression, found end of file", location: token.location)
        case .string:
            throw CompileError(message: "string literals are not supported", location: token.location)
        default:
            throw CompileError(message: "expected an expression, found '\(token.text)'", location: token.location)
        }
    }

    /// C99 6.4.4.1 with OpenCL's 64-bit `long`: the first type of the literal's list that holds
    /// its value. Decimal: int, long (then unsigned long, as clang does past LONG_MAX); hex and
    /// octal also try the unsigned type of each width: int, uint, long, ulong. `u` keeps only
    /// the unsigned types, `l` starts at long.
    static func literalType(_ value: UInt64, unsigned: Bool, long: Bool, decimal: Bool) -> CType {
        var candidates: [CType] = []
        if !long {
            if !unsigned { candidates.append(.int) }
            if unsigned || !decimal { candidates.append(.uint) }
        }
        if !unsigned { candidates.append(.long) }
        candidates.append(.ulong)
        return candidates.first { type in
            switch type {
            case .int: value <= UInt64(Int32.max)
            case .uint: value <= UInt64(UInt32.max)
            case .long: value <= UInt64(Int64.max)
            default: true
            }
        } ?? .ulong
    }
}
