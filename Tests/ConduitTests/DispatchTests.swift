import Conduit
import Foundation
import Testing

@Suite struct DispatchTests {
    @Test func saxpyThroughTheRuntime() async throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(builtin: "saxpy")
        let kernel = try library.makeKernel(named: "saxpy")
        #expect(kernel.parameters.map(\.kind) == [.buffer, .buffer, .value, .value])
        #expect(kernel.parameters.map(\.name) == ["y", "x", "a", "n"])
        let n = 3000
        let x = (0..<n).map(Float.init), y = [Float](repeating: 1, count: n)
        let bx = try device.makeBuffer(array: x), by = try device.makeBuffer(array: y)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: [.buffer(by), .buffer(bx), .float(3), .uint32(UInt32(n))], globalSize: [n])
        try await device.queue.submit(commands).wait()
        #expect(try await by.read(as: Float.self) == x.map { 3 * $0 + 1 })
    }

    /// A kernel may be named like an OpenCL C builtin: PoCL builds `__kernel void mix(...)` and then
    /// cannot find it (its builtins are overloaded, so the name is mangled), which once lost the
    /// OpenCL adapter's device. Every adapter runs such kernels, checked against Swift.
    @Test(arguments: ["mix", "dot", "min", "clamp"])
    func kernelsNamedLikeBuiltinsRunOnEveryAdapter(name: String) throws {
        let instance = try Instance()
        let input = (0..<1024).map { Int32(truncatingIfNeeded: $0 &* 2_654_435_761) }
        for adapter in try instance.adapters() {
            let device = try adapter.makeDevice()
            let buffer = try device.makeBuffer(array: input)
            let kernel = try device.makeLibrary(source: "__kernel void \(name)(__global int *a) { size_t i = get_global_id(0); a[i] = a[i] * 3 + (int)i; }")
                .makeKernel(named: name)
            let commands = device.queue.makeCommandBuffer()
            try commands.dispatch(kernel, arguments: [.buffer(buffer)], globalSize: [input.count])
            try device.queue.submit(commands).wait(timeout: .seconds(60))
            #expect(try buffer.read(as: Int32.self) == input.enumerated().map { $0.element &* 3 &+ Int32($0.offset) }, "\(adapter.name)")
        }
    }

    @Test func builtinKernelsMatchTheKernelsFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Kernels")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".cl") }.sorted()
        #expect(files.map { String($0.dropLast(3)) } == BuiltinKernels.names)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltinKernels.source(named: String(file.dropLast(3))) == text, "\(file) differs: run scripts/embed-kernels.sh")
        }
    }

    @Test func compileErrorsCarryCaretDiagnostics() throws {
        let (_, device) = try makeCPUDevice()
        let error = try #require(throws: ConduitError.self) {
            try device.makeLibrary(source: "__kernel void k(__global int *a) {\n  a[0] = 1\n}\n", fileName: "bad.cl")
        }
        #expect(error.code == .compileFailed)
        let diagnostic = try #require(error.compileDiagnostics.first)
        #expect((diagnostic.fileName, diagnostic.line, diagnostic.column, diagnostic.severity) == ("bad.cl", 2, 11, .error))
        #expect(diagnostic.description == "bad.cl:2:11: error: expected ';' after an expression, found '}'\n  a[0] = 1\n          ^")
    }

    @Test func buildOptionsAsFieldsOrAsAString() throws {
        let (_, device) = try makeCPUDevice()
        let source = "__kernel void k(__global int *o) { o[0] = N * SCALE + __OPENCL_C_VERSION__; }"
        var options: BuildOptions = "-D N=3 -D SCALE=10 -cl-std=CL2.0"
        options.defines["SCALE"] = "100"  // the fields win over the words
        let kernel = try device.makeLibrary(source: source, options: options).makeKernel(named: "k")
        let out = try device.makeBuffer(length: 4)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(kernel, arguments: [.buffer(out)], globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(30))
        #expect(try out.read(as: Int32.self) == [300 + 200])
        let error = try #require(throws: ConduitError.self) { try device.makeLibrary(source: source, options: "-D N=1 --fast") }
        #expect(error.code == .compileFailed && error.compileDiagnostics.first?.message == "unknown build option '--fast'")
    }

    @Test func argumentsAreCheckedAgainstTheSignature() throws {
        let (_, device) = try makeCPUDevice()
        let kernel = try device.makeLibrary(builtin: "saxpy").makeKernel(named: "saxpy")
        let buffer = try device.makeBuffer(length: 64)
        let commands = device.queue.makeCommandBuffer()
        #expect(throws: ConduitError(.invalidArgument, "kernel 'saxpy' takes 4 arguments, 2 given")) {
            try commands.dispatch(kernel, arguments: [.buffer(buffer), .buffer(buffer)], globalSize: [16])
        }
        #expect(throws: ConduitError(.invalidArgument, "argument 2 ('a') of kernel 'saxpy' must be a 4-byte float, got a 8-byte value")) {
            try commands.dispatch(kernel, arguments: [.buffer(buffer), .buffer(buffer), .value(Double(1)), .uint32(4)], globalSize: [16])
        }
        #expect(throws: ConduitError(.invalidArgument, "argument 0 ('y') of kernel 'saxpy' must be a buffer (__global float*), got a 4-byte value")) {
            try commands.dispatch(kernel, arguments: [.float(1), .buffer(buffer), .float(1), .uint32(4)], globalSize: [16])
        }
        #expect(throws: ConduitError(.invalidArgument, "local size 7 does not divide global size 16 in dimension 0")) {
            try commands.dispatch(kernel, arguments: [.buffer(buffer), .buffer(buffer), .float(1), .uint32(4)], globalSize: [16], localSize: [7])
        }
        #expect(throws: ConduitError(.invalidArgument, "a dispatch has 1 to 3 dimensions, got 4")) {
            try commands.dispatch(kernel, arguments: [.buffer(buffer), .buffer(buffer), .float(1), .uint32(4)], globalSize: [2, 2, 2, 2])
        }
        #expect(throws: ConduitError(.invalidArgument, "a dispatch has 1 to 3 dimensions, got 1")) {
            try commands.dispatch(kernel, arguments: [.buffer(buffer), .buffer(buffer), .float(1), .uint32(4)], globalSize: [16], localSize: [4, 1])
        }
        #expect(throws: ConduitError(.invalidArgument, "range size 4294967296 is out of range")) {
            try commands.dispatch(
                kernel, arguments: [.buffer(buffer), .buffer(buffer), .float(1), .uint32(4)], globalSize: [16], globalOffset: [1 << 32])
        }
        #expect(throws: ConduitError.self) { try device.makeLibrary(builtin: "saxpy").makeKernel(named: "nope") }
        #expect(commands.commandCount == 0)
    }

    /// A grid size gives back the dimensions it was made of, however many, and sizes of a
    /// different count are different sizes.
    @Test func gridSizesKeepWhatTheyWereGiven() {
        let sizes: [GridSize] = [[7], [7, 5], [7, 5, 3], [7, 5, 3, 2], GridSize(7, 5), []]
        #expect(sizes.map(\.dimensions) == [[7], [7, 5], [7, 5, 3], [7, 5, 3, 2], [7, 5], []])
        #expect(sizes.map { [$0.width, $0.height, $0.depth] } == [[7, 1, 1], [7, 5, 1], [7, 5, 3], [7, 5, 3], [7, 5, 1], [1, 1, 1]])
        #expect(GridSize([1]) != GridSize([1, 1]) && Set(sizes).count == 5)
        #expect(sizes[2].description == "7×5×3")
    }

    /// A dispatch that fails to record keeps nothing of it: releasing a buffer it named does not
    /// spoil the command buffer's later submission.
    @Test func aFailedRecordingKeepsNoBuffers() throws {
        let (_, device) = try makeCPUDevice()
        let kernel = try device.makeLibrary(builtin: "saxpy").makeKernel(named: "saxpy")
        let kept = try device.makeBuffer(length: 64), dropped = try device.makeBuffer(length: 64)
        let commands = device.queue.makeCommandBuffer()
        #expect(throws: ConduitError.self) {
            try commands.dispatch(kernel, arguments: [.buffer(dropped), .buffer(dropped), .value(Double(1)), .uint32(4)], globalSize: [16])
        }
        dropped.release()
        try commands.dispatch(kernel, arguments: [.buffer(kept), .buffer(kept), .float(2), .uint32(4)], globalSize: [16])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
    }

    @Test func outOfBoundsAccessFaultsTheCommandBufferOnly() async throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void overrun(__global float *a) { a[get_global_id(0) + 10] = 1.0f; }
                """)
        let small = try device.makeBuffer(length: 64, label: "small")
        let neighbour = try device.makeBuffer(array: [Float](repeating: 5, count: 16))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "overrun"), arguments: [.buffer(small)], globalSize: [16], localSize: [16])
        let error = await #expect(throws: ConduitError.self) { try await device.queue.submit(commands).wait() }
        #expect(error?.code == .kernelFault)
        #expect(error?.message.contains("kernel 'overrun': out-of-bounds write of 4 bytes at offset 64") == true, "\(String(describing: error))")
        #expect(try await neighbour.read(as: Float.self) == [Float](repeating: 5, count: 16), "no other buffer was touched")
        // The device keeps working.
        let next = device.queue.makeCommandBuffer()
        try next.fill(small, with: Float(2))
        try await device.queue.submit(next).wait()
        #expect(try await small.read(as: Float.self) == [Float](repeating: 2, count: 16))
    }

    @Test func aBarrierUnderDivergentControlFlowIsAnError() async throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void bad(__global int *a) {
                    if (get_local_id(0) < 3) barrier(CLK_LOCAL_MEM_FENCE);
                    a[get_global_id(0)] = 1;
                }
                """)
        let buffer = try device.makeBuffer(length: 256)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "bad"), arguments: [.buffer(buffer)], globalSize: [64], localSize: [16])
        let error = await #expect(throws: ConduitError.self) { try await device.queue.submit(commands).wait() }
        #expect(error?.message.contains("barrier reached by 3 of the 16 live work-items") == true, "\(String(describing: error))")
    }
}
