import CConduitShims
import ConduitKernel
#if canImport(Glibc)
    import Glibc
#endif

extension WorkGroupRunner {
    /// Executes one non-control instruction for the active lanes.
    @inline(__always) mutating func step(_ i: Instruction) throws(KernelFault) {
        switch i.opcode {
        case .const32: setUniform32(i.a, i.b)
        case .const64: setUniform64(i.a, UInt64(i.c) << 32 | UInt64(i.b))
        case .mov32:
            if !isUniform32(i.b) && maskFull {
                lanes32(i.a).update(from: lanes32(i.b), count: lanes)
                u32[Int(i.a)] = 0
            } else {
                unary32(i) { $0 }
            }
        case .mov64: unary64(i) { $0 }
        case .select32: ternary32(i) { c, a, b in c != 0 ? a : b }
        case .select64: select64(i)

        case .fadd: floatBinary(i, FloatAdd.self)
        case .fsub: floatBinary(i, FloatSub.self)
        case .fmul: floatBinary(i, FloatMul.self)
        case .fdiv: floatBinary(i, FloatDiv.self)
        case .fmin: binaryF(i) { $0.isNaN ? $1 : $1.isNaN ? $0 : Swift.min($0, $1) }
        case .fmax: binaryF(i) { $0.isNaN ? $1 : $1.isNaN ? $0 : Swift.max($0, $1) }
        case .fpow: binaryF(i) { powf($0, $1) }
        case .fmod: binaryF(i) { fmodf($0, $1) }
        case .fatan2: binaryF(i) { atan2f($0, $1) }
        case .fhypot: binaryF(i) { hypotf($0, $1) }
        case .fcopysign: binaryF(i) { copysignf($0, $1) }
        case .fdim: binaryF(i) { fdimf($0, $1) }
        case .fremainder: binaryF(i) { remainderf($0, $1) }
        case .fmaxmag: binaryF(i) { MathExtras.maxMagnitude($0, $1) }
        case .fminmag: binaryF(i) { MathExtras.minMagnitude($0, $1) }
        case .flog1p: unaryF(i) { log1pf($0) }
        case .facosh: unaryF(i) { acoshf($0) }
        case .fasinh: unaryF(i) { asinhf($0) }
        case .fatanh: unaryF(i) { atanhf($0) }
        case .fcbrt: unaryF(i) { cbrtf($0) }
        case .fexpm1: unaryF(i) { expm1f($0) }
        case .ffma: fusedMultiplyAdd32(i)
        case .fneg: floatUnary(i, FloatNeg.self)
        case .fabs: unaryF(i) { Swift.abs($0) }
        case .fsqrt: floatUnary(i, FloatSqrt.self)
        case .frsqrt: floatUnary(i, FloatRsqrt.self)
        case .frecip: unaryF(i) { 1 / $0 }
        case .fexp: unaryF(i) { expf($0) }
        case .fexp2: unaryF(i) { exp2f($0) }
        case .flog: unaryF(i) { logf($0) }
        case .flog2: unaryF(i) { log2f($0) }
        case .flog10: unaryF(i) { log10f($0) }
        case .fsin: unaryF(i) { sinf($0) }
        case .fcos: unaryF(i) { cosf($0) }
        case .ftan: unaryF(i) { tanf($0) }
        case .fasin: unaryF(i) { asinf($0) }
        case .facos: unaryF(i) { acosf($0) }
        case .fatan: unaryF(i) { atanf($0) }
        case .ftanh: unaryF(i) { tanhf($0) }
        case .fsinh: unaryF(i) { sinhf($0) }
        case .fcosh: unaryF(i) { coshf($0) }
        case .ffloor: unaryF(i) { $0.rounded(FloatingPointRoundingRule.down) }
        case .fceil: unaryF(i) { $0.rounded(FloatingPointRoundingRule.up) }
        case .fround: unaryF(i) { $0.rounded(FloatingPointRoundingRule.toNearestOrAwayFromZero) }
        case .ftrunc: unaryF(i) { $0.rounded(FloatingPointRoundingRule.towardZero) }
        case .frint: unaryF(i) { $0.rounded(FloatingPointRoundingRule.toNearestOrEven) }
        case .fisnan: unary32(i) { Float(bitPattern: $0).isNaN ? 1 : 0 }
        case .fisinf: unary32(i) { Float(bitPattern: $0).isInfinite ? 1 : 0 }
        case .feq: compareF(i) { $0 == $1 }
        case .fne: compareF(i) { $0 != $1 }
        case .flt: compareF(i) { $0 < $1 }
        case .fle: compareF(i) { $0 <= $1 }
        case .fgt: compareF(i) { $0 > $1 }
        case .fge: compareF(i) { $0 >= $1 }
        case .facospi, .fasinpi, .fatanpi, .fcospi, .fsinpi, .ftanpi, .flgamma, .fatan2pi, .frootn, .fremquo,
            .dacospi, .dasinpi, .datanpi, .dcospi, .dsinpi, .dtanpi, .dlgamma, .datan2pi, .drootn, .dremquo:
            piMath(i)

        case .dadd: binaryD(i) { $0 + $1 }
        case .dsub: binaryD(i) { $0 - $1 }
        case .dmul: binaryD(i) { $0 * $1 }
        case .ddiv: binaryD(i) { $0 / $1 }
        case .dmin: binaryD(i) { $0.isNaN ? $1 : $1.isNaN ? $0 : Swift.min($0, $1) }
        case .dmax: binaryD(i) { $0.isNaN ? $1 : $1.isNaN ? $0 : Swift.max($0, $1) }
        case .dpow: binaryD(i) { pow($0, $1) }
        case .dmod: binaryD(i) { fmod($0, $1) }
        case .datan2: binaryD(i) { atan2($0, $1) }
        case .dhypot: binaryD(i) { hypot($0, $1) }
        case .dcopysign: binaryD(i) { copysign($0, $1) }
        case .ddim: binaryD(i) { fdim($0, $1) }
        case .dremainder: binaryD(i) { remainder($0, $1) }
        case .dmaxmag: binaryD(i) { MathExtras.maxMagnitude($0, $1) }
        case .dminmag: binaryD(i) { MathExtras.minMagnitude($0, $1) }
        case .dlog1p: unaryD(i) { log1p($0) }
        case .dacosh: unaryD(i) { acosh($0) }
        case .dasinh: unaryD(i) { asinh($0) }
        case .datanh: unaryD(i) { atanh($0) }
        case .dcbrt: unaryD(i) { MathExtras.cubeRoot($0) }
        case .dexpm1: unaryD(i) { expm1($0) }
        case .dfma: fusedMultiplyAdd64(i)
        case .dneg: unaryD(i) { -$0 }
        case .dabs: unaryD(i) { Swift.abs($0) }
        case .dsqrt: unaryD(i) { $0.squareRoot() }
        case .drsqrt: unaryD(i) { 1 / $0.squareRoot() }
        case .drecip: unaryD(i) { 1 / $0 }
        case .dexp: unaryD(i) { exp($0) }
        case .dexp2: unaryD(i) { exp2($0) }
        case .dlog: unaryD(i) { log($0) }
        case .dlog2: unaryD(i) { log2($0) }
        case .dlog10: unaryD(i) { log10($0) }
        case .dsin: unaryD(i) { sin($0) }
        case .dcos: unaryD(i) { cos($0) }
        case .dtan: unaryD(i) { tan($0) }
        case .dasin: unaryD(i) { asin($0) }
        case .dacos: unaryD(i) { acos($0) }
        case .datan: unaryD(i) { atan($0) }
        case .dtanh: unaryD(i) { tanh($0) }
        case .dsinh: unaryD(i) { sinh($0) }
        case .dcosh: unaryD(i) { cosh($0) }
        case .dfloor: unaryD(i) { $0.rounded(FloatingPointRoundingRule.down) }
        case .dceil: unaryD(i) { $0.rounded(FloatingPointRoundingRule.up) }
        case .dround: unaryD(i) { $0.rounded(FloatingPointRoundingRule.toNearestOrAwayFromZero) }
        case .dtrunc: unaryD(i) { $0.rounded(FloatingPointRoundingRule.towardZero) }
        case .drint: unaryD(i) { $0.rounded(FloatingPointRoundingRule.toNearestOrEven) }
        case .disnan: narrow(i) { Double(bitPattern: $0).isNaN ? 1 : 0 }
        case .disinf: narrow(i) { Double(bitPattern: $0).isInfinite ? 1 : 0 }
        case .deq: compareD(i) { $0 == $1 }
        case .dne: compareD(i) { $0 != $1 }
        case .dlt: compareD(i) { $0 < $1 }
        case .dle: compareD(i) { $0 <= $1 }
        case .dgt: compareD(i) { $0 > $1 }
        case .dge: compareD(i) { $0 >= $1 }
        case .cvtf64f32: widen(i) { Double(Float(bitPattern: $0)).bitPattern }
        case .cvtf32f64: narrow(i) { Float(Double(bitPattern: $0)).bitPattern }
        case .cvtf64s32: widen(i) { Double(Int32(bitPattern: $0)).bitPattern }
        case .cvtf64u32: widen(i) { Double($0).bitPattern }
        case .cvts32f64: narrow(i) { Convert.s32(Double(bitPattern: $0)) }
        case .cvtu32f64: narrow(i) { Convert.u32(Double(bitPattern: $0)) }
        case .cvtf64s64: unary64(i) { Double(Int64(bitPattern: $0)).bitPattern }
        case .cvtf64u64: unary64(i) { Double($0).bitPattern }
        case .cvts64f64: unary64(i) { Convert.s64(Double(bitPattern: $0)) }
        case .cvtu64f64: unary64(i) { Convert.u64(Double(bitPattern: $0)) }

        case .add32: binary32(i) { $0 &+ $1 }
        case .sub32: binary32(i) { $0 &- $1 }
        case .mul32: binary32(i) { $0 &* $1 }
        case .divs32: binary32(i) { UInt32(bitPattern: Int32(bitPattern: $0).dividedReportingOverflow(by: Int32(bitPattern: $1)).partialValue) }
        case .divu32: binary32(i) { $1 == 0 ? 0 : $0 / $1 }
        case .rems32: binary32(i) { UInt32(bitPattern: Int32(bitPattern: $0).remainderReportingOverflow(dividingBy: Int32(bitPattern: $1)).partialValue) }
        case .remu32: binary32(i) { $1 == 0 ? 0 : $0 % $1 }
        case .and32: binary32(i) { $0 & $1 }
        case .or32: binary32(i) { $0 | $1 }
        case .xor32: binary32(i) { $0 ^ $1 }
        case .shl32: binary32(i) { $0 << ($1 & 31) }
        case .shrs32: binary32(i) { UInt32(bitPattern: Int32(bitPattern: $0) >> Int32(bitPattern: $1 & 31)) }
        case .shru32: binary32(i) { $0 >> ($1 & 31) }
        case .mins32: binary32(i) { Int32(bitPattern: $0) < Int32(bitPattern: $1) ? $0 : $1 }
        case .minu32: binary32(i) { Swift.min($0, $1) }
        case .maxs32: binary32(i) { Int32(bitPattern: $0) > Int32(bitPattern: $1) ? $0 : $1 }
        case .maxu32: binary32(i) { Swift.max($0, $1) }
        case .mulhis32: binary32(i) { UInt32(truncatingIfNeeded: (Int64(Int32(bitPattern: $0)) * Int64(Int32(bitPattern: $1))) >> 32) }
        case .mulhiu32: binary32(i) { UInt32(truncatingIfNeeded: (UInt64($0) * UInt64($1)) >> 32) }
        case .neg32: unary32(i) { 0 &- $0 }
        case .not32: unary32(i) { ~$0 }
        case .popcount32: unary32(i) { UInt32($0.nonzeroBitCount) }
        case .clz32: unary32(i) { UInt32($0.leadingZeroBitCount) }
        case .eq32: binary32(i) { $0 == $1 ? 1 : 0 }
        case .ne32: binary32(i) { $0 != $1 ? 1 : 0 }
        case .lts32: binary32(i) { Int32(bitPattern: $0) < Int32(bitPattern: $1) ? 1 : 0 }
        case .ltu32: binary32(i) { $0 < $1 ? 1 : 0 }
        case .les32: binary32(i) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) ? 1 : 0 }
        case .leu32: binary32(i) { $0 <= $1 ? 1 : 0 }

