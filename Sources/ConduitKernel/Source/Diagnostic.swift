/// A position in a source file (1-based line and column).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: Int
    public var line: Int
    public var column: Int

    public init(file: Int, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A compiler message: where, what, and the line it points into.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    public var fileName: String
    public var line: Int
    public var column: Int
    /// The source line the caret points into.
    public var sourceLine: String

    /// `file:line:col: error: message`, the source line, and a caret under the column.
    public var description: String {
        let caretPadding = String(sourceLine.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
        return "\(fileName):\(line):\(column): \(severity.rawValue): \(message)\n\(sourceLine)\n\(caretPadding)^"
    }
}

/// The files of one compilation: names and text, for diagnostics.
final class SourceManager {
    struct File {
        var name: String
        var lines: [Substring]
    }

    private(set) var files: [File] = []

    func add(name: String, text: String) -> Int {
        files.append(File(name: name, lines: text.split(separator: "\n", omittingEmptySubsequences: false)))
        return files.count - 1
    }

    func diagnostic(_ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let file = files.indices.contains(location.file) ? files[location.file] : File(name: "<unknown>", lines: [])
        let line = file.lines.indices.contains(location.line - 1) ? String(file.lines[location.line - 1]) : ""
        return Diagnostic(
            severity: severity, message: message, fileName: file.name, line: location.line,
            column: location.column, sourceLine: line.replacing("\r", with: ""))
    }
}

/// Thrown inside the compiler to stop at the first error; turned into a `Diagnostic` at the edge.
struct CompileError: Error {
    var message: String
    var location: SourceLocation
}
