/// Splits OpenCL C source into preprocessing tokens. Backslash-newlines are spliced, comments
/// dropped; every token records where it started.
struct Lexer {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private let file: Int

    init(text: String, file: Int) {
        bytes = Array(text.utf8)
        self.file = file
    }

    private static let punctuators: [String] = [
        "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##",
        "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">",
        "^", "|", "?", ":", ";", "=", ",", "#"
    ]

    mutating func tokenize() throws(CompileError) -> [Token] {
        var tokens: [Token] = []
        var atLineStart = true
        var space = false
        while true {
            let sawNewline = skipSpaceAndComments(&space)
            if sawNewline { atLineStart = true }
            let location = SourceLocation(file: file, line: line, column: column)
            guard let c = peek() else {
                tokens.append(Token(kind: .endOfFile, text: "", location: location, atLineStart: true))
                return tokens
            }
            var token: Token
            if isIdentifierStart(c) {
                token = Token(kind: .identifier, text: readWhile(isIdentifierBody), location: location)
            } else if isDigit(c) || (c == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
                token = try number(at: location)
            } else if c == UInt8(ascii: "\"") {
                token = Token(kind: .string, text: try quoted(UInt8(ascii: "\""), at: location), location: location)
            } else if c == UInt8(ascii: "'") {
                let text = try quoted(UInt8(ascii: "'"), at: location)
                let inner = Array(text.utf8.dropFirst().dropLast())
                let value: UInt64 =
                    inner.first == UInt8(ascii: "\\") && inner.count >= 2
                    ? UInt64(Self.escape(inner[1])) : UInt64(inner.first ?? 0)
                token = Token(kind: .character(value), text: text, location: location)
            } else if let p = Self.punctuators.first(where: matches) {
                advance(p.utf8.count)
                token = Token(kind: .punctuator, text: p, location: location)
            } else {
                throw CompileError(message: "unexpected character '\(Character(Unicode.Scalar(c)))'", location: location)
            }
            token.atLineStart = atLineStart
            token.spaceBefore = space
            atLineStart = false
            space = false
            tokens.append(token)
        }
    }

    private static func escape(_ c: UInt8) -> UInt8 {
        switch c {
        case UInt8(ascii: "n"): 10
        case UInt8(ascii: "t"): 9
        case UInt8(ascii: "r"): 13
        case UInt8(ascii: "0"): 0
        default: c
        }
    }

    // MARK: - Characters

    private func peek(_ ahead: Int = 0) -> UInt8? {
        var i = index, remaining = ahead
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == 10 { i += 2; continue }
            if remaining == 0 { return bytes[i] }
            remaining -= 1
            i += 1
        }
        return nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count {
            while index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == 10 {
                index += 2; line += 1; column = 1
            }
            guard index < bytes.count else { return }
            if bytes[index] == 10 { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
    }

    private func matches(_ p: String) -> Bool {
        for (offset, byte) in p.utf8.enumerated() where peek(offset) != byte { return false }
        return true
    }

    /// Skips blanks and comments; returns whether a newline was crossed.
    private mutating func skipSpaceAndComments(_ space: inout Bool) -> Bool {
        var newline = false
        while let c = peek() {
            if c == 10 {
                newline = true; space = true; advance()
            } else if c == 32 || c == 9 || c == 13 || c == 12 || c == 11 {
                space = true; advance()
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                while let d = peek(), d != 10 { advance() }
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                advance(2)
                while let d = peek(), !(d == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                    if d == 10 { newline = true }
                    advance()
                }
                advance(2)
                space = true
            } else {
                break
            }
        }
        return newline
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private func isIdentifierStart(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 || c == 95 }
    private func isIdentifierBody(_ c: UInt8) -> Bool { isIdentifierStart(c) || isDigit(c) }

    private mutating func readWhile(_ predicate: (UInt8) -> Bool) -> String {
        var out: [UInt8] = []
        while let c = peek(), predicate(c) { out.append(c); advance() }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func quoted(_ quote: UInt8, at location: SourceLocation) throws(CompileError) -> String {
        var out: [UInt8] = [quote]
        advance()
        while let c = peek(), c != quote {
            if c == 10 { throw CompileError(message: "missing terminating \(quote == 34 ? "\"" : "'") character", location: location) }
            out.append(c); advance()
            if c == UInt8(ascii: "\\"), let d = peek() { out.append(d); advance() }
        }
        guard peek() == quote else {
            throw CompileError(message: "missing terminating \(quote == 34 ? "\"" : "'") character", location: location)
        }
        advance()
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func number(at location: SourceLocation) throws(CompileError) -> Token {
        // A pp-number: digits, letters, dots, and exponent signs.
        var out: [UInt8] = []
        while let c = peek() {
            if isIdentifierBody(c) || c == UInt8(ascii: ".") {
                out.append(c); advance()
            } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")),
                let last = out.last, last | 0x20 == UInt8(ascii: "e") || last | 0x20 == UInt8(ascii: "p"),
                !(out.count >= 2 && out[0] == 48 && out[1] | 0x20 == UInt8(ascii: "x") && last | 0x20 == UInt8(ascii: "e"))
            {
                out.append(c); advance()
            } else {
                break
            }
        }
        let text = String(decoding: out, as: UTF8.self)
        let lower = text.lowercased()
        let isHex = lower.hasPrefix("0x")
        if isHex && lower.contains("p") {
            // A hexadecimal floating constant (C99 6.4.4.2: `0x1.fffffep127f`), exact in binary.
            let isFloat = lower.hasSuffix("f")
            guard let value = Double(Self.floatingBody(lower)) else {
                return Token(kind: .invalidNumber("invalid floating-point literal '\(text)'"), text: text, location: location)
            }
            return Token(kind: .floating(value, isFloat: isFloat), text: text, location: location)
        }
        if !isHex && (lower.contains(".") || lower.contains("e")) {
            let body = Self.floatingBody(lower)
            let isFloat = lower.hasSuffix("f")
            guard let value = Double(body) else {
                return Token(kind: .invalidNumber("invalid floating-point literal '\(text)'"), text: text, location: location)
            }
            return Token(kind: .floating(value, isFloat: isFloat), text: text, location: location)
        }
        var body = Substring(lower)
        var unsigned = false, long = false
        while let last = body.last, last == "u" || last == "l" {
            if last == "u" { unsigned = true } else { long = true }
            body = body.dropLast()
        }
        let value: UInt64?
        if body.hasPrefix("0x") {
            value = UInt64(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("0b") {
            value = UInt64(body.dropFirst(2), radix: 2)
        } else if body.count > 1 && body.hasPrefix("0") {
            value = UInt64(body.dropFirst(), radix: 8)
        } else {
            value = UInt64(body)
        }
        guard let value else { return Token(kind: .invalidNumber("invalid integer literal '\(text)'"), text: text, location: location) }
        let decimal = !(body.hasPrefix("0x") || body.hasPrefix("0b") || (body.count > 1 && body.hasPrefix("0")))
        return Token(kind: .integer(value, unsigned: unsigned, long: long, decimal: decimal), text: text, location: location)
    }

    /// A floating constant's digits without its `f` or `l` suffix (lower-cased text).
    private static func floatingBody(_ lower: String) -> Substring {
        lower.hasSuffix("f") || lower.hasSuffix("l") ? lower.dropLast() : Substring(lower)
    }

    /// A floating constant's value as a `float`, rounded once from its decimal text.
    static func floatValue(_ text: String) -> Float? { Float(floatingBody(text.lowercased())) }
}
