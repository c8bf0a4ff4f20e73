import COpenCL
import Conduit

extension DeviceObject {
    /// Whether the device is of one of the types in `type` (`CL_DEVICE_TYPE_DEFAULT` picks the
    /// first device, `CL_DEVICE_TYPE_ALL` every one).
    func matches(_ type: cl_device_type, isFirst: Bool) -> Bool {
        if type == cl_device_type(CL_DEVICE_TYPE_ALL) { return true }
        if type & cl_device_type(CL_DEVICE_TYPE_DEFAULT) != 0, isFirst { return true }
        return type & clType != 0
    }

    /// The devices of `type`, checking the type bits as clGetDeviceIDs does.
    static func all(of type: cl_device_type) throws(CLError) -> [DeviceObject] {
        let known = cl_device_type(
            CL_DEVICE_TYPE_DEFAULT | CL_DEVICE_TYPE_CPU | CL_DEVICE_TYPE_GPU | CL_DEVICE_TYPE_ACCELERATOR | CL_DEVICE_TYPE_CUSTOM)
        guard type == cl_device_type(CL_DEVICE_TYPE_ALL) || (type != 0 && type & ~known == 0) else {
            throw CLError(CL_INVALID_DEVICE_TYPE)
        }
        let devices = try Runtime.get().devices
        return devices.enumerated().filter { $0.element.matches(type, isFirst: $0.offset == 0) }.map(\.element)
    }
}

@_cdecl("conduit_clGetDeviceIDs")
func icdGetDeviceIDs(
    _ platform: cl_platform_id?, _ type: cl_device_type, _ count: cl_uint, _ devices: UnsafeMutablePointer<cl_device_id?>?,
    _ countReturned: UnsafeMutablePointer<cl_uint>?
) -> cl_int {
    status { () throws(CLError) in
        if platform != nil { _ = try PlatformObject.from(platform, or: CL_INVALID_PLATFORM) }
        guard (count == 0) == (devices == nil), devices != nil || countReturned != nil else { throw CLError(CL_INVALID_VALUE) }
        let found = try DeviceObject.all(of: type)
        guard !found.isEmpty else { throw CLError(CL_DEVICE_NOT_FOUND) }
        if let devices {
            for (index, device) in found.prefix(Int(count)).enumerated() { devices[index] = device.opaque }
        }
        countReturned?.pointee = cl_uint(found.count)
    }
}

@_cdecl("conduit_clGetDeviceInfo")
func icdGetDeviceInfo(
    _ device: cl_device_id?, _ name: cl_device_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let device = try DeviceObject.from(device, or: CL_INVALID_DEVICE)
        try info(name, size, value, sizeReturned) { device.info($0) }
    }
}

@_cdecl("conduit_clRetainDevice")
func icdRetainDevice(_ device: cl_device_id?) -> cl_int {
    status { () throws(CLError) in _ = try DeviceObject.from(device, or: CL_INVALID_DEVICE) }
}

@_cdecl("conduit_clReleaseDevice")
func icdReleaseDevice(_ device: cl_device_id?) -> cl_int {
    status { () throws(CLError) in _ = try DeviceObject.from(device, or: CL_INVALID_DEVICE) }
}
