/// Options for `Compiler.compile`, parsed from an OpenCL-style option string.
public struct CompileOptions: Sendable, Hashable {
    public var defines: [String: String] = [:]
    public var includePaths: [String] = []
    public var fastRelaxedMath = false

    public init() {}

    /// Parses `-D NAME[=VALUE]`, `-DNAME`, `-I DIR`, `-cl-fast-relaxed-math`, and accepts the other
    /// standard `-cl-*` and `-w`/`-Werror` options.
    public init(parsing text: String) throws(Diagnostic) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        var i = 0
        func fail(_ message: String) -> Diagnostic {
            Diagnostic(severity: .error, message: message, fileName: "<options>", line: 1, column: 1, sourceLine: text)
        }
        while i < words.count {
            let word = words[i]
            if word == "-D" || word == "-I" {
                guard i + 1 < words.count else { throw fail("\(word) needs a value") }
                i += 1
                if word == "-D" { addDefine(words[i]) } else { includePaths.append(words[i]) }
            } else if word.hasPrefix("-D") {
                addDefine(String(word.dropFirst(2)))
            } else if word.hasPrefix("-I") {
                includePaths.append(String(word.dropFirst(2)))
            } else if word == "-cl-fast-relaxed-math" {
                fastRelaxedMath = true
            } else if word.hasPrefix("-cl-") || word == "-w" || word == "-Werror" {
                // -cl-mad-enable, -cl-no-signed-zeros, -cl-std=CL1.2, -cl-opt-disable, ...: accepted.
            } else {
                throw fail("unknown build option '\(word)'")
            }
            i += 1
        }
    }

    private mutating func addDefine(_ definition: String) {
        if let equals = definition.firstIndex(of: "=") {
            defines[String(definition[..<equals])] = String(definition[definition.index(after: equals)...])
        } else {
            defines[definition] = "1"
        }
    }
}

/// Compiles OpenCL C (the subset documented in docs/bytecode.md) to a verified bytecode module.
public enum Compiler {
    /// - Parameters:
    ///   - source: the program text.
    ///   - fileName: the name diagnostics use.
    ///   - readFile: how `#include` reads files (nil: includes fail with "file not found").
    /// - Throws: the first error as a `Diagnostic` with file, line, column and the source line.
    public static func compile(source: String, fileName: String = "<source>", options: CompileOptions = CompileOptions(),
                               readFile: (@Sendable (String) -> String?)? = nil) throws(Diagnostic) -> BytecodeModule {
        let sources = SourceManager()
        do throws(CompileError) {
            var defines = options.defines.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            if options.fastRelaxedMath { defines.append(("__FAST_RELAXED_MATH__", "1")) }
            var preprocessor = Preprocessor(sources: sources, defines: defines, includePaths: options.includePaths,
                                            readFile: readFile ?? { _ in nil })
            let tokens = try preprocessor.run(text: source, name: fileName)
            var parser = Parser(tokens: tokens)
            let unit = try parser.parseTranslationUnit()
            let module = try CodeGen(unit: unit).compileKernels()
            do {
                try Verifier.verify(module)
            } catch {
                throw CompileError(message: "internal error: the compiler produced bytecode the verifier rejects: \(error)",
                                   location: SourceLocation(file: 0, line: 1, column: 1))
            }
            return module
        } catch {
            throw sources.diagnostic(error.message, at: error.location)
        }
    }
}
