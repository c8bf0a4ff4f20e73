import COpenCL
import ConduitHAL
import ConduitKernel
import ConduitTypes
import Synchronization

/// Every OpenCL device ocl-icd finds becomes an adapter: PoCL's CPU device here, GPUs where
/// present. No OpenCL, or no platform, means no adapters and no error.
package final class OpenCLBackend: Backend, @unchecked Sendable {
    // SAFETY: `devices` is written once in init; OpenCL handles are thread-safe to share.
    private let devices: [(platform: cl_platform_id, device: cl_device_id)]
    package let adapters: [AdapterDescription]

    package init() {
        (devices, adapters) = CL.setup {
            let devices = CL.devices()
            return (devices, devices.map { Self.describe($0.platform, $0.device) })
        }
    }

    static func describe(_ platform: cl_platform_id, _ device: cl_device_id) -> AdapterDescription {
        let type = CL.value(device, CL_DEVICE_TYPE, as: cl_device_type.self)
        let unified = CL.value(device, CL_DEVICE_HOST_UNIFIED_MEMORY, as: cl_bool.self) != 0
        let adapterType: AdapterType =
            type & cl_device_type(CL_DEVICE_TYPE_GPU) != 0
            ? (unified ? .integratedGPU : .discreteGPU)
            : type & cl_device_type(CL_DEVICE_TYPE_ACCELERATOR) != 0 ? .accelerator : .cpu
        let sizes = CL.sizes(device, CL_DEVICE_MAX_WORK_ITEM_SIZES)
        return AdapterDescription(
            name: CL.string(device, CL_DEVICE_NAME),
            vendor: CL.string(device, CL_DEVICE_VENDOR),
            driverVersion:
                "\(CL.platformString(platform, CL_PLATFORM_NAME)); \(CL.string(device, CL_DEVICE_VERSION)); driver \(CL.string(device, CL_DRIVER_VERSION))",
            backend: .openCL,
            type: adapterType,
            isHardware: adapterType != .cpu,
            isComputeOnly: adapterType == .accelerator || adapterType == .cpu,
            memoryBytes: CL.value(device, CL_DEVICE_GLOBAL_MEM_SIZE, as: cl_ulong.self),
            computeUnits: CL.value(device, CL_DEVICE_MAX_COMPUTE_UNITS, as: cl_uint.self),
            maxBufferLength: CL.value(device, CL_DEVICE_MAX_MEM_ALLOC_SIZE, as: cl_ulong.self),
            maxWorkGroupSize: UInt32(min(1024, CL.value(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, as: Int.self))),
            maxWorkGroupSizes: sizes.map { UInt32(min($0, 1024)) },
            maxLocalMemoryBytes: CL.value(device, CL_DEVICE_LOCAL_MEM_SIZE, as: cl_ulong.self),
            // OpenCL 1.2 core: a device without double precision reports no fp64 capabilities.
            // (Not CL_DEVICE_EXTENSIONS: PoCL 3.1 can answer it with a null string while another
            // thread initialises the platform.)
            supportsDoublePrecision: CL.value(device, CL_DEVICE_DOUBLE_FP_CONFIG, as: cl_device_fp_config.self) != 0)
    }

    package func makeDevice(adapterIndex: Int) throws(BackendError) -> any BackendDevice {
        do {
            return try OpenCLDevice(device: devices[adapterIndex].device, description: adapters[adapterIndex])
        } catch {
            throw error.backendError
        }
    }
}
