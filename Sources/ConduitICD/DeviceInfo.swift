import COpenCL
import Conduit

/// One adapter as a `cl_device_id`. Root devices are never freed (retain and release are
/// accepted and change nothing, as for any root device). The Conduit `Device` that contexts,
/// queues and buffers use is opened on first use and shared by every context of the process.
final class DeviceObject: ICDObject, @unchecked Sendable {
    let adapter: Adapter
    private let opened = Locked<Device?>(nil)

    init(adapter: Adapter) {
        self.adapter = adapter
        super.init(kind: .device)
    }

    /// The Conduit device, opened the first time a context needs it.
    func device() throws(CLError) -> Device {
        let result: Result<Device, ConduitError> = opened.withLock { device in
            if let device { return .success(device) }
            do {
                let made = try adapter.makeDevice(label: "OpenCL")
                device = made
                return .success(made)
            } catch {
                return .failure(error as! ConduitError)
            }
        }
        return try conduit(CL_OUT_OF_RESOURCES) { () throws(ConduitError) in try result.get() }
    }

    var clType: cl_device_type {
        switch adapter.deviceType {
        case .cpu: cl_device_type(CL_DEVICE_TYPE_CPU)
        case .integratedGPU, .discreteGPU: cl_device_type(CL_DEVICE_TYPE_GPU)
        default: cl_device_type(CL_DEVICE_TYPE_ACCELERATOR)
        }
    }

    var extensions: [String] {
        // The 32-bit atomics extensions are core since OpenCL 1.1, and a 1.1+ device lists them.
        [
            "cl_khr_byte_addressable_store", "cl_khr_global_int32_base_atomics", "cl_khr_global_int32_extended_atomics",
            "cl_khr_local_int32_base_atomics", "cl_khr_local_int32_extended_atomics"
        ] + (adapter.supportsDoublePrecision ? ["cl_khr_fp64"] : [])
    }

    /// The largest single allocation: the adapter's limit, at most a quarter of its memory as
    /// OpenCL's minimum asks (and never less than 1 MiB).
    var maxAllocation: cl_ulong {
        max(min(adapter.limits.maxBufferLength, adapter.memorySize), 1 << 20)
    }

