import Foundation

/// A connected TCP socket used directly by the threads that send and wait (no event loop between
/// them and the kernel): blocking writes, non-blocking reads, and a wait with microsecond timeouts.
struct TCPSocket: @unchecked Sendable {
    // SAFETY: a file descriptor; the transport decides who reads and who writes.
    let fd: Int32
    /// How long a write may wait for room (a host that stopped reading) before it fails.
    let writeTimeout: Duration
    /// The peer's numeric address and port (what a certificate must name when the host was given
    /// by address).
    let peerAddress: String
    let peerPort: Int

    /// Resolves `host`, connects within `timeout`, and turns on `TCP_NODELAY`. A write that cannot
    /// make progress for `writeTimeout` (a host that stopped reading) fails instead of hanging.
    /// The descriptor is non-blocking: reads never wait, writes wait in `poll`.
    static func connect(host: String, port: Int, timeout: Duration, writeTimeout: Duration) throws(NetError) -> TCPSocket {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &list)
        guard resolved == 0, let first = list else {
            throw NetError("cannot resolve \(host): \(String(cString: gai_strerror(resolved)))")
        }
        defer { freeaddrinfo(list) }
        var failure = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let candidate = entry {
            entry = candidate.pointee.ai_next
            let fd = socket(candidate.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { continue }
            do {
                try connect(fd, candidate.pointee.ai_addr, candidate.pointee.ai_addrlen, timeout: timeout)
                var one: Int32 = 1
                setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                let (address, peerPort) = numeric(candidate.pointee.ai_addr, candidate.pointee.ai_addrlen)
                return TCPSocket(fd: fd, writeTimeout: writeTimeout, peerAddress: address, peerPort: peerPort)
            } catch {
                failure = error.description
                Foundation.close(fd)
            }
        }
        throw NetError("cannot connect to tcp://\(host):\(port): \(failure)")
    }

    private static func connect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t, timeout: Duration) throws(NetError) {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(fd, F_SETFL, flags) }
        if Glibc.connect(fd, address, length) == 0 { return }
        guard errno == EINPROGRESS else { throw NetError(String(cString: strerror(errno))) }
        var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&entry, 1, milliseconds) == 1 else { throw NetError("no answer within \(timeout)") }
        var error: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size)
        guard error == 0 else { throw NetError(String(cString: strerror(error))) }
    }

    private static func numeric(_ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> (String, Int) {
        var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        var service = [CChar](repeating: 0, count: Int(NI_MAXSERV))
        getnameinfo(address, length, &host, socklen_t(host.count), &service, socklen_t(service.count), NI_NUMERICHOST | NI_NUMERICSERV)
        return (text(host), Int(text(service)) ?? 0)
    }

    /// The text of a NUL-terminated C buffer.
    static func text(_ characters: [CChar]) -> String {
        String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes all of `bytes`, blocking while the socket's buffer is full.
    func write(_ bytes: [UInt8]) throws(NetError) {
        try bytes.withUnsafeBytes { chunk in Result { () throws(NetError) in try write(chunk) } }.get()
    }

    /// Reads what is waiting into `buffer` without blocking (as `readAvailable(into:)` with a pointer).
    func readAvailable(into buffer: inout [UInt8]) throws(NetError) -> Int? {
        try buffer.withUnsafeMutableBytes { bytes in Result { () throws(NetError) in try readAvailable(into: bytes) } }.get()
    }

    /// Writes all of `bytes`, blocking while the socket's buffer is full.
    func write(_ bytes: UnsafeRawBufferPointer) throws(NetError) {
        var offset = 0
        while offset < bytes.count {
            let sent = Glibc.send(fd, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if sent > 0 {
                offset += sent
            } else if sent < 0 && errno == EINTR {
                continue
            } else if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let milliseconds = Int32(clamping: writeTimeout.components.seconds * 1000)
                guard poll(&entry, 1, milliseconds) > 0 else { throw NetError("the host read nothing for \(writeTimeout)") }
            } else {
                throw NetError("sending failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Reads what is waiting without blocking: the byte count, 0 when nothing is, nil when the
    /// peer closed the connection.
    func readAvailable(into buffer: UnsafeMutableRawBufferPointer) throws(NetError) -> Int? {
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, Int32(MSG_DONTWAIT))
            if count > 0 { return count }
            if count == 0 { return nil }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return 0
            default: throw NetError("receiving failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Sleeps until bytes (or the peer's hang-up) are waiting, or `timeout` passes.
    func waitReadable(timeout: Duration) -> Bool {
        Self.waitReadable([self], timeout: timeout)
    }

    /// Sleeps until any of `sockets` has bytes (or a hang-up) waiting, or `timeout` passes.
    static func waitReadable(_ sockets: [TCPSocket], timeout: Duration) -> Bool {
        var entries = sockets.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
        // Whole milliseconds, rounded up: arriving bytes end the wait at once, whatever its length.
        let microseconds = timeout.components.seconds * 1_000_000 + timeout.components.attoseconds / 1_000_000_000_000
        return poll(&entries, nfds_t(entries.count), Int32(clamping: (microseconds + 999) / 1000)) > 0
    }

    func shutdown() { _ = Glibc.shutdown(fd, Int32(SHUT_RDWR)) }
    func close() { _ = Foundation.close(fd) }
}
