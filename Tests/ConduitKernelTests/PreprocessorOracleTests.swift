import Foundation
import Testing

@testable import ConduitKernel

/// The preprocessor against a C compiler's (`cc -E`), an oracle Conduit did not write: each
/// program's tokens after macro expansion must be the same.
@Suite struct PreprocessorOracleTests {
    static let programs = [
        // clinfo's kernel: a pasted name whose middle operand is an empty argument (a placemarker).
        """
        #define GWO(type) global type* restrict
        #define GRO(type) global const type* restrict
        #define _KRN(T, N) void kernel sum##N##T(GWO(T##N) out, GRO(T##N) in1, GRO(T##N) in2) { }
        #define KRN(N) _KRN(float, N)
        KRN() KRN(2) KRN(16)
        """,
        // Chains of ## with empty operands anywhere.
        """
        #define CAT3(a, b, c) a##b##c
        CAT3(x, , z) CAT3(, , z) CAT3(x, y, ) CAT3(, , ) CAT3(1, 2, 3) CAT3(0x, ff, u)
        """,
        // Operands of ## are not expanded first; other uses of the same argument are.
        """
        #define A B
        #define F(x) x##_s x
        #define G(x, y) x##y y##x
        F(A) G(A, ) G(, A)
        """,
        // A pasted name that names the macro being expanded is not expanded again.
        """
        #define GLUE(a, b) a##b
        GLUE(GL, UE)(p, q) GLUE(GLUE, )
        """,
        // Stringizing around pastes, and variadic arguments.
        """
        #define STR(x) #x
        #define XSTR(x) STR(x)
        #define CAT(a, b) a##b
        XSTR(CAT(left, right)) XSTR(CAT(, only)) STR(CAT(a, b))
        #define V(first, ...) call(first, __VA_ARGS__)
        V(1, 2, 3) V(x, y)
        """
    ]

    @Test(arguments: programs)
    func sameTokensAsTheCPreprocessor(_ program: String) throws {
        let expected = try Self.tokens(of: try Self.systemPreprocessor(program))
        let sources = SourceManager()
        var preprocessor = Preprocessor(sources: sources, defines: [], includePaths: [], readFile: { _ in nil })
        let ours = try preprocessor.run(text: program, name: "<test>").filter { $0.kind != .endOfFile }.map(\.text)
        #expect(ours == expected)
    }

    /// The program's tokens, read by Conduit's lexer (so both sides are split the same way).
    static func tokens(of text: String) throws -> [String] {
        var lexer = Lexer(text: text, file: 0)
        return try lexer.tokenize().filter { $0.kind != .endOfFile }.map(\.text)
    }

    static func systemPreprocessor(_ program: String) throws -> String {
        let compiler = try #require(
            ["cc", "clang", "gcc"].lazy.compactMap { name in
                (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/\(name)" }
                    .first(where: FileManager.default.isExecutableFile(atPath:))
            }.first, "no C compiler")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = ["-E", "-P", "-x", "c", "-"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(program.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}