        case .add64: binary64(i) { $0 &+ $1 }
        case .sub64: binary64(i) { $0 &- $1 }
        case .mul64: binary64(i) { $0 &* $1 }
        case .divs64: binary64(i) { UInt64(bitPattern: Int64(bitPattern: $0).dividedReportingOverflow(by: Int64(bitPattern: $1)).partialValue) }
        case .divu64: binary64(i) { $1 == 0 ? 0 : $0 / $1 }
        case .rems64: binary64(i) { UInt64(bitPattern: Int64(bitPattern: $0).remainderReportingOverflow(dividingBy: Int64(bitPattern: $1)).partialValue) }
        case .remu64: binary64(i) { $1 == 0 ? 0 : $0 % $1 }
        case .and64: binary64(i) { $0 & $1 }
        case .or64: binary64(i) { $0 | $1 }
        case .xor64: binary64(i) { $0 ^ $1 }
        case .shl64: binary64(i) { $0 << ($1 & 63) }
        case .shrs64: binary64(i) { UInt64(bitPattern: Int64(bitPattern: $0) >> Int64(bitPattern: $1 & 63)) }
        case .shru64: binary64(i) { $0 >> ($1 & 63) }
        case .mins64: binary64(i) { Int64(bitPattern: $0) < Int64(bitPattern: $1) ? $0 : $1 }
        case .minu64: binary64(i) { Swift.min($0, $1) }
        case .maxs64: binary64(i) { Int64(bitPattern: $0) > Int64(bitPattern: $1) ? $0 : $1 }
        case .maxu64: binary64(i) { Swift.max($0, $1) }
        case .neg64: unary64(i) { 0 &- $0 }
        case .not64: unary64(i) { ~$0 }
        case .eq64: compare64(i) { $0 == $1 }
        case .ne64: compare64(i) { $0 != $1 }
        case .lts64: compare64(i) { Int64(bitPattern: $0) < Int64(bitPattern: $1) }
        case .ltu64: compare64(i) { $0 < $1 }
        case .les64: compare64(i) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) }
        case .leu64: compare64(i) { $0 <= $1 }

        case .sext8: unary32(i) { UInt32(bitPattern: Int32(Int8(truncatingIfNeeded: $0))) }
        case .zext8: unary32(i) { $0 & 0xFF }
        case .sext16: unary32(i) { UInt32(bitPattern: Int32(Int16(truncatingIfNeeded: $0))) }
        case .zext16: unary32(i) { $0 & 0xFFFF }
        case .sext32to64: widen(i) { UInt64(bitPattern: Int64(Int32(bitPattern: $0))) }
        case .zext32to64: widen(i) { UInt64($0) }
        case .trunc64to32: narrow(i) { UInt32(truncatingIfNeeded: $0) }
        case .cvtf32s32: unary32(i) { Float(Int32(bitPattern: $0)).bitPattern }
        case .cvtf32u32: unary32(i) { Float($0).bitPattern }
        case .cvts32f32: unary32(i) { Convert.s32(Float(bitPattern: $0)) }
        case .cvtu32f32: unary32(i) { Convert.u32(Float(bitPattern: $0)) }
        case .cvtf32s64: narrow(i) { Float(Int64(bitPattern: $0)).bitPattern }
        case .cvtf32u64: narrow(i) { Float($0).bitPattern }
        case .cvts64f32: widen(i) { Convert.s64(Float(bitPattern: $0)) }
        case .cvtu64f32: widen(i) { Convert.u64(Float(bitPattern: $0)) }

        case .ld8s: try load32(i, size: 1) { UInt32(bitPattern: Int32($0.load(as: Int8.self))) }
        case .ld8u: try load32(i, size: 1) { UInt32($0.load(as: UInt8.self)) }
        case .ld16s: try load32(i, size: 2) { UInt32(bitPattern: Int32($0.loadUnaligned(as: Int16.self))) }
        case .ld16u: try load32(i, size: 2) { UInt32($0.loadUnaligned(as: UInt16.self)) }
        case .ld32: try load32(i, size: 4) { $0.loadUnaligned(as: UInt32.self) }
        case .ld64: try load64(i)
        case .st8: try store32(i, size: 1) { $0.storeBytes(of: UInt8(truncatingIfNeeded: $1), as: UInt8.self) }
        case .st16: try store32(i, size: 2) { $0.storeBytes(of: UInt16(truncatingIfNeeded: $1), as: UInt16.self) }
        case .st32: try store32(i, size: 4) { $0.storeBytes(of: $1, as: UInt32.self) }
        case .st64: try store64(i)

        case .atomicAdd: try atomic(i) { p, v, _ in conduit_atomic_add(p, v) }
        case .atomicSub: try atomic(i) { p, v, _ in conduit_atomic_sub(p, v) }
        case .atomicXchg: try atomic(i) { p, v, _ in conduit_atomic_xchg(p, v) }
        case .atomicMins: try atomic(i) { p, v, _ in conduit_atomic_min_s(p, v) }
        case .atomicMinu: try atomic(i) { p, v, _ in conduit_atomic_min_u(p, v) }
        case .atomicMaxs: try atomic(i) { p, v, _ in conduit_atomic_max_s(p, v) }
        case .atomicMaxu: try atomic(i) { p, v, _ in conduit_atomic_max_u(p, v) }
        case .atomicAnd: try atomic(i) { p, v, _ in conduit_atomic_and(p, v) }
        case .atomicOr: try atomic(i) { p, v, _ in conduit_atomic_or(p, v) }
        case .atomicXor: try atomic(i) { p, v, _ in conduit_atomic_xor(p, v) }
        case .atomicCmpxchg: try atomic(i) { p, compare, value in conduit_atomic_cmpxchg(p, compare, value) }

        case .workItem: workItem(i)
        // Calls are expanded before a kernel runs (PreparedKernel), so none reaches this loop.
        case .ifTrue, .orElse, .end, .loop, .block, .breakOut, .ret, .barrier, .call, .callArg32, .callArg64, .callResult32, .callResult64:
            break  // handled by the control loop
        }
    }

    private func select64(_ i: Instruction) {
        if isUniform32(i.b) && isUniform64(i.c) && isUniform64(i.d) {
            setUniform64(i.a, first32(i.b) != 0 ? first64(i.c) : first64(i.d))
            return
        }
        let c = lanes32(i.b), a = lanes64(i.c), b = lanes64(i.d), d = lanes64(i.a)
        for l in 0..<lanes where mask[l] != 0 { d[l] = c[l] != 0 ? a[l] : b[l] }
        u64[Int(i.a)] = 0
    }

    private func workItem(_ i: Instruction) {
        let axis = Int(i.c)
        guard let query = WorkItemQuery(rawValue: i.b) else { return }
        switch query {
        case .globalID, .localID:
            let base = query == .globalID ? UInt64(groupID[axis] * localSize[axis] + globalOffset[axis]) : 0
            if localSize[axis] == 1 { setUniform64(i.a, base); return }
            let d = lanes64(i.a), ids = localIDs(axis)
            for l in 0..<lanes { d[l] = mask[l] != 0 ? base &+ ids[l] : d[l] }
            u64[Int(i.a)] = 0
        case .groupID: setUniform64(i.a, UInt64(groupID[axis]))
        case .globalSize: setUniform64(i.a, UInt64(globalSize[axis]))
        case .localSize: setUniform64(i.a, UInt64(localSize[axis]))
        case .numGroups: setUniform64(i.a, UInt64(groupCounts[axis]))
        case .globalOffset: setUniform64(i.a, UInt64(globalOffset[axis]))
        case .workDim: setUniform64(i.a, globalSize[2] > 1 ? 3 : globalSize[1] > 1 ? 2 : 1)
        }
    }
}
