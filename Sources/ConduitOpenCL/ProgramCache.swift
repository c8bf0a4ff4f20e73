import COpenCL
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Built OpenCL programs on disk, so a program is compiled once per device and driver, not once
/// per process. The directory is `CONDUIT_CACHE_DIR`, else `$XDG_CACHE_HOME/conduit/opencl`,
/// else `~/.cache/conduit/opencl`.
///
/// An entry holds the exact source next to the binary and is used only when that source matches
/// (a hash collision, crafted or not, is a miss). Entries are written to a temporary file and
/// renamed into place; anything unreadable or corrupt is a miss, never a crash. The directory
/// keeps at most `entryLimit` entries: a store past it removes the least recently used (a hit
/// touches its entry), so clients building ever new variants cannot fill the disk.
struct ProgramCache {
    let directory: URL?
    let entryLimit: Int

    init(environment: [String: String] = ProcessInfo.processInfo.environment, entryLimit: Int = 1024) {
        self.entryLimit = max(1, entryLimit)
        if let explicit = environment["CONDUIT_CACHE_DIR"], !explicit.isEmpty {
            directory = URL(fileURLWithPath: explicit)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            directory = URL(fileURLWithPath: xdg).appendingPathComponent("conduit/opencl")
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = URL(fileURLWithPath: home).appendingPathComponent(".cache/conduit/opencl")
        } else {
            directory = nil
        }
    }

    /// FNV-1a over the bytes, twice with different bases: a file name, not a proof of identity.
    static func key(_ parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in parts.joined(separator: "\u{1}").utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 1
        }
        return String(format: "%016llx%016llx", a, b)
    }

    private func file(_ key: String) -> URL? { directory?.appendingPathComponent(key + ".clbin") }

    /// The cached binary for `source`, if a valid entry exists.
    func binary(key: String, source: String) -> [UInt8]? {
        guard let file = file(key), let data = try? Data(contentsOf: file), data.count > 8 else { return nil }
        let bytes = [UInt8](data)
        let sourceLength = Int(bytes[0..<8].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) })
        guard sourceLength <= bytes.count - 8, String(decoding: bytes[8..<8 + sourceLength], as: UTF8.self) == source else { return nil }
        let binary = Array(bytes[(8 + sourceLength)...])
        guard !binary.isEmpty else { return nil }
        utimes(file.path, nil)  // now: recently used
        return binary
    }

    /// Stores a binary (best effort: a read-only or full disk only costs a rebuild next time).
    func store(key: String, source: String, binary: [UInt8]) {
        guard let directory, let file = file(key) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sourceBytes = Array(source.utf8)
        var data = Data()
        withUnsafeBytes(of: UInt64(sourceBytes.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: sourceBytes)
        data.append(contentsOf: binary)
        let temporary = directory.appendingPathComponent(".\(key).\(UUID().uuidString).tmp")
        // rename(2) replaces the entry atomically: readers see the old file or the new one, never half.
        guard (try? data.write(to: temporary)) != nil, rename(temporary.path, file.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return
        }
        prune(directory)
    }

    /// Removes the least recently used entries past `entryLimit` (best effort, like `store`).
    private func prune(_ directory: URL) {
        let key = URLResourceKey.contentModificationDateKey
        guard let files = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [key]) else { return }
        let entries = files.filter { $0.pathExtension == "clbin" }
        guard entries.count > entryLimit else { return }
        let used = entries.map { ($0, (try? $0.resourceValues(forKeys: [key]).contentModificationDate) ?? .distantPast) }
        for (file, _) in used.sorted(by: { $0.1 < $1.1 }).prefix(entries.count - entryLimit) {
            try? FileManager.default.removeItem(at: file)
        }
    }

    /// The binary of a built single-device program. Corresponds to clGetProgramInfo(CL_PROGRAM_BINARIES).
    static func binary(of program: cl_program) -> [UInt8]? {
        var size = 0
        guard clGetProgramInfo(program, cl_program_info(CL_PROGRAM_BINARY_SIZES), MemoryLayout<Int>.size, &size, nil) == CL_SUCCESS,
            size > 0
        else { return nil }
        var binary = [UInt8](repeating: 0, count: size)
        let status = binary.withUnsafeMutableBufferPointer { buffer -> cl_int in
            var pointer: UnsafeMutablePointer<UInt8>? = buffer.baseAddress
            return clGetProgramInfo(program, cl_program_info(CL_PROGRAM_BINARIES), MemoryLayout<UnsafeMutablePointer<UInt8>?>.size, &pointer, nil)
        }
        return status == CL_SUCCESS ? binary : nil
    }
}
