#pragma once
#include <stdint.h>

/// Whether the CPU supports the AVX-512 subset OpenBLAS's SKYLAKEX kernels use (F, CD, BW, DQ, VL).
/// Corresponds to __builtin_cpu_supports("avx512f") and friends.
int conduit_cpu_has_avx512_skylakex(void);

/// Whether the CPU supports AVX2 and FMA (what -target-cpu haswell code needs).
int conduit_cpu_has_avx2_fma(void);

/// One process-wide lock for OpenCL setup: enumerating devices, asking their properties and
/// creating contexts. PoCL 3.1 finishes a device's setup in its first clCreateContext and rewrites
/// the device's strings then; a clGetDeviceInfo on another thread meanwhile read a null string.
void conduit_opencl_setup_lock(void);
void conduit_opencl_setup_unlock(void);

/// d[i] = a[i] * b[i] + c[i] rounded once, for i < n (d may be a, b or c). AVX2+FMA code where
/// the CPU has it, libm's fmaf/fma elsewhere (lanes.c).
void conduit_fma_f32(float *d, const float *a, const float *b, const float *c, long n);
void conduit_fma_f64(double *d, const double *a, const double *b, const double *c, long n);

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

// MARK: - Interprocess primitives (ipc.c). Glibc's Swift module lacks memfd, eventfd, futex,
// and the CMSG macros (reference/swift-on-this-machine.md §6); each wrapper returns -1 with errno
// set on failure, as the call it wraps does.

#include <stddef.h>
#include <sys/types.h>

/// memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING).
int conduit_memfd_create(const char *name);
/// Seals a memfd against shrinking, growing and further sealing (F_ADD_SEALS).
int conduit_memfd_seal(int fd);
/// 1 when `fd` is a memfd sealed against shrinking and growing, 0 when not, -1 when not a memfd.
int conduit_memfd_is_sealed(int fd);
/// eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK).
int conduit_eventfd(void);
/// FUTEX_WAIT (shared, not _PRIVATE) on `addr` while it holds `expected`, at most `timeout_ns`.
int conduit_futex_wait(uint32_t *addr, uint32_t expected, int64_t timeout_ns);
/// FUTEX_WAKE (shared) of up to `count` waiters.
int conduit_futex_wake(uint32_t *addr, int count);
/// sendmsg of `length` bytes with `fd_count` descriptors as SCM_RIGHTS (MSG_NOSIGNAL).
ssize_t conduit_send_with_fds(int socket, const void *bytes, size_t length, const int *fds, int fd_count);
/// recvmsg with MSG_CMSG_CLOEXEC; stores up to `max_fds` received descriptors and their count.
/// Descriptors beyond `max_fds` are closed, and `*fd_count` is then -1.
ssize_t conduit_receive_with_fds(int socket, void *bytes, size_t length, int *fds, int max_fds, int *fd_count);
/// The CPU the calling thread runs on now (sched_getcpu), or -1.
int conduit_current_cpu(void);
/* Keeps the calling thread off `cpu`, within the CPUs it was first allowed; a negative `cpu`
   gives them all back. Returns 0 when applied (-1: one CPU only, or not allowed). */
int conduit_thread_avoid_cpu(int cpu);
/* How many CPUs the calling thread may run on (-1 when unknown). */
int conduit_allowed_cpu_count(void);
/// SO_PEERCRED of a connected Unix socket.
int conduit_peer_credentials(int socket, int32_t *pid, uint32_t *uid, uint32_t *gid);

/// A spin-wait hint (x86 `pause`).
static inline void conduit_cpu_relax(void) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
}

// MARK: - Crash reports for fuzzing (crash.c)

/// Installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE that write the input
/// last given to `conduit_crash_report_set` to `path`, then die with the original signal.
void conduit_crash_report_install(const char *path);
/// Copies the input about to run (kept for the crash handler).
void conduit_crash_report_set(const uint8_t *bytes, size_t length);

// MARK: - The allocator (cpu.c)

/// Sets glibc's mmap and trim thresholds (bytes), so freed buffers below them stay in the heap
/// for the next allocation instead of coming back as fresh pages to fault in. Returns 1 on success.
int conduit_malloc_keep_freed(long mmap_threshold, long trim_threshold);
