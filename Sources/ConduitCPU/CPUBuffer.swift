import ConduitHAL
import ConduitTypes
import Synchronization

/// Host memory behind a CPU-adapter buffer: anonymous pages, zero-filled, freed on deinit.
final class CPUBuffer: BackendBuffer, @unchecked Sendable {
    // SAFETY: `base` is fixed for the object's life; the host orders every access to the bytes
    // through the owning queue, so the class itself holds no mutable state.
    let base: UnsafeMutableRawPointer
    let length: Int
    private let accounting: MemoryAccounting
    /// The client's shared region when the memory is one (it unmaps itself); nil for private pages.
    private let region: (any SharedMemory)?

    init(length: Int, accounting: MemoryAccounting) throws(BackendError) {
        guard let base = SystemMemory.mapZeroed(length: length) else {
            throw .outOfMemory(requestedBytes: length)
        }
        self.base = base
        self.length = length
        self.accounting = accounting
        self.region = nil
        accounting.allocated(length)
    }

    /// Runs directly on a region the client maps too: transfers need no copy by the host.
    init(sharing region: any SharedMemory, accounting: MemoryAccounting) {
        self.base = region.base
        self.length = region.length
        self.accounting = accounting
        self.region = region
        accounting.allocated(length)
    }

    deinit {
        if region == nil { SystemMemory.unmap(base, length: length) }
        accounting.freed(length)
    }
}
