import Foundation
import COpenCL
import Conduit

/// The Conduit runtime behind the platform: one `Instance` (embedded, or a daemon when
/// `CONDUIT_HOST` says so) and one `cl_device_id` per adapter it offers, made on the first call
/// that needs devices. Nothing here runs while the loader enumerates platforms.
final class Runtime: Sendable {
    let instance: Instance
    let devices: [DeviceObject]

    private init() throws(ConduitError) {
        instance = try Instance(options: Instance.Options())
        devices = try instance.adapters().map { DeviceObject(adapter: $0) }
    }

    private static let shared = Locked<Runtime?>(nil)

    /// The runtime, connecting on first use; a failed connection is tried again next time.
    static func get() throws(CLError) -> Runtime {
        let result: Result<Runtime, ConduitError> = shared.withLock { runtime in
            if let runtime { return .success(runtime) }
            do {
                let made = try Runtime()
                runtime = made
                return .success(made)
            } catch {
                return .failure(error as! ConduitError)
            }
        }
        switch result {
        case let .success(runtime): return runtime
        case let .failure(error):
            warn("cannot reach the Conduit host: \(error)")
            throw CLError(CL_DEVICE_NOT_AVAILABLE)
        }
    }
}

/// Writes a line to standard error, once per distinct message.
func warn(_ message: String) {
    let first = warned.withLock { $0.insert(message).inserted }
    if first { FileHandle.standardError.write(Data("conduit ICD: \(message)\n".utf8)) }
}

private let warned = Locked<Set<String>>([])

extension ConduitError {
    /// The OpenCL error code that says the same, `fallback` for a wrong object or argument.
    func clCode(_ fallback: Int32 = CL_INVALID_VALUE) -> CLError {
        switch code {
        case .outOfMemory: CLError(CL_OUT_OF_RESOURCES)
        case .limitExceeded: CLError(CL_OUT_OF_RESOURCES)
        case .deviceLost, .timeout, .kernelFault, .internalError, .protocolError: CLError(CL_OUT_OF_RESOURCES)
        case .compileFailed: CLError(CL_BUILD_PROGRAM_FAILURE)
        case .unsupported: CLError(CL_INVALID_OPERATION)
        default: CLError(fallback)
        }
    }
}

/// Runs Conduit work, mapping its error to an OpenCL code.
func conduit<T>(_ fallback: Int32 = CL_INVALID_VALUE, _ body: () throws(ConduitError) -> T) throws(CLError) -> T {
    do {
        return try body()
    } catch {
        let code = error.clCode(fallback)
        // Resource errors have no finer OpenCL code: say what happened.
        if code.code == CL_OUT_OF_RESOURCES { warn(error.description) }
        throw code
    }
}
