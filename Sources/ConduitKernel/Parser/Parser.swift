/// A recursive-descent parser for the OpenCL C subset: declarations and the translation unit.
/// Expressions and statements are in the extensions beside this file.
struct Parser {
    var tokens: [Token]
    var position = 0
    var typedefs: [String: CType] = [:]
    var structs: [String: StructType] = [:]
    /// Enum tags and their types, and every enumerator's value (they are `int` constants).
    var enums: [String: CType] = [:]
    var enumerators: [String: Int64] = [:]
    /// Above 0 while a struct or a typedef is parsed, where `aligned` would change a layout.
    var layoutDepth = 0
    /// While a struct's fields are parsed: the layout attributes of the last field declarator.
    var fieldLayout: Layout?

    /// What `packed` and `aligned(N)` ask of a struct or of one of its fields.
    struct Layout {
        var packed = false
        var aligned: Int?
        var isEmpty: Bool { !packed && aligned == nil }
    }

    /// Whether unsuffixed floating constants are `double` (C's rule) rather than `float` (a
    /// program that never uses double precision, or `-cl-single-precision-constant`).
    let doubleLiterals: Bool

    init(tokens: [Token], doubleLiterals: Bool = false) {
        self.tokens = tokens
        self.doubleLiterals = doubleLiterals
    }

    // MARK: - Token helpers

    var current: Token { tokens[position] }
    func peek(_ ahead: Int = 1) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    mutating func advance() -> Token {
        defer { if position < tokens.count - 1 { position += 1 } }
        return tokens[position]
    }

    mutating func accept(_ punct: String) -> Bool {
        guard current.isPunct(punct) else { return false }
        position += 1
        return true
    }

    mutating func expect(_ punct: String, _ context: String) throws(CompileError) {
        guard accept(punct) else {
            let found = current.kind == .endOfFile ? "end of file" : "'\(current.text)'"
            var location = current.location
            // A missing ';' or ')' at the end of a line is reported where it belongs, after the
            // previous token, as clang does.
            if position > 0, tokens[position - 1].location.line < current.location.line || current.kind == .endOfFile {
                let previous = tokens[position - 1]
                location = SourceLocation(
                    file: previous.location.file, line: previous.location.line,
                    column: previous.location.column + previous.text.count)
            }
            throw CompileError(message: "expected '\(punct)' \(context), found \(found)", location: location)
        }
    }

    mutating func identifier(_ context: String) throws(CompileError) -> Token {
        guard current.isIdentifier else {
            throw CompileError(message: "expected an identifier \(context), found '\(current.text)'", location: current.location)
        }
        return advance()
    }

    /// C99 6.2.1: a label's scope is its whole function, so its name is used once there, and
    /// every `goto` names one of the function's labels.
    static func checkLabels(_ body: Stmt) throws(CompileError) {
        var seen: Set<String> = []
        var gotos: [(String, SourceLocation)] = []
        var duplicate: (String, SourceLocation)?
        body.forEachStatement {
            if case let .gotoStatement(name, location) = $0 { gotos.append((name, location)) }
            guard case let .labeled(name, _, location) = $0 else { return }
            if !seen.insert(name).inserted, duplicate == nil { duplicate = (name, location) }
        }
        if let (name, location) = duplicate { throw CompileError(message: "redefinition of label '\(name)'", location: location) }
        if let (name, location) = gotos.first(where: { !seen.contains($0.0) }) {
            throw CompileError(message: "use of undeclared label '\(name)'", location: location)
        }
    }

    // MARK: - Unsupported features, named

    static let unsupportedKeywords: [String: String] = [
        "union": "unions are not supported",
        "half": "`half` is not supported",
        "printf": "`printf` is not supported", "image2d_t": "images are not supported", "image3d_t": "images are not supported",
        "image1d_t": "images are not supported", "sampler_t": "samplers are not supported", "read_imagef": "images are not supported",
        "write_imagef": "images are not supported"
    ]

    func rejectUnsupported(_ token: Token) throws(CompileError) {
        if token.isIdentifier, let message = Self.unsupportedKeywords[token.text] {
            throw CompileError(message: message, location: token.location)
        }
        if token.isIdentifier, Self.isUnsupportedFloatType(token.text), CType.named(token.text) == nil {
            throw CompileError(message: "`\(token.text)` is not supported", location: token.location)
        }
    }

