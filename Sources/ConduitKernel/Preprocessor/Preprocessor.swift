/// The C preprocessor, as much of it as OpenCL kernels use: object- and function-like macros
/// (with `#` and `##`), `#if/#ifdef/#ifndef/#elif/#else/#endif` with `defined`, `#undef`,
/// `#include` (quoted or angled, searched beside the file then in `-I` directories), `#error`;
/// `#line` is accepted and ignored, and so is every `#pragma` but `OPENCL EXTENSION cl_khr_fp64 :
/// enable` (or `all : enable`), which `enablesDoublePrecision` records.
struct Preprocessor {
    struct Macro {
        var parameters: [String]?  // nil: object-like
        var variadic = false
        var body: [Token]
    }

    private var macros: [String: Macro] = [:]
    private let sources: SourceManager
    private let includePaths: [String]
    private let readFile: (String) -> String?
    private var includeDepth = 0
    /// Whether the program enabled `cl_khr_fp64` with its pragma (unsuffixed literals are then `double`).
    private(set) var enablesDoublePrecision = false
    /// Whether `a * b + c` may be contracted into one fused multiply-add: C's default (`ON`) unless
    /// the program says `#pragma OPENCL FP_CONTRACT OFF`. One setting per program: the last
    /// pragma wins (Conduit does not scope it to a block as C99 §7.12.2 allows).
    private(set) var contractsFloatingPoint = true

    init(sources: SourceManager, defines: [(String, String)], includePaths: [String], readFile: @escaping (String) -> String?) {
        self.sources = sources
        self.includePaths = includePaths
        self.readFile = readFile
        for (name, value) in Self.predefined + defines {
            let file = sources.add(name: "<command line>", text: value)
            var lexer = Lexer(text: value, file: file)
            // A definition that does not tokenize (from -D) expands to nothing rather than failing.
            let body = ((try? lexer.tokenize()) ?? []).filter { $0.kind != .endOfFile }
            macros[name] = Macro(parameters: nil, body: body)
        }
    }

