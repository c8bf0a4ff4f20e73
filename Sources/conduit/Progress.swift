import ConduitBench
import Foundation

/// A one-line progress indicator on standard error: only on a terminal, and only once a run has
/// taken about two seconds (short runs stay quiet).
final class Progress: @unchecked Sendable {
    // SAFETY: updates come from the benchmark's thread, one at a time.
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    func update(_ line: String) {
        guard enabled, ContinuousClock.now - start >= .seconds(2) else { return }
        let elapsed = ContinuousClock.now - start
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)  (\(elapsed.components.seconds) s)".utf8))
        shown = true
    }

    /// A benchmark's progress callback that shows "[step/total] label".
    var reporter: BenchmarkProgress {
        { done, total, label in self.update("[\(done + 1)/\(total)] \(label)") }
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Lets one JSON document mix values of different types.
struct AnyEncodable: Encodable {
    let encodeValue: (any Encoder) throws -> Void
    init(_ value: some Encodable) { encodeValue = value.encode }
    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}

extension AnyEncodable: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self.init(value) }
}
