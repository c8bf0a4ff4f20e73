// The types every layer shares, below the HAL: what an adapter is, and the shared-memory handle
// a backend runs buffers on. No wire encoding here (ConduitWire adds it), so backends need not
// import the wire.

/// Which implementation runs an adapter's work.
package enum BackendKind: UInt8, Sendable {
    case cpu = 1
    case openCL = 2
}

/// The device class an adapter reports (DXCore's hardware types, OpenCL's device types).
package enum AdapterType: UInt8, Sendable {
    case cpu = 1
    case integratedGPU = 2
    case discreteGPU = 3
    case accelerator = 4
}

/// What a host reports about one adapter. The public `Adapter` wraps it.
package struct AdapterDescription: Equatable, Sendable {
    package var name: String
    package var vendor: String
    package var driverVersion: String
    package var backend: BackendKind
    package var type: AdapterType
    package var isHardware: Bool
    package var isComputeOnly: Bool
    package var memoryBytes: UInt64
    package var computeUnits: UInt32
    package var maxBufferLength: UInt64
    package var maxWorkGroupSize: UInt32
    package var maxWorkGroupSizes: [UInt32]  // x, y, z
    package var maxLocalMemoryBytes: UInt64
    /// Whether kernels may compute in double precision (`cl_khr_fp64`).
    package var supportsDoublePrecision: Bool

    package init(
        name: String, vendor: String, driverVersion: String, backend: BackendKind, type: AdapterType,
        isHardware: Bool, isComputeOnly: Bool, memoryBytes: UInt64, computeUnits: UInt32,
        maxBufferLength: UInt64, maxWorkGroupSize: UInt32, maxWorkGroupSizes: [UInt32],
        maxLocalMemoryBytes: UInt64, supportsDoublePrecision: Bool = false
    ) {
        self.name = name; self.vendor = vendor; self.driverVersion = driverVersion
        self.backend = backend; self.type = type
        self.isHardware = isHardware; self.isComputeOnly = isComputeOnly
        self.memoryBytes = memoryBytes; self.computeUnits = computeUnits
        self.maxBufferLength = maxBufferLength; self.maxWorkGroupSize = maxWorkGroupSize
        self.maxWorkGroupSizes = maxWorkGroupSizes; self.maxLocalMemoryBytes = maxLocalMemoryBytes
        self.supportsDoublePrecision = supportsDoublePrecision
    }
}
