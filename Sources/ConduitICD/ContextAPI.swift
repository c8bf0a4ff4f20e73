import COpenCL
import Conduit

/// A `cl_context`: its devices (each opened as a Conduit `Device`) and the properties it was
/// made with.
final class ContextObject: ICDObject, @unchecked Sendable {
    let devices: [DeviceObject]
    let properties: [cl_context_properties]
    typealias Callback = @convention(c) (cl_context?, UnsafeMutableRawPointer?) -> Void
    private let destructors = Locked<[(Callback, UnsafeMutableRawPointer?)]>([])

    init(devices: [DeviceObject], properties: [cl_context_properties]) throws(CLError) {
        for device in devices { _ = try device.device() }
        self.devices = devices
        self.properties = properties
        super.init(kind: .context)
    }

    func addDestructor(_ callback: @escaping Callback, _ userData: UnsafeMutableRawPointer?) {
        destructors.withLock { $0.append((callback, userData)) }
    }

    override func destroy() {
        // Most recently added first, as the specification says.
        for (callback, userData) in destructors.withLock({ $0 }).reversed() { callback(opaque, userData) }
    }

    func contains(_ device: DeviceObject) -> Bool { devices.contains { $0 === device } }

    /// Checks a context property list (only CL_CONTEXT_PLATFORM, naming this platform, and
    /// CL_CONTEXT_INTEROP_USER_SYNC are known) and returns it with its terminating 0.
    static func properties(_ list: UnsafePointer<cl_context_properties>?) throws(CLError) -> [cl_context_properties] {
        guard let list else { return [] }
        var result: [cl_context_properties] = []
        var index = 0
        var seen: Set<cl_context_properties> = []
        while list[index] != 0 {
            let name = list[index], value = list[index + 1]
            guard seen.insert(name).inserted else { throw CLError(CL_INVALID_PROPERTY) }
            switch Int32(truncatingIfNeeded: name) {
            case CL_CONTEXT_PLATFORM:
                guard Handles.object(OpaquePointer(bitPattern: value), as: PlatformObject.self) != nil else {
                    throw CLError(CL_INVALID_PLATFORM)
                }
            case CL_CONTEXT_INTEROP_USER_SYNC: break
            default: throw CLError(CL_INVALID_PROPERTY)
            }
            result += [name, value]
            index += 2
        }
        return result + [0]
    }

    func info(_ parameter: UInt32) -> InfoValue? {
        switch Int32(parameter) {
        case CL_CONTEXT_REFERENCE_COUNT: InfoValue(referenceCount)
        case CL_CONTEXT_NUM_DEVICES: InfoValue(cl_uint(devices.count))
        case CL_CONTEXT_DEVICES: InfoValue(array: devices.map(\.opaque))
        case CL_CONTEXT_PROPERTIES: InfoValue(array: properties)
        default: nil
        }
    }
}

typealias ContextNotify = @convention(c) (UnsafePointer<CChar>?, UnsafeRawPointer?, Int, UnsafeMutableRawPointer?) -> Void

@_cdecl("conduit_clCreateContext")
func icdCreateContext(
    _ properties: UnsafePointer<cl_context_properties>?, _ count: cl_uint, _ devices: UnsafePointer<cl_device_id?>?,
    _ notify: ContextNotify?, _ userData: UnsafeMutableRawPointer?, _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_context? {
    creating(errcode) { () throws(CLError) in
        guard count > 0, let devices, notify != nil || userData == nil else { throw CLError(CL_INVALID_VALUE) }
        let properties = try ContextObject.properties(properties)
        var chosen: [DeviceObject] = []
        for index in 0..<Int(count) {
            let device = try DeviceObject.from(devices[index], or: CL_INVALID_DEVICE)
            if !chosen.contains(where: { $0 === device }) { chosen.append(device) }
        }
        return try ContextObject(devices: chosen, properties: properties).opaque
    }
}

@_cdecl("conduit_clCreateContextFromType")
func icdCreateContextFromType(
    _ properties: UnsafePointer<cl_context_properties>?, _ type: cl_device_type, _ notify: ContextNotify?,
    _ userData: UnsafeMutableRawPointer?, _ errcode: UnsafeMutablePointer<cl_int>?
) -> cl_context? {
    creating(errcode) { () throws(CLError) in
        guard notify != nil || userData == nil else { throw CLError(CL_INVALID_VALUE) }
        let properties = try ContextObject.properties(properties)
        let devices = try DeviceObject.all(of: type)
        guard !devices.isEmpty else { throw CLError(CL_DEVICE_NOT_FOUND) }
        return try ContextObject(devices: devices, properties: properties).opaque
    }
}

@_cdecl("conduit_clRetainContext")
func icdRetainContext(_ context: cl_context?) -> cl_int {
    status { () throws(CLError) in try ContextObject.from(context, or: CL_INVALID_CONTEXT).retain() }
}

@_cdecl("conduit_clReleaseContext")
func icdReleaseContext(_ context: cl_context?) -> cl_int {
    status { () throws(CLError) in try ContextObject.from(context, or: CL_INVALID_CONTEXT).release() }
}

@_cdecl("conduit_clGetContextInfo")
func icdGetContextInfo(
    _ context: cl_context?, _ name: cl_context_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        try info(name, size, value, sizeReturned) { context.info($0) }
    }
}

@_cdecl("conduit_clSetContextDestructorCallback")
func icdSetContextDestructorCallback(
    _ context: cl_context?, _ callback: ContextObject.Callback?, _ userData: UnsafeMutableRawPointer?
) -> cl_int {
    status { () throws(CLError) in
        let context = try ContextObject.from(context, or: CL_INVALID_CONTEXT)
        guard let callback else { throw CLError(CL_INVALID_VALUE) }
        context.addDestructor(callback, userData)
    }
}