    static let predefined: [(String, String)] = [
        ("__OPENCL_VERSION__", "120"), ("__OPENCL_C_VERSION__", "120"), ("CL_VERSION_1_0", "100"),
        ("CL_VERSION_1_1", "110"), ("CL_VERSION_1_2", "120"), ("__ENDIAN_LITTLE__", "1"),
        // __IMAGE_SUPPORT__ is left undefined: a device without images does not define it.
        ("__CONDUIT__", "1"), ("cl_khr_fp64", "1"), ("cl_khr_byte_addressable_store", "1"),
        ("cl_khr_global_int32_base_atomics", "1"), ("cl_khr_global_int32_extended_atomics", "1"),
        ("cl_khr_local_int32_base_atomics", "1"), ("cl_khr_local_int32_extended_atomics", "1"),
        ("CLK_LOCAL_MEM_FENCE", "1"), ("CLK_GLOBAL_MEM_FENCE", "2"),
        ("FLT_MAX", "3.40282347e+38f"), ("FLT_MIN", "1.17549435e-38f"), ("FLT_EPSILON", "1.1920929e-07f"),
        ("MAXFLOAT", "3.40282347e+38f"), ("INFINITY", "(1.0f/0.0f)"), ("NAN", Parser.quietNaNName),
        ("HUGE_VALF", "(1.0f/0.0f)"),
        ("INT_MAX", "2147483647"), ("INT_MIN", "(-2147483647-1)"), ("FP_ILOGB0", "(-2147483647-1)"), ("FP_ILOGBNAN", "2147483647"), ("UINT_MAX", "0xffffffffu"),
        ("CHAR_BIT", "8"), ("SHRT_MAX", "32767"), ("UCHAR_MAX", "255"), ("USHRT_MAX", "65535"),
        ("LONG_MAX", "0x7fffffffffffffffL"), ("ULONG_MAX", "0xffffffffffffffffUL"),
        ("SCHAR_MAX", "127"), ("SCHAR_MIN", "(-127-1)"), ("CHAR_MAX", "SCHAR_MAX"), ("CHAR_MIN", "SCHAR_MIN"),
        ("SHRT_MIN", "(-32767-1)"), ("LONG_MIN", "(-0x7fffffffffffffffL - 1)"),
        ("FLT_DIG", "6"), ("FLT_MANT_DIG", "24"), ("FLT_MAX_10_EXP", "+38"), ("FLT_MAX_EXP", "+128"),
        ("FLT_MIN_10_EXP", "-37"), ("FLT_MIN_EXP", "-125"), ("FLT_RADIX", "2"),
        ("DBL_DIG", "15"), ("DBL_MANT_DIG", "53"), ("DBL_MAX_10_EXP", "+308"), ("DBL_MAX_EXP", "+1024"),
        ("DBL_MIN_10_EXP", "-307"), ("DBL_MIN_EXP", "-1021"), ("DBL_RADIX", "2"),
        ("M_PI_F", "3.14159274f"), ("M_E_F", "2.71828175f"), ("M_SQRT2_F", "1.41421354f"),
        ("M_LN2_F", "0.693147182f"), ("M_1_PI_F", "0.318309873f"), ("M_2_PI_F", "0.636619747f"),
        ("M_LOG2E_F", "1.44269502f"), ("M_LOG10E_F", "0.434294492f"), ("M_LN10_F", "2.30258512f"),
        ("M_PI_2_F", "1.57079637f"), ("M_PI_4_F", "0.785398185f"), ("M_2_SQRTPI_F", "1.12837923f"),
        ("M_SQRT1_2_F", "0.707106769f"),
        ("M_LOG2E", "1.4426950408889634"), ("M_LOG10E", "0.4342944819032518"), ("M_2_SQRTPI", "1.1283791670955126"),
        ("M_SQRT1_2", "0.7071067811865476"),
        // The double constants are unsuffixed: `float` unless the program uses double precision.
        ("M_PI", "3.141592653589793"), ("M_PI_2", "1.5707963267948966"), ("M_PI_4", "0.7853981633974483"),
        ("M_E", "2.718281828459045"), ("M_SQRT2", "1.4142135623730951"), ("M_LN2", "0.6931471805599453"),
        ("M_LN10", "2.302585092994046"), ("M_1_PI", "0.3183098861837907"), ("M_2_PI", "0.6366197723675814"),
        ("DBL_MAX", "1.7976931348623157e+308"), ("DBL_MIN", "2.2250738585072014e-308"),
        ("DBL_EPSILON", "2.220446049250313e-16"), ("HUGE_VAL", "(1.0/0.0)")
    ]

    /// OpenCL C 2.0's work-item functions that are sums of the 1.2 ones (uniform work-groups
    /// only, so the enqueued local size is the local size), as function-like macros.
    static let prelude = """
        #define event_t uint
        #define get_enqueued_local_size(d) get_local_size(d)
        #define get_local_linear_id() ((get_local_id(2) * get_local_size(1) + get_local_id(1)) * get_local_size(0) + get_local_id(0))
        #define get_global_linear_id() (((get_global_id(2) - get_global_offset(2)) * get_global_size(1) \\
            + (get_global_id(1) - get_global_offset(1))) * get_global_size(0) + (get_global_id(0) - get_global_offset(0)))

        """

    mutating func define(_ name: String, _ macro: Macro) { macros[name] = macro }

    /// Whether `#ifdef` and `defined` see `name`: a macro, or `__LINE__` and `__FILE__`.
    private func isDefined(_ name: String) -> Bool { macros[name] != nil || name == "__LINE__" || name == "__FILE__" }

    /// `__LINE__` (the line of the token, as written) and `__FILE__` (its file's name), which
    /// change with every use and so are no entry of the macro table (C99 6.10.8).
    private func predefinedValue(_ token: Token) -> Token? {
        switch token.text {
        case "__LINE__":
            var value = Token(
                kind: .integer(UInt64(token.location.line), unsigned: false, long: false, decimal: true),
                text: "\(token.location.line)", location: token.location)
            value.spaceBefore = token.spaceBefore
            return value
        case "__FILE__":
            let name = sources.files[token.location.file].name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            var value = Token(kind: .string, text: "\"\(name)\"", location: token.location)
            value.spaceBefore = token.spaceBefore
            return value
        default:
            return nil
        }
    }

