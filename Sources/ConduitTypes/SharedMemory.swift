/// Memory mapped by a client and the host alike (a sealed memfd on Linux): a backend runs a
/// buffer directly on it, and keeps the handle alive as long as the buffer. The wire's
/// `SharedRegion` is one.
package protocol SharedMemory: AnyObject, Sendable {
    /// The first byte of the mapping in this process.
    var base: UnsafeMutableRawPointer { get }
    /// The mapping's length in bytes.
    var length: Int { get }
}
