import ArgumentParser
import Conduit
import ConduitBench
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run benchmarks and compare adapters.",
        subcommands: [MatmulCommand.self, NBodyCommand.self, KernelsCommand.self, LatencyCommand.self, OpenBLASDirectCommand.self, ICDBenchCommand.self]
    )
}

/// `--adapter NAME|INDEX|all`, resolved before any long work starts.
struct AdapterOption: ParsableArguments {
    @Option(name: .customLong("adapter"), help: "An adapter index, a part of its name, or 'all'.")
    var selector = "all"

    func select(from instance: Instance) throws -> [Adapter] {
        let adapters = try instance.adapters(preferring: .highPerformance)
        if selector.lowercased() == "all" { return adapters }
        if let index = Int(selector) {
            guard let adapter = adapters.first(where: { $0.index == index }) else {
                throw ValidationError("no adapter \(index); run 'conduit adapters' to list them (indices \(adapters.map(\.index).sorted()))")
            }
            return [adapter]
        }
        let matches = adapters.filter { $0.name.lowercased().contains(selector.lowercased()) }
        guard !matches.isEmpty else {
            throw ValidationError("no adapter matches '\(selector)'; available: \(adapters.map(\.name).joined(separator: ", "))")
        }
        return matches
    }
}

struct MatmulCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matmul",
        abstract: "Time an n×n float32 GEMM through Conduit on each adapter, verify it, and compare with OpenBLAS called directly."
    )

    @Option(help: "Matrix size n (n×n times n×n).")
    var size = 2048

    @Option(help: "A sweep instead: comma-separated sizes (multiples of 16), GEMM and the tiled kernel on each adapter.")
    var sizes: String?

    @Option(help: "With --sizes: write GFLOP/s against size as an SVG chart to this file.")
    var plot: String?

    @Flag(help: "With --sizes: print CSV instead of a table.")
    var csv = false

    @Option(help: "Timed runs per adapter; the median is reported.")
    var iterations = 5

    @OptionGroup var adapter: AdapterOption

    @Flag(help: "Print one JSON document instead of a table.")
    var json = false

    func validate() throws {
        guard (1...16384).contains(size) else { throw ValidationError("--size must be 1...16384, got \(size)") }
        guard (1...1000).contains(iterations) else { throw ValidationError("--iterations must be 1...1000, got \(iterations)") }
        if sizes == nil && (plot != nil || csv) { throw ValidationError("--plot and --csv go with --sizes") }
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        _ = try sweepSizes()
    }

    func sweepSizes() throws -> [Int]? {
        guard let sizes else { return nil }
        let parsed = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else {
            throw ValidationError("--sizes must be a comma-separated list of integers, got '\(sizes)'")
        }
        let values = parsed.map { $0! }
        guard values.allSatisfy({ (16...8192).contains($0) && $0 % 16 == 0 }) else {
            throw ValidationError("--sizes must be multiples of 16 from 16 to 8192 (the tiled kernel's tile), got \(values)")
        }
        return values
    }

    func run() throws {
        let instance = try Instance()
        let adapters = try adapter.select(from: instance)
        if let sweep = try sweepSizes() { return try runSweep(sizes: sweep, adapters: adapters) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var benchmark = MatmulBenchmark(size: size, iterations: iterations, executable: executable)
        let progress = Progress(enabled: !json)
        benchmark.progress = progress.reporter
        let report = try benchmark.run(on: adapters)
        progress.finish()
        if json {
            try printJSON(report)
            return
        }
        if let blas = report.openBLAS {
            print("OpenBLAS: \(blas.coreName) kernels, \(blas.threads) threads (\(blas.coreTypeChoice))")
            if blas.chosenBy == "user" {
                print(
                    "note: Conduit respects OPENBLAS_CORETYPE from the environment; unset it, or set",
                    "CONDUIT_OPENBLAS_CORETYPE=SKYLAKEX, to let Conduit pick its kernels.")
            }
        }
        print("sgemm \(size)×\(size)×\(size), median of \(iterations) runs (spread = (max − min) / median)\n")
        var table = TextTable(
            "adapter", "method", "GFLOP/s", "ms", "spread", "verified", "vs CPU adapter", "vs direct OpenBLAS (default)",
            "overhead vs same kernel")
        if let direct = report.directOpenBLASDefaultKernel {
            table.add(
                "OpenBLAS direct (\(direct.coreName), default choice)", "cblas_sgemm", formatted(direct.gflops),
                formatted(direct.medianSeconds * 1e3, 2), "-", "-", "-", "1.00×", "-")
        }
        if let same = report.directOpenBLASSameKernel {
            table.add(
                "OpenBLAS direct (\(same.coreName), Conduit's choice)", "cblas_sgemm", formatted(same.gflops),
                formatted(same.medianSeconds * 1e3, 2), "-", "-", "-",
                report.directOpenBLASDefaultKernel.map { formatted(same.gflops / $0.gflops, 2) + "×" } ?? "-", "-")
        }
        let cpu = report.results.first { $0.backend == Adapter.Backend.cpu.rawValue }
        for r in report.results {
            table.add(
                "\(r.adapterIndex): \(r.adapter)" + (Set(report.results.map(\.host)).count > 1 ? " @ \(r.host)" : ""), r.method, formatted(r.gflops),
                formatted(r.medianMilliseconds, 2),
                formatted(r.spreadPercent, 1) + "%", r.verified ? "yes" : "NO (\(r.maxRelativeError))",
                cpu.map { formatted(r.gflops / $0.gflops, 2) + "×" } ?? "-",
                r.ratioToDirect.map { formatted($0, 2) + "×" } ?? "-",
                r.overheadPercent.map { formatted($0, 1) + "%" } ?? "-")
        }
        print(table.render())
        if report.results.contains(where: { !$0.verified }) { throw ExitCode.failure }
    }
}

