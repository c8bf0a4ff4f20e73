import ArgumentParser
import ConduitKernel
import Foundation

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile an OpenCL C file to Conduit bytecode; print diagnostics, disassembly, or write the module."
    )

    @Argument(help: "The OpenCL C source file.")
    var file: String

    @Option(name: .customShort("D"), parsing: .unconditionalSingleValue, help: "Define a macro: -D NAME or -D NAME=VALUE.")
    var defines: [String] = []

    @Option(name: .customShort("I"), parsing: .unconditionalSingleValue, help: "Add a directory to the #include search path.")
    var includes: [String] = []

    @Option(name: .customLong("options"), help: "Further OpenCL build options, e.g. \"-cl-fast-relaxed-math\".")
    var extraOptions = ""

    @Flag(help: "Print the bytecode as text.")
    var disassemble = false

    @Flag(help: "Print the OpenCL C the OpenCL adapters build from the bytecode.")
    var emitOpencl = false

    @Option(help: "With --emit-opencl: the watchdog limit the loop budget is emitted for, in ms (the host's default is 60000; 0 for none).")
    var watchdogMs = 60_000

    @Option(help: "With --emit-opencl: bytes of each __local argument.")
    var localBytes = 4096

    @Option(help: ArgumentHelp("With --emit-opencl: specialise for this work-group size, as a dispatch does (X[,Y[,Z]]).", valueName: "size"))
    var localSize: String?

    @Option(name: .customShort("o"), help: "Write the bytecode module to this file.")
    var output: String?

    func validate() throws {
        // Up to a day: the budget is one loop iteration per nanosecond of the limit.
        guard (0...86_400_000).contains(watchdogMs) else { throw ValidationError("--watchdog-ms must be 0...86400000, got \(watchdogMs)") }
        guard (0...(1 << 24)).contains(localBytes) else { throw ValidationError("--local-bytes must be 0...16777216, got \(localBytes)") }
        _ = try workGroupSize()
    }

    /// `--local-size` as three dimensions, or nil when not given.
    func workGroupSize() throws -> [Int]? {
        guard let localSize else { return nil }
        let parts = localSize.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.map { (1...65_536).contains($0) } ?? false }) else {
            throw ValidationError("--local-size must be 1 to 3 comma-separated sizes of 1...65536, got '\(localSize)'")
        }
        return parts.map { $0! } + Array(repeating: 1, count: 3 - parts.count)
    }

    func run() throws {
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw ValidationError("cannot read '\(file)'")
        }
        let options: CompileOptions
        let module: BytecodeModule
        do {
            let optionText = defines.map { "-D\($0)" } + includes.map { "-I\($0)" } + [extraOptions]
            options = try CompileOptions(parsing: optionText.joined(separator: " "))
            module = try Compiler.compile(source: source, fileName: file, options: options) { path in
                try? String(contentsOfFile: path, encoding: .utf8)
            }
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(module.serialized())) else {
                throw ValidationError("cannot write '\(output)'")
            }
        }
        if emitOpencl {
            let budget = watchdogMs > 0 ? UInt64(watchdogMs) * 1_000_000 : nil
            let size = try workGroupSize()
            for kernel in module.kernels {
                let localArguments = Dictionary(
                    uniqueKeysWithValues: kernel.parameters.indices.filter { kernel.parameters[$0].kind == .local }.map { ($0, localBytes) })
                let arguments = ArgumentBlock(kernel: kernel, values: [:], localSizes: localArguments)
                let specialization = size.map { Specialization(kernel: kernel, arguments: arguments.bytes, localSize: $0) }
                print(Emitter.program(for: kernel, localBytes: max(arguments.localBytes, 16), loopBudget: budget, specialization: specialization))
            }
        }
        if disassemble {
            print(Disassembler.text(module), terminator: "")
        } else if output == nil && !emitOpencl {
            let names = module.kernels.map(\.name).joined(separator: ", ")
            print("\(file): \(module.kernels.count) kernel(s): \(names); \(module.serialized().count) bytes of bytecode")
        }
    }
}
