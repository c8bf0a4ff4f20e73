import Foundation
import Testing

/// Conduit as another package uses it: a throwaway package that depends on it by version
/// (`.package(url:from:)`, from a git tag of this working tree), builds, and runs a GEMM checked
/// against a float64 reference. SwiftPM refuses a versioned dependency whose targets carry unsafe
/// flags, so this fails if any library target gains one.
@Suite struct VersionedDependencyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs a command to its end; its output (both streams) and status.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, timeout: Duration = .seconds(1500)) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let log = directory.appendingPathComponent(".run-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close(); try? FileManager.default.removeItem(at: log) }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline { process.terminate(); process.waitUntilExit(); break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }

    /// The working tree's files (tracked and new, not ignored) committed to a fresh repository and
    /// tagged `version`: what a user's `.package(url:from:)` would fetch.
    static func taggedCopy(at destination: URL, version: String) throws {
        let listing = try run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], in: root)
        guard listing.status == 0 else { throw Failure(description: "git ls-files: \(listing.output)") }
        for path in listing.output.split(separator: "\n").map(String.init) where !path.isEmpty {
            let source = root.appendingPathComponent(path), target = destination.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }  // deleted, not yet committed
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: target)
        }
        for step in [
            ["git", "init", "-q"], ["git", "add", "-A"],
            ["git", "-c", "user.name=test", "-c", "user.email=test@localhost", "commit", "-qm", "release"],
            ["git", "tag", version]
        ] {
            let result = try run(step, in: destination)
            guard result.status == 0 else { throw Failure(description: "\(step.joined(separator: " ")): \(result.output)") }
        }
    }

    static let manifest = """
        // swift-tools-version: 6.1
        import PackageDescription

        let package = Package(
            name: "App",
            dependencies: [.package(url: "CONDUIT_URL", from: "1.0.0")],
            targets: [.executableTarget(name: "App", dependencies: [.product(name: "Conduit", package: "conduit")])]
        )
        """

    static let program = """
        import Conduit

        let n = 64
        let a = (0..<n * n).map { Float(($0 * 7) % 13) / 13 - 0.5 }, b = (0..<n * n).map { Float(($0 * 5) % 11) / 11 - 0.5 }
        let instance = try Instance()
        guard let adapter = try instance.adapters().first(where: { $0.backend == .cpu }) else { fatalError("no CPU adapter") }
        let device = try adapter.makeDevice()
        let x = try device.makeBuffer(array: a), y = try device.makeBuffer(array: b), z = try device.makeBuffer(length: n * n * 4)
        let commands = device.queue.makeCommandBuffer()
        try commands.gemm(x, y, z, m: n, n: n, k: n)
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        let c: [Float] = try z.read(as: Float.self)
        var worst = 0.0
        for i in 0..<n { for j in 0..<n {
            var sum = 0.0
            for p in 0..<n { sum += Double(a[i * n + p]) * Double(b[p * n + j]) }
            worst = max(worst, abs(Double(c[i * n + j]) - sum))
        } }
        print(worst < 1e-4 ? "gemm ok, largest error \\(worst)" : "gemm WRONG, largest error \\(worst)")
        """

    @Test(.timeLimit(.minutes(30)))
    func aPackageDependsOnConduitByVersionBuildsAndRunsAGEMM() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-versioned-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let library = work.appendingPathComponent("conduit"), app = work.appendingPathComponent("App")
        try Self.taggedCopy(at: library, version: "1.0.0")
        try FileManager.default.createDirectory(at: app.appendingPathComponent("Sources/App"), withIntermediateDirectories: true)
        try Self.manifest.replacingOccurrences(of: "CONDUIT_URL", with: library.absoluteString)
            .write(to: app.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try Self.program.write(to: app.appendingPathComponent("Sources/App/main.swift"), atomically: true, encoding: .utf8)

        let build = try Self.run(["swift", "build", "--product", "App"], in: app)
        #expect(build.status == 0, "\(build.output.suffix(3000))")
        #expect(!build.output.contains("unsafe build flags"))
        let resolved = (try? String(contentsOf: app.appendingPathComponent("Package.resolved"), encoding: .utf8)) ?? ""
        #expect(resolved.contains("\"version\" : \"1.0.0\""), "resolved by version: \(resolved)")
        guard build.status == 0 else { return }
        let result = try Self.run([app.appendingPathComponent(".build/debug/App").path], in: app, timeout: .seconds(120))
        #expect(result.status == 0 && result.output.contains("gemm ok"), "\(result.output)")
    }
}
