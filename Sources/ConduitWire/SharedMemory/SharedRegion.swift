/// Memory shared between the client and the host: a sealed memfd mapped into both processes.
///
/// The creator seals the file against resizing before the peer maps it; the peer refuses a file
/// that is not sealed or is smaller than agreed, so no later `ftruncate` can make its accesses
/// fault (the SIGBUS hole a plain shared file would leave). Corresponds to a WDDM allocation
/// backed by guest memory in GPU-PV, and to Wayland's `wl_shm` pools.
package final class SharedRegion: @unchecked Sendable {
    // SAFETY: every field is fixed at init; the bytes are synchronised by the protocol using them.
    package let fd: Int32
    package let base: UnsafeMutableRawPointer
    package let length: Int

    /// Creates, sizes, seals and maps a new region of `length` bytes (zero-filled).
    package init(creating length: Int, name: String) throws(IPCError) {
        precondition(length > 0, "a shared region has at least one byte")
        let fd = try Syscall.makeMemoryFile(name: name, length: length)
        do throws(IPCError) {
            try Syscall.sealMemoryFile(fd)
            base = try Syscall.mapShared(fd, length: length)
        } catch {
            Syscall.close(fd)
            throw error
        }
        self.fd = fd
        self.length = length
    }

    /// Maps a region a peer sent. Takes ownership of `fd` (closed on failure too).
    ///
    /// - Throws: `.protocolViolation` unless `fd` is a memfd sealed against resizing and holds
    ///   at least `length` bytes.
    package init(adopting fd: Int32, length: Int) throws(IPCError) {
        do throws(IPCError) {
            guard length > 0 else { throw IPCError.protocolViolation("a shared region needs at least one byte") }
            guard Syscall.isSealedMemoryFile(fd) else {
                throw IPCError.protocolViolation("descriptor \(fd) is not a memfd sealed against resizing")
            }
            let size = try Syscall.fileSize(fd)
            guard size >= length else {
                throw IPCError.protocolViolation("the shared file holds \(size) bytes, \(length) were declared")
            }
            base = try Syscall.mapShared(fd, length: length)
        } catch {
            Syscall.close(fd)
            throw error
        }
        self.fd = fd
        self.length = length
    }

    deinit {
        Syscall.unmap(base, length: length)
        Syscall.close(fd)
    }

    package var bytes: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: base, count: length)
    }
}

extension SharedRegion: SharedMemory {}
