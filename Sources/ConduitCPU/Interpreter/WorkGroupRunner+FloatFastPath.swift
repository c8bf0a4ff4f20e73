import CConduitShims
import ConduitKernel

/// The hottest float operations as specialised lane loops over `Float` pointers. Generic
/// over a static operation type (not a closure), so each instantiation is a plain loop LLVM
/// vectorises (vaddps/vmulps on ymm with -target-cpu haswell).
protocol FloatBinaryOperation { static func apply(_ a: Float, _ b: Float) -> Float }
protocol FloatUnaryOperation { static func apply(_ a: Float) -> Float }

enum FloatAdd: FloatBinaryOperation { @inline(__always) static func apply(_ a: Float, _ b: Float) -> Float { a + b } }
enum FloatSub: FloatBinaryOperation { @inline(__always) static func apply(_ a: Float, _ b: Float) -> Float { a - b } }
enum FloatMul: FloatBinaryOperation { @inline(__always) static func apply(_ a: Float, _ b: Float) -> Float { a * b } }
enum FloatDiv: FloatBinaryOperation { @inline(__always) static func apply(_ a: Float, _ b: Float) -> Float { a / b } }
enum FloatSqrt: FloatUnaryOperation { @inline(__always) static func apply(_ a: Float) -> Float { a.squareRoot() } }
enum FloatRsqrt: FloatUnaryOperation { @inline(__always) static func apply(_ a: Float) -> Float { 1 / a.squareRoot() } }
enum FloatNeg: FloatUnaryOperation { @inline(__always) static func apply(_ a: Float) -> Float { -a } }

extension WorkGroupRunner {
    @inline(__always) func floatBinary<Op: FloatBinaryOperation>(_ i: Instruction, _: Op.Type) {
        if isUniform32(i.b) && isUniform32(i.c) {
            setUniform32(i.a, Op.apply(Float(bitPattern: first32(i.b)), Float(bitPattern: first32(i.c))).bitPattern)
            return
        }
        let d = UnsafeMutableRawPointer(lanes32(i.a)).assumingMemoryBound(to: Float.self)
        if maskFull && isUniform32(i.c) {
            // One operand uniform: broadcast it instead of filling its lanes.
            let a = floats(i.b), b = Float(bitPattern: first32(i.c))
            for l in 0..<lanes { d[l] = Op.apply(a[l], b) }
            u32[Int(i.a)] = 0
            return
        }
        if maskFull && isUniform32(i.b) {
            let a = Float(bitPattern: first32(i.b)), b = floats(i.c)
            for l in 0..<lanes { d[l] = Op.apply(a, b[l]) }
            u32[Int(i.a)] = 0
            return
        }
        let a = floats(i.b), b = floats(i.c)
        if maskFull {
            for l in 0..<lanes { d[l] = Op.apply(a[l], b[l]) }
        } else {
            for l in 0..<lanes { d[l] = mask[l] != 0 ? Op.apply(a[l], b[l]) : d[l] }
        }
        u32[Int(i.a)] = 0
    }

    @inline(__always) private func floats(_ r: UInt32) -> UnsafeMutablePointer<Float> {
        UnsafeMutableRawPointer(lanes32(r)).assumingMemoryBound(to: Float.self)
    }

    @inline(__always) func floatUnary<Op: FloatUnaryOperation>(_ i: Instruction, _: Op.Type) {
        if isUniform32(i.b) {
            setUniform32(i.a, Op.apply(Float(bitPattern: first32(i.b))).bitPattern)
            return
        }
        let a = UnsafeMutableRawPointer(lanes32(i.b)).assumingMemoryBound(to: Float.self)
        let d = UnsafeMutableRawPointer(lanes32(i.a)).assumingMemoryBound(to: Float.self)
        if maskFull {
            for l in 0..<lanes { d[l] = Op.apply(a[l]) }
        } else {
            for l in 0..<lanes { d[l] = mask[l] != 0 ? Op.apply(a[l]) : d[l] }
        }
        u32[Int(i.a)] = 0
    }

    /// `ffma`: fused, one rounding, the contract every backend keeps (the OpenCL emitter prints
    /// fma()). Over full lanes it is the C loop, which runs AVX2+FMA code where the CPU has it:
    /// built for baseline x86-64, Swift's `addingProduct` is a libm call per lane.
    @inline(__always) func fusedMultiplyAdd32(_ i: Instruction) {
        guard maskFull, !(isUniform32(i.b) && isUniform32(i.c) && isUniform32(i.d)) else {
            ternary32(i) { a, b, c in Float(bitPattern: c).addingProduct(Float(bitPattern: a), Float(bitPattern: b)).bitPattern }
            return
        }
        let a = floats(i.b), b = floats(i.c), c = floats(i.d)
        conduit_fma_f32(floats(i.a), a, b, c, lanes)
        u32[Int(i.a)] = 0
    }

    /// `dfma`, as `ffma` on the 64-bit registers.
    @inline(__always) func fusedMultiplyAdd64(_ i: Instruction) {
        guard maskFull, !(isUniform64(i.b) && isUniform64(i.c) && isUniform64(i.d)) else {
            ternary64(i) { a, b, c in Double(bitPattern: c).addingProduct(Double(bitPattern: a), Double(bitPattern: b)).bitPattern }
            return
        }
        let double = { (r: UInt32) in UnsafeMutableRawPointer(self.lanes64(r)).assumingMemoryBound(to: Double.self) }
        let a = double(i.b), b = double(i.c), c = double(i.d)
        conduit_fma_f64(double(i.a), a, b, c, lanes)
        u64[Int(i.a)] = 0
    }
}