    // MARK: - Translation unit

    mutating func parseTranslationUnit() throws(CompileError) -> TranslationUnit {
        var unit = TranslationUnit()
        while current.kind != .endOfFile {
            if accept(";") { continue }
            if current.isIdent("typedef") {
                _ = advance()
                layoutDepth += 1
                defer { layoutDepth -= 1 }
                var specifiers = try declarationSpecifiers()
                repeat {
                    let (name, type) = try declarator(base: specifiers.type)
                    guard let name else { throw CompileError(message: "typedef needs a name", location: current.location) }
                    typedefs[name.text] = type
                } while accept(",")
                try expect(";", "after typedef")
                specifiers.type = .void
                continue
            }
            let start = current.location
            let specifiers = try declarationSpecifiers()
            if accept(";") { continue }  // a struct definition on its own
            let (nameToken, type) = try declarator(base: specifiers.type)
            guard let nameToken else { throw CompileError(message: "expected a declaration name", location: current.location) }
            if current.isPunct("(") {
                unit.functions.append(try functionDefinition(name: nameToken, returnType: type, specifiers: specifiers, start: start))
                continue
            }
            // Program-scope variables: only __constant ones exist in OpenCL C 1.2.
            guard specifiers.space == .constant else {
                throw CompileError(message: "program-scope variables must be declared __constant", location: nameToken.location)
            }
            var declarations = [VariableDeclaration(name: nameToken.text, type: type, space: .constant, initializer: nil, location: nameToken.location)]
            if accept("=") { declarations[0].initializer = try initializer() }
            while accept(",") {
                let (next, nextType) = try declarator(base: specifiers.type)
                guard let next else { throw CompileError(message: "expected a name", location: current.location) }
                var declaration = VariableDeclaration(name: next.text, type: nextType, space: .constant, initializer: nil, location: next.location)
                if accept("=") { declaration.initializer = try initializer() }
                declarations.append(declaration)
            }
            try expect(";", "after a declaration")
            for var declaration in declarations {
                declaration.type = try completeArray(declaration.type, declaration.initializer, at: declaration.location)
                unit.constants.append(declaration)
            }
        }
        return unit
    }

    private mutating func functionDefinition(name: Token, returnType: CType, specifiers: Specifiers, start: SourceLocation)
        throws(CompileError) -> FunctionDefinition
    {
        try expect("(", "to open the parameter list")
        var parameters: [Parameter] = []
        if current.isIdent("void"), peek().isPunct(")") { _ = advance() }
        while !current.isPunct(")") {
            let parameterSpecifiers = try declarationSpecifiers()
            var (parameterName, type) = try declarator(base: parameterSpecifiers.type, pointerSpace: parameterSpecifiers.space)
            // Arrays as parameters are pointers.
            if case let .array(element, _) = type { type = .pointer(element, parameterSpecifiers.space ?? .private) }
            parameters.append(
                Parameter(
                    name: parameterName?.text ?? "", type: type, location: parameterName?.location ?? current.location,
                    isConst: parameterSpecifiers.isConst))
            if !accept(",") { break }
        }
        try expect(")", "to close the parameter list")
        var attributes = specifiers.attributes
        attributes += try attributeList()
        var function = FunctionDefinition(
            name: name.text, returnType: returnType, parameters: parameters, body: nil,
            isKernel: specifiers.isKernel, requiredWorkGroupSize: attributes.first, location: name.location)
        if accept(";") { return function }  // a prototype
        function.body = try compoundStatement()
        try Self.checkLabels(function.body!)
        if function.isKernel && returnType != .void {
            throw CompileError(message: "kernel '\(name.text)' must return void", location: start)
        }
        return function
    }

    // MARK: - Declaration specifiers and declarators

    struct Specifiers {
        var type: CType
        var space: AddressSpace?
        var isKernel = false
        var isConst = false
        /// reqd_work_group_size values seen in `__attribute__`.
        var attributes: [[Int]] = []
    }

    static let qualifiers: Set<String> = [
        "const", "volatile", "restrict", "__restrict", "inline", "__inline", "static", "extern", "__read_only",
        "read_only", "__write_only", "write_only", "__read_write", "read_write"
    ]
    static let spaces: [String: AddressSpace] = [
        "__global": .global, "global": .global, "__local": .local, "local": .local,
        "__constant": .constant, "constant": .constant, "__private": .private, "private": .private
    ]

