#pragma once
#include <stdint.h>

/// Whether the CPU supports the AVX-512 subset OpenBLAS's SKYLAKEX kernels use (F, CD, BW, DQ, VL).
/// Corresponds to __builtin_cpu_supports("avx512f") and friends.
int conduit_cpu_has_avx512_skylakex(void);

/// Whether the CPU supports AVX2 and FMA (what -target-cpu haswell code needs).
int conduit_cpu_has_avx2_fma(void);

/// 32-bit atomic read-modify-write on kernel memory (sequentially consistent). Each returns
/// the old value. Corresponds to __atomic_fetch_add and friends / OpenCL's atomic_* builtins.
uint32_t conduit_atomic_add(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_sub(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_xchg(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_and(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_or(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_xor(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_min_s(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_min_u(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_max_s(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_max_u(uint32_t *p, uint32_t v);
uint32_t conduit_atomic_cmpxchg(uint32_t *p, uint32_t expected, uint32_t desired);
