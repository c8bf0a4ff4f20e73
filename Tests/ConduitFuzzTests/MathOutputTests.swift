import ConduitFuzz
import Testing

/// `sincos`, `fract` and `modf`, whose second result goes through a pointer (private, local and
/// global), scalar and vector, float and double, with infinities and signed zeros among the
/// inputs; each program on every Conduit adapter and on OpenCL directly (`sincos` against the
/// same device's `sin` and `cos`, whose last bits may differ between libraries).
@Suite struct MathOutputTests {
    static let source = """
        #pragma OPENCL EXTENSION cl_khr_fp64 : enable
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            __local float4 wholes[16];
            const uint i = get_global_id(0), l = get_local_id(0);
            const float special[4] = {INFINITY, -INFINITY, -0.0f, 0x1p30f};
            float x = (float)(int)(in[i] % 20000u - 10000u) / 64.0f;
            if (i % 9u == 0u) x = special[(i / 9u) % 4u];
            float c, w;
            float s = sincos(x * 0.01f, &c);
            float f = fract(x, &w);
            float4 v = (float4)(x, -x, x * 1.5f, -0.75f), vw;
            float4 vm = modf(v, &wholes[l]);
            float4 vf = fract(v, &vw);
            double dw;
            double d = modf((double)x * 1.25, &dw);
            __global ulong *slot = out + i;
            // sin and cos may differ in their last bit between libraries: sincos is checked against them.
            ulong same = (s == sin(x * 0.01f)) + (c == cos(x * 0.01f)) * 2;
            out[i] = same ^ (ulong)as_uint(f) << 7 ^ (ulong)as_uint(w) << 13
                ^ (ulong)as_uint(vm.x + vm.y * 3.0f + vm.z * 5.0f + vm.w) << 19 ^ (ulong)as_uint(wholes[l].y + wholes[l].z) << 23
                ^ (ulong)as_uint(vf.x - vf.y + vf.z) << 27 ^ (ulong)as_uint(vw.x + vw.w) << 31 ^ as_ulong(d) ^ as_ulong(dw) << 3;
        }
        """

    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func agreesWithOpenCLRunningTheSource() throws {
        try CompilerDiffTests.expectAgreement(Self.source)
    }
}

extension MathOutputTests {
    /// Functions whose results are exact, compared bit for bit with OpenCL: `ldexp` across the
    /// whole exponent range (results that overflow, that are subnormal after one rounding,
    /// exponents far past either end); `frexp`, `ilogb` and `logb` on normal, subnormal, zero,
    /// infinite and NaN inputs (`FP_ILOGB0` and `FP_ILOGBNAN` included). Float and double,
    /// scalar and vector.
    static let exactFunctions: [String: String] = [
        "ldexp": """
        #pragma OPENCL EXTENSION cl_khr_fp64 : enable
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            float x = as_float(in[i] * 2654435761u & 0x80ffffffu | (in[i + 1] % 254u + 1u) << 23);
            int n = (int)(in[i + 2] % 700u) - 350;
            float4 v = ldexp((float4)(x, -x, x * 0x1p-140f, 3.0f), (int4)(n, -n, n + 100, -149 - (int)(i % 3u)));
            double d = ldexp((double)x, n * 7);
            out[i] = (ulong)as_uint(ldexp(x, n)) << 32 ^ (ulong)as_uint(v.x) ^ (ulong)as_uint(v.y) << 3 ^ (ulong)as_uint(v.z) << 7
                ^ (ulong)as_uint(v.w) << 11 ^ as_ulong(d);
        }
        """,
        "frexp, ilogb, logb": """
        #pragma OPENCL EXTENSION cl_khr_fp64 : enable
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            const uint i = get_global_id(0);
            const uint special[6] = {0u, 0x80000000u, 0x7f800000u, 0xff800000u, 0x7fc00000u, 0x00000001u};
            uint bits = in[i] * 2654435761u;
            if (i % 3u == 0u) bits &= 0x807fffffu;  // subnormal (or zero)
            if (i % 7u == 0u) bits = special[(i / 7u) % 6u];
            float x = as_float(bits);
            int e;
            float m = frexp(x, &e);
            int4 e4;
            float4 m4 = frexp((float4)(x, -x, x * 0x1p-20f, 3.0f), &e4);
            double dx = (double)x * 0x1p-1000;
            int de;
            double dm = frexp(dx, &de);
            ulong lb = (ulong)as_uint(logb(x)) ^ (ulong)as_uint(logb((float2)(x, 1.5f)).x) << 1 ^ as_ulong(logb(dx)) ^ (ulong)ilogb(dx) << 20;
            out[i] = (ulong)as_uint(m) << 32 ^ (ulong)(uint)e ^ (ulong)as_uint(m4.y + m4.z) << 9 ^ (ulong)(uint)(e4.x + e4.z * 3 + e4.w) << 17
                ^ as_ulong(dm) ^ (ulong)(uint)de << 40 ^ (ulong)(uint)ilogb(x) << 5 ^ lb ^ (ulong)(uint)(FP_ILOGB0 ^ FP_ILOGBNAN);
        }
        """
    ]

    @Test(
        .enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"),
        arguments: exactFunctions.keys.sorted())
    func exactFunctionsAgreeWithOpenCL(_ names: String) throws {
        try CompilerDiffTests.expectAgreement(Self.exactFunctions[names]!)
    }
}