    func startsType(_ token: Token) -> Bool {
        guard token.isIdentifier else { return false }
        let t = token.text
        return Self.qualifiers.contains(t) || Self.spaces[t] != nil || t == "struct" || t == "unsigned" || t == "signed"
            || t == "enum" || t == "__kernel" || t == "kernel" || typedefs[t] != nil || CType.named(t) != nil || t == "__attribute__"
            || Self.unsupportedKeywords[t] != nil && t != "printf" || Self.isUnsupportedFloatType(t)
    }

    /// `half` and its vectors (not every name that starts so: `halfWidth` is a name).
    static func isUnsupportedFloatType(_ name: String) -> Bool {
        ["half"].contains { base in name == base || ["2", "3", "4", "8", "16"].contains { name == base + $0 } }
    }

    mutating func declarationSpecifiers() throws(CompileError) -> Specifiers {
        var specifiers = Specifiers(type: .void)
        var base: CType?
        var signedness: Bool?
        var sawLong = false
        let start = current
        while current.isIdentifier {
            let t = current.text
            try rejectUnsupported(current)
            if Self.qualifiers.contains(t) {
                if t == "const" { specifiers.isConst = true }
                _ = advance()
            } else if let space = Self.spaces[t] {
                specifiers.space = space
                _ = advance()
            } else if t == "__kernel" || t == "kernel" {
                specifiers.isKernel = true
                _ = advance()
            } else if t == "__attribute__" {
                specifiers.attributes += try attributeList()
            } else if t == "unsigned" || t == "signed" {
                signedness = t == "signed"
                _ = advance()
            } else if t == "struct" {
                base = .structure(try structSpecifier())
            } else if t == "enum" {
                base = try enumSpecifier()
            } else if base == nil, let named = CType.named(t) ?? typedefs[t] {
                if t == "long" { sawLong = true }
                base = named
                _ = advance()
            } else if t == "long" || t == "int", base != nil {
                _ = advance()  // `long long`, `long int`, `short int`
            } else {
                break
            }
        }
        if let signedness {
            switch base ?? .int {
            case let .integer(bits, _): base = .integer(bits: bits, signed: signedness)
            default: throw CompileError(message: "'\(signedness ? "signed" : "unsigned")' applies to integer types only", location: start.location)
            }
        }
        _ = sawLong
        guard let base else {
            throw CompileError(message: "expected a type, found '\(start.text)'", location: start.location)
        }
        specifiers.type = base
        return specifiers
    }

    /// `__attribute__((name(args), ...))`; returns the reqd_work_group_size lists found. Layout
    /// attributes (`packed`, `aligned(N)`) go to `layout` where the caller lays data out (a struct
    /// or a field of one); elsewhere `packed`, and `aligned` inside a struct or a typedef, are
    /// refused, and `aligned` on a variable is skipped (it changes no value a kernel computes).
    mutating func attributeList(layout: UnsafeMutablePointer<Layout>? = nil) throws(CompileError) -> [[Int]] {
        var found: [[Int]] = []
        while current.isIdent("__attribute__") {
            _ = advance()
            try expect("(", "after __attribute__")
            try expect("(", "after __attribute__(")
            while !current.isPunct(")") {
                let name = try identifier("in an attribute")
                var values: [Int] = []
                if accept("(") {
                    var depth = 0
                    while !(current.isPunct(")") && depth == 0) {
                        if current.isPunct("(") { depth += 1 }
                        if current.isPunct(")") { depth -= 1 }
                        if case let .integer(value, _, _, _) = current.kind { values.append(Int(exactly: value) ?? Int.max) }
                        guard current.kind != .endOfFile else { throw CompileError(message: "unterminated attribute", location: name.location) }
                        _ = advance()
                    }
                    _ = advance()
                }
                let isPacked = name.text == "packed" || name.text == "__packed__"
                let isAligned = name.text == "aligned" || name.text == "__aligned__"
                if let layout, isPacked || isAligned {
                    if isPacked { layout.pointee.packed = true }
                    if isAligned {
                        guard values.count == 1, let n = values.first, n > 0, n & (n - 1) == 0, n <= 128 else {
                            throw CompileError(message: "aligned needs one power of two up to 128, as aligned(16)", location: name.location)
                        }
                        layout.pointee.aligned = max(layout.pointee.aligned ?? 1, n)
                    }
                } else if name.text.contains("packed") || (name.text.contains("aligned") && layoutDepth > 0) {
                    // Ignoring one would lay the data out differently from every other compiler.
                    throw CompileError(
                        message: "__attribute__((\(name.text))) here changes the layout of data, which Conduit supports on structs and their fields only",
                        location: name.location)
                }
                if name.text == "reqd_work_group_size" {
                    guard values.count == 3, values.allSatisfy({ $0 > 0 }) else {
                        throw CompileError(message: "reqd_work_group_size needs three positive sizes", location: name.location)
                    }
                    found.append(values)
                }
                if !accept(",") { break }
            }
            try expect(")", "to close the attribute")
            try expect(")", "to close __attribute__")
        }
        return found
    }

