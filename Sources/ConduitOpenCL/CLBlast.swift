import COpenCL
#if canImport(Glibc)
    import Glibc
#endif

/// CLBlast's `CLBlastSgemm`, loaded with dlopen when the library is installed (libclblast1).
/// Not linked, so Conduit builds and runs without it; OpenCL adapters then use Conduit's own
/// GEMM kernel.
enum CLBlast {
    /// `CLBlastSgemm(layout, transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, queue*, event*)`,
    /// with layout 101 = row-major and transposes 111 = no, 112 = yes; returns 0 on success.
    typealias Sgemm =
        @convention(c) (
            Int32, Int32, Int32, Int, Int, Int, Float, cl_mem?, Int, Int, cl_mem?, Int, Int, Float, cl_mem?, Int, Int,
            UnsafeMutablePointer<cl_command_queue?>?, UnsafeMutablePointer<cl_event?>?
        ) -> Int32

    static let sgemm: Sgemm? = {
        for name in ["libclblast.so.1", "libclblast.so"] {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(handle, "CLBlastSgemm") {
                return unsafeBitCast(symbol, to: Sgemm.self)
            }
        }
        return nil
    }()
}