    /// Preprocesses `text` (file `name`) into tokens ready for parsing, ending with end-of-file.
    mutating func run(text: String, name: String) throws(CompileError) -> [Token] {
        var output: [Token] = []
        try process(text: Self.prelude, name: "<builtin>", into: &output)
        try process(text: text, name: name, into: &output)
        output.append(Token(kind: .endOfFile, text: "", location: output.last?.location ?? SourceLocation(file: 0, line: 1, column: 1)))
        return output
    }

    private mutating func process(text: String, name: String, into output: inout [Token]) throws(CompileError) {
        let file = sources.add(name: name, text: text)
        var lexer = Lexer(text: text, file: file)
        let tokens = try lexer.tokenize()
        var i = 0
        // Each entry: (this group is active, some branch already taken, saw #else)
        var conditions: [(active: Bool, taken: Bool, sawElse: Bool, location: SourceLocation)] = []
        var pending: [Token] = []
        func active() -> Bool { conditions.allSatisfy(\.active) }

        while tokens[i].kind != .endOfFile {
            let token = tokens[i]
            guard token.atLineStart, token.isPunct("#") else {
                if active() { pending.append(token) }
                i += 1
                continue
            }
            // A directive: `#` then tokens up to the end of the line.
            let start = i
            i += 1
            var line: [Token] = []
            while tokens[i].kind != .endOfFile && !tokens[i].atLineStart { line.append(tokens[i]); i += 1 }
            guard let directive = line.first else { continue }  // the null directive
            let rest = Array(line.dropFirst())
            switch directive.text {
            case "if", "ifdef", "ifndef":
                var value = false
                if active() {
                    if directive.text == "if" {
                        value = try evaluateCondition(rest, at: directive.location)
                    } else {
                        guard let name = rest.first, name.isIdentifier else {
                            throw CompileError(message: "macro name missing after #\(directive.text)", location: directive.location)
                        }
                        value = isDefined(name.text) == (directive.text == "ifdef")
                    }
                }
                conditions.append((value, value, false, tokens[start].location))
            case "elif":
                guard var top = conditions.popLast(), !top.sawElse else {
                    throw CompileError(message: "#elif without #if", location: directive.location)
                }
                let value = !top.taken && active() ? try evaluateCondition(rest, at: directive.location) : false
                top.active = value
                top.taken = top.taken || value
                conditions.append(top)
            case "else":
                guard var top = conditions.popLast(), !top.sawElse else {
                    throw CompileError(message: "#else without #if", location: directive.location)
                }
                top.active = !top.taken
                top.taken = true
                top.sawElse = true
                conditions.append(top)
            case "endif":
                guard conditions.popLast() != nil else { throw CompileError(message: "#endif without #if", location: directive.location) }
            default:
                guard active() else { continue }
                // Text before a directive is expanded first, so #define/#undef apply from here on.
                output += try expand(pending)
                pending.removeAll()
                try directiveLine(directive, rest, file: name, into: &output)
            }
        }
        if let open = conditions.last { throw CompileError(message: "unterminated conditional directive", location: open.location) }
        output += try expand(pending)
    }

    private mutating func directiveLine(_ directive: Token, _ rest: [Token], file: String, into output: inout [Token]) throws(CompileError) {
        switch directive.text {
        case "define":
            guard let name = rest.first, name.isIdentifier else {
                throw CompileError(message: "macro name missing after #define", location: directive.location)
            }
            var body = Array(rest.dropFirst())
            var macro = Macro(parameters: nil, body: body)
            if let open = body.first, open.isPunct("("), !open.spaceBefore {
                var parameters: [String] = []
                var j = 1
                while j < body.count, !body[j].isPunct(")") {
                    if body[j].isPunct("...") {
                        macro.variadic = true; parameters.append("__VA_ARGS__")
                    } else if body[j].isIdentifier {
                        parameters.append(body[j].text)
                    } else if !body[j].isPunct(",") {
                        throw CompileError(message: "invalid token '\(body[j].text)' in macro parameter list", location: body[j].location)
                    }
                    j += 1
                }
                guard j < body.count else { throw CompileError(message: "missing ')' in macro parameter list", location: open.location) }
                body.removeFirst(j + 1)
                macro.parameters = parameters
                macro.body = body
            }
            macros[name.text] = macro
        case "undef":
            if let name = rest.first { macros[name.text] = nil }
        case "include":
            try include(rest, at: directive.location, from: file, into: &output)
        case "error":
            throw CompileError(message: "#error " + rest.map(\.text).joined(separator: " "), location: directive.location)
        case "pragma":
            let words = rest.map(\.text)
            if words.count >= 5, words[0] == "OPENCL", words[1] == "EXTENSION", words[2] == "cl_khr_fp64" || words[2] == "all",
                words[3] == ":", words[4] == "enable"
            {
                enablesDoublePrecision = true
            }
            if words.count >= 3, words[0] == "OPENCL" || words[0] == "STDC", words[1] == "FP_CONTRACT" {
                contractsFloatingPoint = words[2] != "OFF"
            }
        case "line", "warning":
            break
        default:
            throw CompileError(message: "unknown preprocessor directive '#\(directive.text)'", location: directive.location)
        }
    }