extension MatmulCommand {
    func runSweep(sizes: [Int], adapters: [Adapter]) throws {
        if let plot, !FileManager.default.createFile(atPath: plot, contents: nil) {
            throw ValidationError("cannot write the plot to '\(plot)'")
        }
        var sweep = MatmulSweep(sizes: sizes, runs: iterations)
        let progress = Progress(enabled: !json && !csv)
        sweep.progress = progress.reporter
        let points = try sweep.run(on: adapters)
        progress.finish()
        if let plot {
            let series = Dictionary(grouping: points) { "\($0.adapterIndex): \($0.adapter.prefix(30)) · \($0.method)" }
                .sorted { $0.key < $1.key }
                .map { SVGPlot.Series(name: $0.key, points: $0.value.map { (Double($0.size), $0.gflops) }) }
            let chart = SVGPlot(
                title: "matmul through Conduit: GFLOP/s by size", xLabel: "matrix size n (n×n·n×n, float32)",
                yLabel: "GFLOP/s (log scale)", series: series)
            try chart.render().write(toFile: plot, atomically: true, encoding: .utf8)
        }
        if json {
            try printJSON(["benchmark": "matmul-sweep", "points": AnyEncodable(points)])
        } else if csv {
            print("size,adapter_index,adapter,backend,method,runs,gflops,median_ms,spread_percent,verified,max_relative_error,speedup_vs_cpu_adapter")
            for p in points {
                print(
                    "\(p.size),\(p.adapterIndex),\"\(p.adapter)\",\(p.backend),\(p.method),\(p.runs),\(p.gflops),\(p.medianMilliseconds),"
                        + "\(p.spreadPercent),\(p.verified),\(p.maxRelativeError),\(p.speedupVsCPUAdapter.map { "\($0)" } ?? "")")
            }
        } else {
            print("matmul sweep, float32, median of \(iterations) runs (spread = (max − min) / median)\n")
            var table = TextTable("size", "adapter", "method", "GFLOP/s", "ms", "spread", "verified", "vs CPU adapter")
            for p in points {
                table.add(
                    "\(p.size)", "\(p.adapterIndex): \(p.adapter)", p.method, formatted(p.gflops), formatted(p.medianMilliseconds, 2),
                    formatted(p.spreadPercent, 1) + "%", p.verified ? "yes" : "NO (\(p.maxRelativeError))",
                    p.speedupVsCPUAdapter.map { formatted($0, 2) + "×" } ?? "-")
            }
            print(table.render())
            if let plot { print("\nplot: \(plot)") }
        }
        if points.contains(where: { !$0.verified }) { throw ExitCode.failure }
    }
}

