import Conduit

/// What one runner made of one generated program.
package enum RunOutcome: Equatable, Sendable {
    case result(GeneratedProgram.Result)
    /// The compiler (Conduit's or the driver's) refused the program.
    case rejected(String)
    /// It compiled but failed to run (a fault, a timeout, a lost device).
    case failed(String)

    package var result: GeneratedProgram.Result? { if case let .result(r) = self { r } else { nil } }

    package var summary: String {
        switch self {
        case let .result(r): "hash 0x\(String(r.hash, radix: 16))"
        case let .rejected(message): "rejected: \(message.split(separator: "\n").first ?? "")"
        case let .failed(message): "failed: \(message.split(separator: "\n").first ?? "")"
        }
    }
}

/// Runs generated programs on one Conduit adapter, through the public runtime as any user would:
/// compile in the client, submit through the host, read the buffers back.
package final class AdapterRunner: Sendable {
    package let name: String
    let device: Device

    package init(adapter: Adapter) throws {
        name = "conduit \(adapter.backend) (\(adapter.name))"
        device = try adapter.makeDevice(label: "compiler-diff")
    }

    /// Every adapter of the embedded host, CPU first.
    package static func all() throws -> [AdapterRunner] {
        let adapters = try Instance().adapters()
        return try adapters.sorted { ($0.backend == .cpu ? 0 : 1) < ($1.backend == .cpu ? 0 : 1) }.map(AdapterRunner.init)
    }

    package var isCPU: Bool { name.hasPrefix("conduit cpu") }

    package func run(_ program: GeneratedProgram, timeout: Duration = .seconds(60)) -> RunOutcome {
        let kernel: Kernel
        do {
            kernel = try device.makeLibrary(source: program.source, fileName: "generated.cl").makeKernel(named: program.kernelName)
        } catch {
            return .rejected("\(error)")
        }
        do {
            let out = try device.makeBuffer(length: program.globalSize * 8)
            let input = try device.makeBuffer(array: program.input)
            let acc = try device.makeBuffer(array: program.accumulatorInitial)
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(
                kernel, arguments: [.buffer(out), .buffer(input), .buffer(acc)],
                globalSize: [program.globalSize], localSize: [program.localSize])
            _ = try device.queue.submit(commands)
            try commands.waitUntilCompleted(timeout: timeout)
            return .result(GeneratedProgram.Result(out: try out.read(as: UInt64.self), acc: try acc.read(as: UInt32.self)))
        } catch {
            return .failed("\(error)")
        }
    }
}
