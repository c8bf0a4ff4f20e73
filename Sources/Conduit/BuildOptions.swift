import ConduitKernel

/// A compiler message with its place: severity, message, file, line, column and the source line.
/// `description` prints it as clang does, with a caret under the column.
public typealias Diagnostic = ConduitKernel.Diagnostic

/// How a library is built: the options of `clBuildProgram`, as fields or in their usual spelling.
///
/// A string literal makes one (`"-D N=4 -cl-fast-relaxed-math"`); its words are parsed when the
/// library is built, and an unknown one fails the build with a diagnostic that names it. The
/// fields apply after the words, so they win. Corresponds to `MTLCompileOptions` and the options
/// string of `clBuildProgram`.
public struct BuildOptions: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The OpenCL C versions `-cl-std` names.
    public enum LanguageVersion: String, Sendable {
        case openCL1_0 = "CL1.0", openCL1_1 = "CL1.1", openCL1_2 = "CL1.2", openCL2_0 = "CL2.0", openCL3_0 = "CL3.0"
    }

    /// Macros, as `-D NAME=VALUE` defines them (`"1"` for `-D NAME`).
    public var defines: [String: String] = [:]
    /// Directories `#include` searches after the including file's own, as `-I DIR`.
    public var includePaths: [String] = []
    /// `-cl-std`: the OpenCL C version the program is written for (1.2 when nil).
    public var languageVersion: LanguageVersion?
    /// `-cl-fast-relaxed-math` (defines `__FAST_RELAXED_MATH__`; Conduit computes exactly anyway).
    public var fastRelaxedMath = false
    /// `-cl-single-precision-constant`: unsuffixed floating constants are `float` even in a
    /// program that uses `double`.
    public var singlePrecisionConstants = false
    /// Further options in `clBuildProgram`'s spelling, parsed when the library is built.
    public var arguments: String

    /// No options: OpenCL C 1.2, nothing defined.
    public init() { arguments = "" }

    /// Options in `clBuildProgram`'s spelling.
    public init(_ arguments: String) { self.arguments = arguments }

    public init(stringLiteral arguments: String) { self.arguments = arguments }

    /// The compiler's options: `arguments` parsed, then the fields.
    func compileOptions() throws(ConduitKernel.Diagnostic) -> CompileOptions {
        var options = try CompileOptions(parsing: arguments)
        options.defines.merge(defines) { _, field in field }
        options.includePaths += includePaths
        if let languageVersion { options.languageVersion = CompileOptions.versions[languageVersion.rawValue]! }
        options.fastRelaxedMath = options.fastRelaxedMath || fastRelaxedMath
        options.singlePrecisionConstants = options.singlePrecisionConstants || singlePrecisionConstants
        return options
    }
}
