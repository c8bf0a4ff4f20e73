import COpenCL
import Foundation

/// OpenCL called directly, without Conduit: the reference for kernel benchmarks. The one file of
/// the benchmarks that talks to the OpenCL C API.
public enum OpenCLDirect {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The first OpenCL device of any platform, or nil when there is none.
    final class Session {
        let device: cl_device_id
        let context: cl_context
        let queue: cl_command_queue
        let deviceName: String

        init?() {
            var platformCount: cl_uint = 0
            guard clGetPlatformIDs(0, nil, &platformCount) == CL_SUCCESS, platformCount > 0 else { return nil }
            var platforms = [cl_platform_id?](repeating: nil, count: Int(platformCount))
            clGetPlatformIDs(platformCount, &platforms, nil)
            var found: cl_device_id?
            for platform in platforms {
                var device: cl_device_id?
                if clGetDeviceIDs(platform, cl_device_type(CL_DEVICE_TYPE_ALL), 1, &device, nil) == CL_SUCCESS, device != nil {
                    found = device
                    break
                }
            }
            guard let device = found else { return nil }
            var error: cl_int = 0
            var devices: [cl_device_id?] = [device]
            guard let context = clCreateContext(nil, 1, &devices, nil, nil, &error), error == CL_SUCCESS else { return nil }
            guard let queue = clCreateCommandQueue(context, device, 0, &error), error == CL_SUCCESS else {
                clReleaseContext(context)
                return nil
            }
            var size = 0
            clGetDeviceInfo(device, cl_device_info(CL_DEVICE_NAME), 0, nil, &size)
            var name = [CChar](repeating: 0, count: max(size, 1))
            clGetDeviceInfo(device, cl_device_info(CL_DEVICE_NAME), size, &name, nil)
            self.device = device
            self.context = context
            self.queue = queue
            self.deviceName = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }

        deinit {
            clReleaseCommandQueue(queue)
            clReleaseContext(context)
        }

        func build(_ source: String, options: String = "") throws -> cl_program {
            var error: cl_int = 0
            let program = source.withCString { text -> cl_program? in
                var pointer: UnsafePointer<CChar>? = text
                var length = strlen(text)
                return clCreateProgramWithSource(context, 1, &pointer, &length, &error)
            }
            guard let program, error == CL_SUCCESS else { throw Failure(description: "clCreateProgramWithSource failed: \(error)") }
            var devices: [cl_device_id?] = [device]
            let status = clBuildProgram(program, 1, &devices, options, nil, nil)
            guard status == CL_SUCCESS else {
                var size = 0
                clGetProgramBuildInfo(program, device, cl_program_build_info(CL_PROGRAM_BUILD_LOG), 0, nil, &size)
                var log = [CChar](repeating: 0, count: max(size, 1))
                clGetProgramBuildInfo(program, device, cl_program_build_info(CL_PROGRAM_BUILD_LOG), size, &log, nil)
                throw Failure(description: "clBuildProgram failed (\(status)): \(log.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })")
            }
            return program
        }

        func buffer(_ values: [Float]) throws -> cl_mem {
            var error: cl_int = 0
            let memory = values.withUnsafeBytes { raw in
                clCreateBuffer(context, cl_mem_flags(CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR), raw.count,
                               UnsafeMutableRawPointer(mutating: raw.baseAddress), &error)
            }
            guard let memory, error == CL_SUCCESS else { throw Failure(description: "clCreateBuffer failed: \(error)") }
            return memory
        }

        func read(_ memory: cl_mem, count: Int) -> [Float] {
            var values = [Float](repeating: 0, count: count)
            values.withUnsafeMutableBytes { raw in
                _ = clEnqueueReadBuffer(queue, memory, cl_bool(CL_TRUE), 0, raw.count, raw.baseAddress, 0, nil, nil)
            }
            return values
        }
    }

    /// Median seconds of one `clEnqueueNDRangeKernel` + `clFinish` of a one-item kernel.
    public static func dispatchLatency(source: String, kernelName: String, repeats: Int) throws -> Timing {
        guard let session = Session() else { throw Failure(description: "no OpenCL device") }
        let program = try session.build(source)
        defer { clReleaseProgram(program) }
        var error: cl_int = 0
        guard let kernel = clCreateKernel(program, kernelName, &error) else { throw Failure(description: "clCreateKernel failed: \(error)") }
        defer { clReleaseKernel(kernel) }
        var buffer: cl_mem? = try session.buffer([0, 0, 0, 0])
        defer { clReleaseMemObject(buffer) }
        clSetKernelArg(kernel, 0, MemoryLayout<cl_mem?>.size, &buffer)
        var global = 1
        return Timing.measure(iterations: repeats, warmUp: 20) {
            clEnqueueNDRangeKernel(session.queue, kernel, 1, nil, &global, nil, 0, nil, nil)
            clFinish(session.queue)
        }
    }

    /// Whether an OpenCL device is present, and its name.
    public static var deviceName: String? { Session()?.deviceName }

    /// Runs `nbody_step` from `source` for `iterations` steps on the first OpenCL device.
    /// - Returns: seconds per step (median of `repeats` timed runs after one warm-up step), the
    ///   device name, and the final positions.
    public static func nbody(source: String, bodies: Int, iterations: Int, localSize: Int, positions: [Float], velocities: [Float],
                             dt: Float, damping: Float, repeats: Int) throws -> (seconds: Timing, device: String, positions: [Float]) {
        guard let session = Session() else { throw Failure(description: "no OpenCL device") }
        let program = try session.build(source)
        defer { clReleaseProgram(program) }
        var error: cl_int = 0
        guard let kernel = clCreateKernel(program, "nbody_step", &error), error == CL_SUCCESS else {
            throw Failure(description: "clCreateKernel failed: \(error)")
        }
        defer { clReleaseKernel(kernel) }
        let buffers = [try session.buffer(positions), try session.buffer(velocities), try session.buffer(positions), try session.buffer(velocities)]
        defer { buffers.forEach { clReleaseMemObject($0) } }
        var n = Int32(bodies), step = dt, damp = damping
        var global = bodies, local = localSize
        func enqueue(_ parity: Int) {
            var inputs = [buffers[parity * 2], buffers[parity * 2 + 1], buffers[(1 - parity) * 2], buffers[(1 - parity) * 2 + 1]]
            for index in 0..<4 { clSetKernelArg(kernel, cl_uint(index), MemoryLayout<cl_mem?>.size, &inputs[index]) }
            clSetKernelArg(kernel, 4, localSize * 16, nil)
            clSetKernelArg(kernel, 5, 4, &n)
            clSetKernelArg(kernel, 6, 4, &step)
            clSetKernelArg(kernel, 7, 4, &damp)
            clEnqueueNDRangeKernel(session.queue, kernel, 1, nil, &global, &local, 0, nil, nil)
        }
        enqueue(0)
        clFinish(session.queue)
        var parity = 1
        let timing = Timing.measure(iterations: repeats, warmUp: 0) {
            for _ in 0..<iterations {
                enqueue(parity)
                parity = 1 - parity
            }
            clFinish(session.queue)
        }
        let final = session.read(buffers[parity * 2], count: bodies * 4)
        return (Timing(samples: timing.samples.map { $0 / Double(iterations) }), session.deviceName, final)
    }
}
