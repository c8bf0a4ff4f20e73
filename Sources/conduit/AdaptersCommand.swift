import ArgumentParser
import Conduit
import Foundation

struct AdaptersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adapters",
        abstract: "List the adapters the host offers, with their properties."
    )

    @Flag(help: "Print one JSON document instead of a table.")
    var json = false

    struct Entry: Codable {
        var index: Int
        var host: String
        var name: String
        var vendor: String
        var driverVersion: String
        var backend: String
        var deviceType: String
        var isHardware: Bool
        var isComputeOnly: Bool
        var memoryBytes: UInt64
        var computeUnits: Int
        var maxBufferLength: UInt64
        var maxWorkGroupSize: Int
        var maxWorkGroupSizes: [Int]
        var maxLocalMemoryBytes: UInt64
        var doublePrecision: Bool
    }

    func run() throws {
        let instance = try Instance()
        let adapters = try instance.adapters()
        if json {
            let entries = adapters.map { a in
                Entry(
                    index: a.index, host: a.host.description, name: a.name, vendor: a.vendor, driverVersion: a.driverVersion,
                    backend: a.backend.rawValue, deviceType: a.deviceType.rawValue, isHardware: a.isHardware,
                    isComputeOnly: a.isComputeOnly, memoryBytes: a.memorySize, computeUnits: a.computeUnits,
                    maxBufferLength: a.limits.maxBufferLength, maxWorkGroupSize: a.limits.maxWorkGroupSize,
                    maxWorkGroupSizes: a.limits.maxWorkGroupSizes, maxLocalMemoryBytes: a.limits.maxLocalMemoryLength,
                    doublePrecision: a.supportsDoublePrecision)
            }
            try printJSON(["host": AnyCodable.string(instance.host.description), "adapters": .adapters(entries)])
            return
        }
        var table = TextTable("#", "host", "name", "backend", "type", "hardware", "compute-only", "fp64", "units", "memory", "driver")
        for a in adapters {
            table.add(
                "\(a.index)", a.host.description, a.name, a.backend.rawValue, a.deviceType.rawValue, a.isHardware ? "yes" : "no",
                a.isComputeOnly ? "yes" : "no", a.supportsDoublePrecision ? "yes" : "no", "\(a.computeUnits)", formattedBytes(a.memorySize), a.driverVersion)
        }
        print("host: \(instance.host)")
        print(table.render())
    }

    enum AnyCodable: Encodable {
        case string(String)
        case adapters([Entry])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case let .string(text): try text.encode(to: encoder)
            case let .adapters(entries): try entries.encode(to: encoder)
            }
        }
    }
}

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
