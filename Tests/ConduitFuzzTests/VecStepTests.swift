import ConduitFuzz
import Testing

/// `vec_step` of types and expressions (a 3-component vector counts 4) and pointers cast to
/// narrower integers (how kernels test alignment), which the CTS's `test_vectors` found refused;
/// each program on every Conduit adapter and on OpenCL directly.
@Suite struct VecStepTests {
    static let source = """
        typedef float3 position;
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            char3 c = (char3)((char)in[i]);
            position p = (position)(1.0f);
            int steps[vec_step(int4)];
            for (int s = 0; s < vec_step(int4); s++) steps[s] = s * (int)in[i];
            ulong counts = vec_step(char) | vec_step(uchar2) << 4 | vec_step(short3) << 8 | vec_step(long8) << 12
                | (ulong)vec_step(double16) << 16 | (ulong)vec_step(c) << 24 | (ulong)vec_step(p) << 28 | (ulong)vec_step(in[i]) << 32
                | (ulong)vec_step(position) << 36;
            uint aligned = (uint)(in + i) & 15u, small = (ushort)(__global uchar *)(in + 2 * i) & 7u;
            uint offset = (uint)((__global const uchar *)&in[i + 3] - (__global const uchar *)in);
            out[i] = counts ^ (ulong)aligned << 40 ^ (ulong)small << 44 ^ (ulong)offset << 48 ^ (ulong)steps[i % 4u];
        }
        """

    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func agreesWithOpenCLRunningTheSource() throws {
        try CompilerDiffTests.expectAgreement(Self.source)
    }
}