    private mutating func include(_ rest: [Token], at location: SourceLocation, from file: String, into output: inout [Token]) throws(CompileError) {
        var path: String
        if let first = rest.first, first.kind == .string {
            path = String(first.text.dropFirst().dropLast())
        } else if let first = rest.first, first.isPunct("<") {
            path = rest.dropFirst().prefix { !$0.isPunct(">") }.map(\.text).joined()
        } else {
            throw CompileError(message: "#include expects \"FILE\" or <FILE>", location: location)
        }
        guard includeDepth < 32 else { throw CompileError(message: "#include nested too deeply (a cycle?)", location: location) }
        let directory = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        for candidate in [directory] + includePaths {
            let full = candidate == "." ? path : candidate + "/" + path
            if let text = readFile(full) {
                includeDepth += 1
                defer { includeDepth -= 1 }
                try process(text: text, name: full, into: &output)
                return
            }
        }
        throw CompileError(message: "'\(path)' file not found", location: location)
    }

    // MARK: - #if expressions

    private func evaluateCondition(_ tokens: [Token], at location: SourceLocation) throws(CompileError) -> Bool {
        // `defined X` / `defined(X)` are resolved before macro expansion.
        var resolved: [Token] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].isIdent("defined") {
                var j = i + 1
                let parenthesised = j < tokens.count && tokens[j].isPunct("(")
                if parenthesised { j += 1 }
                guard j < tokens.count, tokens[j].isIdentifier else {
                    throw CompileError(message: "macro name missing after 'defined'", location: tokens[i].location)
                }
                let value: UInt64 = isDefined(tokens[j].text) ? 1 : 0
                resolved.append(Token(kind: .integer(value, unsigned: false, long: false, decimal: true), text: "\(value)", location: tokens[i].location))
                i = j + (parenthesised ? 2 : 1)
            } else {
                resolved.append(tokens[i])
                i += 1
            }
        }
        var expanded = try expand(resolved)
        for index in expanded.indices where expanded[index].isIdentifier {
            // Identifiers left after expansion are 0 (C99 6.10.1), but for the bool constants.
            let value: UInt64 = expanded[index].text == "true" ? 1 : 0
            expanded[index] = Token(kind: .integer(value, unsigned: false, long: false, decimal: true), text: "\(value)", location: expanded[index].location)
        }
        guard !expanded.isEmpty else { throw CompileError(message: "#if with no expression", location: location) }
        var evaluator = ConditionEvaluator(tokens: expanded)
        return try evaluator.evaluate() != 0
    }

    // MARK: - Macro expansion

    /// Expands every macro in `tokens`, rescanning results; a macro is not expanded inside its own
    /// expansion. A result that ends in the name of a function-like macro is rescanned together
    /// with the tokens that follow it (C99 6.10.3.4), so `#define ROUND ROUND_TEMP` then
    /// `ROUND(a, b)` invokes `ROUND_TEMP(a, b)`.
    func expand(_ tokens: [Token], disabled: Set<String> = []) throws(CompileError) -> [Token] {
        var output: [Token] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isIdentifier, macros[token.text] == nil, let value = predefinedValue(token) {
                output.append(value)
                i += 1
                continue
            }
            guard token.isIdentifier, macros[token.text] != nil, !disabled.contains(token.text) else {
                output.append(token)
                i += 1
                continue
            }
            // `name` is the macro to invoke; its arguments, if any, start at tokens[next].
            var name = token, hidden = disabled, next = i + 1
            while true {
                let macro = macros[name.text]!
                if macro.parameters != nil, !(next < tokens.count && tokens[next].isPunct("(")) {
                    // A function-like macro name not followed by `(` is an ordinary identifier.
                    output.append(name)
                    break
                }
                var inner = hidden
                inner.insert(name.text)
                var result: [Token]
                (result, next) = try invoke(name, macro, tokens, argumentsAt: next, disabled: hidden)
                result = try expand(result, disabled: inner)
                if let last = result.last, last.isIdentifier, !inner.contains(last.text), macros[last.text]?.parameters != nil,
                    next < tokens.count, tokens[next].isPunct("(")
                {
                    output += result.dropLast()
                    name = last
                    hidden = inner
                    continue
                }
                output += result
                break
            }
            i = next
        }
        return output
    }

    /// One macro invocation: the substituted replacement list (not yet rescanned) and the index
    /// after what it consumed. `start` is where a function-like macro's `(` is.
    private func invoke(
        _ name: Token, _ macro: Macro, _ tokens: [Token], argumentsAt start: Int,
        disabled: Set<String>
    ) throws(CompileError) -> ([Token], Int) {
        guard let parameters = macro.parameters else { return (relocate(macro.body, to: name), start) }
        let (arguments, end) = try collectArguments(tokens, openAt: start, name: name)
        guard
            arguments.count == parameters.count || (macro.variadic && arguments.count >= parameters.count - 1)
                || (parameters.isEmpty && arguments.count == 1 && arguments[0].isEmpty)
        else {
            throw CompileError(
                message: "macro '\(name.text)' takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), \(arguments.count) given",
                location: name.location)
        }
        var bound: [String: [Token]] = [:]
        for (index, parameter) in parameters.enumerated() {
            if macro.variadic && index == parameters.count - 1 {
                let rest = arguments.dropFirst(index)
                bound[parameter] = Array(
                    rest.enumerated().flatMap { offset, argument in
                        offset == 0 ? argument : [Token(kind: .punctuator, text: ",", location: name.location)] + argument
                    })
            } else if index < arguments.count {
                bound[parameter] = arguments[index]
            }
        }
        return (try substitute(macro.body, bound: bound, at: name, disabled: disabled), end + 1)
    }

    private func collectArguments(_ tokens: [Token], openAt open: Int, name: Token) throws(CompileError) -> ([[Token]], Int) {
        var arguments: [[Token]] = [[]]
        var depth = 0
        var j = open + 1
        while j < tokens.count {
            let t = tokens[j]
            if t.isPunct("(") { depth += 1 }
            if t.isPunct(")") {
                if depth == 0 { return (arguments, j) }
                depth -= 1
            }
            if t.isPunct(","), depth == 0 { arguments.append([]) } else { arguments[arguments.count - 1].append(t) }
            j += 1
        }
        throw CompileError(message: "unterminated argument list invoking macro '\(name.text)'", location: name.location)
    }

    private func substitute(_ body: [Token], bound: [String: [Token]], at site: Token, disabled: Set<String>) throws(CompileError) -> [Token] {
        var result: [Token] = []
        // Where the latest operand begins in `result`: a `##` pastes that operand's last token.
        // An empty argument leaves an empty operand (C99 6.10.3.3's placemarker).
        var operandStart = 0
        var k = 0
        while k < body.count {
            let t = body[k]
            if t.isPunct("##"), k > 0, k + 1 < body.count {
                // Operands of ## are the arguments as written, not macro-expanded.
                var right = relocate(bound[body[k + 1].text] ?? [body[k + 1]], to: site)
                if result.count > operandStart, let r = right.first {
                    let l = result.removeLast()
                    right.removeFirst()
                    var lexer = Lexer(text: l.text + r.text, file: site.location.file)
                    var pasted = relocate(Array(try lexer.tokenize().dropLast()), to: site)
                    if !pasted.isEmpty { pasted[0].spaceBefore = l.spaceBefore }
                    operandStart = result.count
                    result += pasted + right
                } else if !right.isEmpty {
                    // The left operand was empty: the right one is what a further ## pastes.
                    operandStart = result.count
                    result += right
                }  // else the right operand was empty: the left one stays the operand
                k += 2
                continue
            }
            operandStart = result.count
            if t.isPunct("#"), k + 1 < body.count, let argument = bound[body[k + 1].text] {
                let text = argument.enumerated().map { ($1.spaceBefore && $0 > 0 ? " " : "") + $1.text }.joined()
                let escaped = text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
                result.append(Token(kind: .string, text: "\"\(escaped)\"", location: site.location))
                k += 2
                continue
            }
            let pastesNext = k + 1 < body.count && body[k + 1].isPunct("##")
            if t.isIdentifier, let argument = bound[t.text] {
                let operand = pastesNext ? argument : try expand(argument, disabled: disabled)
                result += relocate(operand, to: site, keepFirstSpace: t.spaceBefore)
            } else {
                result.append(relocate([t], to: site)[0])
            }
            k += 1
        }
        return result
    }

    /// Tokens produced by a macro report the invocation's location.
    private func relocate(_ tokens: [Token], to site: Token, keepFirstSpace: Bool? = nil) -> [Token] {
        tokens.enumerated().map { offset, token in
            var copy = token
            copy.location = site.location
            copy.atLineStart = false
            if offset == 0, let keepFirstSpace { copy.spaceBefore = keepFirstSpace }
            return copy
        }
    }
}

