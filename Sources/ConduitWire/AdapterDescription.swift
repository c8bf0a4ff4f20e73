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

    package func encode(into writer: inout WireWriter) {
        writer.string(name); writer.string(vendor); writer.string(driverVersion)
        writer.u8(backend.rawValue); writer.u8(type.rawValue)
        writer.bool(isHardware); writer.bool(isComputeOnly)
        writer.u64(memoryBytes); writer.u32(computeUnits)
        writer.u64(maxBufferLength); writer.u32(maxWorkGroupSize)
        for axis in 0..<3 { writer.u32(axis < maxWorkGroupSizes.count ? maxWorkGroupSizes[axis] : 1) }
        writer.u64(maxLocalMemoryBytes)
        writer.bool(supportsDoublePrecision)
    }

    package static func decode(from reader: inout WireReader) throws(WireError) -> AdapterDescription {
        let name = try reader.string(what: "adapter name")
        let vendor = try reader.string(what: "adapter vendor")
        let driverVersion = try reader.string(what: "driver version")
        let rawBackend = try reader.u8()
        guard let backend = BackendKind(rawValue: rawBackend) else {
            throw .invalidValue(what: "backend kind", value: UInt64(rawBackend))
        }
        let rawType = try reader.u8()
        guard let type = AdapterType(rawValue: rawType) else {
            throw .invalidValue(what: "adapter type", value: UInt64(rawType))
        }
        return AdapterDescription(
            name: name, vendor: vendor, driverVersion: driverVersion, backend: backend, type: type,
            isHardware: try reader.bool(), isComputeOnly: try reader.bool(),
            memoryBytes: try reader.u64(), computeUnits: try reader.u32(),
            maxBufferLength: try reader.u64(), maxWorkGroupSize: try reader.u32(),
            maxWorkGroupSizes: [try reader.u32(), try reader.u32(), try reader.u32()],
            maxLocalMemoryBytes: try reader.u64(), supportsDoublePrecision: try reader.bool()
        )
    }
}
