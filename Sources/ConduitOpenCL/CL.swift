import CConduitShims
import COpenCL
import ConduitHAL

/// The one door to the OpenCL C API: typed wrappers that turn status codes into errors.
enum CL {
    struct Error: Swift.Error, CustomStringConvertible {
        var function: String
        var status: cl_int
        var description: String { "\(function) failed with \(CL.statusName(status)) (\(status))" }

        /// What the failure means to the client: exhausted resources are an out-of-memory error on
        /// that command buffer, a launch shape the driver refuses is unsupported, anything else
        /// (the device vanished, the driver broke) loses the device.
        var backendError: BackendError {
            switch status {
            case CL_MEM_OBJECT_ALLOCATION_FAILURE, CL_OUT_OF_RESOURCES, CL_OUT_OF_HOST_MEMORY:
                .outOfResources("the OpenCL driver ran out of resources: \(description)")
            case CL_INVALID_WORK_GROUP_SIZE, CL_INVALID_WORK_ITEM_SIZE, CL_INVALID_GLOBAL_WORK_SIZE, CL_INVALID_GLOBAL_OFFSET:
                .unavailable("the OpenCL driver refused the launch: \(description)")
            default:
                .deviceLost(description)
            }
        }
    }

    /// The OpenCL name of a status code (CL_OUT_OF_RESOURCES), for messages.
    static func statusName(_ status: cl_int) -> String { statusNames[status] ?? "OpenCL status" }

    private static let statusNames: [cl_int: String] = [
        CL_SUCCESS: "CL_SUCCESS", CL_DEVICE_NOT_FOUND: "CL_DEVICE_NOT_FOUND", CL_DEVICE_NOT_AVAILABLE: "CL_DEVICE_NOT_AVAILABLE",
        CL_COMPILER_NOT_AVAILABLE: "CL_COMPILER_NOT_AVAILABLE", CL_MEM_OBJECT_ALLOCATION_FAILURE: "CL_MEM_OBJECT_ALLOCATION_FAILURE",
        CL_OUT_OF_RESOURCES: "CL_OUT_OF_RESOURCES", CL_OUT_OF_HOST_MEMORY: "CL_OUT_OF_HOST_MEMORY",
        CL_BUILD_PROGRAM_FAILURE: "CL_BUILD_PROGRAM_FAILURE", CL_INVALID_VALUE: "CL_INVALID_VALUE",
        CL_INVALID_CONTEXT: "CL_INVALID_CONTEXT", CL_INVALID_COMMAND_QUEUE: "CL_INVALID_COMMAND_QUEUE",
        CL_INVALID_MEM_OBJECT: "CL_INVALID_MEM_OBJECT", CL_INVALID_PROGRAM_EXECUTABLE: "CL_INVALID_PROGRAM_EXECUTABLE",
        CL_INVALID_KERNEL_NAME: "CL_INVALID_KERNEL_NAME", CL_INVALID_KERNEL: "CL_INVALID_KERNEL",
        CL_INVALID_ARG_INDEX: "CL_INVALID_ARG_INDEX", CL_INVALID_ARG_VALUE: "CL_INVALID_ARG_VALUE",
        CL_INVALID_ARG_SIZE: "CL_INVALID_ARG_SIZE", CL_INVALID_KERNEL_ARGS: "CL_INVALID_KERNEL_ARGS",
        CL_INVALID_WORK_DIMENSION: "CL_INVALID_WORK_DIMENSION", CL_INVALID_WORK_GROUP_SIZE: "CL_INVALID_WORK_GROUP_SIZE",
        CL_INVALID_WORK_ITEM_SIZE: "CL_INVALID_WORK_ITEM_SIZE", CL_INVALID_GLOBAL_OFFSET: "CL_INVALID_GLOBAL_OFFSET",
        CL_INVALID_BUFFER_SIZE: "CL_INVALID_BUFFER_SIZE", CL_INVALID_GLOBAL_WORK_SIZE: "CL_INVALID_GLOBAL_WORK_SIZE"
    ]

    /// Runs `body` holding the process-wide OpenCL setup lock (CConduitShims): held while devices
    /// are enumerated and described and while a context is made, by every part of Conduit that
    /// talks to OpenCL. PoCL 3.1 finishes a device's setup in its first `clCreateContext` and
    /// rewrites the device's strings then: a `clGetDeviceInfo` meanwhile read a null string.
    static func setup<Result>(_ body: () throws -> Result) rethrows -> Result {
        conduit_opencl_setup_lock()
        defer { conduit_opencl_setup_unlock() }
        return try body()
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
        // Conduit's own platform (its ICD, when installed) is never a backend: that would recurse.
        for case let platform? in platforms where platformString(platform, CL_PLATFORM_ICD_SUFFIX_KHR) != "conduit" {
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

    /// A fixed-size device property (cl_uint, cl_ulong, size_t, bitfields); 0 where the driver
    /// does not answer (the adapter then reports the property as 0).
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
