import ConduitKernel
import Foundation
import Testing

/// Every file in Snapshots/diagnostics/ fails to compile with the diagnostic in its .txt twin.
@Suite struct DiagnosticSnapshotTests {
    static let inputs = (try? Snapshot.files(in: "diagnostics", ending: ".cl")) ?? []

    @Test func thereAreSnapshots() {
        #expect(Self.inputs.count >= 15)
    }

    @Test(arguments: inputs)
    func diagnosticMatchesItsSnapshot(_ input: URL) throws {
        let source = try String(contentsOf: input, encoding: .utf8)
        let name = input.lastPathComponent
        let diagnostic = try #require(throws: Diagnostic.self) { try Compiler.compile(source: source, fileName: name) }
        #expect(diagnostic.fileName == name)
        try Snapshot.check(diagnostic.description + "\n", against: input.deletingPathExtension().appendingPathExtension("txt"))
    }
}

@Suite struct DisassemblySnapshotTests {
    static let kernels = ["saxpy", "vector_add", "reduction"]

    @Test(arguments: kernels)
    func disassemblyMatchesItsSnapshot(_ name: String) throws {
        let root = Snapshot.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: root.appendingPathComponent("Kernels/\(name).cl"), encoding: .utf8)
        let module = try Compiler.compile(source: source, fileName: "\(name).cl")
        try Snapshot.check(Disassembler.text(module), against: Snapshot.directory.appendingPathComponent("disassembly/\(name).txt"))
    }
}
