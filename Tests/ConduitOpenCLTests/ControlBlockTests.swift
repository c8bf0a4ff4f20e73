import ConduitHAL
import ConduitKernel
import Foundation
import Testing
@testable import ConduitOpenCL

/// A dispatch's arguments reach the kernel and its faults come back, through shared virtual
/// memory where the device has it and through a buffer (write + read) where it does not.
@Suite(.enabled(if: ProgramCacheTests.hasOpenCL, "no OpenCL device"))
struct ControlBlockTests {
    static let source = """
        __kernel void scaled(__global int *out, const int factor, const int index) {
            out[index + (int)get_global_id(0)] = factor * 100 + index;
        }
        """

    func device(sharedControl: Bool) throws -> OpenCLDevice {
        try OpenCLDevice(device: CL.devices()[0].device, description: OpenCLBackend().adapters[0], sharedControl: sharedControl)
    }

    func dispatch(
        _ kernel: KernelCode, on device: OpenCLDevice, out: any BackendBuffer, factor: Int32, index: Int32,
        state: KernelState
    ) throws(BackendError) {
        let arguments = ArgumentBlock(
            kernel: kernel, values: [1: withUnsafeBytes(of: factor) { Array($0) }, 2: withUnsafeBytes(of: index) { Array($0) }],
            localSizes: [:])
        try device.dispatch(
            DispatchOperation(
                kernel: kernel, constants: [], globalSize: [1, 1, 1], localSize: [1, 1, 1], globalOffset: [0, 0, 0],
                buffers: [(out, 0), nil, nil], arguments: arguments, state: state))
    }

    @Test(arguments: [true, false]) func argumentsAndFaultsRoundTrip(sharedControl: Bool) throws {
        let device = try device(sharedControl: sharedControl)
        let kernel = try Compiler.compile(source: Self.source).kernels[0]
        let out = try device.makeBuffer(length: 16)
        let state = KernelState()
        func value(at index: Int) throws -> Int32 {
            try device.read(out, offset: index * 4, length: 4).withUnsafeBytes { $0.load(as: Int32.self) }
        }
        try dispatch(kernel, on: device, out: out, factor: 3, index: 0, state: state)
        #expect(try value(at: 0) == 300)
        // Same arguments again (the buffer path skips its write), then new ones.
        try dispatch(kernel, on: device, out: out, factor: 3, index: 0, state: state)
        try dispatch(kernel, on: device, out: out, factor: 3, index: 1, state: state)
        #expect(try value(at: 1) == 301)
        // Out of bounds: the fault comes back; the fault words must not stick to the next dispatch.
        #expect(throws: BackendError.self) { try dispatch(kernel, on: device, out: out, factor: 5, index: 4, state: state) }
        do {
            try dispatch(kernel, on: device, out: out, factor: 5, index: 4, state: state)
            Issue.record("the second out-of-bounds dispatch did not fault")
        } catch {
            #expect(error.description.contains("out-of-bounds"), "\(error)")
        }
        try dispatch(kernel, on: device, out: out, factor: 5, index: 2, state: state)
        #expect(try value(at: 2) == 502)
        #expect(try value(at: 3) == 0)
    }

    /// Launches that outlast the completion wait's spin (it then blocks in clFinish) and short
    /// ones that finish within it, alternating: each one's result and fault come back.
    @Test(arguments: [true, false]) func longAndShortLaunchesAlternate(sharedControl: Bool) throws {
        let device = try device(sharedControl: sharedControl)
        let kernel = try Compiler.compile(
            source: """
                __kernel void spin(__global int *out, const int rounds, const int index) {
                    int x = index;
                    for (int i = 0; i < rounds; i++) x = x * 1103515245 + 12345;
                    out[index] = rounds == 0 ? 7 : (x | 1);
                }
                """
        ).kernels[0]
        let out = try device.makeBuffer(length: 16)
        let state = KernelState()
        func value(at index: Int) throws -> Int32 { try device.read(out, offset: index * 4, length: 4).withUnsafeBytes { $0.load(as: Int32.self) } }
        for round in 0..<4 {
            // About a millisecond of arithmetic, well past the 100 µs spin; then an empty launch.
            try dispatch(kernel, on: device, out: out, factor: 2_000_000, index: 1, state: state)
            #expect(try value(at: 1) & 1 == 1, "round \(round)")
            try dispatch(kernel, on: device, out: out, factor: 0, index: 2, state: state)
            #expect(try value(at: 2) == 7, "round \(round)")
            #expect(throws: BackendError.self) { try dispatch(kernel, on: device, out: out, factor: 2_000_000, index: 9, state: state) }
        }
    }

    static let isPoCL = OpenCLBackend().adapters.first?.driverVersion.contains("Portable Computing Language") == true

    /// PoCL's CPU device has fine-grained SVM: dispatches take the one-command path there.
    @Test(.enabled(if: isPoCL, "the first OpenCL device is not PoCL")) func pocLSharesFineGrainedSVM() throws {
        #expect(try device(sharedControl: true).controlIsShared)
        #expect(try !device(sharedControl: false).controlIsShared)
    }
}
