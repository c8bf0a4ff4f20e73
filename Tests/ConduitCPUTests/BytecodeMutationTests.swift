import ConduitCPU
import ConduitFuzz
import ConduitKernel
import Dispatch
import Foundation
import Testing

/// Hostile bytecode: every kernel of Kernels/ is serialised, mutated at random (deterministic
/// seed), and either rejected by the decoder/verifier or run safely by the interpreter. A crash
/// or hang fails the test run itself.
@Suite struct BytecodeMutationTests {
    static let programs = ["saxpy", "vector_add", "matmul", "nbody", "reduction", "scan", "histogram", "transpose"]

    @Test(arguments: programs)
    func mutatedBytecodeIsRejectedOrRunsSafely(_ program: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: root.appendingPathComponent("Kernels/\(program).cl"), encoding: .utf8)
        let module = try Compiler.compile(source: source)
        let original = module.serialized()
        var generator = Mutator(seed: UInt64(program.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        var rejected = 0, ran = 0, faulted = 0
        for _ in 0..<400 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
                case 1: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                default: bytes[index] = [0, 1, 0xFF, 0x7F, 0x80][Int.random(in: 0..<5, using: &generator)]
                }
            }
            let mutated: BytecodeModule
            do {
                mutated = try BytecodeModule(serialized: bytes)
                try Verifier.verify(mutated)
            } catch {
                rejected += 1
                continue
            }
            for kernel in mutated.kernels {
                switch try runSafely(kernel, constants: mutated.constants) {
                case .ran: ran += 1
                case .faulted: faulted += 1
                case .notRunnable: rejected += 1
                }
            }
        }
        #expect(rejected > 0, "some mutations must be caught by the decoder or the verifier")
        #expect(ran + faulted + rejected > 0)
    }

    enum Outcome { case ran, faulted, notRunnable }

    /// Runs a (possibly hostile) kernel over one small group with small buffers, aborting it after
    /// 200 ms through the interpreter's back-edge deadline check (the fuzz harness's runner).
    func runSafely(_ kernel: KernelCode, constants: [UInt8]) throws -> Outcome {
        switch BytecodeHarness.run(kernel, constants: constants, limit: .milliseconds(200)) {
        case .accepted: .ran
        case .faulted: .faulted
        case .rejected: .notRunnable
        }
    }
}
