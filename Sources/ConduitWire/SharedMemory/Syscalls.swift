import CConduitShims
#if canImport(Glibc)
    import Glibc
#endif

/// The one door to the system calls the shared-memory transport makes: memfd, mmap, eventfd,
/// futex, poll and Unix sockets. Each wrapper names the call it corresponds to, retries EINTR
/// and turns failures into `IPCError`.
package enum Syscall {
    package static func describe(errno: Int32) -> String {
        String(cString: strerror(errno))
    }

    private static func check(_ call: String, _ result: Int32) throws(IPCError) -> Int32 {
        guard result >= 0 else { throw .system(call: call, errno: errno) }
        return result
    }

    // MARK: - Memory

    /// A sealable memfd of `length` bytes. Corresponds to `memfd_create` + `ftruncate`.
    package static func makeMemoryFile(name: String, length: Int) throws(IPCError) -> Int32 {
        let fd = try check("memfd_create", conduit_memfd_create(name))
        guard ftruncate(fd, off_t(length)) == 0 else {
            let error = errno
            close(fd)
            throw .system(call: "ftruncate", errno: error)
        }
        return fd
    }

    /// Forbids resizing, so a peer that maps the file never faults on a shrunk mapping.
    /// Corresponds to `fcntl(F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL)`.
    package static func sealMemoryFile(_ fd: Int32) throws(IPCError) {
        _ = try check("fcntl(F_ADD_SEALS)", conduit_memfd_seal(fd))
    }

    /// Whether `fd` is a memfd that can neither shrink nor grow. Corresponds to `fcntl(F_GET_SEALS)`.
    package static func isSealedMemoryFile(_ fd: Int32) -> Bool {
        conduit_memfd_is_sealed(fd) == 1
    }

    /// The size of the file behind `fd`. Corresponds to `fstat`.
    package static func fileSize(_ fd: Int32) throws(IPCError) -> Int {
        var info = stat()
        _ = try check("fstat", fstat(fd, &info))
        return Int(info.st_size)
    }

    /// A shared read-write mapping of the whole file. Corresponds to `mmap(MAP_SHARED)`.
    package static func mapShared(_ fd: Int32, length: Int) throws(IPCError) -> UnsafeMutableRawPointer {
        let pointer = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
        guard let pointer, pointer != MAP_FAILED else { throw .system(call: "mmap", errno: errno) }
        return pointer
    }

    /// Corresponds to `munmap`. Failure would mean a bad pointer, which is our bug.
    package static func unmap(_ pointer: UnsafeMutableRawPointer, length: Int) {
        let status = munmap(pointer, length)
        precondition(status == 0, "munmap failed: errno \(errno)")
    }

    /// Corresponds to `close`; EINTR is not retried (Linux closes the descriptor anyway).
    package static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    // MARK: - Doorbells

    /// A non-blocking, close-on-exec eventfd. Corresponds to `eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)`.
    package static func makeEventFD() throws(IPCError) -> Int32 {
        try check("eventfd", conduit_eventfd())
    }

    /// Adds one to an eventfd's counter; a full counter (EAGAIN) already means "ring".
    /// Corresponds to `eventfd_write`.
    package static func signal(eventFD fd: Int32) {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { write(fd, $0.baseAddress, 8) }
    }

    /// A second descriptor for the same file, close-on-exec. Corresponds to `fcntl(F_DUPFD_CLOEXEC)`.
    package static func duplicate(_ fd: Int32) throws(IPCError) -> Int32 {
        try check("fcntl(F_DUPFD_CLOEXEC)", fcntl(fd, F_DUPFD_CLOEXEC, 0))
    }

    /// Resets an eventfd's counter. Corresponds to `eventfd_read` on a non-blocking eventfd.
    package static func drain(eventFD fd: Int32) {
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { read(fd, $0.baseAddress, 8) }
    }

    /// Sleeps while `*address == expected`, at most `timeoutNanoseconds`. Corresponds to
    /// `futex(FUTEX_WAIT)` (shared between processes).
    package static func futexWait(_ address: UnsafeMutablePointer<UInt32>, expected: UInt32, timeoutNanoseconds: Int64) {
        _ = conduit_futex_wait(address, expected, timeoutNanoseconds)
    }

    /// Corresponds to `futex(FUTEX_WAKE)`.
    package static func futexWake(_ address: UnsafeMutablePointer<UInt32>) {
        _ = conduit_futex_wake(address, Int32.max)
    }

    package static func relax() {
        conduit_cpu_relax()
    }

    /// The CPU the calling thread runs on now; nil where the system cannot say.
    package static func currentCPU() -> Int? {
        let cpu = conduit_current_cpu()
        return cpu >= 0 ? Int(cpu) : nil
    }

    /// Keeps the calling thread off `cpu` (nil: gives back every CPU it was allowed). False when
    /// that cannot be done (one CPU only). Corresponds to `sched_setaffinity`.
    /// How many CPUs the calling thread may run on (nil when unknown).
    package static var allowedCPUCount: Int? {
        let count = conduit_allowed_cpu_count()
        return count > 0 ? Int(count) : nil
    }

    @discardableResult
    package static func avoidCPU(_ cpu: Int?) -> Bool {
        conduit_thread_avoid_cpu(Int32(cpu ?? -1)) == 0
    }

    /// Which of `fds` are readable or hung up, waiting at most `timeoutMilliseconds` (-1: forever).
    /// Corresponds to `poll`.
    package static func poll(_ fds: [Int32], timeoutMilliseconds: Int32) throws(IPCError) -> [Bool] {
        var entries = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            let count = Glibc.poll(&entries, nfds_t(entries.count), timeoutMilliseconds)
            if count >= 0 { break }
            if errno != EINTR { throw .system(call: "poll", errno: errno) }
        }
        return entries.map { $0.revents != 0 }
    }

    // MARK: - Unix sockets

    private static func withAddress<R>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R) throws(IPCError) -> R {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else {
            throw .system(call: "socket path '\(path)' (at most \(capacity - 1) bytes)", errno: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    private static func makeSocket() throws(IPCError) -> Int32 {
        try check("socket(AF_UNIX)", socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0))
    }

    /// A connected stream socket to `path`. Corresponds to `socket` + `connect`.
    package static func connect(path: String) throws(IPCError) -> Int32 {
        let fd = try makeSocket()
        var status: Int32 = -1
        repeat {
            status = try withAddress(path) { Glibc.connect(fd, $0, $1) }
        } while status != 0 && errno == EINTR
        if status != 0 {
            let error = errno
            close(fd)
            throw .system(call: "connect(\(path))", errno: error)
        }
        return fd
    }

    /// A listening socket bound to `path`, readable by its owner only. Corresponds to
    /// `socket` + `bind` + `chmod` + `listen`.
    package static func listen(path: String, backlog: Int32 = 64) throws(IPCError) -> Int32 {
        let fd = try makeSocket()
        do throws(IPCError) {
            _ = try check("bind(\(path))", try withAddress(path) { bind(fd, $0, $1) })
            _ = try check("chmod(\(path))", chmod(path, 0o600))
            _ = try check("listen", Glibc.listen(fd, backlog))
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// The next connection, close-on-exec. Corresponds to `accept` + `fcntl(F_SETFD, FD_CLOEXEC)`.
    package static func accept(_ listener: Int32) throws(IPCError) -> Int32 {
        while true {
            let fd = Glibc.accept(listener, nil, nil)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                return fd
            }
            if errno != EINTR && errno != ECONNABORTED { throw .system(call: "accept4", errno: errno) }
        }
    }

    /// Sends bytes and descriptors in one message. Corresponds to `sendmsg` with `SCM_RIGHTS`.
    package static func send(_ socket: Int32, bytes: [UInt8], fds: [Int32]) throws(IPCError) {
        let sent = bytes.withUnsafeBytes { raw in
            fds.withUnsafeBufferPointer { conduit_send_with_fds(socket, raw.baseAddress, raw.count, $0.baseAddress, Int32($0.count)) }
        }
        if sent < 0 { throw errno == EPIPE || errno == ECONNRESET ? .peerClosed : .system(call: "sendmsg", errno: errno) }
        guard sent == bytes.count else { throw .system(call: "sendmsg (short write)", errno: EIO) }
    }

    /// Receives up to `maxBytes` bytes and the descriptors that came with them. Returns nil at
    /// end of stream. Corresponds to `recvmsg` with `MSG_CMSG_CLOEXEC`.
    package static func receive(_ socket: Int32, maxBytes: Int, maxFDs: Int) throws(IPCError) -> (bytes: [UInt8], fds: [Int32])? {
        var bytes = [UInt8](repeating: 0, count: maxBytes)
        var fds = [Int32](repeating: -1, count: maxFDs)
        var fdCount: Int32 = 0
        let received = bytes.withUnsafeMutableBytes { raw in
            fds.withUnsafeMutableBufferPointer {
                conduit_receive_with_fds(socket, raw.baseAddress, raw.count, $0.baseAddress, Int32($0.count), &fdCount)
            }
        }
        if received < 0 {
            if errno == ECONNRESET { return nil }
            throw .system(call: "recvmsg", errno: errno)
        }
        if received == 0 && fdCount == 0 { return nil }
        guard fdCount >= 0 else { throw .protocolViolation("the peer sent more descriptors than one message may carry") }
        return (Array(bytes[..<received]), Array(fds[..<Int(fdCount)]))
    }

    /// The process id and user id at the other end. Corresponds to `getsockopt(SO_PEERCRED)`.
    package static func peerCredentials(_ socket: Int32) throws(IPCError) -> (pid: Int32, uid: UInt32) {
        var pid: Int32 = 0, uid: UInt32 = 0, gid: UInt32 = 0
        _ = try check("getsockopt(SO_PEERCRED)", conduit_peer_credentials(socket, &pid, &uid, &gid))
        return (pid, uid)
    }

    /// Ends both directions so the peer's poll sees a hang-up. Corresponds to `shutdown(SHUT_RDWR)`.
    package static func shutdown(_ socket: Int32) {
        _ = Glibc.shutdown(socket, Int32(SHUT_RDWR))
    }

    /// Removes a file, ignoring absence. Corresponds to `unlink`.
    package static func unlink(_ path: String) {
        _ = Glibc.unlink(path)
    }

    /// This process's id and user id. Corresponds to `getpid` and `getuid`.
    package static var processID: Int32 { getpid() }
    package static var userID: UInt32 { getuid() }
}
