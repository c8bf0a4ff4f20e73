/// The rules a command's arguments must satisfy, shared by the client (for early, precise errors)
/// and the host (the authority). Each violation carries the offending values.
package enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    case rangeOutOfBounds(what: String, offset: UInt64, length: UInt64, bufferSize: Int)
    case misaligned(what: String, value: UInt64, alignment: Int)
    case dimensionTooLarge(what: String, value: UInt32)
    case leadingDimensionTooSmall(what: String, value: UInt32, minimum: Int)
    case operandsOverlap(output: String, input: String)
    case fillPatternSize(Int)
    case fillLengthNotMultiple(length: UInt64, patternSize: Int)
    case memoryQuotaExceeded(requested: UInt64, held: UInt64, quota: UInt64)

    package var isRange: Bool {
        if case .rangeOutOfBounds = self { return true }
        return false
    }

    package var description: String {
        switch self {
        case let .rangeOutOfBounds(what, offset, length, size):
            "\(what) range (offset \(offset), length \(length == .max ? "overflowing" : String(length))) is outside the \(size)-byte buffer"
        case let .misaligned(what, value, alignment):
            "\(what) \(value) is not a multiple of \(alignment)"
        case let .dimensionTooLarge(what, value):
            "\(what) = \(value) exceeds \(Int32.max)"
        case let .leadingDimensionTooSmall(what, value, minimum):
            "\(what) = \(value) is below its minimum \(minimum)"
        case let .operandsOverlap(output, input):
            "GEMM output \(output) overlaps input \(input)"
        case let .fillPatternSize(size):
            "fill pattern of \(size) bytes: it must be 1...\(Command.maxFillPattern) bytes"
        case let .fillLengthNotMultiple(length, size):
            "fill length \(length) is not a multiple of the \(size)-byte pattern"
        case let .memoryQuotaExceeded(requested, held, quota):
            "out of memory: a \(requested)-byte buffer would take this client past its quota of \(quota) bytes (it holds \(held))"
        }
    }
}

package enum CommandRules {
    /// The memory quota: a client holding `held` bytes of buffers may make one of `requested`
    /// bytes while the total stays within `quota` (nil or 0: no quota). The one rule, checked by
    /// the client at the call and by the host on receipt.
    package static func checkQuota(requested: UInt64, held: UInt64, quota: UInt64?) throws(RuleViolation) {
        guard let quota, quota > 0, requested > quota - min(held, quota) else { return }
        throw .memoryQuotaExceeded(requested: requested, held: held, quota: quota)
    }

    /// Rule: offset + length, computed without overflow, lies inside a buffer of `bufferSize` bytes.
    package static func checkRange(_ what: @autoclosure () -> String, offset: UInt64, length: UInt64, bufferSize: Int)
        throws(RuleViolation) -> Range<UInt64>
    {
        let (end, overflow) = offset.addingReportingOverflow(length)
        guard !overflow, end <= UInt64(bufferSize) else {
            throw .rangeOutOfBounds(what: what(), offset: offset, length: length, bufferSize: bufferSize)
        }
        return offset..<end
    }

    /// Rules of clEnqueueFillBuffer: a 1...128-byte pattern; offset and length are multiples of it.
    package static func checkFill(offset: UInt64, length: UInt64, patternSize: Int, bufferSize: Int)
        throws(RuleViolation) -> Range<UInt64>
    {
        guard (1...Command.maxFillPattern).contains(patternSize) else { throw .fillPatternSize(patternSize) }
        guard length % UInt64(patternSize) == 0 else { throw .fillLengthNotMultiple(length: length, patternSize: patternSize) }
        guard offset % UInt64(patternSize) == 0 else {
            throw .misaligned(what: "fill offset", value: offset, alignment: patternSize)
        }
        return try checkRange("fill", offset: offset, length: length, bufferSize: bufferSize)
    }

    /// The byte ranges of A, B and C a GEMM reads and writes, after cblas_sgemm's rules
    /// (32-bit dimensions, ld ≥ max(1, columns)), 4-byte alignment, range checks against the
    /// three buffers' sizes, and the rule that C overlaps neither input when they share a buffer.
    package static func checkGEMM(_ g: GEMMCommand, aSize: Int, bSize: Int, cSize: Int)
        throws(RuleViolation) -> (a: Range<UInt64>, b: Range<UInt64>, c: Range<UInt64>)
    {
        for (name, value) in [("m", g.m), ("n", g.n), ("k", g.k), ("lda", g.lda), ("ldb", g.ldb), ("ldc", g.ldc)] {
            guard value <= UInt32(Int32.max) else { throw .dimensionTooLarge(what: name, value: value) }
        }
        let (m, n, k) = (Int(g.m), Int(g.n), Int(g.k))
        // Stored shapes: op(A) is m×k, op(B) is k×n, C is m×n.
        let aShape = g.transposeA == .transpose ? (rows: k, cols: m) : (rows: m, cols: k)
        let bShape = g.transposeB == .transpose ? (rows: n, cols: k) : (rows: k, cols: n)
        let readsInputs = m > 0 && n > 0 && k > 0
        let a = try matrixRange("A", offset: g.aOffset, ld: g.lda, shape: aShape, used: readsInputs, bufferSize: aSize)
        let b = try matrixRange("B", offset: g.bOffset, ld: g.ldb, shape: bShape, used: readsInputs, bufferSize: bSize)
        let c = try matrixRange("C", offset: g.cOffset, ld: g.ldc, shape: (m, n), used: m > 0 && n > 0, bufferSize: cSize)
        if g.a == g.c, a.overlaps(c) { throw .operandsOverlap(output: "C", input: "A") }
        if g.b == g.c, b.overlaps(c) { throw .operandsOverlap(output: "C", input: "B") }
        return (a, b, c)
    }

    private static func matrixRange(
        _ name: String, offset: UInt64, ld: UInt32, shape: (rows: Int, cols: Int),
        used: Bool, bufferSize: Int
    ) throws(RuleViolation) -> Range<UInt64> {
        guard Int(ld) >= max(1, shape.cols) else {
            throw .leadingDimensionTooSmall(what: "ld\(name.lowercased())", value: ld, minimum: max(1, shape.cols))
        }
        guard offset % 4 == 0 else { throw .misaligned(what: "\(name) byte offset", value: offset, alignment: 4) }
        // An operand GEMM does not read (k = 0, or an empty C) still names a place inside its buffer.
        guard used, shape.rows > 0, shape.cols > 0 else { return try checkRange("GEMM \(name)", offset: offset, length: 0, bufferSize: bufferSize) }
        // (rows - 1) * ld + cols elements of 4 bytes, each step overflow-checked.
        let (rowsSpan, o1) = UInt64(shape.rows - 1).multipliedReportingOverflow(by: UInt64(ld))
        let (elements, o2) = rowsSpan.addingReportingOverflow(UInt64(shape.cols))
        let (bytes, o3) = elements.multipliedReportingOverflow(by: 4)
        guard !o1, !o2, !o3 else {
            throw .rangeOutOfBounds(what: "GEMM \(name)", offset: offset, length: .max, bufferSize: bufferSize)
        }
        return try checkRange("GEMM \(name)", offset: offset, length: bytes, bufferSize: bufferSize)
    }
}
