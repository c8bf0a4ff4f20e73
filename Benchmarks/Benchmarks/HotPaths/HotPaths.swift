import Benchmark
import ConduitBench

/// Conduit's hot paths under package-benchmark: wall clock, CPU time, allocations and context
/// switches per operation. `swift package benchmark` in Benchmarks/ runs them.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .contextSwitches],
                                           maxDuration: .seconds(3), maxIterations: 100_000)

    let wire = HotPaths.WireRoundTrip()
    Benchmark("wire: encode + decode a submit frame") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try wire.run()) }
    }

    Benchmark("compile: Kernels/saxpy.cl") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try HotPaths.compile(builtin: "saxpy")) }
    }
    Benchmark("compile: Kernels/nbody.cl") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try HotPaths.compile(builtin: "nbody")) }
    }

    guard let embedded = try? HotPaths.Embedded(gemmSize: 64) else { return }
    Benchmark("submit + wait: empty command buffer (embedded host)") { benchmark in
        for _ in benchmark.scaledIterations { try embedded.emptySubmit() }
    }
    Benchmark("interpreter: one-work-item dispatch, submit + wait") { benchmark in
        for _ in benchmark.scaledIterations { try embedded.tinyDispatch() }
    }
    Benchmark("gemm: 64×64×64 on the CPU adapter") { benchmark in
        for _ in benchmark.scaledIterations { try embedded.smallGEMM() }
    }
}
