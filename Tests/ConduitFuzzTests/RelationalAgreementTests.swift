import ConduitFuzz
import Testing

/// The relational builtins (`isequal` … `isunordered`, `any`, `all`, `bitselect`) and
/// `smoothstep`, scalar and vector, with NaN and infinities among the inputs; each program on
/// every Conduit adapter and on OpenCL directly.
@Suite struct RelationalAgreementTests {
    static let source = """
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            float x = (float)(int)(in[i] % 200u) - 100.0f, y = (float)(int)(in[i + 1] % 200u) - 100.0f;
            if (i % 7u == 0u) x = NAN;
            if (i % 5u == 0u) y = INFINITY;
            if (i % 6u == 1u) y = x;
            float4 a = (float4)(x, y, -x, x * 0.5f), b = (float4)(y, x, y, NAN);
            int s = isequal(x, y) | isnotequal(x, y) << 1 | isgreater(x, y) << 2 | isgreaterequal(x, y) << 3
                | isless(x, y) << 4 | islessequal(x, y) << 5 | islessgreater(x, y) << 6 | isordered(x, y) << 7 | isunordered(x, y) << 8;
            int4 v = isequal(a, b) ^ isless(a, b) * 3 ^ islessgreater(a, b) * 5 ^ isunordered(a, b) * 7 ^ isgreaterequal(a, b) * 11;
            char4 c = (char4)((char)in[i], (char)in[i + 2], (char)(in[i + 3] >> 3), (char)i);
            short2 h = (short2)((short)in[i + 4], (short)(i * 4099u));
            long l = (long)in[i] << 40 | in[i + 1];
            int flags = any(c) | all(c) << 1 | any(h) << 2 | all(h) << 3 | any(l) << 4 | all((int3)(-1, (int)in[i] - 2000000, -3)) << 5;
            uint m = in[i + 2] ^ 0xF0F0F0F0u;
            uint4 u = bitselect((uint4)(in[i]), (uint4)(in[i + 1], 1u, 2u, 3u), (uint4)(m, ~m, 0u, 0xFFFFFFFFu));
            // Not on NaN: the NAN macro's bits differ (Conduit's is clang's 0x7fc00000, PoCL's 0x7fffffff).
            float f = bitselect((float)i + 0.5f, (float)in[i + 1], as_float(m));
            float4 st = smoothstep((float4)(-50.0f), (float4)(50.0f, 60.0f, 70.0f, 80.0f), a);
            float ss = smoothstep(-10.0f, 30.0f, y);
            out[i] = (ulong)s ^ (ulong)(v.x + v.y * 13 + v.z * 17 + v.w * 19) << 9 ^ (ulong)flags << 20 ^ (ulong)(u.x ^ u.y ^ u.z ^ u.w) << 26
                ^ (ulong)as_uint(f) ^ (ulong)as_uint(st.x + st.y + st.z) << 32 ^ (ulong)as_uint(ss) << 11;
        }
        """

    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func agreesWithOpenCLRunningTheSource() throws {
        try CompilerDiffTests.expectAgreement(Self.source)
    }
}
