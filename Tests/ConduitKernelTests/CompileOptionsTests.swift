@testable import ConduitKernel
import Testing

/// Build options are taken as clang takes them for `clBuildProgram`; anything else is refused by name.
@Suite struct CompileOptionsTests {
    @Test func standardOptionsAreAccepted() throws {
        let options = try CompileOptions(
            parsing: "-D A -DB=2 -D C=x -I inc -Iother -cl-std=CL2.0 -cl-fast-relaxed-math -cl-mad-enable -w -Werror -cl-opt-disable")
        #expect(options.defines == ["A": "1", "B": "2", "C": "x"])
        #expect(options.includePaths == ["inc", "other"])
        #expect(options.fastRelaxedMath)
        #expect(options.languageVersion == 200)
    }

    @Test(arguments: ["-cl-std=CL9.9", "-cl-made-up", "-O3", "--fast", "-D", "-D=1", "-D1X"])
    func unknownOrMalformedOptionsAreErrorsThatNameThem(_ text: String) {
        let diagnostic = #expect(throws: Diagnostic.self) { try CompileOptions(parsing: text) }
        #expect(diagnostic?.fileName == "<options>")
        #expect(diagnostic?.message.contains(text.hasPrefix("-D") ? "-D" : String(text.split(separator: "=").last!)) == true)
    }

    @Test func theLanguageVersionIsVisibleToThePreprocessor() throws {
        let source = """
            #if __OPENCL_C_VERSION__ >= 200 && defined(CL_VERSION_2_0)
            __kernel void two(__global int *o) { o[0] = __OPENCL_C_VERSION__; }
            #else
            __kernel void one(__global int *o) { o[0] = __OPENCL_C_VERSION__; }
            #endif
            """
        #expect(try Compiler.compile(source: source, options: CompileOptions(parsing: "-cl-std=CL3.0")).kernels[0].name == "two")
        #expect(try Compiler.compile(source: source, options: CompileOptions(parsing: "-cl-std=CL1.2")).kernels[0].name == "one")
        #expect(try Compiler.compile(source: source).kernels[0].name == "one")
    }
}
