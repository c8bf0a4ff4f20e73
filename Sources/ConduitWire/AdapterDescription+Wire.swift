@_exported import ConduitTypes

/// How an adapter description travels: the fields in order, strings length-prefixed.
extension AdapterDescription {
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
