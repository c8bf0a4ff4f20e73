import Conduit
import Foundation
import Testing

/// Unmodified OpenCL programs through Conduit's ICD: C programs built with the system compiler,
/// linked with -lOpenCL (Debian's ocl-icd loader) and run with OCL_ICD_VENDORS naming a vendors
/// directory that holds conduit.icd (and PoCL's, so the embedded host's OpenCL backend finds
/// PoCL while Conduit's own platform is installed: no recursion). Each program checks its results
/// against the same computation done in C, and the spec's error codes.
@Suite("OpenCL ICD")
struct ICDTests {
    /// Where the Conduit device lives and which adapter it is. The remote setups give the program
    /// two TLS hosts at once (`CONDUIT_HOST=tcp://A,tcp://B`) and run it on the second host's adapter.
    enum Setup: String, CaseIterable, CustomTestStringConvertible {
        case cpuEmbedded, openCLEmbedded, cpuDaemon, openCLDaemon, cpuRemote, openCLRemote
        var testDescription: String { rawValue }
    }

    static let programs = ["platform_device", "memory", "programs_kernels", "events"]
    /// Programs that use every device at once, run with all adapters visible.
    static let multiDevicePrograms = ["multi_device"]

    @Test(arguments: programs, Setup.allCases)
    func cProgram(_ name: String, _ setup: Setup) throws {
        let binary = try #require(try ICDFixture.shared.get().binaries[name])
        var environment = try ICDFixture.shared.get().environment
        switch setup {
        case .cpuEmbedded: environment["CONDUIT_VISIBLE_ADAPTERS"] = "0"
        case .openCLEmbedded: environment["CONDUIT_VISIBLE_ADAPTERS"] = "1"
        case .cpuDaemon, .openCLDaemon:
            let host = try #require(SpawnedHost.shared, "no conduit host: \(SpawnedHost.started)")
            environment["CONDUIT_HOST"] = "unix:" + host.socketPath
            environment["CONDUIT_VISIBLE_ADAPTERS"] = setup == .cpuDaemon ? "0" : "1"
        case .cpuRemote, .openCLRemote:
            let hosts = try SpawnedTCPHost.sharedPair.get()
            environment.merge(try SpawnedTCPHost.clientEnvironment()) { $1 }
            environment["CONDUIT_HOST"] = Instance.HostLocation.list(hosts.map(\.location)).description
            let perHost = try Instance().adapters().count
            environment["CONDUIT_VISIBLE_ADAPTERS"] = "\(perHost + (setup == .cpuRemote ? 0 : 1))"
        }
        let result = try run(binary, [], environment: environment)
        #expect(result.status == 0, "\(name) on \(setup):\n\(result.output)")
        #expect(result.output.contains("\(name): all checks passed"))
    }

    /// A context of every device: the embedded host's adapters, then those of two TLS hosts.
    @Test(arguments: [false, true])
    func aContextOfEveryDevicePlacesEachBufferOnTheDeviceThatUsesIt(remote: Bool) throws {
        let binary = try #require(try ICDFixture.shared.get().binaries["multi_device"])
        var environment = try ICDFixture.shared.get().environment
        if remote {
            environment.merge(try SpawnedTCPHost.clientEnvironment()) { $1 }
            environment["CONDUIT_HOST"] = Instance.HostLocation.list(try SpawnedTCPHost.sharedPair.get().map(\.location)).description
        }
        let result = try run(binary, [], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("multi_device: all checks passed"))
    }

