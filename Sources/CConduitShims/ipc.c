#define _GNU_SOURCE
#include "CConduitShims.h"

#include <errno.h>
#include <sched.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int conduit_memfd_create(const char *name) {
    return memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
}

int conduit_memfd_seal(int fd) {
    return fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL);
}

int conduit_memfd_is_sealed(int fd) {
    int seals = fcntl(fd, F_GET_SEALS);
    if (seals < 0) return -1;
    return (seals & (F_SEAL_SHRINK | F_SEAL_GROW)) == (F_SEAL_SHRINK | F_SEAL_GROW);
}

int conduit_eventfd(void) {
    return eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

int conduit_futex_wait(uint32_t *addr, uint32_t expected, int64_t timeout_ns) {
    struct timespec timeout = { .tv_sec = timeout_ns / 1000000000, .tv_nsec = timeout_ns % 1000000000 };
    return (int)syscall(SYS_futex, addr, FUTEX_WAIT, expected, &timeout, NULL, 0);
}

int conduit_futex_wake(uint32_t *addr, int count) {
    return (int)syscall(SYS_futex, addr, FUTEX_WAKE, count, NULL, NULL, 0);
}

ssize_t conduit_send_with_fds(int socket, const void *bytes, size_t length, const int *fds, int fd_count) {
    struct iovec iov = { .iov_base = (void *)bytes, .iov_len = length };
    struct msghdr message = { .msg_iov = &iov, .msg_iovlen = 1 };
    char control[CMSG_SPACE(sizeof(int) * 8)];
    if (fd_count < 0 || fd_count > 8) { errno = EINVAL; return -1; }
    if (fd_count > 0) {
        memset(control, 0, sizeof control);
        message.msg_control = control;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * fd_count);
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int) * fd_count);
        memcpy(CMSG_DATA(header), fds, sizeof(int) * fd_count);
    }
    ssize_t sent;
    do { sent = sendmsg(socket, &message, MSG_NOSIGNAL); } while (sent < 0 && errno == EINTR);
    return sent;
}

ssize_t conduit_receive_with_fds(int socket, void *bytes, size_t length, int *fds, int max_fds, int *fd_count) {
    struct iovec iov = { .iov_base = bytes, .iov_len = length };
    char control[CMSG_SPACE(sizeof(int) * 8)];
    struct msghdr message = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control };
    ssize_t received;
    do { received = recvmsg(socket, &message, MSG_CMSG_CLOEXEC); } while (received < 0 && errno == EINTR);
    *fd_count = 0;
    if (received < 0) return received;
    for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
        int count = (int)((header->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int *received_fds = (int *)CMSG_DATA(header);
        for (int i = 0; i < count; i++) {
            if (*fd_count >= 0 && *fd_count < max_fds) {
                fds[(*fd_count)++] = received_fds[i];
            } else {
                for (int j = 0; j < *fd_count; j++) close(fds[j]);
                close(received_fds[i]);
                *fd_count = -1;
            }
        }
    }
    if ((message.msg_flags & MSG_CTRUNC) && *fd_count >= 0) {
        for (int i = 0; i < *fd_count; i++) close(fds[i]);
        *fd_count = -1;
    }
    return received;
}

int conduit_peer_credentials(int socket, int32_t *pid, uint32_t *uid, uint32_t *gid) {
    struct ucred credentials;
    socklen_t size = sizeof credentials;
    if (getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0) return -1;
    *pid = credentials.pid;
    *uid = credentials.uid;
    *gid = credentials.gid;
    return 0;
}

int conduit_current_cpu(void) {
    return sched_getcpu();
}

int conduit_allowed_cpu_count(void) {
    cpu_set_t set;
    return sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : -1;
}

/* The CPUs the calling thread was allowed when it first asked, kept per thread. */
static __thread cpu_set_t conduit_allowed;
static __thread int conduit_allowed_saved;

int conduit_thread_avoid_cpu(int cpu) {
    if (!conduit_allowed_saved) {
        if (sched_getaffinity(0, sizeof conduit_allowed, &conduit_allowed) != 0) return -1;
        conduit_allowed_saved = 1;
    }
    if (cpu < 0) return sched_setaffinity(0, sizeof conduit_allowed, &conduit_allowed);
    if (cpu >= CPU_SETSIZE || !CPU_ISSET(cpu, &conduit_allowed)) return -1;
    cpu_set_t set = conduit_allowed;
    CPU_CLR(cpu, &set);
    if (CPU_COUNT(&set) == 0) return -1;
    return sched_setaffinity(0, sizeof set, &set);
}
