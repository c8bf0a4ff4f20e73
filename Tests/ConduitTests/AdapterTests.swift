import Conduit
import Testing

@Suite struct AdapterTests {
    @Test func theCPUAdapterIsListedWithItsProperties() throws {
        let instance = try Instance()
        let adapters = try instance.adapters()
        let cpu = try #require(adapters.first { $0.backend == .cpu })
        #expect(cpu.deviceType == .cpu)
        #expect(!cpu.isHardware)
        #expect(cpu.isComputeOnly)
        #expect(cpu.computeUnits >= 1)
        #expect(cpu.memorySize > 0)
        #expect(cpu.limits.maxBufferLength > 0 && cpu.limits.maxBufferLength <= cpu.memorySize)
        #expect(cpu.limits.maxWorkGroupSizes.count == 3)
        #expect(cpu.name.contains("CPU"))
        #expect(cpu.driverVersion.contains("OpenBLAS"))
    }

    @Test func filtersKeepOnlyMatchingAdapters() throws {
        let instance = try Instance()
        let all = try instance.adapters()
        #expect(try instance.adapters(matching: .hardware).allSatisfy(\.isHardware))
        #expect(try instance.adapters(matching: .hardware).count == all.filter(\.isHardware).count)
        #expect(try instance.adapters(matching: .computeOnly).contains { $0.backend == .cpu })
        #expect(try instance.adapters(matching: .deviceType(.discreteGPU)).allSatisfy { $0.deviceType == .discreteGPU })
        #expect(try instance.adapters(matching: AdapterFilter { $0.name == "no such adapter" }).isEmpty)
    }

    @Test func preferencesSortLikeDXCore() throws {
        let instance = try Instance()
        let high = try instance.adapters(preferring: .highPerformance)
        let low = try instance.adapters(preferring: .minimumPower)
        let hardwareFirst = try instance.adapters(preferring: .hardware)
        #expect(Set(high.map(\.index)) == Set(low.map(\.index)))
        // Hardware adapters never follow a software one under the hardware preference.
        if let firstSoftware = hardwareFirst.firstIndex(where: { !$0.isHardware }) {
            #expect(hardwareFirst[firstSoftware...].allSatisfy { !$0.isHardware })
        }
        // A CPU is never ahead of a GPU under high performance.
        if let cpu = high.firstIndex(where: { $0.deviceType == .cpu }) {
            #expect(high[cpu...].allSatisfy { $0.deviceType != .discreteGPU && $0.deviceType != .integratedGPU })
        }
    }

    @Test func anUnreachableHostIsAClearError() {
        var options = Instance.Options()
        options.host = Instance.HostLocation("unix:/nonexistent/conduit.sock")
        let error = #expect(throws: ConduitError.self) { try Instance(options: options) }
        #expect(error?.code == .deviceLost)
        #expect(error?.message.contains("unix:/nonexistent/conduit.sock") == true, "\(String(describing: error))")
        #expect(error?.message.contains("conduit host") == true)
    }

    @Test func anUnknownHostSchemeIsUnsupported() {
        var options = Instance.Options()
        options.host = Instance.HostLocation("tcp:192.0.2.1:7000")
        let error = #expect(throws: ConduitError.self) { try Instance(options: options) }
        #expect(error?.code == .unsupported)
        #expect(error?.message.contains("tcp:192.0.2.1:7000") == true)
    }
}
