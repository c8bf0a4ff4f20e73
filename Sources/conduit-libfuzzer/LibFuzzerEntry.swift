import ConduitFuzz
import Foundation

// The coverage-guided entry points for libFuzzer. Build and run (see docs/security.md):
//   swift build --scratch-path .build-fuzz -c release --sanitize=fuzzer -Xswiftc -DLIBFUZZER --product conduit-libfuzzer
//   conduit fuzz wire --write-seeds corpus/wire
//   CONDUIT_FUZZ_TARGET=wire .build-fuzz/release/conduit-libfuzzer corpus/wire -max_total_time=600
// Without -DLIBFUZZER this builds a stub that says so, so `swift build` stays unaffected.

#if LIBFUZZER
    nonisolated(unsafe) private var target = FuzzTarget.wire

    @_cdecl("LLVMFuzzerInitialize")
    public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>)
        -> Int32
    {
        let name = ProcessInfo.processInfo.environment["CONDUIT_FUZZ_TARGET"] ?? "wire"
        guard let chosen = FuzzTarget(rawValue: name) else {
            fatalError("CONDUIT_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue)), got '\(name)'")
        }
        target = chosen
        return 0
    }

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        _ = target.execute(input)
        return 0
    }
#else
    @main
    struct LibFuzzerStub {
        static func main() {
            print("conduit-libfuzzer was built without libFuzzer; build it with")
            print("  swift build --scratch-path .build-fuzz -c release --sanitize=fuzzer -Xswiftc -DLIBFUZZER --product conduit-libfuzzer")
        }
    }
#endif
