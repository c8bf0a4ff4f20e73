import ConduitHAL
@testable import ConduitHost
import ConduitKernel
import Testing

/// Which submissions run on the thread that delivers them and which go to the queue's worker.
@Suite struct InlineRuleTests {
    static func dispatch(_ source: String, items: Int) throws -> ResolvedCommand {
        let kernel = try Compiler.compile(source: source).kernels[0]
        let arguments = ArgumentBlock(kernel: kernel, values: [:], localSizes: [:])
        return .dispatch(
            DispatchOperation(
                kernel: kernel, constants: [], globalSize: [items, 1, 1], localSize: [1, 1, 1], globalOffset: [0, 0, 0],
                buffers: [nil], arguments: arguments), retain: [])
    }

    static let tiny = "__kernel void tiny(__global float *a) { a[get_global_id(0)] += 1.0f; }"
    static let looping = "__kernel void spin(__global int *a) { for (int i = 0; i < a[0]; i++) a[1] += i; }"

    /// One small dispatch runs inline (no wake-up); a burst of hundreds goes to the worker, where
    /// it overlaps with the client recording the next (each dispatch counts its setup cost).
    @Test func aLoneDispatchRunsInlineABurstDoesNot() throws {
        let one = try Self.dispatch(Self.tiny, items: 1)
        #expect(ResolvedCommand.runInline([one]))
        #expect(ResolvedCommand.runInline(Array(repeating: one, count: 64)))
        #expect(!ResolvedCommand.runInline(Array(repeating: one, count: 1024)))
    }

    /// A loop's trip count is data: never inline, however small the range. Nor is a wait.
    @Test func loopsAndLargeRangesGoToTheWorker() throws {
        #expect(!ResolvedCommand.runInline([try Self.dispatch(Self.looping, items: 1)]))
        #expect(!ResolvedCommand.runInline([try Self.dispatch(Self.tiny, items: 1 << 20)]))
    }
}
