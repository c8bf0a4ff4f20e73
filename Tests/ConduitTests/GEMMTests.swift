import Conduit
import Testing

@Suite struct GEMMTests {
    struct Shape: CustomTestStringConvertible, Sendable {
        var m: Int, n: Int, k: Int
        var transposeA = false, transposeB = false
        var alpha: Float = 1, beta: Float = 0
        /// Extra elements per row beyond the packed leading dimension.
        var padding = 0
        /// Element offsets of A, B and C inside their buffers.
        var offsets = (a: 0, b: 0, c: 0)

        var testDescription: String {
            "\(m)×\(n)×\(k)\(transposeA ? " Aᵀ" : "")\(transposeB ? " Bᵀ" : "") α=\(alpha) β=\(beta) pad=\(padding) off=\(offsets)"
        }
    }

    static let shapes: [Shape] = [
        Shape(m: 64, n: 64, k: 64),  // square
        Shape(m: 37, n: 53, k: 19),  // rectangular, odd
        Shape(m: 1, n: 1, k: 1),  // smallest
        Shape(m: 1, n: 300, k: 7),  // a row vector
        Shape(m: 300, n: 1, k: 7),  // a column vector
        Shape(m: 33, n: 17, k: 45, transposeA: true),
        Shape(m: 33, n: 17, k: 45, transposeB: true),
        Shape(m: 33, n: 17, k: 45, transposeA: true, transposeB: true),
        Shape(m: 20, n: 30, k: 40, alpha: -0.5, beta: 2),  // C is read
        Shape(m: 20, n: 30, k: 40, padding: 3),  // leading dimensions
        Shape(m: 20, n: 30, k: 40, transposeA: true, padding: 5, offsets: (7, 11, 13)),  // offsets
        Shape(m: 9, n: 9, k: 0, beta: 0.5),  // k = 0 scales C
        Shape(m: 257, n: 129, k: 65, transposeB: true, alpha: 2, beta: 1, padding: 1, offsets: (1, 2, 3))
    ]

    @Test(arguments: shapes)
    func matchesThePlainReference(_ s: Shape) throws {
        let (_, device) = try makeCPUDevice()
        let lda = max(1, s.transposeA ? s.m : s.k) + s.padding, ldb = max(1, s.transposeB ? s.k : s.n) + s.padding
        let ldc = s.n + s.padding
        let aRows = s.transposeA ? s.k : s.m, bRows = s.transposeB ? s.n : s.k
        let a = sampleValues(s.offsets.a + max(1, aRows) * max(1, lda), seed: 1)
        let b = sampleValues(s.offsets.b + max(1, bRows) * max(1, ldb), seed: 2)
        let c = sampleValues(s.offsets.c + s.m * ldc, seed: 3)
        let bufferA = try device.makeBuffer(array: a), bufferB = try device.makeBuffer(array: b), bufferC = try device.makeBuffer(array: c)
        let commands = device.queue.makeCommandBuffer()
        try commands.gemm(
            bufferA, bufferB, bufferC, m: s.m, n: s.n, k: s.k, transposeA: s.transposeA, transposeB: s.transposeB,
            alpha: s.alpha, beta: s.beta, lda: lda, ldb: ldb, ldc: ldc,
            aOffset: s.offsets.a, bOffset: s.offsets.b, cOffset: s.offsets.c)
        try device.queue.submit(commands).wait(timeout: .seconds(30))
        let expected = referenceGEMM(
            a: a, b: b, c: c, m: s.m, n: s.n, k: s.k, transposeA: s.transposeA, transposeB: s.transposeB,
            alpha: s.alpha, beta: s.beta, lda: lda, ldb: ldb, ldc: ldc,
            aOffset: s.offsets.a, bOffset: s.offsets.b, cOffset: s.offsets.c)
        expectClose(try bufferC.read(as: Float.self), expected)
    }

    @Test func aLargeGEMMRunsOnTheQueueThread() async throws {
        let (_, device) = try makeCPUDevice()
        let n = 512
        let a = sampleValues(n * n, seed: 4), b = sampleValues(n * n, seed: 5)
        let bufferA = try device.makeBuffer(array: a), bufferB = try device.makeBuffer(array: b)
        let bufferC = try device.makeBuffer(length: n * n * 4)
        let commands = device.queue.makeCommandBuffer()
        try commands.gemm(bufferA, bufferB, bufferC, m: n, n: n, k: n)
        try await device.queue.submit(commands).wait()
        let c = try await bufferC.read(as: Float.self)
        // Spot-check rows against the reference (the whole product in Swift would be slow in debug).
        for i in stride(from: 0, to: n, by: 97) {
            for j in stride(from: 3, to: n, by: 89) {
                var sum = 0.0
                for p in 0..<n { sum += Double(a[i * n + p]) * Double(b[p * n + j]) }
                #expect(abs(Double(c[i * n + j]) - sum) < 1e-3, "C[\(i),\(j)]")
            }
        }
    }

    @Test func negativeDimensionsAreNamed() throws {
        let (_, device) = try makeCPUDevice()
        let buffer = try device.makeBuffer(length: 64)
        let commands = device.queue.makeCommandBuffer()
        #expect(throws: ConduitError(.invalidArgument, "GEMM m must not be negative, got -1")) {
            try commands.gemm(buffer, buffer, buffer, m: -1, n: 1, k: 1)
        }
        #expect(throws: ConduitError(.invalidArgument, "GEMM cOffset must not be negative, got -4")) {
            try commands.gemm(buffer, buffer, buffer, m: 1, n: 1, k: 1, cOffset: -4)
        }
        #expect(commands.commandCount == 0)
    }

    @Test func wrongSizesAreNamed() throws {
        let (_, device) = try makeCPUDevice()
        let small = try device.makeBuffer(length: 60), c = try device.makeBuffer(length: 64)
        let commands = device.queue.makeCommandBuffer()
        let error = try #require(throws: ConduitError.self) { try commands.gemm(small, small, c, m: 4, n: 4, k: 4) }
        #expect(error.code == .outOfRange)
        #expect(error.message.contains("GEMM A") && error.message.contains("60-byte"))
        let ld = try #require(throws: ConduitError.self) { try commands.gemm(c, c, small, m: 2, n: 2, k: 2, lda: 1) }
        #expect(ld.message == "lda = 1 is below its minimum 2")
        let overlap = try #require(throws: ConduitError.self) { try commands.gemm(c, small, c, m: 2, n: 2, k: 2) }
        #expect(overlap.message.contains("overlaps"))
    }
}
