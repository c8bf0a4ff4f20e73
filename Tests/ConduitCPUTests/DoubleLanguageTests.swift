import ConduitKernel
import Testing

/// The C rules of `double` the CPU adapter must keep: which constants are double, conversions,
/// program-scope constants, vectors and relationals; expected values from C99 and OpenCL C.
@Suite struct DoubleLanguageTests {
    func run(_ source: String, options: String = "", count: Int) throws -> [Double] {
        let out = try KernelHarness(source, options: options).run("k", [.bytes(.init(repeating: 0, count: count * 8))], global: [1], local: [1])
        return out[0]!.as(Double.self)
    }

    @Test func unsuffixedConstantsAreDoubleInAProgramThatUsesDouble() throws {
        let source = """
            __constant double table[3] = { 0.1, 1.0 / 3.0, M_PI };
            __kernel void k(__global double *out) {
                out[0] = 0.1;
                out[1] = 1.0 / 3.0;
                out[2] = table[0] + table[1];
                out[3] = table[2];
                out[4] = 0.1f;                 // a float constant, widened exactly
                out[5] = (float)0.1 + 0.2;     // float + double is double
                out[6] = 16777217;             // an int, exactly representable
            }
            """
        let expected: [Double] = [0.1, 1.0 / 3.0, 0.1 + 1.0 / 3.0, Double.pi, Double(Float(0.1)), Double(Float(0.1)) + 0.2, 16777217]
        #expect(try run(source, count: 7).map(\.bitPattern) == expected.map(\.bitPattern))
        // -cl-single-precision-constant: the same source's unsuffixed constants are floats.
        let single = try run(source, options: "-cl-single-precision-constant", count: 7)
        #expect(Array(single.prefix(2)) == [Double(Float(0.1)), Double(Float(1) / Float(3))])
    }

    @Test func thePragmaAloneMakesConstantsDouble() throws {
        // No double type is named: the constant is a double only because cl_khr_fp64 is enabled,
        // so the product is computed in double and rounded to float once.
        let x: Float = 13
        let enabled = "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n__kernel void k(__global float *o) { o[0] = o[1] * 0.1; }"
        let plain = "__kernel void k(__global float *o) { o[0] = o[1] * 0.1; }"
        func result(_ source: String) throws -> Float {
            let input: [Float] = [0, x]
            return try KernelHarness(source).run("k", [.floats(input)], global: [1], local: [1])[0]!.as(Float.self)[0]
        }
        #expect(try result(enabled) == Float(Double(x) * 0.1))
        #expect(try result(plain) == x * Float(0.1))
        #expect(Float(Double(x) * 0.1) != x * Float(0.1))  // the two rules differ here: 1.3 and 1.3000001
    }

    @Test func conversionsSaturateRoundAndKeepTheirTypes() throws {
        let source = """
            __kernel void k(__global double *out) {
                double big = 3e9, negative = -2.5, nan = NAN;
                long2 flags = isnan((double2)(nan, 1.0));
                out[0] = (double)convert_int_sat(big);
                out[1] = (double)convert_uint_sat(negative);
                out[2] = (double)convert_int_rte(negative);
                out[3] = (double)convert_int_rtn(negative);
                out[4] = (double)(ulong)1e19;
                out[5] = (double)flags.x + 10 * flags.y;
                out[6] = (double)(sizeof(double) + sizeof(double3) + sizeof(flags));
                out[7] = sign(-0.0) + 1 / sign(-0.0);
                out[8] = sign(nan);
                out[9] = as_double(as_long(1.5));
                out[10] = length((double3)(2.0, 3.0, 6.0)) + cross((double3)(1, 0, 0), (double3)(0, 1, 0)).z;
            }
            """
        let result = try run(source, count: 11)
        #expect(Array(result[0..<7]) == [Double(Int32.max), 0, -2, -3, 1e19, -1, 8 + 32 + 16])
        #expect(result[7] == -.infinity)  // sign(-0.0) is -0.0
        #expect(result[8] == 0)
        #expect(result[9] == 1.5)
        #expect(result[10] == 8)
    }

    @Test func everyFloatOperationHasItsDoubleTwin() {
        for op in Opcode.allCases where (Opcode.fadd.rawValue...Opcode.fremquo.rawValue).contains(op.rawValue) {
            #expect("\(op.doublePrecision)" == "d" + "\(op)".dropFirst(), "\(op)")
            #expect(op.doublePrecision.isDoublePrecision)
        }
        #expect(Opcode.add32.doublePrecision == .add32)
    }

    /// `a * b + c` is one fused multiply-add under C's default `FP_CONTRACT ON`, and two roundings
    /// under `#pragma OPENCL FP_CONTRACT OFF` (what clang does; the tester relies on it).
    @Test func fpContractOffKeepsTwoRoundings() throws {
        let a: Float = 1 + 0x1p-12, c: Float = -(1 + 0x1p-11)
        let fused = c.addingProduct(a, a), separate = a * a + c
        #expect(fused != separate)  // the values tell the two apart
        let body = "__kernel void k(__global float *o) { float a = o[0], c = o[1]; o[2] = a * a + c; }"
        func run(_ source: String) throws -> Float {
            try KernelHarness(source).run("k", [.floats([a, c, 0])], global: [1], local: [1])[0]!.as(Float.self)[2]
        }
        #expect(try run(body) == fused)
        #expect(try run("#pragma OPENCL FP_CONTRACT OFF\n" + body) == separate)
        #expect(try run("#pragma OPENCL FP_CONTRACT OFF\n#pragma OPENCL FP_CONTRACT ON\n" + body) == fused)
    }

    @Test func twoRoundingModesAreRefused() {
        let diagnostic = #expect(throws: Diagnostic.self) {
            try Compiler.compile(source: "__kernel void k(__global int *o) { o[0] = convert_int_rte_rtz(2.5); }")
        }
        #expect(diagnostic?.message.contains("unknown conversion 'convert_int_rte_rtz'") == true)
    }

    @Test func halfIsStillRefusedByName() {
        let diagnostic = #expect(throws: Diagnostic.self) { try Compiler.compile(source: "__kernel void k(__global half *o) { }") }
        #expect(diagnostic?.message.contains("half") == true)
    }
}