    // swift-format-ignore: CyclomaticComplexity
    func info(_ parameter: UInt32) -> InfoValue? {
        let limits = adapter.limits
        switch Int32(parameter) {
        case CL_DEVICE_TYPE: return InfoValue(clType)
        case CL_DEVICE_VENDOR_ID: return InfoValue(cl_uint(0))
        case CL_DEVICE_MAX_COMPUTE_UNITS: return InfoValue(cl_uint(max(1, adapter.computeUnits)))
        case CL_DEVICE_MAX_WORK_ITEM_DIMENSIONS: return InfoValue(cl_uint(3))
        case CL_DEVICE_MAX_WORK_ITEM_SIZES:
            let sizes = (limits.maxWorkGroupSizes + [1, 1, 1]).prefix(3).map { max($0, 1) }
            return InfoValue(array: sizes)
        case CL_DEVICE_MAX_WORK_GROUP_SIZE: return InfoValue(max(limits.maxWorkGroupSize, 1))
        case CL_DEVICE_PREFERRED_VECTOR_WIDTH_CHAR, CL_DEVICE_NATIVE_VECTOR_WIDTH_CHAR: return InfoValue(cl_uint(16))
        case CL_DEVICE_PREFERRED_VECTOR_WIDTH_SHORT, CL_DEVICE_NATIVE_VECTOR_WIDTH_SHORT: return InfoValue(cl_uint(8))
        case CL_DEVICE_PREFERRED_VECTOR_WIDTH_INT, CL_DEVICE_NATIVE_VECTOR_WIDTH_INT,
            CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT, CL_DEVICE_NATIVE_VECTOR_WIDTH_FLOAT:
            return InfoValue(cl_uint(4))
        case CL_DEVICE_PREFERRED_VECTOR_WIDTH_LONG, CL_DEVICE_NATIVE_VECTOR_WIDTH_LONG: return InfoValue(cl_uint(2))
        case CL_DEVICE_PREFERRED_VECTOR_WIDTH_DOUBLE, CL_DEVICE_NATIVE_VECTOR_WIDTH_DOUBLE:
            return InfoValue(cl_uint(adapter.supportsDoublePrecision ? 2 : 0))
        case CL_DEVICE_PREFERRED_VECTOR_WIDTH_HALF, CL_DEVICE_NATIVE_VECTOR_WIDTH_HALF: return InfoValue(cl_uint(0))
        case CL_DEVICE_MAX_CLOCK_FREQUENCY: return InfoValue(cl_uint(0))
        case CL_DEVICE_ADDRESS_BITS: return InfoValue(cl_uint(64))
        case CL_DEVICE_MAX_MEM_ALLOC_SIZE: return InfoValue(maxAllocation)
        case CL_DEVICE_GLOBAL_MEM_SIZE: return InfoValue(cl_ulong(adapter.memorySize))
        case CL_DEVICE_IMAGE_SUPPORT, CL_DEVICE_ERROR_CORRECTION_SUPPORT, CL_DEVICE_HOST_UNIFIED_MEMORY,
            CL_DEVICE_NON_UNIFORM_WORK_GROUP_SUPPORT, CL_DEVICE_WORK_GROUP_COLLECTIVE_FUNCTIONS_SUPPORT,
            CL_DEVICE_GENERIC_ADDRESS_SPACE_SUPPORT, CL_DEVICE_PIPE_SUPPORT, CL_DEVICE_SUB_GROUP_INDEPENDENT_FORWARD_PROGRESS:
            return .bool(false)
        case CL_DEVICE_ENDIAN_LITTLE, CL_DEVICE_AVAILABLE, CL_DEVICE_COMPILER_AVAILABLE, CL_DEVICE_LINKER_AVAILABLE,
            CL_DEVICE_PREFERRED_INTEROP_USER_SYNC:
            return .bool(true)
        case CL_DEVICE_MAX_READ_IMAGE_ARGS, CL_DEVICE_MAX_WRITE_IMAGE_ARGS, CL_DEVICE_MAX_READ_WRITE_IMAGE_ARGS, CL_DEVICE_MAX_SAMPLERS,
            CL_DEVICE_IMAGE_PITCH_ALIGNMENT, CL_DEVICE_IMAGE_BASE_ADDRESS_ALIGNMENT, CL_DEVICE_MAX_PIPE_ARGS,
            CL_DEVICE_PIPE_MAX_ACTIVE_RESERVATIONS, CL_DEVICE_PIPE_MAX_PACKET_SIZE, CL_DEVICE_MAX_ON_DEVICE_QUEUES,
            CL_DEVICE_MAX_ON_DEVICE_EVENTS, CL_DEVICE_QUEUE_ON_DEVICE_PREFERRED_SIZE, CL_DEVICE_QUEUE_ON_DEVICE_MAX_SIZE,
            CL_DEVICE_PREFERRED_PLATFORM_ATOMIC_ALIGNMENT, CL_DEVICE_PREFERRED_GLOBAL_ATOMIC_ALIGNMENT,
            CL_DEVICE_PREFERRED_LOCAL_ATOMIC_ALIGNMENT, CL_DEVICE_MAX_NUM_SUB_GROUPS, CL_DEVICE_PARTITION_MAX_SUB_DEVICES:
            return InfoValue(cl_uint(0))
        case CL_DEVICE_IMAGE2D_MAX_WIDTH, CL_DEVICE_IMAGE2D_MAX_HEIGHT, CL_DEVICE_IMAGE3D_MAX_WIDTH, CL_DEVICE_IMAGE3D_MAX_HEIGHT,
            CL_DEVICE_IMAGE3D_MAX_DEPTH, CL_DEVICE_IMAGE_MAX_BUFFER_SIZE, CL_DEVICE_IMAGE_MAX_ARRAY_SIZE,
            CL_DEVICE_MAX_GLOBAL_VARIABLE_SIZE, CL_DEVICE_GLOBAL_VARIABLE_PREFERRED_TOTAL_SIZE, CL_DEVICE_PRINTF_BUFFER_SIZE:
            return InfoValue(0)
        case CL_DEVICE_MAX_PARAMETER_SIZE: return InfoValue(1024)
        case CL_DEVICE_MEM_BASE_ADDR_ALIGN: return InfoValue(cl_uint(1024))
        case CL_DEVICE_MIN_DATA_TYPE_ALIGN_SIZE: return InfoValue(cl_uint(128))
        case CL_DEVICE_SINGLE_FP_CONFIG:
            return InfoValue(cl_device_fp_config(CL_FP_ROUND_TO_NEAREST | CL_FP_INF_NAN | CL_FP_FMA | CL_FP_DENORM))
        case CL_DEVICE_DOUBLE_FP_CONFIG:
            let full = CL_FP_FMA | CL_FP_ROUND_TO_NEAREST | CL_FP_ROUND_TO_ZERO | CL_FP_ROUND_TO_INF | CL_FP_INF_NAN | CL_FP_DENORM
            return InfoValue(cl_device_fp_config(adapter.supportsDoublePrecision ? full : 0))
        case CL_DEVICE_GLOBAL_MEM_CACHE_TYPE: return InfoValue(cl_device_mem_cache_type(CL_NONE))
        case CL_DEVICE_GLOBAL_MEM_CACHELINE_SIZE: return InfoValue(cl_uint(0))
        case CL_DEVICE_GLOBAL_MEM_CACHE_SIZE: return InfoValue(cl_ulong(0))
        case CL_DEVICE_MAX_CONSTANT_BUFFER_SIZE: return InfoValue(cl_ulong(64 << 10))
        case CL_DEVICE_MAX_CONSTANT_ARGS: return InfoValue(cl_uint(8))
        case CL_DEVICE_LOCAL_MEM_TYPE: return InfoValue(cl_device_local_mem_type(CL_LOCAL))
        case CL_DEVICE_LOCAL_MEM_SIZE: return InfoValue(cl_ulong(limits.maxLocalMemoryLength))
        case CL_DEVICE_PROFILING_TIMER_RESOLUTION: return InfoValue(1)
        case CL_DEVICE_EXECUTION_CAPABILITIES: return InfoValue(cl_device_exec_capabilities(CL_EXEC_KERNEL))
        case CL_DEVICE_QUEUE_PROPERTIES:
            return InfoValue(cl_command_queue_properties(CL_QUEUE_OUT_OF_ORDER_EXEC_MODE_ENABLE | CL_QUEUE_PROFILING_ENABLE))
        case CL_DEVICE_QUEUE_ON_DEVICE_PROPERTIES, CL_DEVICE_SVM_CAPABILITIES, CL_DEVICE_DEVICE_ENQUEUE_CAPABILITIES,
            CL_DEVICE_PARTITION_AFFINITY_DOMAIN:
            return InfoValue(cl_bitfield(0))
        case CL_DEVICE_PLATFORM: return InfoValue(PlatformObject.shared.opaque)
        case CL_DEVICE_NAME: return InfoValue(adapter.name)
        case CL_DEVICE_VENDOR: return InfoValue(adapter.vendor)
        case CL_DRIVER_VERSION: return InfoValue(adapter.driverVersion)
        case CL_DEVICE_PROFILE: return InfoValue("FULL_PROFILE")
        case CL_DEVICE_VERSION: return InfoValue("OpenCL 3.0 Conduit (\(adapter.backend))")
        case CL_DEVICE_NUMERIC_VERSION: return InfoValue(InfoValue.version(3, 0))
        case CL_DEVICE_OPENCL_C_VERSION: return InfoValue("OpenCL C 1.2 Conduit")
        case CL_DEVICE_OPENCL_C_ALL_VERSIONS:
            return .nameVersions([(1, 0), (1, 1), (1, 2), (3, 0)].map { ("OpenCL C", InfoValue.version($0.0, $0.1)) })
        case CL_DEVICE_OPENCL_C_FEATURES:
            let features = ["__opencl_c_int64"] + (adapter.supportsDoublePrecision ? ["__opencl_c_fp64"] : [])
            return .nameVersions(features.map { ($0, InfoValue.version(3, 0)) })
        case CL_DEVICE_ILS_WITH_VERSION, CL_DEVICE_BUILT_IN_KERNELS_WITH_VERSION:
            return .nameVersions([])
        case CL_DEVICE_EXTENSIONS: return InfoValue(extensions.joined(separator: " "))
        case CL_DEVICE_EXTENSIONS_WITH_VERSION: return .nameVersions(extensions.map { ($0, InfoValue.version(1, 0)) })
        case CL_DEVICE_BUILT_IN_KERNELS, CL_DEVICE_IL_VERSION: return InfoValue("")
        case CL_DEVICE_LATEST_CONFORMANCE_VERSION_PASSED: return InfoValue("v0000-01-01-00")
        case CL_DEVICE_PARENT_DEVICE: return InfoValue(UInt(0))
        case CL_DEVICE_PARTITION_PROPERTIES: return InfoValue(cl_device_partition_property(0))
        case CL_DEVICE_PARTITION_TYPE: return InfoValue(bytes: [])
        case CL_DEVICE_REFERENCE_COUNT: return InfoValue(cl_uint(1))
        case CL_DEVICE_PREFERRED_WORK_GROUP_SIZE_MULTIPLE: return InfoValue(1)
        case CL_DEVICE_ATOMIC_MEMORY_CAPABILITIES:
            return InfoValue(cl_device_atomic_capabilities(CL_DEVICE_ATOMIC_ORDER_RELAXED | CL_DEVICE_ATOMIC_SCOPE_WORK_GROUP))
        case CL_DEVICE_ATOMIC_FENCE_CAPABILITIES:
            return InfoValue(
                cl_device_atomic_capabilities(
                    CL_DEVICE_ATOMIC_ORDER_RELAXED | CL_DEVICE_ATOMIC_ORDER_ACQ_REL | CL_DEVICE_ATOMIC_SCOPE_WORK_GROUP))
        default: return nil
        }
    }
}
