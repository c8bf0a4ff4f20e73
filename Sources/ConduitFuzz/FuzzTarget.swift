import ConduitCPU
import ConduitHAL
import ConduitHost
import ConduitKernel
import ConduitWire
import Foundation

/// What a fuzzer feeds hostile input to. Each target must never crash or hang, whatever the input:
/// it either rejects the input with an error or handles it safely. A crash is a bug.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// Client frames through the wire decoder, the host's validator and execution.
    case wire
    /// Serialized bytecode through the decoder, the verifier and the CPU interpreter.
    case bytecode
    /// OpenCL C source through the preprocessor, parser and code generator; what compiles must verify.
    case compiler

    package enum Outcome: Sendable { case accepted, rejected, faulted }

    /// Valid inputs the mutations start from.
    package func seeds() -> [[UInt8]] {
        switch self {
        case .wire: WireHarness.seedFrames
        case .bytecode: BuiltinSources.all.compactMap { try? Compiler.compile(source: $0.source).serialized() }
        case .compiler: BuiltinSources.all.map { Array($0.source.utf8) }
        }
    }

    /// For frames, half of the inputs get a valid header back (magic, version, length), so the
    /// mutations reach the decoder and the validator instead of dying at the header check.
    package func prepare(_ input: [UInt8], using mutator: inout Mutator) -> [UInt8] {
        guard self == .wire, input.count >= Frame.headerSize, mutator.below(2) == 0 else { return input }
        var frame = input
        let header = ClientMessage.goodbye.encoded()
        frame.replaceSubrange(0..<6, with: header[0..<6])
        let length = UInt32(frame.count - Frame.headerSize)
        for i in 0..<4 { frame[8 + i] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(i))) }
        return frame
    }

    /// Runs one input. Traps (a bug found) only when an invariant breaks.
    package func execute(_ input: [UInt8]) -> Outcome {
        switch self {
        case .wire: WireHarness.shared.execute(input)
        case .bytecode: BytecodeHarness.execute(input)
        case .compiler: Self.compile(input)
        }
    }

    static func compile(_ input: [UInt8]) -> Outcome {
        let module: BytecodeModule
        do {
            module = try Compiler.compile(source: String(decoding: input, as: UTF8.self), fileName: "fuzz.cl")
        } catch {
            return .rejected
        }
        // Invariant: the compiler only emits bytecode its own verifier accepts, and it survives a round trip.
        do {
            try Verifier.verify(module)
            let reloaded = try BytecodeModule(serialized: module.serialized())
            precondition(reloaded.kernels.count == module.kernels.count, "a serialization round trip lost kernels")
        } catch {
            preconditionFailure("the compiler emitted bytecode that does not verify: \(error)")
        }
        return .accepted
    }
}

/// The kernels of Kernels/, as seeds (the files the fuzz targets start from).
enum BuiltinSources {
    static var all: [(name: String, source: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("Kernels")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".cl") }.sorted()
        let found = names.compactMap { name in (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) } }
        return found.isEmpty ? [("saxpy.cl", fallbackSaxpy)] : found
    }

    static let fallbackSaxpy = """
        __kernel void saxpy(__global float *y, __global const float *x, const float a, const uint n) {
            uint i = get_global_id(0);
            if (i < n) y[i] = a * x[i] + y[i];
        }
        """
}
