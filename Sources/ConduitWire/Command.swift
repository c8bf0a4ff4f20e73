/// Whether a GEMM operand is used as stored or transposed (BLAS `op(X)`).
package enum Transpose: UInt8, Sendable {
    case none = 0
    case transpose = 1
}

/// `C = alpha * op(A) * op(B) + beta * C` on float32, row-major, with leading dimensions and
/// byte offsets into the three buffers. Dimensions travel as u32; the host checks their range.
package struct GEMMCommand: Equatable, Sendable {
    package var transposeA: Transpose
    package var transposeB: Transpose
    package var m: UInt32, n: UInt32, k: UInt32
    package var alpha: Float, beta: Float
    package var a: ObjectID, aOffset: UInt64, lda: UInt32
    package var b: ObjectID, bOffset: UInt64, ldb: UInt32
    package var c: ObjectID, cOffset: UInt64, ldc: UInt32

    package init(
        transposeA: Transpose, transposeB: Transpose, m: UInt32, n: UInt32, k: UInt32,
        alpha: Float, beta: Float,
        a: ObjectID, aOffset: UInt64, lda: UInt32,
        b: ObjectID, bOffset: UInt64, ldb: UInt32,
        c: ObjectID, cOffset: UInt64, ldc: UInt32
    ) {
        self.transposeA = transposeA; self.transposeB = transposeB
        self.m = m; self.n = n; self.k = k
        self.alpha = alpha; self.beta = beta
        self.a = a; self.aOffset = aOffset; self.lda = lda
        self.b = b; self.bOffset = bOffset; self.ldb = ldb
        self.c = c; self.cOffset = cOffset; self.ldc = ldc
    }
}

/// One argument of a kernel dispatch, in parameter order.
package enum DispatchArgument: Equatable, Sendable {
    case buffer(ObjectID, offset: UInt64)
    case value([UInt8])
    case local(size: UInt32)

    package static let maxValueBytes = 1024
}

/// A kernel launch over a 3-D range; a local size of 0 lets the host choose. Sizes are inline
/// vectors, not arrays: a dispatch costs no allocation for them on either side of the wire.
package struct DispatchCommand: Equatable, Sendable {
    package var library: ObjectID
    package var kernelIndex: UInt32
    package var globalSize: SIMD3<UInt32>
    package var localSize: SIMD3<UInt32>
    package var globalOffset: SIMD3<UInt32>
    package var arguments: [DispatchArgument]

    package static let maxArguments = 128  // BytecodeModule.maxParameters

    package init(
        library: ObjectID, kernelIndex: UInt32, globalSize: SIMD3<UInt32>, localSize: SIMD3<UInt32>, globalOffset: SIMD3<UInt32>,
        arguments: [DispatchArgument]
    ) {
        self.library = library; self.kernelIndex = kernelIndex; self.globalSize = globalSize
        self.localSize = localSize; self.globalOffset = globalOffset; self.arguments = arguments
    }
}

