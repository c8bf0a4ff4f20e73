import Foundation
import Testing

/// Runs the `conduit` binary built next to this test bundle.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        }
    }

    static var executable: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("conduit").path
    }

    static func run(_ arguments: [String], environment changes: [String: String?] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in changes { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static var cpuHasAVX512: Bool {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(info.contains)
    }
}

@Suite(.serialized) struct CLITests {
    /// `compile --emit-opencl --local-size` prints the kernel as a dispatch of that work-group
    /// size builds it: n-body's tile loop then reads local memory without checks.
    @Test func emitOpenCLSpecialisesForAWorkGroupSize() throws {
        let output = try CLI.run(["compile", "Kernels/nbody.cl", "--emit-opencl", "--local-size", "256", "--local-bytes", "4096"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("= 256UL;  // get_local_size(0), as specialised"))
        #expect(output.stdout.components(separatedBy: "(lmem + ((").count - 1 == 8)
        #expect(!output.stdout.contains("lo_ |="))
        let general = try CLI.run(["compile", "Kernels/nbody.cl", "--emit-opencl"])
        #expect(general.stdout.contains("lo_ |="))
    }

    @Test func theBinaryWasBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.executable), "\(CLI.executable)")
    }

    @Test func adaptersPrintsAnAlignedTable() throws {
        let output = try CLI.run(["adapters"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("#") && $0.contains("name") && $0.contains("backend") })
        #expect(lines.contains { $0.contains("Conduit CPU") && $0.contains("cpu") })
    }

    @Test func adaptersJSONListsTheCPUAdapterWithItsProperties() throws {
        let json = try CLI.run(["adapters", "--json"]).json()
        let adapters = try #require(json["adapters"] as? [[String: Any]])
        let cpu = try #require(adapters.first { $0["backend"] as? String == "cpu" })
        #expect(cpu["isHardware"] as? Bool == false)
        #expect(cpu["isComputeOnly"] as? Bool == true)
        #expect((cpu["computeUnits"] as? Int ?? 0) >= 1)
        #expect((cpu["memoryBytes"] as? Int ?? 0) > 0)
        #expect((cpu["maxBufferLength"] as? Int ?? 0) > 0)
        #expect(cpu["deviceType"] as? String == "cpu")
    }

    @Test func benchMatmulJSONReportsAVerifiedResultAndTheRatioToDirectOpenBLAS() throws {
        let output = try CLI.run(["bench", "matmul", "--size", "96", "--iterations", "2", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try output.json()
        let results = try #require(json["results"] as? [[String: Any]])
        let cpu = try #require(results.first { $0["backend"] as? String == "cpu" })
        #expect(cpu["verified"] as? Bool == true)
        #expect((cpu["gflops"] as? Double ?? 0) > 0)
        #expect((cpu["directOpenBLASGflops"] as? Double ?? 0) > 0)
        #expect((cpu["ratioToDirect"] as? Double ?? 0) > 0)
        #expect((cpu["directSameKernelGflops"] as? Double ?? 0) > 0)
        #expect(cpu["adapter"] as? String != nil)
    }

    @Test func conduitChoosesFastKernelsButTheChildKeepsTheUsersEnvironment() throws {
        // The user's environment asks for Haswell; Conduit is told to use SkylakeX for itself.
        let output = try CLI.run(
            ["bench", "matmul", "--size", "32", "--iterations", "1", "--json"],
            environment: ["OPENBLAS_CORETYPE": "Haswell", "CONDUIT_OPENBLAS_CORETYPE": "SKYLAKEX"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try output.json()
        let conduit = try #require(json["openBLAS"] as? [String: Any])
        let child = try #require(json["directOpenBLASDefaultKernel"] as? [String: Any])
        #expect(child["coreName"] as? String == "Haswell", "the default-choice reference sees the user's OPENBLAS_CORETYPE")
        if CLI.cpuHasAVX512 {
            #expect(conduit["coreName"] as? String == "SkylakeX")
            #expect(conduit["chosenBy"] as? String == "conduit")
        }
    }

    @Test func aUserSetCoreTypeIsRespected() throws {
        let output = try CLI.run(
            ["bench", "matmul", "--size", "32", "--iterations", "1", "--json"],
            environment: ["OPENBLAS_CORETYPE": "Haswell", "CONDUIT_OPENBLAS_CORETYPE": nil])
        let blas = try #require(try output.json()["openBLAS"] as? [String: Any])
        #expect(blas["coreName"] as? String == "Haswell")
        #expect(blas["chosenBy"] as? String == "user")
    }

    @Test func withNothingSetConduitPicksTheAVX512Kernels() throws {
        let output = try CLI.run(
            ["bench", "matmul", "--size", "32", "--iterations", "1", "--json"],
            environment: ["OPENBLAS_CORETYPE": nil, "CONDUIT_OPENBLAS_CORETYPE": nil])
        let blas = try #require(try output.json()["openBLAS"] as? [String: Any])
        if CLI.cpuHasAVX512 {
            #expect(blas["coreName"] as? String == "SkylakeX")
            #expect(blas["chosenBy"] as? String == "conduit")
        } else {
            #expect(blas["chosenBy"] as? String == "openblas")
        }
    }

    @Test func aMatmulSweepPrintsCSVAndDrawsAPlot() throws {
        let plot = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-sweep-\(getpid()).svg").path
        defer { try? FileManager.default.removeItem(atPath: plot) }
        let output = try CLI.run(["bench", "matmul", "--sizes", "32,64", "--iterations", "1", "--adapter", "0", "--csv", "--plot", plot])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("size,adapter_index,adapter") == true)
        #expect(lines.count == 5)  // header + 2 sizes × 2 methods
        #expect(lines.dropFirst().allSatisfy { $0.contains(",true,") }, "every point verified")
        let svg = try String(contentsOfFile: plot, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("</svg>"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2, "one line per adapter and method")
        #expect(svg.contains("gemm") && svg.contains("tiled kernel") && svg.contains("GFLOP/s"))
    }

    @Test(arguments: [
        (["bench", "matmul", "--size", "0"], "--size must be 1...16384, got 0"),
        (["bench", "matmul", "--iterations", "0"], "--iterations must be 1...1000, got 0"),
        (["bench", "matmul", "--adapter", "99"], "no adapter 99"),
        (["bench", "matmul", "--adapter", "quantum"], "no adapter matches 'quantum'"),
        (["bench", "matmul", "--sizes", "64,100"], "--sizes must be multiples of 16"),
        (["bench", "matmul", "--sizes", "64,abc"], "--sizes must be a comma-separated list"),
        (["bench", "matmul", "--sizes", "64", "--plot", "/nonexistent-dir/plot.svg"], "cannot write the plot to '/nonexistent-dir/plot.svg'"),
        (["bench", "matmul", "--plot", "x.svg"], "--plot and --csv go with --sizes"),
        (["bench", "nbody", "--iterations", "0"], "--iterations must be 1...10000, got 0"),
        (["bench", "latency", "--host", "tcp:1"], "--host must be 'unix', 'unix:PATH' or 'tcp://HOST:PORT'"),
        (["host", "--listen", "nowhere"], "--listen must be HOST:PORT"),
        (["host", "--listen", "127.0.0.1:0", "--cert", "/nonexistent.pem"], "TLS needs all of --cert, --key and --client-ca"),
        (["bench", "kernels", "--dispatches", "5"], "--dispatches must be 10...1000000, got 5"),
        (["compile", "Kernels/saxpy.cl", "--emit-opencl", "--watchdog-ms", "9223372036854775807"], "--watchdog-ms must be 0...86400000"),
        (["compile", "Kernels/nbody.cl", "--emit-opencl", "--local-size", "0"], "--local-size must be 1 to 3 comma-separated sizes of 1...65536, got '0'"),
        (["compile", "Kernels/nbody.cl", "--emit-opencl", "--local-size", "8,8,8,8"], "--local-size must be 1 to 3"),
        (["compile", "Kernels/nbody.cl", "--emit-opencl", "--local-size", "x"], "--local-size must be 1 to 3"),
        (["compile", "Kernels/nbody.cl", "--emit-opencl", "--local-bytes", "99999999"], "--local-bytes must be 0...16777216, got 99999999"),
        (["bench", "kernels", "--adapter", "nonesuch"], "no adapter matches 'nonesuch'"),
        (["smi", "--socket", "/nonexistent/conduit.sock"], "cannot reach the Conduit host at unix:/nonexistent/conduit.sock")
    ])
    func badInputGivesAOneLineErrorAndNonZeroExit(_ arguments: [String], _ message: String) throws {
        let output = try CLI.run(arguments)
        #expect(output.status != 0)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }
}

@Suite struct ICDCommandTests {
    /// `conduit icd path` prints the library built next to it; `install` registers it in a
    /// vendors directory as the loaders expect (one line: the library's path).
    @Test func pathAndInstall() throws {
        let path = try CLI.run(["icd", "path"])
        #expect(path.status == 0, "\(path.stderr)")
        let library = path.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(library.hasPrefix("/") && library.hasSuffix("/libConduitICD.so"))
        #expect(FileManager.default.fileExists(atPath: library))
        let vendors = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-vendors-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: vendors) }
        let install = try CLI.run(["icd", "install", "--vendors-dir", vendors])
        #expect(install.status == 0, "\(install.stderr)")
        let registered = try String(contentsOfFile: vendors + "/conduit.icd", encoding: .utf8)
        #expect(registered == library + "\n")
    }
}
