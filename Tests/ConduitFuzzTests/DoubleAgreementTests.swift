import ConduitFuzz
import Testing

/// Double-precision programs written as users write them, run on every Conduit adapter and on
/// OpenCL directly from the same source (PoCL compiles it with clang): which constants are
/// double, what the pragma changes, program-scope tables and vectors must agree to the bit.
/// Only IEEE-exact operations: each driver brings its own `sin` and `exp`, and `dot` may sum its
/// products in another order or fusion (OpenCL C leaves it open; Conduit fuses left to right).
@Suite struct DoubleAgreementTests {
    static let programs: [(name: String, body: String)] = [
        (
            "literals",
            """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __constant double table[4] = { 0.1, 1.0 / 3.0, M_PI, -2.5e-3 };
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const size_t i = get_global_id(0);
                double x = (double)in[i] * 0.001 - 1.7, y = (double)(int)in[i + 1] / 7.0;
                double r = x * y + table[i % 4];
                r += sqrt(fabs(x)) - y / (x + 0.25);
                float f = (float)x * 0.1f + (float)r;
                out[i] = as_ulong(r) ^ (ulong)as_uint(f) ^ (ulong)(long)(r * 1e9);
            }
            """
        ),
        (
            "pragma-only",
            """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const size_t i = get_global_id(0);
                float x = (float)(in[i] % 1000) + 0.5f;
                float y = x * 0.1 + 1.0 / 3.0;      // double arithmetic, one rounding to float
                out[i] = (ulong)as_uint(y) << 32 | as_uint(x * 0.7f + fabs(x - 700.0f));  // fabs once failed to build on PoCL
            }
            """
        ),
        (
            "vectors",
            """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const size_t i = get_global_id(0);
                double4 v = convert_double4((uint4)(in[i], in[i + 1], in[i + 2], in[i + 3])) * 1e-3;
                double4 w = v * v - (double4)(0.5, 1.5, 2.5, 3.5);
                long4 below = w < v;
                double d = v.x * w.z + v.y * w.w + fmin(w.x, w.y) + fmax(w.z, w.w) + mad(v.z, 2.0, w.x);
                out[i] = as_ulong(d) + (ulong)(below.x + 2 * below.y + 4 * below.z + 8 * below.w) + as_ulong(floor(d) + rint(d * 3.5));
            }
            """
        ),
        (
            "conversions",
            """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
                const size_t i = get_global_id(0);
                long n = (long)in[i] * 1000003L - 17L;
                double d = (double)n / 3.0;
                uint u = convert_uint_rte(fabs(d) / 1e6);
                int s = convert_int_rtn(d / 1e5);
                float f = convert_float(d);
                out[i] = (ulong)u * 31UL + (ulong)(uint)s + as_uint(f) + (ulong)convert_long_rtp(d);
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
