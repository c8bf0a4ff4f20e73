import CConduitShims
import COpenCL
import Foundation

/// Runs generated programs on the first OpenCL device of a platform other than Conduit's, from the
/// original source, without Conduit in between: the reference the tester compares against (PoCL
/// here). The one file of the tester that talks to the OpenCL C API.
///
/// `@unchecked Sendable`: every stored property is immutable, OpenCL contexts and queues may be
/// used from any thread, and each run makes its own program, kernel and buffers.
package final class DirectOpenCLRunner: @unchecked Sendable {
    package let name: String
    let device: cl_device_id
    let context: cl_context
    let queue: cl_command_queue
    /// Build options: "" for the driver's default, `-cl-opt-disable` for the third opinion.
    let options: String

    package init?(options: String = "") {
        // Setup under the process-wide OpenCL lock (CConduitShims): PoCL rewrites a device's
        // strings in its first clCreateContext.
        conduit_opencl_setup_lock()
        defer { conduit_opencl_setup_unlock() }
        var count: cl_uint = 0
        guard clGetPlatformIDs(0, nil, &count) == CL_SUCCESS, count > 0 else { return nil }
        var platforms = [cl_platform_id?](repeating: nil, count: Int(count))
        guard clGetPlatformIDs(count, &platforms, nil) == CL_SUCCESS else { return nil }
        var found: cl_device_id?
        for platform in platforms where !Self.info(platform, CL_PLATFORM_NAME).contains("Conduit") {
            var device: cl_device_id?
            if clGetDeviceIDs(platform, cl_device_type(CL_DEVICE_TYPE_ALL), 1, &device, nil) == CL_SUCCESS, device != nil {
                found = device
                break
            }
        }
        guard let device = found else { return nil }
        var status: cl_int = 0
        var devices: [cl_device_id?] = [device]
        guard let context = clCreateContext(nil, 1, &devices, nil, nil, &status), status == CL_SUCCESS else { return nil }
        guard let queue = clCreateCommandQueue(context, device, 0, &status), status == CL_SUCCESS else {
            clReleaseContext(context)
            return nil
        }
        var size = 0
        clGetDeviceInfo(device, cl_device_info(CL_DEVICE_NAME), 0, nil, &size)
        var chars = [CChar](repeating: 0, count: max(size, 1))
        clGetDeviceInfo(device, cl_device_info(CL_DEVICE_NAME), size, &chars, nil)
        self.device = device
        self.context = context
        self.queue = queue
        self.options = options
        name = "direct \(chars.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })" + (options.isEmpty ? "" : " \(options)")
    }

    deinit {
        clReleaseCommandQueue(queue)
        clReleaseContext(context)
    }

    private static func info(_ platform: cl_platform_id?, _ what: Int32) -> String {
        var size = 0
        guard clGetPlatformInfo(platform, cl_platform_info(what), 0, nil, &size) == CL_SUCCESS, size > 0 else { return "" }
        var chars = [CChar](repeating: 0, count: size)
        clGetPlatformInfo(platform, cl_platform_info(what), size, &chars, nil)
        return chars.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    package func run(_ program: GeneratedProgram) -> RunOutcome {
        var status: cl_int = 0
        let built = program.source.withCString { text -> cl_program? in
            var pointer: UnsafePointer<CChar>? = text
            var length = strlen(text)
            return clCreateProgramWithSource(context, 1, &pointer, &length, &status)
        }
        guard let clProgram = built, status == CL_SUCCESS else { return .failed("clCreateProgramWithSource: \(status)") }
        defer { clReleaseProgram(clProgram) }
        var devices: [cl_device_id?] = [device]
        // `-w`: the generated programs warn by design (constant conditions, narrowing); the driver
        // would print a count of them to stderr for every build.
        guard clBuildProgram(clProgram, 1, &devices, options + " -w", nil, nil) == CL_SUCCESS else { return .rejected(buildLog(clProgram)) }
        guard let kernel = clCreateKernel(clProgram, program.kernelName, &status), status == CL_SUCCESS else {
            return .failed("clCreateKernel: \(status)")
        }
        defer { clReleaseKernel(kernel) }
        var out = [UInt64](repeating: 0, count: program.globalSize)
        var acc = program.accumulatorInitial
        var input = program.input
        guard let outBuffer = makeBuffer(&out), let inBuffer = makeBuffer(&input), let accBuffer = makeBuffer(&acc) else {
            return .failed("clCreateBuffer failed")
        }
        defer { [outBuffer, inBuffer, accBuffer].forEach { clReleaseMemObject($0) } }
        var arguments: [cl_mem?] = [outBuffer, inBuffer, accBuffer]
        for index in 0..<3 {
            guard clSetKernelArg(kernel, cl_uint(index), MemoryLayout<cl_mem?>.size, &arguments[index]) == CL_SUCCESS else {
                return .failed("clSetKernelArg \(index)")
            }
        }
        var global = program.globalSize, local = program.localSize
        status = clEnqueueNDRangeKernel(queue, kernel, 1, nil, &global, &local, 0, nil, nil)
        guard status == CL_SUCCESS else { return .failed("clEnqueueNDRangeKernel: \(status)") }
        let readOut = out.withUnsafeMutableBytes { clEnqueueReadBuffer(queue, outBuffer, cl_bool(CL_TRUE), 0, $0.count, $0.baseAddress, 0, nil, nil) }
        let readAcc = acc.withUnsafeMutableBytes { clEnqueueReadBuffer(queue, accBuffer, cl_bool(CL_TRUE), 0, $0.count, $0.baseAddress, 0, nil, nil) }
        guard readOut == CL_SUCCESS, readAcc == CL_SUCCESS else { return .failed("clEnqueueReadBuffer: \(readOut), \(readAcc)") }
        return .result(GeneratedProgram.Result(out: out, acc: acc))
    }

    private func makeBuffer<T>(_ array: inout [T]) -> cl_mem? {
        var status: cl_int = 0
        let memory = array.withUnsafeMutableBytes { raw in
            clCreateBuffer(context, cl_mem_flags(CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR), raw.count, raw.baseAddress, &status)
        }
        return status == CL_SUCCESS ? memory : nil
    }

    private func buildLog(_ program: cl_program) -> String {
        var size = 0
        clGetProgramBuildInfo(program, device, cl_program_build_info(CL_PROGRAM_BUILD_LOG), 0, nil, &size)
        var log = [CChar](repeating: 0, count: max(size, 1))
        clGetProgramBuildInfo(program, device, cl_program_build_info(CL_PROGRAM_BUILD_LOG), size, &log, nil)
        return "build failed: " + log.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
