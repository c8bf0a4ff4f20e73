import ConduitHAL
import Testing
@testable import ConduitCPU

@Suite struct CPUBackendTests {
    let backend = CPUBackend()

    @Test func describesOneComputeOnlySoftwareAdapter() {
        #expect(backend.adapters.count == 1)
        let adapter = backend.adapters[0]
        #expect(adapter.backend == .cpu && adapter.type == .cpu)
        #expect(!adapter.isHardware && adapter.isComputeOnly)
        #expect(adapter.computeUnits >= 1 && adapter.memoryBytes > 0 && adapter.maxBufferLength <= adapter.memoryBytes)
    }

    @Test func openBLASLoadsAndReportsHowItsKernelsWereChosen() throws {
        let blas = try OpenBLAS.shared.get()
        #expect(!blas.coreName.isEmpty && blas.coreName != "unknown")
        #expect(blas.threads >= 1)
        #expect(blas.config.contains("OpenBLAS"))
    }

    @Test func newBuffersAreZeroFilledAndAccounted() throws {
        let device = try backend.makeDevice(adapterIndex: 0)
        let before = backend.memory.liveBytes
        var buffer: (any BackendBuffer)? = try device.makeBuffer(length: 10_000)
        #expect(backend.memory.liveBytes == before + 10_000)
        #expect(try device.read(buffer!, offset: 0, length: 10_000).allSatisfy { $0 == 0 })
        buffer = nil
        #expect(backend.memory.liveBytes == before)
    }

    @Test func fillRepeatsMultiBytePatterns() throws {
        let device = try backend.makeDevice(adapterIndex: 0)
        let buffer = try device.makeBuffer(length: 64)
        try device.fill(buffer, offset: 4, length: 36, pattern: [1, 2, 3])
        let bytes = try device.read(buffer, offset: 0, length: 64)
        #expect(bytes[0..<4].allSatisfy { $0 == 0 })
        #expect(Array(bytes[4..<40]) == Array([[UInt8]](repeating: [1, 2, 3], count: 12).joined()))
        #expect(bytes[40...].allSatisfy { $0 == 0 })
    }

    @Test func overlappingCopiesBehaveLikeMemmove() throws {
        let device = try backend.makeDevice(adapterIndex: 0)
        let buffer = try device.makeBuffer(length: 8)
        try device.write(buffer, offset: 0, bytes: [1, 2, 3, 4, 5, 6, 7, 8])
        try device.copy(from: buffer, sourceOffset: 0, to: buffer, destinationOffset: 2, length: 6)
        #expect(try device.read(buffer, offset: 0, length: 8) == [1, 2, 1, 2, 3, 4, 5, 6])
    }

    @Test func gemmComputesATinyProduct() throws {
        let device = try backend.makeDevice(adapterIndex: 0)
        let a = try device.makeBuffer(length: 16), b = try device.makeBuffer(length: 16), c = try device.makeBuffer(length: 16)
        func bytes(_ values: [Float]) -> ArraySlice<UInt8> { values.withUnsafeBytes { ArraySlice($0) } }
        try device.write(a, offset: 0, bytes: bytes([1, 2, 3, 4]))
        try device.write(b, offset: 0, bytes: bytes([5, 6, 7, 8]))
        try device.gemm(
            GEMMOperation(
                transposeA: false, transposeB: false, m: 2, n: 2, k: 2, alpha: 1, beta: 0,
                a: a, aOffset: 0, lda: 2, b: b, bOffset: 0, ldb: 2, c: c, cOffset: 0, ldc: 2))
        let result = try device.read(c, offset: 0, length: 16).withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        #expect(result == [19, 22, 43, 50])
    }
}

@Suite struct OpenBLASKernelChoiceTests {
    typealias Choice = OpenBLAS.CoreTypeChoice

    @Test func conduitPicksSkylakeXOnAVX512WhenNobodyElseChose() {
        let d = OpenBLAS.decide(userValue: nil, mode: nil, cpuHasAVX512: true, alreadyLoaded: false)
        #expect(d == .init(forced: "SKYLAKEX", choice: .conduit("SKYLAKEX")))
        #expect(OpenBLAS.decide(userValue: nil, mode: "auto", cpuHasAVX512: true, alreadyLoaded: false).forced == "SKYLAKEX")
    }

    @Test func theUsersValueWins() {
        let d = OpenBLAS.decide(userValue: "Haswell", mode: nil, cpuHasAVX512: true, alreadyLoaded: false)
        #expect(d == .init(forced: nil, choice: .user("Haswell")))
    }

    @Test func defaultModeLeavesTheChoiceToOpenBLAS() {
        #expect(
            OpenBLAS.decide(userValue: nil, mode: "default", cpuHasAVX512: true, alreadyLoaded: false)
                == .init(forced: nil, choice: .openBLASDefault))
        #expect(
            OpenBLAS.decide(userValue: "Zen", mode: "default", cpuHasAVX512: true, alreadyLoaded: false)
                == .init(forced: nil, choice: .user("Zen")))
    }

    @Test func withoutAVX512NothingIsForced() {
        #expect(
            OpenBLAS.decide(userValue: nil, mode: nil, cpuHasAVX512: false, alreadyLoaded: false)
                == .init(forced: nil, choice: .openBLASDefault))
        // Forcing an AVX-512 core there would crash with SIGILL, so it is ignored.
        #expect(OpenBLAS.decide(userValue: nil, mode: "SKYLAKEX", cpuHasAVX512: false, alreadyLoaded: false).forced == nil)
        #expect(OpenBLAS.decide(userValue: nil, mode: "HASWELL", cpuHasAVX512: false, alreadyLoaded: false).forced == "HASWELL")
    }

    @Test func aNamedConduitModeOverridesTheEnvironmentForConduitOnly() {
        #expect(
            OpenBLAS.decide(userValue: "Haswell", mode: "SKYLAKEX", cpuHasAVX512: true, alreadyLoaded: false)
                == .init(forced: "SKYLAKEX", choice: .conduit("SKYLAKEX")))
    }

    @Test func anAlreadyLoadedLibraryKeepsItsKernels() {
        #expect(
            OpenBLAS.decide(userValue: nil, mode: "SKYLAKEX", cpuHasAVX512: true, alreadyLoaded: true)
                == .init(forced: nil, choice: .alreadyLoaded))
    }

    @Test func theLoadedKernelsMatchTheDecision() throws {
        let blas = try OpenBLAS.shared.get()
        if case let .conduit(core) = blas.coreTypeChoice {
            #expect(blas.coreName.lowercased() == core.lowercased())
        }
    }
}
