@testable import ConduitKernel
import Testing

/// Which local and private accesses the emitter may leave unchecked: only those the range
/// analysis proves in range on every path, under the dispatch's specialisation.
struct RangeAnalysisTests {
    /// The emitted program for `source`'s first kernel, dispatched with `workGroup` items and
    /// `tileBytes` for each `__local` argument (nil: not specialised).
    func emitted(_ source: String, workGroup: Int? = 64, tileBytes: Int = 64 * 4, loopBudget: UInt64? = nil) throws -> String {
        let kernel = try Compiler.compile(source: source).kernels[0]
        let locals = kernel.parameters.indices.filter { kernel.parameters[$0].kind == .local }
        let arguments = ArgumentBlock(kernel: kernel, values: [:], localSizes: Dictionary(uniqueKeysWithValues: locals.map { ($0, tileBytes) }))
        let specialization = workGroup.map { Specialization(kernel: kernel, arguments: arguments.bytes, localSize: [$0, 1, 1]) }
        return Emitter.program(for: kernel, localBytes: arguments.localBytes, loopBudget: loopBudget, specialization: specialization)
    }

    /// (proven, checked) local accesses in an emitted program.
    func localAccesses(_ program: String) -> (proven: Int, checked: Int) {
        (program.components(separatedBy: "(lmem + ((").count - 1, program.components(separatedBy: "lo_ |=").count - 1)
    }

    static let tiled = """
        __kernel void sum(__global const float *in, __global float *out, __local float *tile, const int n) {
            const int lid = get_local_id(0);
            float acc = 0.0f;
            for (int start = 0; start < n; start += get_local_size(0)) {
                tile[lid] = in[start + lid];
                barrier(CLK_LOCAL_MEM_FENCE);
                for (int j = 0; j < BOUND; j++) acc += tile[j];
                barrier(CLK_LOCAL_MEM_FENCE);
            }
            out[get_global_id(0)] = acc;
        }
        """

    func tiled(bound: String) -> String { Self.tiled.replacingOccurrences(of: "BOUND", with: bound) }

    @Test func aTileLoopBoundedByTheWorkGroupIsProven() throws {
        let program = try emitted(tiled(bound: "get_local_size(0)"))
        #expect(localAccesses(program) == (2, 0))
        #expect(program.contains("= 64UL;  // get_local_size(0), as specialised"))
    }

    @Test func aLoopBoundedByAnArgumentIsNot() throws {
        #expect(localAccesses(try emitted(tiled(bound: "n"))) == (1, 1))
    }

    @Test func offByOneIsNot() throws {
        #expect(localAccesses(try emitted(tiled(bound: "get_local_size(0) + 1"))) == (1, 1))
        #expect(localAccesses(try emitted(tiled(bound: "65"))) == (1, 1))
        #expect(localAccesses(try emitted(tiled(bound: "64"))) == (2, 0))
    }

    @Test func aTileSmallerThanTheWorkGroupIsNot() throws {
        #expect(localAccesses(try emitted(tiled(bound: "get_local_size(0)"), tileBytes: 60 * 4)) == (0, 2))
    }

    @Test func withoutASpecialisationNothingIsProvenFromTheWorkGroup() throws {
        let program = try emitted(tiled(bound: "get_local_size(0)"), workGroup: nil)
        #expect(localAccesses(program) == (0, 2))
        #expect(program.contains("get_local_size(0);"))
    }

    /// After `while (j != 100)` the exit says j == 100, but the watchdog leaves the loop from its
    /// head with any j: with a budget, the access after it must stay checked.
    @Test func theWatchdogsExitJoinsTheLoopsExit() throws {
        let source = """
            __kernel void after(__global int *out, __local int *tile, const int n) {
                int j = 0;
                while (j != 100) j++;
                tile[j - 100 + get_local_id(0)] = 1;
                out[0] = tile[0];
            }
            """
        #expect(localAccesses(try emitted(source)) == (2, 0))
        #expect(localAccesses(try emitted(source, loopBudget: 1_000_000)) == (1, 1))
    }

    @Test func breaksJoinTheStateAfterTheLoop() throws {
        let source = """
            __kernel void early(__global int *out, __local int *tile, const int n) {
                int j = 0;
                for (; j < 64; j++) { if (j == n) break; }
                tile[j] = 1;
                out[0] = tile[0];
            }
            """
        // j is 0...63 at the break and 64 at the loop's own exit: tile[64] is past the end.
        #expect(localAccesses(try emitted(source)) == (1, 1))
    }

    @Test func wrappingArithmeticIsNotTrusted() throws {
        let source = """
            __kernel void wrap(__global int *out, __local int *tile, const int n) {
                const int lid = get_local_id(0);
                tile[(lid + 2147483647) - 2147483600] = 1;
                tile[(lid * 65536 * 65536) + lid] = 2;
                out[0] = tile[0];
            }
            """
        #expect(localAccesses(try emitted(source)) == (1, 2))
    }

    /// A negative divisor reads as a huge unsigned value in a 64-bit register's view: signed
    /// division by it must not be bounded as unsigned division would be.
    @Test func signedDivisionByANegativeIsNotBounded() throws {
        let source = """
            __kernel void div(__global int *out, __local int *tile, const int n) {
                const long lid = (long)get_local_id(0);
                tile[(lid / -1L) * -1L + 63] = 1;
                tile[lid / 2L] = 2;
                out[0] = tile[0];
            }
            """
        #expect(localAccesses(try emitted(source)) == (2, 1))
    }

    @Test func privateArraysIndexedInRangeAreProven() throws {
        let source = """
            __kernel void priv(__global float *out, const int n) {
                float a[8];
                for (int k = 0; k < 8; k++) a[k] = k * 2.0f;
                float s = 0.0f;
                for (int k = 0; k < 8; k++) s += a[(k + n) & 7];
                out[get_global_id(0)] = s + a[n];
            }
            """
        let program = try emitted(source)
        #expect(program.components(separatedBy: "(priv + ((").count - 1 == 2)
        #expect(program.contains("if (s_ == \(Segment.private)u"))
    }

    /// Analysis of deeply nested loops gives up within its work limit rather than running for
    /// an exponential time, and then proves nothing.
    @Test func deepNestingStaysBounded() throws {
        let depth = 14
        var body = "tile[get_local_id(0)] = 1;"
        for level in 0..<depth { body = "for (int i\(level) = 0; i\(level) < n; i\(level)++) { \(body) }" }
        let source = "__kernel void deep(__global int *out, __local int *tile, const int n) { \(body) out[0] = tile[0]; }"
        #expect(localAccesses(try emitted(source)).checked == 2)
    }
}
