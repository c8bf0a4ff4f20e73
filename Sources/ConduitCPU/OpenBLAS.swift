import CConduitShims
import ConduitHAL
import COpenBLAS
#if canImport(Glibc)
    import Glibc
#endif

/// The one door to OpenBLAS: loads the library, picks its kernels, and exposes `cblas_sgemm`.
///
/// OpenBLAS (DYNAMIC_ARCH) chooses its kernels in a library constructor by reading
/// `OPENBLAS_CORETYPE`, so a `setenv` after the library loaded is too late. Conduit therefore
/// does not link OpenBLAS (COpenBLAS supplies declarations only): it `dlopen`s it on first use,
/// with the variable decided first, then puts the user's environment back as it was, so child
/// processes see what the user gave. The decision (`CONDUIT_OPENBLAS_CORETYPE`):
/// - unset or `auto`: the user's `OPENBLAS_CORETYPE` wins when set; otherwise, on a CPU with
///   the AVX-512 subset (F, CD, BW, DQ, VL), Conduit asks for `SKYLAKEX` — never slower than
///   OpenBLAS's own pick, and twice the AVX2 "Haswell" kernels' speed on 2 cores;
/// - `default`: OpenBLAS's own choice (or the user's variable);
/// - a core name (`SKYLAKEX`, `HASWELL`, ...): that core for Conduit's load, whatever
///   `OPENBLAS_CORETYPE` says (an AVX-512 core on a CPU without AVX-512 is ignored: it would
///   crash with SIGILL).
/// If something else in the process loaded OpenBLAS first, its choice stands and
/// `coreTypeChoice` says so.
package struct OpenBLAS: Sendable {
    /// `cblas_sgemm`'s C signature, from COpenBLAS's declarations.
    package typealias SGEMM =
        @convention(c) (
            CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, blasint, blasint, blasint,
            Float, UnsafePointer<Float>?, blasint, UnsafePointer<Float>?, blasint,
            Float, UnsafeMutablePointer<Float>?, blasint
        ) -> Void

    /// How the kernel set was chosen.
    package enum CoreTypeChoice: Sendable, Equatable, CustomStringConvertible {
        /// Conduit set `OPENBLAS_CORETYPE` to this value for the load.
        case conduit(String)
        /// The user's environment already had `OPENBLAS_CORETYPE`.
        case user(String)
        /// OpenBLAS chose on its own (no AVX-512, or `CONDUIT_OPENBLAS_CORETYPE=default`).
        case openBLASDefault
        /// Something else in the process loaded OpenBLAS first; its choice stands.
        case alreadyLoaded

        /// Who made the choice: `conduit`, `user`, `openblas` or `preloaded`.
        package var source: String {
            switch self {
            case .conduit: "conduit"
            case .user: "user"
            case .openBLASDefault: "openblas"
            case .alreadyLoaded: "preloaded"
            }
        }

        package var description: String {
            switch self {
            case let .conduit(value): "OPENBLAS_CORETYPE=\(value) (set by Conduit)"
            case let .user(value): "OPENBLAS_CORETYPE=\(value) (from the environment)"
            case .openBLASDefault: "OpenBLAS's own choice"
            case .alreadyLoaded: "OpenBLAS was already loaded"
            }
        }
    }

    package let sgemm: SGEMM
    /// The kernel set in use, from `openblas_get_corename` ("SkylakeX", "Haswell", ...).
    package let coreName: String
    /// From `openblas_get_config`.
    package let config: String
    package let threads: Int
    package let coreTypeChoice: CoreTypeChoice

    /// The library, loaded on first use (thread-safe: Swift initialises globals once).
    package static let shared: Result<OpenBLAS, BackendError> = load()

    private static let libraryNames = ["libopenblas.so.0", "libopenblas.so"]

    /// The kernel choice for one load: what to put in `OPENBLAS_CORETYPE` (nil: leave it), and why.
    package struct CoreTypeDecision: Equatable, Sendable {
        package var forced: String?
        package var choice: CoreTypeChoice
    }

    /// OpenBLAS cores that execute AVX-512 instructions: forcing one elsewhere would SIGILL.
    private static let avx512Cores: Set<String> = ["SKYLAKEX", "COOPERLAKE", "SAPPHIRERAPIDS"]

    /// Decides the kernels (see the type's documentation for the rules).
    package static func decide(userValue: String?, mode: String?, cpuHasAVX512: Bool, alreadyLoaded: Bool) -> CoreTypeDecision {
        if alreadyLoaded { return CoreTypeDecision(forced: nil, choice: .alreadyLoaded) }
        let mode = mode ?? "auto"
        let named = !["", "auto", "default"].contains(mode.lowercased())
        if named && (cpuHasAVX512 || !avx512Cores.contains(mode.uppercased())) {
            return CoreTypeDecision(forced: mode, choice: .conduit(mode))
        }
        if let userValue { return CoreTypeDecision(forced: nil, choice: .user(userValue)) }
        if mode.lowercased() == "default" || !cpuHasAVX512 { return CoreTypeDecision(forced: nil, choice: .openBLASDefault) }
        return CoreTypeDecision(forced: "SKYLAKEX", choice: .conduit("SKYLAKEX"))
    }

    private static func load() -> Result<OpenBLAS, BackendError> {
        let user = environment("OPENBLAS_CORETYPE")
        let decision = decide(
            userValue: user, mode: environment("CONDUIT_OPENBLAS_CORETYPE"),
            cpuHasAVX512: conduit_cpu_has_avx512_skylakex() != 0,
            alreadyLoaded: libraryNames.contains { dlopen($0, RTLD_NOW | RTLD_NOLOAD) != nil })
        let choice = decision.choice
        if let forced = decision.forced {
            // Not thread-safe against a concurrent getenv; this runs once, when the first CPU
            // backend is created, normally before the process starts other threads.
            setenv("OPENBLAS_CORETYPE", forced, 1)
        }
        defer {
            if decision.forced != nil {
                if let user { setenv("OPENBLAS_CORETYPE", user, 1) } else { unsetenv("OPENBLAS_CORETYPE") }
            }
        }
        let handle = libraryNames.lazy.compactMap { dlopen($0, RTLD_NOW | RTLD_LOCAL) }.first
        guard let handle else {
            return .failure(.unavailable("OpenBLAS is not installed (libopenblas.so.0 not found; apt-get install libopenblas0)"))
        }
        guard let sgemmSymbol = dlsym(handle, "cblas_sgemm") else {
            return .failure(.unavailable("the loaded OpenBLAS has no cblas_sgemm"))
        }
        return .success(
            OpenBLAS(
                sgemm: unsafeBitCast(sgemmSymbol, to: SGEMM.self),
                coreName: cString(handle, "openblas_get_corename") ?? "unknown",
                config: cString(handle, "openblas_get_config") ?? "unknown",
                threads: threadCount(handle),
                coreTypeChoice: choice
            ))
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func cString(_ handle: UnsafeMutableRawPointer, _ symbol: String) -> String? {
        typealias Getter = @convention(c) () -> UnsafeMutablePointer<CChar>?
        guard let raw = dlsym(handle, symbol), let text = unsafeBitCast(raw, to: Getter.self)() else { return nil }
        return String(cString: text).trimmingCharacters(in: " \n")
    }

    private static func threadCount(_ handle: UnsafeMutableRawPointer) -> Int {
        typealias Getter = @convention(c) () -> Int32
        guard let raw = dlsym(handle, "openblas_get_num_threads") else { return 1 }
        return Int(unsafeBitCast(raw, to: Getter.self)())
    }

    /// Runs `C = alpha·op(A)·op(B) + beta·C` on row-major float32 matrices.
    ///
    /// - Precondition: dimensions and leading dimensions satisfy BLAS's rules (the host checked
    ///   them; OpenBLAS would otherwise print an error and skip the call).
    package func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }
}
