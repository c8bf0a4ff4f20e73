import Testing
@testable import ConduitWire

@Suite struct CommandRulesTests {
    let a = ObjectID(index: 1, generation: 1), b = ObjectID(index: 2, generation: 1), c = ObjectID(index: 3, generation: 1)

    func gemm(
        m: UInt32, n: UInt32, k: UInt32, lda: UInt32, ldb: UInt32, ldc: UInt32,
        transA: Bool = false, transB: Bool = false, aOff: UInt64 = 0, cOff: UInt64 = 0,
        sameBuffer: Bool = false
    ) -> GEMMCommand {
        GEMMCommand(
            transposeA: transA ? .transpose : .none, transposeB: transB ? .transpose : .none,
            m: m, n: n, k: k, alpha: 1, beta: 0, a: a, aOffset: aOff, lda: lda, b: b, bOffset: 0, ldb: ldb,
            c: sameBuffer ? a : c, cOffset: cOff, ldc: ldc)
    }

    @Test func packedShapesNeedExactlyTheirBytes() throws {
        let r = try CommandRules.checkGEMM(gemm(m: 2, n: 3, k: 4, lda: 4, ldb: 3, ldc: 3), aSize: 32, bSize: 48, cSize: 24)
        #expect(r.a == 0..<32 && r.b == 0..<48 && r.c == 0..<24)
        #expect(throws: RuleViolation.self) {
            try CommandRules.checkGEMM(gemm(m: 2, n: 3, k: 4, lda: 4, ldb: 3, ldc: 3), aSize: 31, bSize: 48, cSize: 24)
        }
    }

    @Test func transposedAUsesItsStoredShape() throws {
        // op(A) is 2×4, stored 4×2 with lda 2.
        let r = try CommandRules.checkGEMM(gemm(m: 2, n: 3, k: 4, lda: 2, ldb: 3, ldc: 3, transA: true), aSize: 32, bSize: 48, cSize: 24)
        #expect(r.a == 0..<32)
        #expect(throws: RuleViolation.leadingDimensionTooSmall(what: "lda", value: 1, minimum: 2)) {
            try CommandRules.checkGEMM(gemm(m: 2, n: 3, k: 4, lda: 1, ldb: 3, ldc: 3, transA: true), aSize: 32, bSize: 48, cSize: 24)
        }
    }

    @Test func leadingDimensionPaddingAndOffsetsCount() throws {
        // 2 rows of 3 with ld 5 at byte offset 8: (1*5 + 3) * 4 = 32 bytes from 8.
        let r = try CommandRules.checkGEMM(gemm(m: 2, n: 1, k: 3, lda: 5, ldb: 1, ldc: 1, aOff: 8), aSize: 40, bSize: 12, cSize: 8)
        #expect(r.a == 8..<40)
        #expect(throws: RuleViolation.misaligned(what: "A byte offset", value: 6, alignment: 4)) {
            try CommandRules.checkGEMM(gemm(m: 2, n: 1, k: 3, lda: 5, ldb: 1, ldc: 1, aOff: 6), aSize: 40, bSize: 12, cSize: 8)
        }
    }

    @Test func hugeDimensionsOverflowIntoAClearError() {
        #expect(throws: RuleViolation.dimensionTooLarge(what: "m", value: UInt32.max)) {
            try CommandRules.checkGEMM(gemm(m: .max, n: 1, k: 1, lda: 1, ldb: 1, ldc: 1), aSize: 4, bSize: 4, cSize: 4)
        }
        let big = UInt32(Int32.max)
        #expect(throws: RuleViolation.self) {
            try CommandRules.checkGEMM(gemm(m: big, n: big, k: big, lda: big, ldb: big, ldc: big), aSize: 4, bSize: 4, cSize: 4)
        }
    }

    @Test func outputMayNotOverlapAnInputInTheSameBuffer() throws {
        #expect(throws: RuleViolation.operandsOverlap(output: "C", input: "A")) {
            try CommandRules.checkGEMM(
                gemm(m: 2, n: 2, k: 2, lda: 2, ldb: 2, ldc: 2, cOff: 8, sameBuffer: true),
                aSize: 64, bSize: 16, cSize: 64)
        }
        _ = try CommandRules.checkGEMM(
            gemm(m: 2, n: 2, k: 2, lda: 2, ldb: 2, ldc: 2, cOff: 16, sameBuffer: true),
            aSize: 64, bSize: 16, cSize: 64)
    }

    @Test func emptyProductsReadNoInputs() throws {
        let r = try CommandRules.checkGEMM(gemm(m: 0, n: 5, k: 5, lda: 5, ldb: 5, ldc: 5), aSize: 4, bSize: 4, cSize: 4)
        #expect(r.a.isEmpty && r.b.isEmpty && r.c.isEmpty)
    }

    @Test func rangesAreOverflowChecked() {
        #expect(throws: RuleViolation.rangeOutOfBounds(what: "x", offset: .max, length: 2, bufferSize: 10)) {
            try CommandRules.checkRange("x", offset: .max, length: 2, bufferSize: 10)
        }
    }

    @Test func fillFollowsOpenCLRules() throws {
        #expect(try CommandRules.checkFill(offset: 8, length: 16, patternSize: 4, bufferSize: 64) == 8..<24)
        #expect(throws: RuleViolation.fillLengthNotMultiple(length: 6, patternSize: 4)) {
            try CommandRules.checkFill(offset: 0, length: 6, patternSize: 4, bufferSize: 64)
        }
        #expect(throws: RuleViolation.misaligned(what: "fill offset", value: 2, alignment: 4)) {
            try CommandRules.checkFill(offset: 2, length: 4, patternSize: 4, bufferSize: 64)
        }
        #expect(throws: RuleViolation.fillPatternSize(0)) {
            try CommandRules.checkFill(offset: 0, length: 0, patternSize: 0, bufferSize: 64)
        }
    }
}
