import ConduitHAL
import ConduitKernel
import Testing

/// Per-dispatch state that is shared between dispatches for speed must still behave as fresh.
@Suite struct DispatchStateTests {
    /// A queue re-arms one watchdog for each of its dispatches: a cancellation (teardown, or a
    /// fault that stopped the other workers) does not carry over, and an untimed re-arm never
    /// expires however long the previous limit was.
    @Test func aRearmedWatchdogStartsClean() async throws {
        let watchdog = DispatchWatchdog(limit: .milliseconds(20))
        watchdog.cancel()
        #expect(watchdog.isCancelled)
        watchdog.rearm()
        #expect(!watchdog.isCancelled)
        try await Task.sleep(for: .milliseconds(40))
        #expect(watchdog.isCancelled && watchdog.expired)
        watchdog.rearm(timed: false)
        try await Task.sleep(for: .milliseconds(40))
        #expect(!watchdog.isCancelled && !watchdog.expired)
        watchdog.rearm()
        #expect(!watchdog.isCancelled)
    }

    /// Kernels share their fields between copies; a copy that is changed is a kernel of its own.
    @Test func aKernelCopyChangesAlone() throws {
        let original = try Compiler.compile(source: "__kernel void k(__global int *a) { a[0] = 1; }").kernels[0]
        let looping = try Compiler.compile(source: "__kernel void k(__global int *a) { for (int i = 0; i < a[1]; i++) a[0] += i; }").kernels[0]
        var copy = original
        #expect(copy == original && copy.hashValue == original.hashValue)
        copy.name = "renamed"
        #expect(original.name == "k" && copy.name == "renamed" && copy != original)
        var edited = original
        #expect(!edited.containsLoop && looping.containsLoop)
        edited.instructions = looping.instructions
        #expect(edited.containsLoop && !original.containsLoop)
        edited.instructions = original.instructions
        #expect(!edited.containsLoop)
        edited.instructions[0] = looping.instructions.first { $0.opcode == .loop }!
        #expect(edited.containsLoop && !original.containsLoop)
    }
}
