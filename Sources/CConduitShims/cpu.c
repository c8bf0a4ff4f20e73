#include "CConduitShims.h"

int conduit_cpu_has_avx512_skylakex(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd") &&
           __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
           __builtin_cpu_supports("avx512vl");
#else
    return 0;
#endif
}

int conduit_cpu_has_avx2_fma(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return 0;
#endif
}

#include <pthread.h>

static pthread_mutex_t opencl_setup = PTHREAD_MUTEX_INITIALIZER;

void conduit_opencl_setup_lock(void) { pthread_mutex_lock(&opencl_setup); }
void conduit_opencl_setup_unlock(void) { pthread_mutex_unlock(&opencl_setup); }

#include <malloc.h>

int conduit_malloc_keep_freed(long mmap_threshold, long trim_threshold) {
    return mallopt(M_MMAP_THRESHOLD, (int)mmap_threshold) && mallopt(M_TRIM_THRESHOLD, (int)trim_threshold);
}
