import CConduitShims
import Foundation
import Synchronization

/// Keeps the memory of freed frames in the process's heap for the next ones.
///
/// Transfers over TCP travel in 1 MiB frames, allocated and freed by the thousand. With glibc's
/// defaults (mmap above an adaptive threshold, the heap's top trimmed past twice that) each new
/// frame came as fresh pages to fault in, on both sides: per 256 MiB over TLS on loopback, a
/// download took 0.29–0.35 s with them and 0.18 s without, an upload 0.26 s and 0.21 s. So a
/// process that opens a TCP connection or serves one raises glibc's mmap threshold to 64 MiB and
/// its trim threshold to 1 GiB, as MPI libraries do for their registered memory: freed frames
/// stay mapped (up to that much of the heap's top) instead of going back to the kernel.
/// `CONDUIT_MALLOC_TUNING=0` leaves the process's allocator as it is.
package enum FrameMemory {
    private static let applied = Atomic<Bool>(false)

    /// Applies the thresholds once per process, unless `CONDUIT_MALLOC_TUNING=0`.
    package static func keepFreed() {
        guard ProcessInfo.processInfo.environment["CONDUIT_MALLOC_TUNING"] != "0",
            !applied.exchange(true, ordering: .relaxed)
        else { return }
        _ = conduit_malloc_keep_freed(64 << 20, 1 << 30)
    }
}