/// The default-kernel reference, run as a child so OpenBLAS loads with its own choice.
struct OpenBLASDirectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openblas-direct",
        abstract: "Time cblas_sgemm called directly (prints JSON); used by 'bench matmul'.",
        shouldDisplay: false
    )

    @Option var size = 2048
    @Option var iterations = 5

    func run() throws {
        try printJSON(DirectOpenBLAS.measure(size: size, iterations: iterations))
    }
}

struct NBodyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbody",
        abstract: "Integrate an all-pairs n-body system with Kernels/nbody.cl (20 flops per interaction) on each adapter and on OpenCL directly."
    )

    @Option(help: "Number of bodies (a multiple of 256).")
    var bodies = 16384

    @Option(help: "Steps per timed run.")
    var iterations = 10

    @OptionGroup var adapter: AdapterOption

    @Flag(help: "Also integrate 1024 bodies for 10 steps on each adapter and compare with a float64 reference.")
    var verify = false

    @Flag(help: "Print one JSON document instead of text.")
    var json = false

    func validate() throws {
        guard bodies >= 256, bodies % 256 == 0, bodies <= 1 << 20 else {
            throw ValidationError("--bodies must be a multiple of 256 from 256 to 1048576, got \(bodies)")
        }
        guard (1...10_000).contains(iterations) else { throw ValidationError("--iterations must be 1...10000, got \(iterations)") }
    }

    func run() throws {
        let instance = try Instance()
        let adapters = try adapter.select(from: instance)
        var benchmark = NBodyBenchmark(bodies: bodies, iterations: iterations)
        benchmark.verifySystem = verify
        let progress = Progress(enabled: !json)
        benchmark.progress = progress.reporter
        let results = try benchmark.run(on: adapters, compareWithOpenCL: true)
        progress.finish()
        if json {
            try printJSON(["results": results])
            return
        }
        for r in results {
            print(
                "\(r.adapter): \(r.bodies) bodies, total time for \(r.iterations) iterations: \(formatted(r.millisecondsPerStep * Double(r.iterations), 3)) ms",
                "= \(formatted(r.billionInteractionsPerSecond, 3)) billion interactions per second",
                "= \(formatted(r.gflops, 2)) single-precision GFLOP/s at 20 flops per interaction",
                r.verified ? "(verified, max rel. error \(String(format: "%.1e", r.maxRelativeError)))" : "(NOT VERIFIED: \(r.maxRelativeError))")
            print("  spread of \(r.repetitions) repetitions: \(formatted(r.spreadPercent, 1)) % of the median")
            if let direct = r.directOpenCLGflops, let device = r.directOpenCLDevice, let ratio = r.ratioToDirectOpenCL {
                print("  same kernel on OpenCL directly (\(device)): \(formatted(direct, 2)) GFLOP/s; Conduit/direct = \(formatted(ratio, 2))×")
            }
            if let v = r.verification {
                print(
                    "  --verify: \(v.bodies) bodies, \(v.steps) steps against float64: largest position error \(String(format: "%.2e", v.maxPositionError))",
                    v.passed ? "(ok)" : "(FAILED)")
            }
        }
        if results.count > 1 {
            // With several hosts, say which one each adapter lives on: the split of the work.
            let hosts = Set(results.map(\.host)).count > 1
            var table = TextTable("adapter", "GFLOP/s", "billion interactions/s", "ms/step", "spread", "vs CPU adapter", "vs OpenCL direct")
            for r in results {
                table.add(
                    r.adapter + (hosts ? " @ \(r.host)" : ""), formatted(r.gflops, 2), formatted(r.billionInteractionsPerSecond, 3),
                    formatted(r.millisecondsPerStep, 2),
                    formatted(r.spreadPercent, 1) + "%", r.speedupVsCPUAdapter.map { formatted($0, 2) + "×" } ?? "-",
                    r.ratioToDirectOpenCL.map { formatted($0, 2) + "×" } ?? "-")
            }
            print("\n" + table.render())
        }
        if results.contains(where: { !$0.verified || $0.verification?.passed == false }) { throw ExitCode.failure }
    }
}

