/// Bugs of the reference (PoCL) that the tester recognises. When the reference's optimised build
/// alone disagrees, the program runs once more on it with the bug avoided; if it then computes
/// the hash Conduit and the unoptimised build agree on, the kept finding names the bug
/// (docs/pocl-miscompiles.md, "Why PoCL is wrong").
package enum KnownReferenceBug: String, Sendable, CaseIterable {
    /// PoCL lowers OpenCL's `abs` to LLVM's `llvm.abs` with "the most negative value is poison",
    /// so its optimiser takes `abs(INT_MIN)` as non-negative: `(ulong)as_int(abs(INT_MIN))` loses
    /// its sign extension. OpenCL defines `abs` for every value (`abs(INT_MIN)` is the `uint` 2³¹).
    case absOfTheMostNegativeValue = "abs-of-the-most-negative-value"

    /// The program with the bug avoided: `abs` replaced by a plain definition that computes the
    /// same values without `llvm.abs`.
    package func avoided(in program: GeneratedProgram) -> GeneratedProgram {
        var avoiding = program
        avoiding.source = Self.plainAbs + avoiding.source
        return avoiding
    }

    private static let plainAbs = """
        #define CONDUIT_ABS(T, U) \\
            __attribute__((overloadable)) U conduit_abs(T x) { return x < (T)0 ? (U)0 - (U)x : (U)x; }
        #define CONDUIT_ABSV(T, U) \\
            __attribute__((overloadable)) U conduit_abs(T x) { return as_##U(select(as_##U(x), (U)0 - as_##U(x), x < (T)0)); }
        #define CONDUIT_ABS_ALL(S, US) CONDUIT_ABS(S, US) CONDUIT_ABS(US, US) \\
            CONDUIT_ABSV(S##2, US##2) CONDUIT_ABSV(S##3, US##3) CONDUIT_ABSV(S##4, US##4) CONDUIT_ABSV(S##8, US##8) \\
            CONDUIT_ABSV(S##16, US##16) CONDUIT_ABSV(US##2, US##2) CONDUIT_ABSV(US##3, US##3) CONDUIT_ABSV(US##4, US##4) \\
            CONDUIT_ABSV(US##8, US##8) CONDUIT_ABSV(US##16, US##16)
        CONDUIT_ABS_ALL(char, uchar) CONDUIT_ABS_ALL(short, ushort) CONDUIT_ABS_ALL(int, uint) CONDUIT_ABS_ALL(long, ulong)
        #define abs(x) conduit_abs(x)

        """
}
