import ConduitHAL
import ConduitKernel
import Foundation
import Testing
@testable import ConduitOpenCL

@Suite struct ProgramCacheTests {
    func temporaryCache() -> (ProgramCache, URL) {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("conduit-cache-\(UUID().uuidString)")
        return (ProgramCache(environment: ["CONDUIT_CACHE_DIR": directory.path]), directory)
    }

    @Test func entriesRoundTripAndMatchTheirSource() {
        let (cache, directory) = temporaryCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = ProgramCache.key(["device", "driver", "source"])
        #expect(cache.binary(key: key, source: "source") == nil)
        cache.store(key: key, source: "source", binary: [1, 2, 3])
        #expect(cache.binary(key: key, source: "source") == [1, 2, 3])
        #expect(cache.binary(key: key, source: "a different source") == nil, "a colliding key with another source is a miss")
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        #expect(leftovers == ["\(key).clbin"], "no temporary files are left behind")
    }

    @Test func corruptOrTruncatedEntriesAreMisses() throws {
        let (cache, directory) = temporaryCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = ProgramCache.key(["x"])
        cache.store(key: key, source: "kernel source", binary: [9, 9, 9, 9])
        let file = directory.appendingPathComponent("\(key).clbin")
        let data = try Data(contentsOf: file)
        try Data(data.prefix(12)).write(to: file)
        #expect(cache.binary(key: key, source: "kernel source") == nil)
        try Data([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2]).write(to: file)
        #expect(cache.binary(key: key, source: "kernel source") == nil)
        try Data().write(to: file)
        #expect(cache.binary(key: key, source: "kernel source") == nil)
    }

    @Test func theDirectoryKeepsTheMostRecentlyUsedEntries() throws {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("conduit-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = ProgramCache(environment: ["CONDUIT_CACHE_DIR": directory.path], entryLimit: 3)
        let keys = (0..<5).map { ProgramCache.key(["entry \($0)"]) }
        for (index, key) in keys.enumerated() {
            cache.store(key: key, source: "source \(index)", binary: [UInt8(index + 1)])
            // Modification times are what ages entries: keep them apart on coarse filesystems.
            let file = directory.appendingPathComponent("\(key).clbin").path
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(index))], ofItemAtPath: file)
            if index == 2 {
                // A hit on the first entry makes it recent again.
                #expect(cache.binary(key: keys[0], source: "source 0") == [1])
            }
        }
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        #expect(left.count == 3)
        #expect(cache.binary(key: keys[0], source: "source 0") == [1], "used recently, so kept")
        #expect(cache.binary(key: keys[1], source: "source 1") == nil, "least recently used, so removed")
        #expect(cache.binary(key: keys[4], source: "source 4") == [5])
    }

    static let hasOpenCL = !OpenCLBackend().adapters.isEmpty

    @Test(.enabled(if: hasOpenCL, "no OpenCL device on this machine"))
    func aSecondDeviceLoadsTheBuiltProgramFromDisk() throws {
        let (cache, directory) = temporaryCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let backend = OpenCLBackend()
        let module = try Compiler.compile(source: "__kernel void k(__global int *a) { a[get_global_id(0)] = 7; }")
        func run() throws -> OpenCLDevice {
            let device = try OpenCLDevice(device: CL.devices()[0].device, description: backend.adapters[0], cache: cache, fillCache: true)
            let buffer = try device.makeBuffer(length: 16)
            let kernel = module.kernels[0]
            let block = ArgumentBlock(kernel: kernel, values: [:], localSizes: [:])
            try device.dispatch(
                DispatchOperation(
                    kernel: kernel, constants: [], globalSize: [4, 1, 1], localSize: [4, 1, 1],
                    globalOffset: [0, 0, 0], buffers: [(buffer, 0)], arguments: block))
            #expect(try device.read(buffer, offset: 0, length: 16) == [7, 0, 0, 0, 7, 0, 0, 0, 7, 0, 0, 0, 7, 0, 0, 0])
            device.waitForCacheFills()  // the disk entry is written in the background
            return device
        }
        #expect(try run().cacheHits == 0)
        #expect(try run().cacheHits == 1, "the second device found the first one's build on disk")
    }

    @Test(.enabled(if: hasOpenCL, "no OpenCL device on this machine"))
    func aDriverWithItsOwnCacheGetsNoSecondOne() throws {
        let (cache, directory) = temporaryCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let adapter = OpenCLBackend().adapters[0]
        let pocl = adapter.driverVersion.contains("PoCL")
        #expect(OpenCLDevice.driverCachesBuilds(adapter, environment: [:]) == pocl)
        #expect(!OpenCLDevice.driverCachesBuilds(adapter, environment: ["POCL_KERNEL_CACHE": "0"]), "PoCL's cache switched off")
        let device = try OpenCLDevice(device: CL.devices()[0].device, description: adapter, cache: cache)
        let kernel = try Compiler.compile(source: "__kernel void k(__global int *a) { a[get_global_id(0)] = 3; }").kernels[0]
        let buffer = try device.makeBuffer(length: 16)
        try device.dispatch(
            DispatchOperation(
                kernel: kernel, constants: [], globalSize: [4, 1, 1], localSize: [4, 1, 1], globalOffset: [0, 0, 0], buffers: [(buffer, 0)],
                arguments: ArgumentBlock(kernel: kernel, values: [:], localSizes: [:])))
        #expect(try device.read(buffer, offset: 0, length: 4) == [3, 0, 0, 0])
        device.waitForCacheFills()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        #expect(device.fillsDiskCache == !OpenCLDevice.driverCachesBuilds(adapter))
        #expect(entries.isEmpty != device.fillsDiskCache, "an entry on disk exactly when the device fills the cache")
    }
}
