// The interpreter's fused multiply-add over a register's lanes. Built for baseline x86-64 (the
// library carries no -target-cpu, so it can be a versioned dependency), a fused multiply-add is
// a libm call per element there; here each loop is also compiled for AVX2+FMA, and the CPU
// chooses at run time. Both versions round once (fused), so results never depend on the CPU.
#include "CConduitShims.h"
#include <math.h>

#if defined(__x86_64__)
__attribute__((target("avx2,fma"))) static void fma_f32_avx2(float *d, const float *a, const float *b, const float *c, long n) {
    for (long i = 0; i < n; i++) d[i] = __builtin_fmaf(a[i], b[i], c[i]);
}
__attribute__((target("avx2,fma"))) static void fma_f64_avx2(double *d, const double *a, const double *b, const double *c, long n) {
    for (long i = 0; i < n; i++) d[i] = __builtin_fma(a[i], b[i], c[i]);
}
#endif

static void fma_f32_generic(float *d, const float *a, const float *b, const float *c, long n) {
    for (long i = 0; i < n; i++) d[i] = fmaf(a[i], b[i], c[i]);
}
static void fma_f64_generic(double *d, const double *a, const double *b, const double *c, long n) {
    for (long i = 0; i < n; i++) d[i] = fma(a[i], b[i], c[i]);
}

/// 1 where the AVX2+FMA loops may run; decided once (a benign race: every thread decides alike).
static int use_avx2_fma(void) {
    static int decided = -1;
    if (decided < 0) decided = conduit_cpu_has_avx2_fma();
    return decided;
}

void conduit_fma_f32(float *d, const float *a, const float *b, const float *c, long n) {
#if defined(__x86_64__)
    if (use_avx2_fma()) { fma_f32_avx2(d, a, b, c, n); return; }
#endif
    fma_f32_generic(d, a, b, c, n);
}

void conduit_fma_f64(double *d, const double *a, const double *b, const double *c, long n) {
#if defined(__x86_64__)
    if (use_avx2_fma()) { fma_f64_avx2(d, a, b, c, n); return; }
#endif
    fma_f64_generic(d, a, b, c, n);
}