/// Integer constant expressions of `#if`, with C precedence.
struct ConditionEvaluator {
    var tokens: [Token]
    var position = 0

    mutating func evaluate() throws(CompileError) -> Int64 {
        let value = try ternary()
        if position < tokens.count {
            throw CompileError(message: "unexpected '\(tokens[position].text)' in #if expression", location: tokens[position].location)
        }
        return value
    }

    private var current: Token? { position < tokens.count ? tokens[position] : nil }

    private mutating func ternary() throws(CompileError) -> Int64 {
        let condition = try binary(0)
        guard current?.isPunct("?") == true else { return condition }
        position += 1
        let a = try ternary()
        guard current?.isPunct(":") == true else { throw CompileError(message: "expected ':' in #if expression", location: tokens.last!.location) }
        position += 1
        let b = try ternary()
        return condition != 0 ? a : b
    }

    private static let levels: [[String]] = [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", "<=", ">", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]
    ]

    private mutating func binary(_ level: Int) throws(CompileError) -> Int64 {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level + 1)
        while let op = current, op.kind == .punctuator, Self.levels[level].contains(op.text) {
            position += 1
            let right = try binary(level + 1)
            switch op.text {
            case "||": left = (left != 0 || right != 0) ? 1 : 0
            case "&&": left = (left != 0 && right != 0) ? 1 : 0
            case "|": left |= right
            case "^": left ^= right
            case "&": left &= right
            case "==": left = left == right ? 1 : 0
            case "!=": left = left != right ? 1 : 0
            case "<": left = left < right ? 1 : 0
            case "<=": left = left <= right ? 1 : 0
            case ">": left = left > right ? 1 : 0
            case ">=": left = left >= right ? 1 : 0
            case "<<": left = left << (right & 63)
            case ">>": left = left >> (right & 63)
            case "+": left = left &+ right
            case "-": left = left &- right
            case "*": left = left &* right
            default:
                guard right != 0 else { throw CompileError(message: "division by zero in #if expression", location: op.location) }
                left = op.text == "/" ? left.dividedReportingOverflow(by: right).partialValue : left.remainderReportingOverflow(dividingBy: right).partialValue
            }
        }
        return left
    }

    private mutating func unary() throws(CompileError) -> Int64 {
        guard let token = current else {
            throw CompileError(message: "missing operand in #if expression", location: tokens.last?.location ?? SourceLocation(file: 0, line: 1, column: 1))
        }
        position += 1
        switch token.kind {
        case let .integer(value, _, _, _): return Int64(bitPattern: value)
        case let .character(value): return Int64(value)
        case .punctuator where token.text == "(":
            let value = try ternary()
            guard current?.isPunct(")") == true else { throw CompileError(message: "expected ')' in #if expression", location: token.location) }
            position += 1
            return value
        case .punctuator where token.text == "!": return try unary() == 0 ? 1 : 0
        case .punctuator where token.text == "-": return 0 &- (try unary())
        case .punctuator where token.text == "+": return try unary()
        case .punctuator where token.text == "~": return ~(try unary())
        default: throw CompileError(message: "invalid token '\(token.text)' in #if expression", location: token.location)
        }
    }
}
