import ConduitKernel
import Foundation

extension WorkGroupRunner {
    /// The π-scaled trigonometry, `lgamma`, `rootn` and `remquo`'s quotient, in float and double.
    /// Float results are the double ones rounded once (within half an ulp and a hair).
    @inline(__always) func piMath(_ i: Instruction) {
        switch i.opcode {
        case .facospi: unaryF(i) { Float(acos(Double($0)) / .pi) }
        case .fasinpi: unaryF(i) { Float(asin(Double($0)) / .pi) }
        case .fatanpi: unaryF(i) { Float(atan(Double($0)) / .pi) }
        case .fcospi: unaryF(i) { Float(MathExtras.cosPi(Double($0))) }
        case .fsinpi: unaryF(i) { Float(MathExtras.sinPi(Double($0))) }
        case .ftanpi: unaryF(i) { Float(MathExtras.tanPi(Double($0))) }
        case .flgamma: unaryF(i) { Float(MathExtras.logGamma(Double($0))) }
        case .fatan2pi: binaryF(i) { Float(atan2(Double($0), Double($1)) / .pi) }
        case .frootn: binary32(i) { Float(MathExtras.rootN(Double(Float(bitPattern: $0)), Int32(bitPattern: $1))).bitPattern }
        case .fremquo: binary32(i) { UInt32(bitPattern: MathExtras.remainderQuotient(Float(bitPattern: $0), Float(bitPattern: $1))) }
        case .dacospi: unaryD(i) { acos($0) / .pi }
        case .dasinpi: unaryD(i) { asin($0) / .pi }
        case .datanpi: unaryD(i) { atan($0) / .pi }
        case .dcospi: unaryD(i) { MathExtras.cosPi($0) }
        case .dsinpi: unaryD(i) { MathExtras.sinPi($0) }
        case .dtanpi: unaryD(i) { MathExtras.tanPi($0) }
        case .dlgamma: unaryD(i) { MathExtras.logGamma($0) }
        case .datan2pi: binaryD(i) { atan2($0, $1) / .pi }
        case .drootn: binary64by32(i) { MathExtras.rootN(Double(bitPattern: $0), Int32(bitPattern: $1)).bitPattern }
        case .dremquo: narrowBinary64(i) { UInt32(bitPattern: MathExtras.remainderQuotient(Double(bitPattern: $0), Double(bitPattern: $1))) }
        default: preconditionFailure("\(i.opcode) is not π-scaled math")
        }
    }
}
