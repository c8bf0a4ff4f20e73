// swift-tools-version: 6.1
import PackageDescription

/// The library targets carry no unsafe flags, so Conduit can be a versioned dependency
/// (`.package(url:from:)`): they build for baseline x86-64, and their one loop that needs
/// AVX2+FMA (the interpreter's fused multiply-add) chooses it at run time (CConduitShims/lanes.c).
/// The tools (CLI, fuzzers, benchmarks) are built for `haswell`, the portable baseline of
/// reference/swift-on-this-machine.md (`native` could SIGILL on another CPU); set
/// `CONDUIT_TARGET_CPU=none` to build them for baseline x86-64 too.
let targetCPU: [SwiftSetting] = {
    #if arch(x86_64)
        let cpu = Context.environment["CONDUIT_TARGET_CPU"] ?? "haswell"
        return cpu == "none" ? [] : [.unsafeFlags(["-target-cpu", cpu])]
    #else
        return []
    #endif
}()

let package = Package(
    name: "Conduit",
    products: [
        .library(name: "Conduit", targets: ["Conduit"]),
        // For the package-benchmark suite in Benchmarks/ (a nested package).
        .library(name: "ConduitBench", targets: ["ConduitBench"]),
        .executable(name: "conduit", targets: ["conduit"]),
        // The OpenCL installable client driver: libConduitICD.so, for ocl-icd and the Khronos loader
        // (`conduit icd path`, `conduit icd install`).
        .library(name: "ConduitICD", type: .dynamic, targets: ["ConduitICD"]),
        // libFuzzer entry points (coverage-guided fuzzing; see docs/security.md).
        .executable(name: "conduit-libfuzzer", targets: ["conduit-libfuzzer"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // FileDescriptor for the file descriptors the runtime hands out.
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        // `swift package generate-documentation --target Conduit` (DocC).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Remote hosts: TCP with SwiftNIO, TLS 1.3 with swift-nio-ssl, X.509 for `conduit host make-certs`.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4")
    ],
    targets: [
        // C libraries and syscalls Swift cannot reach directly.
        // COpenBLAS gives declarations only, found through Debian's /usr/include alternatives. It
        // names no pkg-config package on purpose: SwiftPM would add pkg-config's -lopenblas to
        // every link, OpenBLAS would then load (and pick its kernels from OPENBLAS_CORETYPE)
        // before any Conduit code runs. Conduit dlopens it instead (ConduitCPU/OpenBLAS.swift).
        .systemLibrary(name: "COpenBLAS", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "COpenCL", pkgConfig: "OpenCL", providers: [.apt(["ocl-icd-opencl-dev", "opencl-headers"])]),
        .target(name: "CConduitShims"),
        // The TLS of a client's connection to a remote host, on the client's own socket (ConduitNet/TLSClientSession.swift).
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        // The ICD's dispatch table and the symbols the loaders look up by name.
        .target(name: "CConduitICD"),

        // Layers, bottom up: shared types; the wire; backends under the HAL; the host; the public
        // runtime on top. No backend imports the wire.
        .target(name: "ConduitTypes"),
        .target(name: "ConduitWire", dependencies: ["CConduitShims", "ConduitTypes"]),
        .target(name: "ConduitKernel"),
        .target(name: "ConduitHAL", dependencies: ["ConduitTypes", "ConduitKernel"]),
        .target(name: "ConduitCPU", dependencies: ["ConduitHAL", "ConduitTypes", "ConduitKernel", "COpenBLAS", "CConduitShims"]),
        .target(name: "ConduitOpenCL", dependencies: ["ConduitHAL", "ConduitTypes", "ConduitKernel", "COpenCL", "CConduitShims"]),
        .target(name: "ConduitHost", dependencies: ["ConduitWire", "ConduitHAL", "ConduitCPU", "ConduitOpenCL"]),
        // The wire over TCP and TLS: the host's listener and the client's transport (docs/remote.md).
        .target(
            name: "ConduitNet",
            dependencies: [
                "ConduitWire", "ConduitHost", "COpenSSL", "CConduitShims",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1")
            ]),
        .target(
            name: "Conduit",
            dependencies: [
                "ConduitWire", "ConduitHost", "ConduitKernel", "ConduitNet",
                .product(name: "SystemPackage", package: "swift-system"),
                // SHA-256 of bytecode, so a host is sent each module once (LibraryRegistry).
                .product(name: "Crypto", package: "swift-crypto")
            ]),
        // OpenCL's C API over the public runtime (docs/icd.md).
        .target(name: "ConduitICD", dependencies: ["Conduit", "CConduitICD", "COpenCL"]),
        // Hostile-input harnesses: mutation fuzzing of the wire, the bytecode and the compiler.
        // Also the compiler's differential tester, which runs programs through the public runtime and on OpenCL directly.
        .target(
            name: "ConduitFuzz",
            dependencies: ["Conduit", "COpenCL", "CConduitShims", "ConduitWire", "ConduitHost", "ConduitKernel", "ConduitCPU", "ConduitHAL"],
            swiftSettings: targetCPU),
        .executableTarget(name: "conduit-libfuzzer", dependencies: ["ConduitFuzz"], swiftSettings: targetCPU),
        .target(
            name: "ConduitBench", dependencies: ["Conduit", "ConduitCPU", "ConduitKernel", "ConduitNet", "COpenCL", "CConduitShims"], swiftSettings: targetCPU),
        .executableTarget(
            name: "conduit",
            dependencies: [
                "CConduitShims", "Conduit", "ConduitBench", "ConduitFuzz", "ConduitHost", "ConduitKernel", "ConduitNet",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: targetCPU
        ),

        // What the test targets share: deterministic inputs, byte views, a null backend for host tests.
        .target(name: "ConduitTestSupport", dependencies: ["ConduitHAL", "ConduitTypes", "ConduitKernel"], path: "Tests/ConduitTestSupport"),
        .testTarget(name: "ConduitWireTests", dependencies: ["ConduitWire"]),
        .testTarget(name: "ConduitKernelTests", dependencies: ["ConduitKernel"], exclude: ["Snapshots"]),
        .testTarget(name: "ConduitOpenCLTests", dependencies: ["ConduitOpenCL", "ConduitHAL", "ConduitKernel"]),
        .testTarget(name: "ConduitCPUTests", dependencies: ["ConduitCPU", "ConduitHAL", "ConduitFuzz", "ConduitTestSupport"]),
        .testTarget(name: "ConduitFuzzTests", dependencies: ["ConduitFuzz"], exclude: ["Regressions", "CompilerDiffRegressions"]),
        .testTarget(name: "ConduitHostTests", dependencies: ["ConduitHost", "ConduitWire", "ConduitHAL", "ConduitKernel", "ConduitTestSupport"]),
        .testTarget(
            name: "ConduitTests", dependencies: ["Conduit", "ConduitCPU", "ConduitNet", "ConduitWire", "ConduitTestSupport", "conduit"],
            // C programs the ICD tests build with the system compiler and run against libConduitICD.so.
            exclude: ["ICDPrograms"]),
        // Runs the built `conduit` executable as a user would; depending on it makes sure it is built.
        .testTarget(name: "ConduitCLITests", dependencies: ["conduit"]),
        // Builds a throwaway package that depends on Conduit by version (no unsafe flags allowed).
        .testTarget(name: "ConduitPackagingTests")
    ],
    swiftLanguageModes: [.v6]
)