/// One operation recorded in a command buffer. A command buffer travels as one `submit` message.
package enum Command: Equatable, Sendable {
    case gemm(GEMMCommand)
    /// Copies `length` bytes; the ranges may overlap (memmove semantics).
    case copy(source: ObjectID, sourceOffset: UInt64, destination: ObjectID, destinationOffset: UInt64, length: UInt64)
    /// Repeats `pattern` (1...128 bytes, as clEnqueueFillBuffer) over `length` bytes.
    case fill(buffer: ObjectID, offset: UInt64, length: UInt64, pattern: [UInt8])
    /// Sets `fence` to `value` once everything before it on the queue has completed.
    case signal(fence: ObjectID, value: UInt64)
    case dispatch(DispatchCommand)
    /// Holds the queue until `fence` reaches `value` (set by another queue or the CPU).
    case wait(fence: ObjectID, value: UInt64)

    package static let maxFillPattern = 128

    private enum Tag: UInt8 {
        case gemm = 1, copy = 2, fill = 3, signal = 4, dispatch = 5, wait = 6
    }

    package func encode(into writer: inout WireWriter) {
        switch self {
        case let .gemm(g):
            writer.u8(Tag.gemm.rawValue)
            writer.u8(g.transposeA.rawValue)
            writer.u8(g.transposeB.rawValue)
            writer.u32(g.m); writer.u32(g.n); writer.u32(g.k)
            writer.f32(g.alpha); writer.f32(g.beta)
            writer.id(g.a); writer.u64(g.aOffset); writer.u32(g.lda)
            writer.id(g.b); writer.u64(g.bOffset); writer.u32(g.ldb)
            writer.id(g.c); writer.u64(g.cOffset); writer.u32(g.ldc)
        case let .copy(source, sourceOffset, destination, destinationOffset, length):
            writer.u8(Tag.copy.rawValue)
            writer.id(source); writer.u64(sourceOffset)
            writer.id(destination); writer.u64(destinationOffset)
            writer.u64(length)
        case let .fill(buffer, offset, length, pattern):
            writer.u8(Tag.fill.rawValue)
            writer.id(buffer); writer.u64(offset); writer.u64(length)
            writer.blob(pattern)
        case let .signal(fence, value):
            writer.u8(Tag.signal.rawValue)
            writer.id(fence); writer.u64(value)
        case let .wait(fence, value):
            writer.u8(Tag.wait.rawValue)
            writer.id(fence); writer.u64(value)
        case let .dispatch(d):
            writer.u8(Tag.dispatch.rawValue)
            writer.id(d.library); writer.u32(d.kernelIndex)
            for axis in 0..<3 { writer.u32(d.globalSize[axis]); writer.u32(d.localSize[axis]); writer.u32(d.globalOffset[axis]) }
            writer.u32(UInt32(d.arguments.count))
            for argument in d.arguments {
                switch argument {
                case let .buffer(id, offset): writer.u8(0); writer.id(id); writer.u64(offset)
                case let .value(bytes): writer.u8(1); writer.blob(bytes)
                case let .local(size): writer.u8(2); writer.u32(size)
                }
            }
        }
    }

    package static func decode(from reader: inout WireReader) throws(WireError) -> Command {
        let raw = try reader.u8()
        guard let tag = Tag(rawValue: raw) else { throw .unknownCommandType(raw) }
        switch tag {
        case .gemm:
            return .gemm(
                GEMMCommand(
                    transposeA: try transpose(&reader), transposeB: try transpose(&reader),
                    m: try reader.u32(), n: try reader.u32(), k: try reader.u32(),
                    alpha: try reader.f32(), beta: try reader.f32(),
                    a: try reader.id(), aOffset: try reader.u64(), lda: try reader.u32(),
                    b: try reader.id(), bOffset: try reader.u64(), ldb: try reader.u32(),
                    c: try reader.id(), cOffset: try reader.u64(), ldc: try reader.u32()
                ))
        case .copy:
            return .copy(
                source: try reader.id(), sourceOffset: try reader.u64(),
                destination: try reader.id(), destinationOffset: try reader.u64(),
                length: try reader.u64()
            )
        case .fill:
            return .fill(
                buffer: try reader.id(), offset: try reader.u64(), length: try reader.u64(),
                pattern: try reader.blob(limit: maxFillPattern, what: "fill pattern")
            )
        case .signal:
            return .signal(fence: try reader.id(), value: try reader.u64())
        case .wait:
            return .wait(fence: try reader.id(), value: try reader.u64())
        case .dispatch:
            let library = try reader.id()
            let kernelIndex = try reader.u32()
            var global = SIMD3<UInt32>(), local = SIMD3<UInt32>(), offset = SIMD3<UInt32>()
            for axis in 0..<3 { global[axis] = try reader.u32(); local[axis] = try reader.u32(); offset[axis] = try reader.u32() }
            let count = try reader.count(limit: DispatchCommand.maxArguments, what: "kernel argument")
            var arguments: [DispatchArgument] = []
            arguments.reserveCapacity(count)
            for _ in 0..<count {
                let tag = try reader.u8()
                switch tag {
                case 0: arguments.append(.buffer(try reader.id(), offset: try reader.u64()))
                case 1: arguments.append(.value(try reader.blob(limit: DispatchArgument.maxValueBytes, what: "argument value")))
                case 2: arguments.append(.local(size: try reader.u32()))
                default: throw .invalidValue(what: "kernel argument kind", value: UInt64(tag))
                }
            }
            return .dispatch(
                DispatchCommand(
                    library: library, kernelIndex: kernelIndex, globalSize: global, localSize: local,
                    globalOffset: offset, arguments: arguments))
        }
    }

    private static func transpose(_ reader: inout WireReader) throws(WireError) -> Transpose {
        let raw = try reader.u8()
        guard let value = Transpose(rawValue: raw) else { throw .invalidValue(what: "transpose flag", value: UInt64(raw)) }
        return value
    }
}
