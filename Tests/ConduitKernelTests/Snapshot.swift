import Foundation
import Testing

/// Compares text with a file under Snapshots/; `CONDUIT_UPDATE_SNAPSHOTS=1` rewrites the file.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func files(in folder: String, ending suffix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(suffix) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func check(_ text: String, against file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["CONDUIT_UPDATE_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "\(file.lastPathComponent) differs (CONDUIT_UPDATE_SNAPSHOTS=1 rewrites it)", sourceLocation: sourceLocation)
    }
}
