import ConduitFuzz
import ConduitKernel
import Testing

/// Helpers compiled as bytecode functions (CodeGen+Functions) compute what the source says on
/// every adapter: each program runs on the interpreter (calls expanded), on the OpenCL adapter
/// (calls emitted as OpenCL C functions) and on OpenCL directly from the source.
@Suite struct FunctionCallAgreementTests {
    static let programs: [(name: String, body: String)] = [
        (
            "nested helpers with loops, early returns and assigned parameters",
            """
            uint mixin(uint h, uint v) {
                for (uint r = 0u; r < (v & 3u) + 1u; r++) {
                    h ^= v + 0x9E3779B9u + (h << 6) + (h >> 2);
                    if ((h & 255u) == 17u) return h * 3u;
                    v = v * 1103515245u + 12345u;
                }
                h = rotate(h, 13u) * 5u + 0xE6546B64u;
                return h ^ (h >> 16);
            }
            ulong twice(uint a, ulong b) {
                uint x = mixin(a, (uint)b);
                uint y = mixin(x, a ^ 0xA5A5A5A5u);
                while (b > 1000UL) { b = b / 3UL + (ulong)(x & 15u); }
                return ((ulong)mixin(y, x) << 32) | (ulong)(y + (uint)b);
            }
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                ulong h = twice(in[i], (ulong)in[(i + 1u) & 63u] * 7919UL);
                h += twice((uint)h, h) + (ulong)mixin(mixin(in[i], i), mixin(i, in[i]));
                out[i] = h;
            }
            """
        ),
        (
            "vectors, signed arithmetic and doubles through a call",
            """
            int4 shuffle_mix(int4 a, int4 b, int n) {
                int4 acc = a;
                for (int r = 0; r < (n & 7); r++) {
                    acc = (acc * 3 + b.wzyx) ^ (acc >> 2);
                    acc.x = max(acc.x, -acc.y);
                    b = select(b, acc, acc > b);
                    if (acc.z == 12345) break;
                }
                acc.w = abs_diff(acc.w, b.x) > 100u ? acc.w / 7 : acc.w % 5;
                return acc + b;
            }
            double blend(double x, float f, long n) {
                double s = x;
                for (long j = 0; j < (n & 3L) + 2L; j++) { s = s * 0.5 + (double)f * (double)j - x / 8.0; }
                if (s > 1e6) { s = s - 1e6; }
                return s + (double)(n % 11L);
            }
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                int4 a = (int4)((int)in[i], (int)in[(i + 3u) & 63u], -(int)i, 77);
                int4 v = shuffle_mix(a, a.yxwz, (int)in[(i + 9u) & 63u]);
                v = shuffle_mix(v, a, v.x);
                double d = blend((double)(v.x & 1023), (float)(v.y & 255) * 0.25f, (long)v.z);
                out[i] = (ulong)(uint)(v.x ^ v.y ^ v.z ^ v.w) << 32 ^ (ulong)(long)(d * 1000.0);
            }
            """
        ),
        (
            "a helper called from a barrier kernel and from another helper",
            """
            uint score(uint x, ushort s, char c) {
                uint t = x;
                switch (x & 3u) {
                case 0: t = t * 31u + (uint)s; break;
                case 1: t = (t ^ (uint)(int)c) * 17u;
                case 2: t += 3u; break;
                default: t = ~t;
                }
                for (uint k = 0u; k < 3u; k++) { t = (t << 5) - t + k + (uint)s; s = (ushort)(s * 3u); }
                return t ^ (uint)s;
            }
            uint score2(uint x) { return score(x, (ushort)x, (char)(x >> 3)) + score(~x, (ushort)7, (char)-2); }
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                __local uint tile[16];
                const uint i = get_global_id(0), l = get_local_id(0);
                tile[l] = score2(in[i]);
                barrier(CLK_LOCAL_MEM_FENCE);
                uint v = score(tile[(l + 1u) & 15u], (ushort)l, (char)i);
                atomic_add(&acc[0], v & 255u);
                out[i] = (ulong)v << 20 | (ulong)score2(v);
            }
            """
        ),
        (
            "private arrays, address-taken parameters and pointers into every kind of memory",
            """
            __constant uint table[8] = {3u, 1u, 4u, 1u, 5u, 9u, 2u, 6u};
            uint digest(__global const uint *in, uint at, uint salt) {
                uint h[4] = {salt};
                for (uint j = 0u; j < 6u; j++) {
                    h[j & 3u] = h[(j + 1u) & 3u] * 31u + in[(at + j) & 63u] + table[(salt + j) & 7u];
                    if (h[0] == 77u) return 1u;
                }
                uint *p = &salt;
                *p ^= h[1] + h[2] + h[3];
                return salt;
            }
            void accumulate(__global ulong *out, __local uint *tile, uint i, uint v) {
                uint t[3];
                t[0] = v; t[1] = v >> 8; t[2] = tile[i & 15u];
                for (uint j = 0u; j < 3u; j++) { tile[i & 15u] ^= t[j] * (j + 1u); }
                out[i] += (ulong)(t[0] + t[1] + t[2]) << 3;
                if ((v & 15u) == 3u) { return; }
                out[i] ^= (ulong)v;
            }
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                __local uint tile[16];
                const uint i = get_global_id(0), l = get_local_id(0);
                uint keep[4] = {i, l, 7u, in[i]};  // the kernel's own private memory, live across the calls
                tile[l] = in[i];
                barrier(CLK_LOCAL_MEM_FENCE);
                uint a = digest(in, i, l), b = digest(in, a & 63u, i);
                out[i] = (ulong)a << 32 | b;
                keep[a & 3u] += b;
                accumulate(out + (i - l), tile, l, a ^ b);  // this group's part of out
                barrier(CLK_LOCAL_MEM_FENCE);
                out[i] += tile[(l + 5u) & 15u] + (ulong)(keep[0] ^ keep[1] ^ keep[2] ^ keep[3]) * 3UL;
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

    /// The programs above do exercise calls: each helper big enough is one function, not inlined.
    @Test(arguments: programs.map(\.name))
    func theHelpersBecomeFunctions(_ name: String) throws {
        let source = try #require(Self.programs.first { $0.name == name }).body
        let kernel = try #require(try Compiler.compile(source: source).kernel(named: "k"))
        #expect(!kernel.functions.isEmpty, "\(name): no helper became a function")
        #expect(kernel.instructions.contains { $0.opcode == .call })
        let emitted = Emitter.program(for: kernel, localBytes: 64, loopBudget: 1 << 30)
        #expect(emitted.contains("void conduit_f0("))
    }
}
