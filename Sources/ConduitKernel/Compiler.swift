/// Options for `Compiler.compile`, parsed from an OpenCL-style option string.
public struct CompileOptions: Sendable, Hashable {
    public var defines: [String: String] = [:]
    public var includePaths: [String] = []
    public var fastRelaxedMath = false
    /// `-cl-single-precision-constant`: unsuffixed floating constants are `float` even in a
    /// program that uses `double`.
    public var singlePrecisionConstants = false
    /// `-cl-std=`: the OpenCL C version as `__OPENCL_C_VERSION__` spells it (110, 120, 200, 300).
    public var languageVersion = 120

    public init() {}

    /// The `-cl-*` flags of `clBuildProgram` (OpenCL 3.0 §5.8.6) that change nothing Conduit
    /// computes: math flags only permit a compiler to be less exact, and Conduit is exact anyway.
    static let acceptedFlags: Set<String> = [
        "-cl-denorms-are-zero", "-cl-fp32-correctly-rounded-divide-sqrt",
        "-cl-opt-disable", "-cl-mad-enable", "-cl-no-signed-zeros", "-cl-unsafe-math-optimizations",
        "-cl-finite-math-only", "-cl-strict-aliasing", "-cl-uniform-work-group-size", "-cl-no-subgroup-ifp",
        "-cl-kernel-arg-info", "-w", "-Werror", "-g"
    ]
    /// `-cl-std` values and the `__OPENCL_C_VERSION__` each sets.
    public static let versions = ["CL1.0": 100, "CL1.1": 110, "CL1.2": 120, "CL2.0": 200, "CL3.0": 300]

    /// Parses the options `clBuildProgram` takes, as clang spells them: `-D NAME[=VALUE]`,
    /// `-DNAME`, `-I DIR`, `-IDIR`, `-cl-std=CL1.0|CL1.1|CL1.2|CL2.0|CL3.0`, `-cl-fast-relaxed-math`,
    /// the other standard `-cl-*` flags, `-w`, `-Werror`. Anything else is an error that names it.
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
                if word == "-D" { try addDefine(words[i], fail) } else { includePaths.append(words[i]) }
            } else if word.hasPrefix("-D") {
                try addDefine(String(word.dropFirst(2)), fail)
            } else if word.hasPrefix("-I") {
                includePaths.append(String(word.dropFirst(2)))
            } else if word == "-cl-fast-relaxed-math" {
                fastRelaxedMath = true
            } else if word == "-cl-single-precision-constant" {
                singlePrecisionConstants = true
            } else if word.hasPrefix("-cl-std=") {
                let name = String(word.dropFirst("-cl-std=".count))
                guard let version = Self.versions[name] else {
                    throw fail("invalid value '\(name)' in '\(word)' (expected \(Self.versions.keys.sorted().joined(separator: ", ")))")
                }
                languageVersion = version
            } else if Self.acceptedFlags.contains(word) {
                // Accepted; see `acceptedFlags`.
            } else {
                throw fail("unknown build option '\(word)'")
            }
            i += 1
        }
    }

    /// The macros the options define, after the predefined ones (so they win).
    var predefinitions: [(String, String)] {
        var result = defines.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        result.insert(("__OPENCL_C_VERSION__", "\(languageVersion)"), at: 0)
        if languageVersion >= 200 { result.insert(("CL_VERSION_2_0", "200"), at: 1) }
        if languageVersion >= 300 {
            result.insert(("CL_VERSION_3_0", "300"), at: 1)
            // OpenCL C 3.0's optional features that Conduit has: 64-bit integers and doubles.
            result += [("__opencl_c_int64", "1"), ("__opencl_c_fp64", "1")]
        }
        if fastRelaxedMath { result.append(("__FAST_RELAXED_MATH__", "1")) }
        return result
    }

    private mutating func addDefine(_ definition: String, _ fail: (String) -> Diagnostic) throws(Diagnostic) {
        guard let first = definition.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
            definition.prefix(while: { $0 != "=" }).allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber })
        else {
            throw fail("macro name missing or invalid in '-D\(definition)'")
        }
        if let equals = definition.firstIndex(of: "=") {
            defines[String(definition[..<equals])] = String(definition[definition.index(after: equals)...])
        } else {
            defines[definition] = "1"
        }
    }
}

/// One source file of a program: its text, name, options, and the headers `#include` finds
/// by name before the file system (OpenCL's embedded headers of clCompileProgram).
public struct SourceFile: Sendable {
    public var source: String
    public var fileName: String
    public var options: CompileOptions
    public var headers: [String: String]

