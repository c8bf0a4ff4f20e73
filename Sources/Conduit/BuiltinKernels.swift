/// The kernels of `Kernels/`, compiled into the library so an installed program needs no source tree.
public enum BuiltinKernels {
    /// The programs' names: "saxpy", "vector_add", "matmul", "nbody", "reduction", "scan", "histogram", "transpose".
    public static var names: [String] { sources.keys.sorted() }

    /// The OpenCL C source of one program, or nil.
    public static func source(named name: String) -> String? { sources[name] }
}

extension Device {
    /// Compiles one of the built-in programs (`BuiltinKernels.names`).
    ///
    /// - Throws: `ConduitError` with `.invalidArgument` for an unknown name, `.compileFailed` if
    ///   the options break it.
    public func makeLibrary(builtin name: String, options: BuildOptions = BuildOptions()) throws(ConduitError) -> Library {
        guard let source = BuiltinKernels.source(named: name) else {
            throw .invalidArgument("no built-in kernel program '\(name)'; available: \(BuiltinKernels.names.joined(separator: ", "))")
        }
        return try makeLibrary(source: source, options: options, fileName: "Kernels/\(name).cl", label: name)
    }

    /// Compiles one of the built-in programs with options in `clBuildProgram`'s spelling.
    @available(*, deprecated, message: "pass BuildOptions (a string literal still makes one)")
    @_disfavoredOverload
    public func makeLibrary(builtin name: String, options: String) throws(ConduitError) -> Library {
        try makeLibrary(builtin: name, options: BuildOptions(options))
    }
}
