import ArgumentParser
import Foundation

/// `conduit icd`: where the OpenCL ICD is, and registering it with the ICD loaders.
struct ICDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "icd",
        abstract: "The OpenCL installable client driver: unmodified OpenCL programs reach Conduit's adapters through it.",
        discussion: """
            Without installing: OCL_ICD_VENDORS=$(conduit icd path) clinfo
            Installed for every program: conduit icd install (writes /etc/OpenCL/vendors/conduit.icd)
            The ICD honours CONDUIT_HOST (embedded by default, unix for a `conduit host` daemon) and
            CONDUIT_VISIBLE_ADAPTERS (e.g. 1,0: which adapters are devices, in that order).
            """,
        subcommands: [Path.self, Install.self]
    )

    /// `libConduitICD.so` next to this executable (SwiftPM builds both into the same directory).
    static func library() throws -> String {
        let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = directory.appendingPathComponent("libConduitICD.so").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError(
                "no libConduitICD.so next to \(directory.path)/conduit; build it with `swift build --product ConduitICD` (same configuration)")
        }
        return path
    }

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the ICD library's absolute path (for OCL_ICD_VENDORS).")

        func run() throws { print(try ICDCommand.library()) }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register the ICD: write conduit.icd, naming the library, into the loaders' vendors directory.")

        @Option(help: "The vendors directory (ocl-icd and the Khronos loader read /etc/OpenCL/vendors).")
        var vendorsDir = "/etc/OpenCL/vendors"

        func run() throws {
            let library = try ICDCommand.library()
            try FileManager.default.createDirectory(atPath: vendorsDir, withIntermediateDirectories: true)
            let file = URL(fileURLWithPath: vendorsDir).appendingPathComponent("conduit.icd")
            try Data((library + "\n").utf8).write(to: file, options: .atomic)
            print("wrote \(file.path) -> \(library)")
        }
    }
}
