// swift-tools-version: 6.1
// The package-benchmark (ordo-one/benchmark) suite for Conduit's hot paths. A nested package, so
// the main build and `swift test` never build it. Run from this directory: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "ConduitBenchmarks",
    dependencies: [
        .package(name: "Conduit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "HotPaths",
            dependencies: [
                .product(name: "ConduitBench", package: "Conduit"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/HotPaths",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
