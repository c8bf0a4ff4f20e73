import COpenCL
import ConduitHAL

/// The one door to the OpenCL C API: typed wrappers that turn status codes into errors.
enum CL {
    struct Error: Swift.Error, CustomStringConvertible {
        var function: String
        var status: cl_int
        var description: String { "\(function) failed with OpenCL status \(status)" }
        var backendError: BackendError {
            switch status {
            case CL_MEM_OBJECT_ALLOCATION_FAILURE, CL_OUT_OF_RESOURCES, CL_OUT_OF_HOST_MEMORY:
                .outOfMemory(requestedBytes: 0)
            case CL_DEVICE_NOT_AVAILABLE:
                .deviceLost(description)
            default:
                .deviceLost(description)
            }
        }
    }

    static func check(_ status: cl_int, _ function: String) throws(CL.Error) {
        guard status == CL_SUCCESS else { throw Error(function: function, status: status) }
    }

    /// Every platform's devices. Corresponds to clGetPlatformIDs + clGetDeviceIDs.
    static func devices() -> [(platform: cl_platform_id, device: cl_device_id)] {
        var count: cl_uint = 0
        guard clGetPlatformIDs(0, nil, &count) == CL_SUCCESS, count > 0 else { return [] }
        var platforms = [cl_platform_id?](repeating: nil, count: Int(count))
        guard clGetPlatformIDs(count, &platforms, nil) == CL_SUCCESS else { return [] }
        var result: [(cl_platform_id, cl_device_id)] = []
        for case let platform? in platforms {
            var deviceCount: cl_uint = 0
            guard clGetDeviceIDs(platform, cl_device_type(CL_DEVICE_TYPE_ALL), 0, nil, &deviceCount) == CL_SUCCESS, deviceCount > 0 else { continue }
            var devices = [cl_device_id?](repeating: nil, count: Int(deviceCount))
            guard clGetDeviceIDs(platform, cl_device_type(CL_DEVICE_TYPE_ALL), deviceCount, &devices, nil) == CL_SUCCESS else { continue }
            for case let device? in devices { result.append((platform, device)) }
        }
        return result
    }

    /// A string device property. Corresponds to clGetDeviceInfo.
    static func string(_ device: cl_device_id, _ parameter: Int32) -> String {
        var size = 0
        guard clGetDeviceInfo(device, cl_device_info(parameter), 0, nil, &size) == CL_SUCCESS, size > 0 else { return "" }
        var bytes = [CChar](repeating: 0, count: size)
        guard clGetDeviceInfo(device, cl_device_info(parameter), size, &bytes, nil) == CL_SUCCESS else { return "" }
        return bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }.trimmingCharacters(in: " ")
    }

    static func platformString(_ platform: cl_platform_id, _ parameter: Int32) -> String {
        var size = 0
        guard clGetPlatformInfo(platform, cl_platform_info(parameter), 0, nil, &size) == CL_SUCCESS, size > 0 else { return "" }
        var bytes = [CChar](repeating: 0, count: size)
        guard clGetPlatformInfo(platform, cl_platform_info(parameter), size, &bytes, nil) == CL_SUCCESS else { return "" }
        return bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// A fixed-size device property (cl_uint, cl_ulong, size_t, bitfields).
    static func value<T: FixedWidthInteger>(_ device: cl_device_id, _ parameter: Int32, as type: T.Type) -> T {
        var value = T.zero
        _ = withUnsafeMutableBytes(of: &value) { clGetDeviceInfo(device, cl_device_info(parameter), MemoryLayout<T>.size, $0.baseAddress, nil) }
        return value
    }

    static func sizes(_ device: cl_device_id, _ parameter: Int32) -> [Int] {
        var values = [Int](repeating: 0, count: 3)
        _ = values.withUnsafeMutableBytes { clGetDeviceInfo(device, cl_device_info(parameter), $0.count, $0.baseAddress, nil) }
        return values
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) || last == "\0" { slice = slice.dropLast() }
        return String(slice)
    }
}
