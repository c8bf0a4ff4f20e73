import ConduitWire

/// One compute adapter a host offers: a CPU, an OpenCL device, a GPU.
///
/// Corresponds to `IDXCoreAdapter`, `cl_device_id` and `MTLDevice`'s properties.
public struct Adapter: Sendable, CustomStringConvertible {
    /// Which implementation runs an adapter's work.
    public struct Backend: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Conduit's CPU backend: the bytecode interpreter and OpenBLAS.
        public static let cpu = Backend(rawValue: "cpu")
        /// A device reached through the system's OpenCL driver.
        public static let openCL = Backend(rawValue: "opencl")
        public var description: String { rawValue }
    }

    /// The class of device (DXCore's hardware types, `CL_DEVICE_TYPE_*`).
    public struct DeviceType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let cpu = DeviceType(rawValue: "cpu")
        public static let integratedGPU = DeviceType(rawValue: "integrated-gpu")
        public static let discreteGPU = DeviceType(rawValue: "discrete-gpu")
        public static let accelerator = DeviceType(rawValue: "accelerator")
        public var description: String { rawValue }
    }

    /// The largest resources an adapter supports.
    public struct Limits: Sendable, Hashable {
        /// The largest buffer, in bytes (`CL_DEVICE_MAX_MEM_ALLOC_SIZE`).
        public var maxBufferLength: UInt64
        /// Work-items in one work-group (`CL_DEVICE_MAX_WORK_GROUP_SIZE`).
        public var maxWorkGroupSize: Int
        /// Per-dimension work-group limits (`CL_DEVICE_MAX_WORK_ITEM_SIZES`).
        public var maxWorkGroupSizes: [Int]
        /// Local (threadgroup) memory per work-group, in bytes (`CL_DEVICE_LOCAL_MEM_SIZE`).
        public var maxLocalMemoryLength: UInt64
    }

    let instance: Instance
    /// The connection to the host this adapter lives on.
    let connection: Connection
    /// The adapter's position in its host's own list.
    let hostAdapterIndex: Int
    /// The adapter's position in the instance's list (the hosts' lists one after the other);
    /// stable for the hosts' lives.
    public let index: Int
    /// The host this adapter lives on (one of the instance's `host.hosts`).
    public let host: Instance.HostLocation
    public let name: String
    public let vendor: String
    public let driverVersion: String
    public let backend: Backend
    public let deviceType: DeviceType
    /// Whether real hardware runs the work (false for Conduit's CPU interpreter).
    public let isHardware: Bool
    /// Whether the adapter offers compute only, no graphics (DXCore's "core compute" adapters).
    public let isComputeOnly: Bool
    /// Memory the adapter can use, in bytes.
    public let memorySize: UInt64
    /// Cores or compute units (`CL_DEVICE_MAX_COMPUTE_UNITS`).
    public let computeUnits: Int
    public let limits: Limits
    /// Whether kernels that compute in `double` run here (OpenCL's `cl_khr_fp64`; always on the
    /// CPU adapter). Such a kernel compiles anywhere; dispatching it to an adapter without double
    /// precision fails with an error that says so.
    public let supportsDoublePrecision: Bool

    init(
        instance: Instance, index: Int, host: Instance.HostLocation, connection: Connection, hostAdapterIndex: Int,
        description d: AdapterDescription
    ) {
        self.instance = instance
        self.index = index
        self.host = host
        self.connection = connection
        self.hostAdapterIndex = hostAdapterIndex
        name = d.name
        vendor = d.vendor
        driverVersion = d.driverVersion
        backend =
            switch d.backend {
            case .cpu: .cpu;
            case .openCL: .openCL
            }
        deviceType =
            switch d.type {
            case .cpu: .cpu
            case .integratedGPU: .integratedGPU
            case .discreteGPU: .discreteGPU
            case .accelerator: .accelerator
            }
        isHardware = d.isHardware
        isComputeOnly = d.isComputeOnly
        memorySize = d.memoryBytes
        computeUnits = Int(d.computeUnits)
        limits = Limits(
            maxBufferLength: d.maxBufferLength, maxWorkGroupSize: Int(d.maxWorkGroupSize),
            maxWorkGroupSizes: d.maxWorkGroupSizes.map(Int.init), maxLocalMemoryLength: d.maxLocalMemoryBytes)
        supportsDoublePrecision = d.supportsDoublePrecision
    }

    public var description: String { "\(index): \(name) [\(backend), \(deviceType)]" }

    /// Opens a device on this adapter, with a default queue.
    ///
    /// - Parameter label: a name for debugging and `conduit smi`.
    /// - Throws: `ConduitError` when the host cannot open the adapter.
    /// Corresponds to `D3DKMTCreateDevice`, `clCreateContext` and `MTLCreateSystemDefaultDevice`.
    public func makeDevice(label: String? = nil) throws(ConduitError) -> Device {
        try Device(adapter: self, label: label)
    }
}

