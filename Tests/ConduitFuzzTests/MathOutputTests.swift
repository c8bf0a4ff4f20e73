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
