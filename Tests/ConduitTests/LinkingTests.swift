import Conduit
import Testing

/// Libraries linked from several files (OpenCL's clCompileProgram + clLinkProgram): each file's
/// macros stay in it, declarations meet their definitions in other files, a kernel may call a
/// kernel (as OpenCL C allows), and a struct both files define is one type.
@Suite struct LinkingTests {
    @Test(arguments: [false, true])
    func filesLinkedInEitherOrderComputeTheSame(_ reversed: Bool) throws {
        let (_, device) = try makeCPUDevice()
        let definitions = ProgramSource(
            source: """
                #define OFFSET 100
                constant struct bar { float x, y; int color; } foo = {1.5f, 2.5f, 7};
                __kernel void add(__global float *a, float v) { a[get_global_id(0)] += v + OFFSET; }
                """, fileName: "definitions.cl")
        let user = ProgramSource(
            source: """
                #include "shared.h"
                __kernel void twice(__global float *a) {
                    add(a, foo.y);
                    add(a, (float)foo.color * SCALE);
                }
                """, fileName: "user.cl", options: "-DSCALE=2",
            headers: ["shared.h": "extern constant struct bar { float x, y; int color; } foo;\nextern __kernel void add(__global float *a, float v);\n"])
        try user.check()
        let library = try device.makeLibrary(linking: reversed ? [user, definitions] : [definitions, user])
        #expect(Set(library.kernelNames) == ["add", "twice"])
        let values: [Float] = [0, 1, -3, 10]
        let buffer = try device.makeBuffer(array: values)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "twice"), arguments: [.buffer(buffer)], globalSize: [4])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        // OFFSET is the first file's macro only; each add adds its value and 100.
        #expect(try buffer.read(as: Float.self) == values.map { $0 + (2.5 + 100) + (14 + 100) })
    }

    @Test func aMissingDefinitionOrAClashIsACompileError() throws {
        let (_, device) = try makeCPUDevice()
        let caller = ProgramSource(source: "int f(int);\n__kernel void k(__global int *a) { a[0] = f(a[0]); }", fileName: "caller.cl")
        try caller.check()  // alone, a declaration without a definition is fine
        #expect(throws: ConduitError.self) { try device.makeLibrary(linking: [caller]) }
        let one = ProgramSource(source: "int f(int x) { return x + 1; }", fileName: "one.cl")
        let two = ProgramSource(source: "int f(int x) { return x + 2; }", fileName: "two.cl")
        #expect(throws: ConduitError.self) { try device.makeLibrary(linking: [caller, one, two]) }
        let clash = ProgramSource(source: "struct s { int a; };", fileName: "a.cl")
        let other = ProgramSource(source: "struct s { float a; };\n__kernel void k(__global int *p) { }", fileName: "b.cl")
        #expect(throws: ConduitError.self) { try device.makeLibrary(linking: [clash, other]) }
        _ = try device.makeLibrary(linking: [caller, one])
    }
}
