import ConduitFuzz
import Testing

/// `goto` as C programs use it: out of nested loops to a label after them, back to a label
/// before (a loop by hand), both in one block, in a helper, out of a `switch`. Each program runs
/// on every Conduit adapter and on OpenCL directly from the same source.
@Suite struct GotoAgreementTests {
    static let programs: [(name: String, body: String)] = [
        (
            "forward out of nested loops",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                uint found = 99u, steps = 0u;
                for (uint a = 0; a < 8u; a++) {
                    for (uint b = 0; b < 8u; b++) {
                        steps++;
                        if ((in[(a * 8u + b + i) % 64u] & 7u) == (i & 7u)) { found = a * 8u + b; goto done; }
                    }
                }
                found += 1000u;
            done:
                out[i] = (ulong)found << 32 | steps;
            }
            """
        ),
        (
            "backward retry loop",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                uint x = in[i] % 1000u, tries = 0u;
            retry:
                tries++;
                x = x * 1103515245u + 12345u;
                if ((x >> 16) % 5u != 0u && tries < 40u) goto retry;
                out[i] = (ulong)x << 8 | tries;
            }
            """
        ),
        (
            "both directions and a label at the end",
            """
            uint collatz(uint n) {
                uint steps = 0u;
            again:
                if (n == 1u || steps == 500u) goto finished;
                n = (n & 1u) ? 3u * n + 1u : n / 2u;
                steps++;
                goto again;
            finished:
                return steps;
            }
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                ulong h = collatz(in[i] % 10000u + 1u);
                for (int r = 0; r < 3; r++) {
                    if (r == (int)(i % 3u)) goto skip;
                    h = h * 31u + (ulong)r;
                skip:;
                }
                switch (i % 4u) {
                case 0: h += 7u; goto out;
                case 1: h ^= 0xFFu;
                default: h += 1u;
                }
                h *= 3u;
            out:
                out[i] = h;
            }
            """
        ),
        (
            // A helper that returns only at its end is inlined without a block of its own; a
            // switch section is a block of its own. The tester's first gotos were refused in both.
            "in a straight-line helper and a switch section",
            """
            uint h(uint p) {
                uint v = p * 3u;
                {
                    if (p > 3000u) goto tail;
                    v = v ^ 0x55u;
                }
            tail:;
                return v + 1u;
            }
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                uint r = h(in[i] % 5000u);
                switch (i % 3u) {
                case 0:
                    if (r & 1u) goto even;
                    r += 10u;
                even:
                    r *= 2u;
                    break;
                default:
                    r -= 1u;
                }
                out[i] = r;
            }
            """
        )
    ]

    @Test(
        .enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"),
        arguments: programs.map(\.name))
    func agreesWithOpenCLRunningTheSource(_ name: String) throws {
        try CompilerDiffTests.expectAgreement(try #require(Self.programs.first { $0.name == name }).body)
    }

    /// Gotos that nest: a forward one inside the loop a backward one makes.
    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against"))
    func nestedGotosCompute() throws {
        try CompilerDiffTests.expectAgreement(
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                uint x = in[i] % 97u, n = 0u;
            a:
                x = x * 5u + 1u;
                if ((x & 3u) == 0u) goto b;
                n += 2u;
                if (n < 20u) goto a;
            b:
                out[i] = (ulong)x << 16 | n;
            }
            """)
    }
}
