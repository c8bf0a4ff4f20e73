import CConduitICD
import COpenCL
import Foundation

/// What a handle stands for (stored in the handle for a debugger; the table of live handles is
/// what refuses a pointer of the wrong kind).
enum HandleKind: UInt32 {
    case platform = 1, device, context, queue, memory, program, kernel, event
    /// A handle whose object was released; its memory waits to be reused.
    case released = 0xDEAD
}

/// A value behind a lock. The ICD's objects are reached from any thread the application
/// calls on, as the OpenCL specification requires.
final class Locked<State>: @unchecked Sendable {
    private var state: State
    private let lock = NSLock()

    init(_ state: State) { self.state = state }

    func withLock<Result, Failure: Error>(_ body: (inout State) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}

/// An OpenCL object: reference counted as the specification says (`clRetain*`/`clRelease*`
/// and the implicit retains objects hold on each other), reachable from C through its handle.
class ICDObject: @unchecked Sendable {
    let kind: HandleKind
    let handle: UnsafeMutablePointer<conduit_icd_handle>
    private let references = Locked(1)

    init(kind: HandleKind) {
        self.kind = kind
        handle = Handles.allocate()
        Handles.register(self)
    }

    /// The count `CL_*_REFERENCE_COUNT` reports.
    var referenceCount: cl_uint { cl_uint(references.withLock { $0 }) }

    /// The handle as the OpenCL type C expects.
    var opaque: OpaquePointer { OpaquePointer(handle) }

    func retain() { references.withLock { $0 += 1 } }

    /// Drops one reference; the last one unregisters the handle and calls `destroy()`.
    func release() {
        let remaining = references.withLock { count in
            count -= 1
            return count
        }
        guard remaining == 0 else { return }
        Handles.unregister(self)
        destroy()
    }

    /// What the last release does besides freeing the handle: drop the implicit retains on
    /// other objects, run destructor callbacks.
    func destroy() {}
}

/// The table of live handles: every pointer that comes from C is looked up here before use, so
/// a stray pointer, a handle of the wrong kind or a released one is an error code, not a crash.
enum Handles {
    private struct Table {
        var live: [UnsafeMutableRawPointer: ICDObject] = [:]
        /// Handles of released objects, reused for new ones: their memory stays valid (the
        /// loader reads the dispatch pointer of whatever it is given before calling us).
        var free: [UnsafeMutablePointer<conduit_icd_handle>] = []
    }
    private static let table = Locked(Table())

    static func allocate() -> UnsafeMutablePointer<conduit_icd_handle> {
        if let reused = table.withLock({ $0.free.popLast() }) { return reused }
        let handle = UnsafeMutablePointer<conduit_icd_handle>.allocate(capacity: 1)
        handle.initialize(to: conduit_icd_handle(dispatch: conduit_icd_dispatch_table(), kind: 0))
        return handle
    }

    static func register(_ object: ICDObject) {
        object.handle.pointee.kind = object.kind.rawValue
        table.withLock { $0.live[UnsafeMutableRawPointer(object.handle)] = object }
    }

    static func unregister(_ object: ICDObject) {
        table.withLock { table in
            object.handle.pointee.kind = HandleKind.released.rawValue
            table.live[UnsafeMutableRawPointer(object.handle)] = nil
            table.free.append(object.handle)
        }
    }

    /// The live object behind `pointer`, when it is one of ours and of type `T`.
    static func object<T: ICDObject>(_ pointer: OpaquePointer?, as type: T.Type) -> T? {
        guard let pointer else { return nil }
        return table.withLock { $0.live[UnsafeMutableRawPointer(pointer)] as? T }
    }
}

/// An OpenCL error code thrown inside the ICD and returned (or stored in `errcode_ret`) at its edge.
struct CLError: Error {
    let code: cl_int
    init(_ code: Int32) { self.code = code }
}

extension ICDObject {
    /// Looks up a handle of type `T`, throwing `code` for anything else.
    static func from(_ pointer: OpaquePointer?, or code: Int32) throws(CLError) -> Self {
        guard let object = Handles.object(pointer, as: Self.self) else { throw CLError(code) }
        return object
    }
}

/// Runs an entry point that returns an error code.
func status(function: StaticString = #function, _ body: () throws(CLError) -> Void) -> cl_int {
    do {
        try body()
        return CL_SUCCESS
    } catch {
        trace(function, error.code)
        return error.code
    }
}

/// Runs an entry point that returns an object and reports through `errcode_ret`.
func creating(
    function: StaticString = #function, _ errcode: UnsafeMutablePointer<cl_int>?, _ body: () throws(CLError) -> OpaquePointer
) -> OpaquePointer? {
    do {
        let result = try body()
        errcode?.pointee = CL_SUCCESS
        return result
    } catch {
        trace(function, error.code)
        errcode?.pointee = error.code
        return nil
    }
}

/// With `CONDUIT_ICD_TRACE` set, every error an entry point returns is written to standard
/// error with the entry point's name (as PoCL's POCL_DEBUG does).
private let tracing = getenv("CONDUIT_ICD_TRACE") != nil

private func trace(_ function: StaticString, _ code: cl_int) {
    guard tracing else { return }
    FileHandle.standardError.write(Data("conduit ICD: \(function) returned \(code)\n".utf8))
}
