import CConduitShims
import COpenCL
import Foundation

/// OpenCL called directly, without Conduit: the reference for kernel benchmarks. The one file of
/// the benchmarks that talks to the OpenCL C API.
public enum OpenCLDirect {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// An OpenCL device, its context and queue: the first device of any platform, or device
    /// `deviceIndex` of the platform named `platform`; nil when there is none.
    final class Session {
        let device: cl_device_id
        let context: cl_context
        let queue: cl_command_queue
        let deviceName: String

        init?(platform wanted: String? = nil, deviceIndex: Int = 0) {
            // Setup under the process-wide OpenCL lock (CConduitShims), as every Conduit part does.
            conduit_opencl_setup_lock()
            defer { conduit_opencl_setup_unlock() }
            var platformCount: cl_uint = 0
            guard clGetPlatformIDs(0, nil, &platformCount) == CL_SUCCESS, platformCount > 0 else { return nil }
            var platforms = [cl_platform_id?](repeating: nil, count: Int(platformCount))
            clGetPlatformIDs(platformCount, &platforms, nil)
            var found: cl_device_id?
            // With no name, any platform but Conduit's own ICD (the reference must not be Conduit).
            for case let platform? in platforms where wanted.map({ Self.name(of: platform) == $0 }) ?? (Self.name(of: platform) != "Conduit") {
                var devices = [cl_device_id?](repeating: nil, count: deviceIndex + 1)
                var count: cl_uint = 0
                let status = clGetDeviceIDs(platform, cl_device_type(CL_DEVICE_TYPE_ALL), cl_uint(devices.count), &devices, &count)
                if status == CL_SUCCESS, Int(count) > deviceIndex, let device = devices[deviceIndex] {
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

        static func name(of platform: cl_platform_id) -> String {
            var bytes = [CChar](repeating: 0, count: 256)
            clGetPlatformInfo(platform, cl_platform_info(CL_PLATFORM_NAME), bytes.count, &bytes, nil)
            return bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
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
                clCreateBuffer(
                    context, cl_mem_flags(CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR), raw.count,
                    UnsafeMutableRawPointer(mutating: raw.baseAddress), &error)
            }
            guard let memory, error == CL_SUCCESS else { throw Failure(description: "clCreateBuffer failed: \(error)") }
            return memory
        }
    }

    /// A one-buffer kernel set up on the first OpenCL device; `run(count:)` launches it one
    /// work-item at a time, each `clEnqueueNDRangeKernel` followed by `clFinish`.
    public final class DispatchRunner {
        let session: Session
        let program: cl_program
        let kernel: cl_kernel
        var buffer: cl_mem?

        public var deviceName: String { session.deviceName }

        /// - Parameters:
        ///   - platform: the platform's name (`"Conduit"` for Conduit's ICD); the first with a device when nil.
        ///   - deviceIndex: which of its devices.
        public init(source: String, kernelName: String, platform: String? = nil, deviceIndex: Int = 0) throws {
            guard let session = Session(platform: platform, deviceIndex: deviceIndex) else {
                throw Failure(description: "no OpenCL device \(deviceIndex) on platform \(platform ?? "(any)")")
            }
            self.session = session
            program = try session.build(source)
            var error: cl_int = 0
            guard let kernel = clCreateKernel(program, kernelName, &error) else {
                clReleaseProgram(program)
                throw Failure(description: "clCreateKernel failed: \(error)")
            }
            self.kernel = kernel
            buffer = try session.buffer([0, 0, 0, 0])
            clSetKernelArg(kernel, 0, MemoryLayout<cl_mem?>.size, &buffer)
        }

        deinit {
            clReleaseMemObject(buffer)
            clReleaseKernel(kernel)
            clReleaseProgram(program)
        }

        /// Enqueues `count` one-item launches back to back, then waits once (`clFinish`).
        public func pipelined(count: Int) {
            var global = 1
            for _ in 0..<count { clEnqueueNDRangeKernel(session.queue, kernel, 1, nil, &global, nil, 0, nil, nil) }
            clFinish(session.queue)
        }

        /// - Parameter spinWait: wait as Conduit's OpenCL backend does: poll the launch's event
        ///   for up to 100 µs, then `clFinish`; false for a plain `clFinish`.
        public func run(count: Int, spinWait: Bool = false) {
            var global = 1
            for _ in 0..<count {
                guard spinWait else {
                    clEnqueueNDRangeKernel(session.queue, kernel, 1, nil, &global, nil, 0, nil, nil)
                    clFinish(session.queue)
                    continue
                }
                var launch: cl_event?
                clEnqueueNDRangeKernel(session.queue, kernel, 1, nil, &global, nil, 0, nil, &launch)
                clFlush(session.queue)
                let deadline = ContinuousClock.now + .microseconds(100)
                var status = cl_int(CL_QUEUED)
                repeat {
                    clGetEventInfo(launch, cl_event_info(CL_EVENT_COMMAND_EXECUTION_STATUS), MemoryLayout<cl_int>.size, &status, nil)
                } while status > CL_COMPLETE && ContinuousClock.now < deadline
                clFinish(session.queue)
                clReleaseEvent(launch)
            }
        }
    }

    /// `nbody_step` set up on the first OpenCL device; `run(steps:)` advances it.
    public final class NBodyRunner {
        let session: Session
        let program: cl_program
        let kernel: cl_kernel
        let buffers: [cl_mem]
        let bodies: Int, localSize: Int
        var n: Int32, dt: Float, damping: Float
        var parity = 0
        public var deviceName: String { session.deviceName }

        public init(source: String, bodies: Int, localSize: Int, positions: [Float], velocities: [Float], dt: Float, damping: Float) throws {
            guard let session = Session() else { throw Failure(description: "no OpenCL device") }
            self.session = session
            program = try session.build(source)
            var error: cl_int = 0
            guard let kernel = clCreateKernel(program, "nbody_step", &error) else {
                clReleaseProgram(program)
                throw Failure(description: "clCreateKernel failed: \(error)")
            }
            self.kernel = kernel
            buffers = [try session.buffer(positions), try session.buffer(velocities), try session.buffer(positions), try session.buffer(velocities)]
            self.bodies = bodies
            self.localSize = localSize
            n = Int32(bodies)
            self.dt = dt
            self.damping = damping
        }

        deinit {
            buffers.forEach { clReleaseMemObject($0) }
            clReleaseKernel(kernel)
            clReleaseProgram(program)
        }

        /// Enqueues `steps` steps and waits for them.
        public func run(steps: Int) {
            var global = bodies, local = localSize
            for _ in 0..<steps {
                var inputs: [cl_mem?] = [buffers[parity * 2], buffers[parity * 2 + 1], buffers[(1 - parity) * 2], buffers[(1 - parity) * 2 + 1]]
                for index in 0..<4 { clSetKernelArg(kernel, cl_uint(index), MemoryLayout<cl_mem?>.size, &inputs[index]) }
                clSetKernelArg(kernel, 4, localSize * 16, nil)
                clSetKernelArg(kernel, 5, 4, &n)
                clSetKernelArg(kernel, 6, 4, &dt)
                clSetKernelArg(kernel, 7, 4, &damping)
                clEnqueueNDRangeKernel(session.queue, kernel, 1, nil, &global, &local, 0, nil, nil)
                parity = 1 - parity
            }
            clFinish(session.queue)
        }
    }
}
