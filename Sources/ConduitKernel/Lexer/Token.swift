/// A preprocessing token.
struct Token: Equatable, CustomStringConvertible {
    enum Kind: Equatable {
        case identifier
        /// `decimal`: written in base 10 (C99 6.4.4.1 types decimal and hex/octal literals differently).
        case integer(UInt64, unsigned: Bool, long: Bool, decimal: Bool)
        case floating(Double, isFloat: Bool)
        case string
        case character(UInt64)
        case punctuator
        /// A pp-number that is no valid constant (`0x` alone, `1e`): valid between macros (`0x ## ff`
        /// pastes into one), an error with this message if it reaches the parser.
        case invalidNumber(String)
        case endOfFile
    }

    var kind: Kind
    /// The spelling: identifier name, punctuator, or literal text.
    var text: String
    var location: SourceLocation
    /// First token of its line (a `#` here starts a directive).
    var atLineStart = false
    var spaceBefore = false

    var description: String { text }

    func isPunct(_ p: String) -> Bool { kind == .punctuator && text == p }
    func isIdent(_ name: String) -> Bool { kind == .identifier && text == name }
    var isIdentifier: Bool { kind == .identifier }
}