    /// `enum [tag] [{ A, B = constant, ... }]`. Enumerators are `int` constants (C99 6.7.2.2);
    /// the enum type is `uint` when no enumerator is negative, else `int`, as clang chooses.
    mutating func enumSpecifier() throws(CompileError) -> CType {
        let keyword = advance()
        let tag = current.isIdentifier ? advance().text : nil
        guard accept("{") else {
            guard let tag, let known = enums[tag] else {
                throw CompileError(message: "enum \(tag.map { "'\($0)' " } ?? "")has no list of enumerators", location: keyword.location)
            }
            return known
        }
        if let tag, enums[tag] != nil { throw CompileError(message: "redefinition of 'enum \(tag)'", location: keyword.location) }
        var next: Int64 = 0, negative = false
        while !accept("}") {
            let name = try identifier("in an enumerator list")
            if accept("=") {
                let valueExpr = try conditional()
                guard let value = ConstantFolder.integer(valueExpr), (Int64(Int32.min)...Int64(Int32.max)).contains(value) else {
                    throw CompileError(message: "enumerator '\(name.text)' needs an integer constant that fits int", location: valueExpr.location)
                }
                next = value
            }
            guard next <= Int64(Int32.max) else { throw CompileError(message: "enumerator '\(name.text)' overflows int", location: name.location) }
            guard enumerators[name.text] == nil else { throw CompileError(message: "redefinition of enumerator '\(name.text)'", location: name.location) }
            enumerators[name.text] = next
            negative = negative || next < 0
            next += 1
            if !accept(",") { try expect("}", "to close the enumerator list"); break }
        }
        let type: CType = negative ? .int : .uint
        if let tag { enums[tag] = type }
        return type
    }

    mutating func structSpecifier() throws(CompileError) -> StructType {
        let keyword = advance()
        layoutDepth += 1
        defer { layoutDepth -= 1 }
        var layout = Layout()
        _ = try attributeList(layout: &layout)  // `struct __attribute__((packed)) s {`
        let tag = current.isIdentifier ? advance().text : "<anonymous@\(keyword.location.line)>"
        let type = structs[tag] ?? StructType(name: tag)
        structs[tag] = type
        guard accept("{") else { return type }
        // Files linked together are parsed as one, so a struct that two files both define
        // arrives twice: the same fields again are the same type, anything else is a redefinition.
        let target = type.isComplete ? StructType(name: tag) : type
        try structBody(target, layout: layout)
        if type.isComplete {
            let same =
                target.fields.count == type.fields.count
                && zip(target.fields, type.fields).allSatisfy { $0.name == $1.name && $0.offset == $1.offset && "\($0.type)" == "\($1.type)" }
            guard same else { throw CompileError(message: "redefinition of 'struct \(tag)'", location: keyword.location) }
        }
        return type
    }

