import ConduitKernel
import Synchronization

/// One OpenCL C file of a program that is built from several, with its own build options and
/// the headers `#include` finds by name before the file system.
///
/// Corresponds to a program object given to `clCompileProgram` (with its embedded headers) and
/// then to `clLinkProgram`.
public struct ProgramSource: Sendable, Hashable {
    /// The file's text.
    public var source: String
    /// The name diagnostics use.
    public var fileName: String
    /// Options for this file, in fields or as `clCompileProgram` spells them.
    public var options: BuildOptions
    /// Headers by the name `#include` uses (`"util.h"`, `"dir/util.h"`).
    public var headers: [String: String]

    public init(source: String, fileName: String = "<source>", options: BuildOptions = BuildOptions(), headers: [String: String] = [:]) {
        self.source = source
        self.fileName = fileName
        self.options = options
        self.headers = headers
    }

    /// Checks what compiling this file alone can: its preprocessing, syntax and options. Calls to
    /// functions defined in another file are left for the link. The files it includes from the
    /// file system are added to `headers`, as a compiled object carries them: a later link does
    /// not read the file system again (the files may be gone by then).
    ///
    /// - Throws: `ConduitError` with `.compileFailed` and `compileDiagnostics`.
    /// Corresponds to `clCompileProgram`.
    public mutating func check() throws(ConduitError) {
        let included = IncludedFiles()
        do {
            try Compiler.check(try unit()) { path in
                let text = try? String(contentsOfFile: path, encoding: .utf8)
                if let text { included.add(path, text) }
                return text
            }
            headers.merge(included.files) { embedded, _ in embedded }
        } catch {
            var failure = ConduitError(.compileFailed, "\(fileName) did not compile: \(error.message)")
            failure.compileDiagnostics = [error]
            throw failure
        }
    }

    func unit() throws(Diagnostic) -> SourceFile {
        SourceFile(source: source, fileName: fileName, options: try options.compileOptions(), headers: headers)
    }
}

/// The files a check read, by the path the preprocessor asked for.
private final class IncludedFiles: @unchecked Sendable {
    private let lock = Mutex<[String: String]>([:])
    func add(_ path: String, _ text: String) { lock.withLock { $0[path] = text } }
    var files: [String: String] { lock.withLock { $0 } }
}
