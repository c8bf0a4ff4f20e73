import ConduitFuzz
import Testing

/// `v[i] = x` with `i` known only at run time: in registers, in private, local and global
/// memory, with compound assignment, `++`/`--`, narrow and 64-bit
/// components. Each program runs on every Conduit adapter and on OpenCL directly.
@Suite struct VectorComponentWriteTests {
    static let programs: [(name: String, body: String)] = [
        (
            "registers, compound and increments",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                uint4 v = (uint4)(in[i], in[i + 1], in[i + 2], in[i + 3]);
                v[in[i] & 3u] = i;
                v[(i + 1u) & 3u] += 7u;
                v[i & 3u]++;
                --v[(i >> 2) & 3u];
                uint old = v[(i >> 1) & 3u]++;
                v[in[i + 4] % 3u] *= 3u;
                out[i] = ((ulong)(v.x ^ (v.y << 8) ^ (v.z << 16) ^ (v.w << 24)) << 32) | old;
            }
            """
        ),
        (
            "narrow and wide components",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                uchar4 c = (uchar4)(1, 2, 3, 4);
                c[i & 3u] = 300 + i;
                c[in[i] & 3u] += 250;
                long2 w = (long2)(-5L, (long)in[i] << 20);
                w[i & 1u] -= (long)in[i + 1] * 100000L;
                int8 e = (int8)(0, 1, 2, 3, 4, 5, 6, 7);
                e[i & 7u] = -(int)i;
                e[in[i + 2] & 7u] ^= 0x55;
                out[i] = as_uint(c) ^ (ulong)w.x ^ ((ulong)w.y << 3) ^ (ulong)(e.s0 + e.s1 * 3 + e.s3 * 5 + e.s5 * 7 + e.s7 * 11);
            }
            """
        ),
        (
            "private and local memory, neighbours writing one vector",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                __local uint4 tile[4];
                const uint i = get_global_id(0), l = get_local_id(0);
                uint4 rows[3] = {(uint4)(1u), (uint4)(2u), (uint4)(3u)};
                rows[in[i] % 3u][in[i + 1] & 3u] = i * 5u;
                rows[i % 3u][i & 3u] += 9u;
                tile[l / 4u][l % 4u] = in[i] ^ l;
                barrier(CLK_LOCAL_MEM_FENCE);
                uint4 mine = tile[l / 4u];
                barrier(CLK_LOCAL_MEM_FENCE);
                if (l < 8u) tile[l / 2u][(l & 1u) * 2u] = l + 100u;
                barrier(CLK_LOCAL_MEM_FENCE);
                uint4 after = tile[l % 4u];
                uint4 r = rows[0] + rows[1] * 3u + rows[2] * 7u;
                out[i] = ((ulong)(mine.x + mine.y * 3u + mine.z * 5u + mine.w * 7u) << 32) ^ (r.x + r.y + r.z + r.w) ^ ((ulong)(after.x | after.z) << 16);
            }
            """
        ),
        (
            "global memory, four work-items writing one vector",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                __global uint4 *quad = (__global uint4 *)acc;
                if (i < 4u) quad[0][(i + 1u) % 4u] = in[i] * 3u;
                barrier(CLK_GLOBAL_MEM_FENCE);
                uint4 q = i < 16u ? quad[0] : (uint4)(0u);
                out[i] = (ulong)q.x ^ ((ulong)q.y << 8) ^ ((ulong)q.z << 16) ^ ((ulong)q.w << 24);
            }
            """
        ),
        (
            "floats: a product added into a component",
            """
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const uint i = get_global_id(0);
                float4 f = (float4)(0.5f, 1.5f, 2.5f, 3.5f);
                float a = (float)(in[i] % 64u), b = (float)(in[i + 1] % 32u);
                f[i & 3u] += a * b;
                f[in[i + 2] & 3u] = f[i & 3u] - 1.0f;
                out[i] = as_uint(f.x) ^ ((ulong)as_uint(f.y) << 7) ^ ((ulong)as_uint(f.z) << 14) ^ ((ulong)as_uint(f.w) << 21);
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
}