/// Which adapters `Instance.adapters` returns (DXCore's attribute and hardware-type filters).
public struct AdapterFilter: Sendable {
    let matches: @Sendable (Adapter) -> Bool

    /// Keeps adapters for which `predicate` is true.
    public init(_ predicate: @escaping @Sendable (Adapter) -> Bool) {
        matches = predicate
    }

    /// Every adapter.
    public static let all = AdapterFilter { _ in true }
    /// Real hardware only (no software or interpreted adapters).
    public static let hardware = AdapterFilter { $0.isHardware }
    /// Compute-only adapters.
    public static let computeOnly = AdapterFilter { $0.isComputeOnly }

    /// Adapters of one device type.
    public static func deviceType(_ type: Adapter.DeviceType) -> AdapterFilter { AdapterFilter { $0.deviceType == type } }
    /// Adapters of one backend.
    public static func backend(_ backend: Adapter.Backend) -> AdapterFilter { AdapterFilter { $0.backend == backend } }
}

/// A sort key for adapters (DXCore's `DXCoreAdapterPreference`).
public struct AdapterPreference: Sendable, Hashable {
    let rank: @Sendable (Adapter) -> Int
    let name: String

    /// Hardware adapters before software ones.
    public static let hardware = AdapterPreference(name: "hardware") { $0.isHardware ? 0 : 1 }
    /// The fastest first: discrete GPUs, accelerators, integrated GPUs, then CPUs; more compute units first.
    public static let highPerformance = AdapterPreference(name: "highPerformance") {
        typeRank($0, [.discreteGPU, .accelerator, .integratedGPU, .cpu]) * 1_000_000 - min($0.computeUnits, 999_999)
    }
    /// The most frugal first: integrated GPUs, CPUs, accelerators, then discrete GPUs.
    public static let minimumPower = AdapterPreference(name: "minimumPower") {
        typeRank($0, [.integratedGPU, .cpu, .accelerator, .discreteGPU])
    }

    init(name: String, rank: @escaping @Sendable (Adapter) -> Int) {
        self.name = name
        self.rank = rank
    }

    private static func typeRank(_ adapter: Adapter, _ order: [Adapter.DeviceType]) -> Int {
        order.firstIndex(of: adapter.deviceType) ?? order.count
    }

    /// A stable sort by the preferences in order, so ties keep the host's order.
    static func sort(_ adapters: [Adapter], by preferences: [AdapterPreference]) -> [Adapter] {
        guard !preferences.isEmpty else { return adapters }
        let keyed = adapters.map { adapter in (adapter, preferences.map { $0.rank(adapter) }) }
        return keyed.sorted { lhs, rhs in
            lhs.1 != rhs.1 ? lhs.1.lexicographicallyPrecedes(rhs.1) : lhs.0.index < rhs.0.index
        }.map(\.0)
    }

    public static func == (lhs: AdapterPreference, rhs: AdapterPreference) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