    /// The fields of a struct definition, after its `{`, and its size and alignment, as clang lays
    /// them out: each field at its alignment (1 in a `packed` struct or for a `packed` field,
    /// raised by its `aligned(N)`), the struct aligned to its most aligned field (or `aligned(N)`
    /// of the struct, if more) and its size a multiple of that.
    private mutating func structBody(_ type: StructType, layout before: Layout) throws(CompileError) {
        var fields: [(name: Token, type: CType, layout: Layout)] = []
        while !accept("}") {
            let specifiers = try declarationSpecifiers()
            repeat {
                let saved = fieldLayout
                fieldLayout = Layout()
                defer { fieldLayout = saved }
                let (name, fieldType) = try declarator(base: specifiers.type)
                guard let name else { throw CompileError(message: "struct field needs a name", location: current.location) }
                if case let .structure(inner) = fieldType, !inner.isComplete {
                    throw CompileError(message: "field '\(name.text)' has incomplete type 'struct \(inner.name)'", location: name.location)
                }
                fields.append((name, fieldType, fieldLayout ?? Layout()))
            } while accept(",")
            try expect(";", "after a struct field")
        }
        var after = before
        _ = try attributeList(layout: &after)  // `} __attribute__((packed))`
        var offset = 0, alignment = 1
        for field in fields {
            var fieldAlignment = after.packed || field.layout.packed ? 1 : field.type.alignment
            fieldAlignment = max(fieldAlignment, field.layout.aligned ?? 1)
            offset = (offset + fieldAlignment - 1) / fieldAlignment * fieldAlignment
            type.fields.append(.init(name: field.name.text, type: field.type, offset: offset))
            offset += field.type.size
            alignment = max(alignment, fieldAlignment)
        }
        alignment = max(alignment, after.aligned ?? 1)
        type.alignment = alignment
        type.size = max(1, (offset + alignment - 1) / alignment * alignment)
        type.isComplete = true
    }

    /// Pointers, a name (optional), and array dimensions.
    mutating func declarator(base: CType, pointerSpace: AddressSpace? = nil) throws(CompileError) -> (Token?, CType) {
        var type = base
        while accept("*") {
            type = .pointer(type, pointerSpace ?? .private)
            while current.isIdentifier, Self.qualifiers.contains(current.text) || Self.spaces[current.text] != nil { _ = advance() }
        }
        var name: Token?
        if current.isIdentifier, !startsType(current) || typedefs[current.text] != nil && peek().isPunct("[") {
            try rejectUnsupported(current)
            name = advance()
        }
        var dimensions: [Int?] = []
        while accept("[") {
            if accept("]") { dimensions.append(nil); continue }
            let sizeExpr = try expression()
            guard let size = ConstantFolder.integer(sizeExpr), size > 0 else {
                throw CompileError(message: "array size must be a positive integer constant", location: sizeExpr.location)
            }
            // Keeps every size computed from the type far from overflow (private memory is 64 KiB anyway).
            guard size <= 1 << 24 else {
                throw CompileError(message: "array size \(size) is too large (at most \(1 << 24) elements)", location: sizeExpr.location)
            }
            dimensions.append(Int(size))
            try expect("]", "after an array size")
        }
        for dimension in dimensions.reversed() {
            type = .array(type, dimension ?? 0)
            guard type.size <= 1 << 32 else {
                throw CompileError(message: "array type \(type) is too large", location: name?.location ?? current.location)
            }
        }
        if fieldLayout != nil {
            var layout = Layout()
            _ = try attributeList(layout: &layout)  // `int x __attribute__((aligned(8)));` in a struct
            fieldLayout = layout
        } else {
            _ = try attributeList()
        }
        return (name, type)
    }

    /// Fills in `T x[] = {…}` from the initialiser's length.
    func completeArray(_ type: CType, _ initializer: Expr?, at location: SourceLocation) throws(CompileError) -> CType {
        guard case let .array(element, 0) = type else { return type }
        guard let initializer, case let .initializerList(items) = initializer.kind else {
            throw CompileError(message: "array without a size needs an initialiser list", location: location)
        }
        return .array(element, items.count)
    }

    mutating func initializer() throws(CompileError) -> Expr {
        guard current.isPunct("{") else { return try assignment() }
        let open = advance()
        var items: [Expr] = []
        while !accept("}") {
            items.append(try initializer())
            if !accept(",") { try expect("}", "to close the initialiser list"); break }
        }
        return Expr(.initializerList(items), open.location)
    }

    /// A type name in a cast or sizeof: specifiers plus abstract pointers.
    mutating func typeName() throws(CompileError) -> CType {
        let specifiers = try declarationSpecifiers()
        let (name, type) = try declarator(base: specifiers.type, pointerSpace: specifiers.space)
        if let name { throw CompileError(message: "unexpected name '\(name.text)' in a type", location: name.location) }
        return type
    }
}