    /// Debian's clinfo, unmodified, lists the platform and a device per adapter.
    @Test func clinfoListsConduit() throws {
        let environment = try ICDFixture.shared.get().environment
        let result = try run("/usr/bin/clinfo", [], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("Platform Name Conduit"))
        #expect(lines.contains("Platform Extensions function suffix conduit"))
        let adapters = try Instance().adapters()
        for adapter in adapters { #expect(lines.contains("Device Name \(adapter.name)"), "no device \(adapter.name)") }
        // clinfo builds a kernel of its own (macros pasting empty arguments) and asks its work-group size.
        #expect(!result.output.contains("create kernel : error"), "\(result.output)")
    }

    /// One program, two hosts on the network: clinfo lists every adapter of both.
    @Test func clinfoListsTheAdaptersOfTwoRemoteHosts() throws {
        let hosts = try SpawnedTCPHost.sharedPair.get()
        var environment = try ICDFixture.shared.get().environment.merging(try SpawnedTCPHost.clientEnvironment()) { $1 }
        environment["CONDUIT_HOST"] = Instance.HostLocation.list(hosts.map(\.location)).description
        let result = try run("/usr/bin/clinfo", [], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        let devices = result.output.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Device Name") }
        let local = try Instance().adapters()
        let conduitDevices = devices.filter { line in local.contains { line.hasSuffix($0.name) } }
        #expect(conduitDevices.count >= 2 * local.count, "\(result.output)")
    }

    /// CONDUIT_VISIBLE_ADAPTERS reorders and hides adapters for every Instance, the ICD's included.
    @Test func visibleAdaptersChooseTheDevices() throws {
        var environment = try ICDFixture.shared.get().environment
        environment["CONDUIT_VISIBLE_ADAPTERS"] = "1,0"
        let result = try run("/usr/bin/clinfo", ["-l"], environment: environment)
        let all = try Instance().adapters()
        try #require(all.count >= 2)
        let conduit = result.output.components(separatedBy: "Platform #").first { $0.contains("Conduit") } ?? ""
        let first = try #require(conduit.range(of: all[1].name)), second = try #require(conduit.range(of: all[0].name))
        #expect(first.lowerBound < second.lowerBound, "\(result.output)")
    }
}

/// The built ICD, a vendors directory naming it (and PoCL), and the C programs compiled once.
struct ICDFixture {
    static let shared = Result { try ICDFixture() }

    let directory: URL
    let environment: [String: String]
    let binaries: [String: String]

    init() throws {
        let build = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let library = build.appendingPathComponent("libConduitICD.so").path
        guard FileManager.default.fileExists(atPath: library) else { throw ConduitError(.invalidObject, "no \(library)") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-icd-\(getpid())")
        let vendors = directory.appendingPathComponent("vendors")
        try FileManager.default.createDirectory(at: vendors, withIntermediateDirectories: true)
        try Data((library + "\n").utf8).write(to: vendors.appendingPathComponent("conduit.icd"))
        let system = URL(fileURLWithPath: "/etc/OpenCL/vendors")
        for file in (try? FileManager.default.contentsOfDirectory(atPath: system.path)) ?? [] where file != "conduit.icd" {
            try? FileManager.default.copyItem(at: system.appendingPathComponent(file), to: vendors.appendingPathComponent(file))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["OCL_ICD_VENDORS"] = vendors.path
        environment["CONDUIT_HOST"] = nil
        environment["CONDUIT_VISIBLE_ADAPTERS"] = nil
        self.environment = environment

        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ICDPrograms")
        let compiler = try #require(["cc", "clang", "gcc"].lazy.compactMap(Self.which).first, "no C compiler")
        var binaries: [String: String] = [:]
        for name in ICDTests.programs + ICDTests.multiDevicePrograms {
            let output = directory.appendingPathComponent(name).path
            let result = try run(
                compiler, ["-O1", "-Wall", "-Werror", "-o", output, sources.appendingPathComponent("\(name).c").path, "-lOpenCL", "-lpthread"],
                environment: ProcessInfo.processInfo.environment)
            guard result.status == 0 else { throw ConduitError(.internalError, "\(name).c did not build:\n\(result.output)") }
            binaries[name] = output
        }
        self.binaries = binaries
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Runs a program to completion; its exit status and its output and errors together.
func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
