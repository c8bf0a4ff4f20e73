import ConduitKernel
import Testing

/// Language the compiler once refused although real OpenCL C programs use it; expected values
/// follow the OpenCL C specification (and clang's choices where C leaves one).
@Suite struct LanguageGapTests {
    func run<T: BitwiseCopyable>(_ source: String, items: Int = 1, count: Int, as type: T.Type) throws -> [T] {
        let out = try KernelHarness(source).run(
            "k", [.bytes(.init(repeating: 0, count: count * MemoryLayout<T>.stride))],
            global: [items], local: [items])
        return out[0]!.as(T.self)
    }

    @Test func enumsVectorConditionsAndComponentsChosenAtRunTime() throws {
        let source = """
            enum Mode { ADD, SUB = 5, MUL };
            typedef enum { NEG = -1, POS = 1 } Sign;
            __kernel void k(__global int *out) {
                enum Mode m = MUL;
                Sign s = NEG;
                int4 c = (int4)(-1, 0, 1, -5);
                int4 a = (int4)(10, 20, 30, 40), b = (int4)(1, 2, 3, 4);
                int4 r = c ? a : b;
                uchar2 uc = (uchar2)(0x80, 0x7F);
                uchar2 sel = select((uchar2)(1, 1), (uchar2)(9, 9), uc);
                float4 f = (float4)(1.5f, 2.5f, 3.5f, 4.5f);
                int j = get_global_id(0) + 2;
                out[0] = m; out[1] = SUB; out[2] = s; out[3] = m - 7 < 0;
                out[4] = r.x; out[5] = r.y; out[6] = r.z; out[7] = r.w;
                out[8] = sel.x; out[9] = sel.y;
                out[10] = (int)(f[j] * 2.0f);
                out[11] = a[j + 1];
            }
            """
        // An enum without negative enumerators is unsigned (as clang makes it): MUL - 7 wraps.
        // A vector condition selects by each component's most significant bit (select(b, a, c)).
        #expect(try run(source, items: 1, count: 12, as: Int32.self) == [6, 5, -1, 0, 10, 2, 3, 40, 9, 1, 7, 40])
        // A component chosen at run time is assignable (VectorComponentWriteTests), but not in
        // __constant memory, nor through a swizzle (clang loses the write unless the index is 0).
        #expect(throws: Diagnostic.self) {
            try Compiler.compile(source: "__constant int4 c = (int4)(1); __kernel void k(__global int *o) { int i = o[0]; c[i] = 1; o[1] = c.x; }")
        }
        let swizzle = #expect(throws: Diagnostic.self) {
            try Compiler.compile(source: "__kernel void k(__global int *o) { int4 v = 0; int i = o[0]; v.wzyx[i] = 1; o[1] = v.x; }")
        }
        #expect(swizzle?.message.contains("swizzle") == true)
    }
}

extension LanguageGapTests {
    @Test(arguments: [
        ("__kernel void k(__global const int *in, __global int *out) { in[0] = 1; }", "points to const"),
        ("__kernel void k(__global const int *in) { *in = 1; }", "points to const"),
        ("__kernel void k(__global const int *in) { in[1]++; }", "points to const"),
        ("__kernel void k(__global int *o, const int n) { n = 3; o[0] = n; }", "is const"),
        ("__kernel void k(__global int *o) { const int x = 2; x += 1; o[0] = x; }", "is const"),
        ("void h(__global const float *p) { p[0] = 1.0f; } __kernel void k(__global float *o) { h(o); }", "points to const")
    ])
    func writesToConstAreCompileErrors(_ source: String, _ message: String) {
        let diagnostic = #expect(throws: Diagnostic.self) { try Compiler.compile(source: source) }
        #expect(diagnostic?.message.contains(message) == true, "\(diagnostic?.message ?? "")")
    }

    @Test func constGlobalBuffersAreReadOnlyParametersAndReadsStillWork() throws {
        let module = try Compiler.compile(
            source: "__kernel void k(__global const int *in, __global int *out) { __global const int *p = in; out[0] = p[0] + in[1]; }")
        #expect(module.kernels[0].parameters.map(\.isReadOnly) == [true, false])
    }
}