struct KernelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernels",
        abstract: "Compile time of every built-in kernel, and the CPU interpreter's throughput in lane-operations per second."
    )

    @Option(help: "Compilations per program; the median is reported.")
    var repeats = 21

    @Option(help: "One-work-item dispatches timed per adapter (in blocks of 10, alternating with OpenCL called directly).")
    var dispatches = 500

    @OptionGroup var adapter: AdapterOption

    @Flag(help: "Print one JSON document instead of tables.")
    var json = false

    func validate() throws {
        guard (1...1000).contains(repeats) else { throw ValidationError("--repeats must be 1...1000, got \(repeats)") }
        guard (10...1_000_000).contains(dispatches) else { throw ValidationError("--dispatches must be 10...1000000, got \(dispatches)") }
    }

    func run() throws {
        let compile = try KernelBenchmarks.compileTimes(repeats: repeats)
        let instance = try Instance()
        let adapters = try adapter.select(from: instance)
        let throughput = try adapters.filter { $0.backend == .cpu }.map { try KernelBenchmarks.interpreterThroughput(on: $0) }
        let latency = try adapters.map { try KernelBenchmarks.dispatchLatency(on: $0, repeats: dispatches) }
        if json {
            struct Report: Encodable {
                var compile: [KernelBenchmarks.CompileResult]
                var interpreter: [KernelBenchmarks.ThroughputResult]
                var dispatch: [KernelBenchmarks.DispatchResult]
            }
            try printJSON(Report(compile: compile, interpreter: throughput, dispatch: latency))
            return
        }
        var table = TextTable("program", "kernels", "compile ms (median)", "max ms")
        for r in compile { table.add(r.program, "\(r.kernels)", formatted(r.medianMilliseconds, 2), formatted(r.maxMilliseconds, 2)) }
        print("Compiling Kernels/ (preprocess, parse, generate, verify), \(repeats) runs each:\n" + table.render())
        for t in throughput {
            print(
                "\nInterpreter on \(t.adapter): \(formatted(t.billionLaneOperationsPerSecond, 2)) billion lane-operations per second",
                "(\(t.workItems) work-items, \(String(format: "%.2e", t.laneOperations)) float operations in \(formatted(t.medianSeconds * 1e3, 1)) ms)")
        }
        print("\nOne-work-item dispatch, submit + wait, median over blocks of 10 (\(dispatches) per adapter):")
        for d in latency {
            let direct = d.directOpenCLMedianMicroseconds.map { "; clEnqueueNDRangeKernel + clFinish directly: \(formatted($0, 1)) µs" } ?? ""
            let overhead = d.overheadPercent.map { " (overhead \(formatted($0, 1)) %)" } ?? ""
            var spin = ""
            if let microseconds = d.directSpinWaitMedianMicroseconds, let percent = d.overheadOverSpinWaitPercent {
                spin = "; directly with the same spin-wait: \(formatted(microseconds, 1)) µs (overhead \(formatted(percent, 1)) %)"
            }
            print("  \(d.adapter): \(formatted(d.medianMicroseconds, 1)) µs\(direct)\(overhead)\(spin)")
        }
    }
}
