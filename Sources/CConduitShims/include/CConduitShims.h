#pragma once
#include <stdint.h>

/// Whether the CPU supports the AVX-512 subset OpenBLAS's SKYLAKEX kernels use (F, CD, BW, DQ, VL).
/// Corresponds to __builtin_cpu_supports("avx512f") and friends.
int conduit_cpu_has_avx512_skylakex(void);

/// Whether the CPU supports AVX2 and FMA (what -target-cpu haswell code needs).
int conduit_cpu_has_avx2_fma(void);
