import Testing

@Suite struct InterpreterSmokeTests {
    @Test func saxpy() throws {
        let source = """
            __kernel void saxpy(__global float *y, __global const float *x, const float a, const uint n) {
                size_t i = get_global_id(0);
                if (i < n) y[i] = a * x[i] + y[i];
            }
            """
        let n = 1000
        let x = (0..<n).map(Float.init), y = (0..<n).map { Float($0) * 0.5 }
        let out = try KernelHarness(source).run(
            "saxpy", [.floats(y), .floats(x), .scalar(Float(2)), .scalar(UInt32(n - 3))],
            global: [1024], local: [64])
        let result = out[0]!.as(Float.self)
        for i in 0..<n { #expect(result[i] == (i < n - 3 ? 2 * x[i] + y[i] : y[i]), "y[\(i)]") }
    }
}