    public init(source: String, fileName: String = "<source>", options: CompileOptions = CompileOptions(), headers: [String: String] = [:]) {
        self.source = source
        self.fileName = fileName
        self.options = options
        self.headers = headers
    }
}

/// Compiles OpenCL C (the subset documented in docs/bytecode.md) to a verified bytecode module.
public enum Compiler {
    /// - Parameters:
    ///   - source: the program text.
    ///   - fileName: the name diagnostics use.
    ///   - readFile: how `#include` reads files (nil: includes fail with "file not found").
    /// - Throws: the first error as a `Diagnostic` with file, line, column and the source line.
    public static func compile(
        source: String, fileName: String = "<source>", options: CompileOptions = CompileOptions(),
        readFile: (@Sendable (String) -> String?)? = nil
    ) throws(Diagnostic) -> BytecodeModule {
        try compile(units: [SourceFile(source: source, fileName: fileName, options: options)], readFile: readFile)
    }

    /// Compiles several files into one module, as linking their objects would: each file is
    /// preprocessed on its own (its macros stay in it), then the declarations of all are one
    /// program, so a function defined in one file may be called from another through a prototype.
    ///
    /// - Throws: the first error as a `Diagnostic`; a name defined in two files is an error.
    public static func compile(units: [SourceFile], readFile: (@Sendable (String) -> String?)? = nil) throws(Diagnostic)
        -> BytecodeModule
    {
        let sources = SourceManager()
        do throws(CompileError) {
            let (tokens, program) = try preprocess(units, sources: sources, readFile: readFile)
            var parser = Parser(tokens: tokens, doubleLiterals: program.doubleLiterals)
            let unit = try parser.parseTranslationUnit()
            let module = try CodeGen(unit: unit, contractsFloatingPoint: program.contracts).compileKernels()
            do {
                try Verifier.verify(module)
            } catch {
                throw CompileError(
                    message: "internal error: the compiler produced bytecode the verifier rejects: \(error)",
                    location: SourceLocation(file: 0, line: 1, column: 1))
            }
            return module
        } catch {
            throw sources.diagnostic(error.message, at: error.location)
        }
    }

    /// Preprocesses and parses one file without generating code: what clCompileProgram checks
    /// before a link, where the functions it calls may be defined in another file.
    ///
    /// - Throws: the first error as a `Diagnostic`.
    public static func check(_ unit: SourceFile, readFile: (@Sendable (String) -> String?)? = nil) throws(Diagnostic) {
        let sources = SourceManager()
        do throws(CompileError) {
            let (tokens, program) = try preprocess([unit], sources: sources, readFile: readFile)
            var parser = Parser(tokens: tokens, doubleLiterals: program.doubleLiterals)
            _ = try parser.parseTranslationUnit()
        } catch {
            throw sources.diagnostic(error.message, at: error.location)
        }
    }

    /// The tokens of every unit, one program's worth (one end-of-file token), and what the
    /// program as a whole asks for: double literals, contraction.
    private static func preprocess(
        _ units: [SourceFile], sources: SourceManager, readFile: (@Sendable (String) -> String?)?
    ) throws(CompileError) -> ([Token], (doubleLiterals: Bool, contracts: Bool)) {
        var tokens: [Token] = []
        var usesDouble = false, contracts = true, singlePrecision = false
        var end = Token(kind: .endOfFile, text: "", location: SourceLocation(file: 0, line: 1, column: 1))
        for unit in units {
            let headers = unit.headers
            var preprocessor = Preprocessor(
                sources: sources, defines: unit.options.predefinitions, includePaths: unit.options.includePaths,
                readFile: { name in headers[name] ?? readFile?(name) })
            let unitTokens = try preprocessor.run(text: unit.source, name: unit.fileName)
            for token in unitTokens {
                if case let .invalidNumber(message) = token.kind { throw CompileError(message: message, location: token.location) }
            }
            // An unsuffixed constant is a double (C99 6.4.4.2) where the program uses double
            // precision: it enables cl_khr_fp64 or names a double type. Elsewhere it is a float, as
            // on a device without fp64, so single-precision programs stay single precision.
            usesDouble =
                usesDouble || preprocessor.enablesDoublePrecision
                || unitTokens.contains { $0.isIdentifier && CType.named($0.text)?.scalar == .double }
            contracts = contracts && preprocessor.contractsFloatingPoint
            singlePrecision = singlePrecision || unit.options.singlePrecisionConstants
            tokens += unitTokens.filter { $0.kind != .endOfFile }
            end = unitTokens.last { $0.kind == .endOfFile } ?? end
        }
        tokens.append(end)
        return (tokens, (usesDouble && !singlePrecision, contracts))
    }
}
