import Conduit
import Foundation
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
        var user = ProgramSource(
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

    /// A file checked with a header from disk keeps the header: the link works after the file
    /// is gone (CTS execute_after_included_header_link deletes it between compile and link).
    @Test func aCheckedFileKeepsTheHeadersItIncluded() throws {
        let (_, device) = try makeCPUDevice()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("conduit-include-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "#define ANSWER 42\n".write(to: directory.appendingPathComponent("answer.h"), atomically: true, encoding: .utf8)
        var file = ProgramSource(
            source: "#include \"answer.h\"\n__kernel void k(__global int *a) { a[0] = ANSWER; }", fileName: "main.cl",
            options: BuildOptions("-I \(directory.path)"))
        try file.check()
        try FileManager.default.removeItem(at: directory)
        let buffer = try device.makeBuffer(array: [Int32(0)])
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try device.makeLibrary(linking: [file]).makeKernel(named: "k"), arguments: [.buffer(buffer)], globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try buffer.read(as: Int32.self) == [42])
    }

    @Test func aMissingDefinitionOrAClashIsACompileError() throws {
        let (_, device) = try makeCPUDevice()
        var caller = ProgramSource(source: "int f(int);\n__kernel void k(__global int *a) { a[0] = f(a[0]); }", fileName: "caller.cl")
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

/// Forms the OpenCL CTS (test_basic) builds that Conduit refused: a vector cast of a cast, the
/// 2.0 linear-id functions, the C limits macros; each result checked against C arithmetic.
@Suite struct CTSFormsTests {
    @Test func castsLinearIDsAndLimits() throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global int *out) {
                    uchar2 v = (uchar2)(uchar)7;
                    size_t g = get_global_linear_id(), l = get_local_linear_id();
                    out[g * 4 + 0] = (int)g;
                    out[g * 4 + 1] = (int)l;
                    out[g * 4 + 2] = v.x + v.y + (int)get_enqueued_local_size(0);
                    out[g * 4 + 3] = SCHAR_MIN + SHRT_MIN / 1000 + FLT_MANT_DIG + DBL_MAX_EXP;
                #ifdef __IMAGE_SUPPORT__
                    out[g * 4 + 3] = -1;
                #endif
                }
                """)
        let out = try device.makeBuffer(length: 4 * 4 * 24)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "k"), arguments: [.buffer(out)], globalSize: [4, 3, 2], localSize: [2, 3, 1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        let values = try out.read(as: Int32.self)
        let limits: Int32 = -128 + (-32768 / 1000) + 24 + 1024
        for z in 0..<2 {
            for y in 0..<3 {
                for x in 0..<4 {
                    let g = (z * 3 + y) * 4 + x, l = y * 2 + x % 2
                    let expected: [Int32] = [Int32(g), Int32(l), 16, limits]
                    #expect(Array(values[g * 4..<g * 4 + 4]) == expected)
                }
            }
        }
    }

    /// A `__local` argument is aligned for its largest type (CL_DEVICE_MIN_DATA_TYPE_ALIGN_SIZE,
    /// 128 bytes), after a small one and after the kernel's own local variables (CTS:
    /// kernel_memory_alignment_local saw a 32-byte vector at offset 80).
    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func localArgumentsAreAlignedFor128ByteTypes(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global ulong *out, __local char *small, __local long16 *wide, __local int8 *mid) {
                    __local float own[3];
                    own[0] = 1.0f;
                    out[0] = (ulong)wide % 128;
                    out[1] = (ulong)mid % 128;
                }
                """)
        let out = try device.makeBuffer(array: [UInt64](repeating: 99, count: 2))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"), arguments: [.buffer(out), .local(bytes: 3), .local(bytes: 128), .local(bytes: 32)],
            globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try out.read(as: UInt64.self) == [0, 0])
    }

    /// async_work_group_copy and the strided form, both directions, then wait_group_events: the
    /// result of each work-group against the same copies done in Swift.
    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func asyncWorkGroupCopies(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global const int *in, __global int *out, __global int *strided, __local int *tile, __local int *gathered) {
                    size_t group = get_group_id(0), n = get_local_size(0);
                    event_t e = async_work_group_copy(tile, in + group * 24, 24, 0);
                    event_t s = async_work_group_strided_copy(gathered, in + group * 24, 8, 3, 0);
                    wait_group_events(1, &e);
                    wait_group_events(1, &s);
                    prefetch(in, 4);
                    tile[get_local_id(0)] += 1000;
                    barrier(CLK_LOCAL_MEM_FENCE);
                    event_t back = async_work_group_copy(out + group * 24, tile, 24, 0);
                    event_t spread = async_work_group_strided_copy(strided + group * 16, gathered, 8, 2, 0);
                    wait_group_events(1, &back);
                    wait_group_events(1, &spread);
                }
                """)
        let groups = 3, local = 5
        let input = (0..<(groups * 24)).map { Int32($0 * 7 - 40) }
        let inBuffer = try device.makeBuffer(array: input)
        let out = try device.makeBuffer(array: [Int32](repeating: -1, count: groups * 24))
        let strided = try device.makeBuffer(array: [Int32](repeating: -1, count: groups * 16))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"),
            arguments: [.buffer(inBuffer), .buffer(out), .buffer(strided), .local(bytes: 24 * 4), .local(bytes: 8 * 4)],
            globalSize: [groups * local], localSize: [local])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        var expectedOut = input, expectedStrided = [Int32](repeating: -1, count: groups * 16)
        for group in 0..<groups {
            for item in 0..<local { expectedOut[group * 24 + item] += 1000 }
            for element in 0..<8 { expectedStrided[group * 16 + element * 2] = input[group * 24 + element * 3] }
        }
        #expect(try out.read(as: Int32.self) == expectedOut)
        #expect(try strided.read(as: Int32.self) == expectedStrided)
    }

    /// hadd and rhadd for signed and unsigned 8- and 32-bit values at the edges, against the
    /// same arithmetic in 64 bits (floor of the halved sum).
    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func haddAndRhadd(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global const int *a, __global const int *b, __global int *out) {
                    size_t i = get_global_id(0);
                    out[i * 6 + 0] = hadd(a[i], b[i]);
                    out[i * 6 + 1] = rhadd(a[i], b[i]);
                    out[i * 6 + 2] = (int)hadd((uint)a[i], (uint)b[i]);
                    out[i * 6 + 3] = (int)rhadd((uint)a[i], (uint)b[i]);
                    out[i * 6 + 4] = hadd((char)a[i], (char)b[i]);
                    out[i * 6 + 5] = rhadd((uchar)a[i], (uchar)b[i]);
                }
                """)
        let a: [Int32] = [Int32.max, Int32.min, -1, 0, 7, -7, Int32.max, 200, -128]
        let b: [Int32] = [Int32.max, Int32.min, 0, -1, 8, 6, Int32.min, 100, 127]
        let out = try device.makeBuffer(length: a.count * 6 * 4)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"),
            arguments: [.buffer(try device.makeBuffer(array: a)), .buffer(try device.makeBuffer(array: b)), .buffer(out)],
            globalSize: [a.count])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        func halved(_ x: Int64, _ y: Int64, round: Int64) -> Int64 { Int64((Double(x + y + round) / 2).rounded(.down)) }
        var expected: [Int32] = []
        for (x, y) in zip(a, b) {
            let (ux, uy) = (Int64(UInt32(bitPattern: x)), Int64(UInt32(bitPattern: y)))
            let (cx, cy) = (Int64(Int8(truncatingIfNeeded: x)), Int64(Int8(truncatingIfNeeded: y)))
            let (bx, by) = (Int64(UInt8(truncatingIfNeeded: x)), Int64(UInt8(truncatingIfNeeded: y)))
            expected += [
                Int32(halved(Int64(x), Int64(y), round: 0)), Int32(halved(Int64(x), Int64(y), round: 1)),
                Int32(truncatingIfNeeded: halved(ux, uy, round: 0)), Int32(truncatingIfNeeded: halved(ux, uy, round: 1)),
                Int32(halved(cx, cy, round: 0)), Int32(halved(bx, by, round: 1))
            ]
        }
        #expect(try out.read(as: Int32.self) == expected)
    }

    /// Work-item queries with a dimension computed at run time, past the last dimension too.
    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func workItemQueriesWithARunTimeDimension(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global ulong *out, uint dimensions) {
                    if (get_global_id(0) != 1 || get_global_id(1) != 2) return;
                    for (uint d = 0; d < dimensions; d++) {
                        out[d * 4 + 0] = get_global_size(d);
                        out[d * 4 + 1] = get_global_id(d);
                        out[d * 4 + 2] = get_local_size(d);
                        out[d * 4 + 3] = get_global_offset(d);
                    }
                }
                """)
        let out = try device.makeBuffer(array: [UInt64](repeating: 99, count: 16))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"), arguments: [.buffer(out), .uint32(4)], globalSize: [4, 6], localSize: [2, 3],
            globalOffset: [0, 0])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try out.read(as: UInt64.self) == [4, 1, 2, 0, 6, 2, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0])
    }

    /// OpenCL C 3.0's `.rgba` swizzles, read and written, as `.xyzw` would be.
    @Test func rgbaSwizzles() throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: "__kernel void k(__global float4 *a) { float4 v = a[0]; a[1] = v.abgr; a[2].rg = v.ba; a[2].ba = (float2)(7.0f, 8.0f); }")
        let buffer = try device.makeBuffer(array: [Float](arrayLiteral: 1, 2, 3, 4) + [Float](repeating: 0, count: 8))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "k"), arguments: [.buffer(buffer)], globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try buffer.read(as: Float.self) == [1, 2, 3, 4, 4, 3, 2, 1, 3, 4, 7, 8])
    }

    /// as_T between 3- and 4-component vectors of one element size (a 3-vector is stored as 4).
    @Test func reinterpretingThreeAndFourComponentVectors() throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global const char *src, __global uchar4 *d) {
                    uchar4 four = as_uchar4(vload3(0, src));
                    d[0] = (uchar4)(four.x, four.y, four.z, 9);
                    char3 three = as_char3(d[1]);
                    d[2] = (uchar4)((uchar)three.x, (uchar)three.y, (uchar)three.z, 7);
                }
                """)
        let source = try device.makeBuffer(array: [Int8](arrayLiteral: -1, 2, -3))
        let out = try device.makeBuffer(array: [UInt8](arrayLiteral: 0, 0, 0, 0, 10, 20, 200, 40, 0, 0, 0, 0))
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(try library.makeKernel(named: "k"), arguments: [.buffer(source), .buffer(out)], globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try out.read(as: UInt8.self) == [255, 2, 253, 9, 10, 20, 200, 40, 10, 20, 200, 7])
    }

    /// Hexadecimal floating constants, `__LINE__`, math constants, a splat in a `__constant`
    /// initialiser, and an async copy whose pointer is computed with builtins (CTS: kernel_limit_constants,
    /// kernel_preprocessor_macros, kernel_numeric_constants, kernel_memory_alignment_constant, async_copy).
    @Test func constantsLinesAndBuiltinArguments() throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                constant char2 pairs[3] = {(char2)(5)};
                __kernel void k(__global float *f, __global int *i, __global const int *src, __local int *tile) {
                    f[0] = 0x1.fffffep127f;
                    f[1] = 0x1p-126f;
                    f[2] = M_LOG2E_F;
                    f[3] = M_SQRT1_2_F;
                    i[0] = __LINE__;
                    i[1] = pairs[0].x + pairs[0].y * 10 + pairs[1].x * 100;
                    event_t e = async_work_group_copy(tile, src + 2 * get_group_id(0), (size_t)2, 0);
                    wait_group_events(1, &e);
                    i[2] = tile[0] + tile[1];
                }
                """)
        let f = try device.makeBuffer(length: 16), i = try device.makeBuffer(length: 12)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"),
            arguments: [.buffer(f), .buffer(i), .buffer(try device.makeBuffer(array: [Int32](arrayLiteral: 3, 4))), .local(bytes: 8)],
            globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        #expect(try f.read(as: Float.self) == [.greatestFiniteMagnitude, .leastNormalMagnitude, Float(1.4426950408889634), Float(0.5.squareRoot())])
        #expect(try i.read(as: Int32.self) == [7, 55, 7])
    }

    /// as_T between types of one size and different shapes, against the same bytes
    /// reinterpreted in Swift (CTS astype).
    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func reinterpretingBetweenShapes(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global const ulong *in, __global ulong *out) {
                    ulong x = in[0], y = in[1];
                    out[0] = (ulong)(ushort)as_short(as_char2((ushort)x));
                    char4 c = as_char4((uint)y);
                    out[1] = (ulong)(uchar)c.x | (ulong)(uchar)c.y << 8 | (ulong)(uchar)c.z << 16 | (ulong)(uchar)c.w << 24;
                    uchar8 b = as_uchar8(x);
                    out[2] = b.s7 | (ulong)b.s0 << 8;
                    int2 pair = as_int2(y);
                    out[3] = (ulong)(uint)pair.y;
                    out[4] = as_ulong(as_double(as_float2(x)));
                    ushort4 q = as_ushort4(as_int2(x));
                    out[5] = (ulong)q.w << 48 | (ulong)q.z << 32 | (ulong)q.y << 16 | q.x;
                    out[6] = as_uint(as_float(as_uchar4((uint)y)));
                }
                """)
        let x: UInt64 = 0x8123_4567_89AB_CDEF, y: UInt64 = 0xFEDC_BA98_7654_3210
        let out = try device.makeBuffer(length: 7 * 8)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"), arguments: [.buffer(try device.makeBuffer(array: [x, y])), .buffer(out)], globalSize: [1])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        let bytes = withUnsafeBytes(of: x.littleEndian) { Array($0) }
        let expected: [UInt64] = [
            x & 0xFFFF, y & 0xFFFF_FFFF, UInt64(bytes[7]) | UInt64(bytes[0]) << 8, y >> 32, x, x, y & 0xFFFF_FFFF
        ]
        #expect(try out.read(as: UInt64.self) == expected)
    }

    /// isnormal on normal, subnormal, zero, infinite and NaN values, float and double, against
    /// Swift's `isNormal`; `#ifdef __LINE__` (CTS kernel_preprocessor_macros, kernel_limit_constants).
    @Test func isnormalAndLineIsDefined() throws {
        let (_, device) = try makeCPUDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global const float *f, __global const double *d, __global int *out) {
                    size_t i = get_global_id(0);
                    out[i * 3] = isnormal(f[i]);
                    out[i * 3 + 1] = isnormal(d[i]);
                #ifdef __LINE__
                    out[i * 3 + 2] = DBL_RADIX;
                #endif
                }
                """)
        let floats: [Float] = [1, -2.5, .leastNonzeroMagnitude, 0, -.infinity, .nan, .greatestFiniteMagnitude, .leastNormalMagnitude]
        let doubles: [Double] = [1, -2.5, .leastNonzeroMagnitude, -0.0, .infinity, .nan, .greatestFiniteMagnitude, .leastNormalMagnitude]
        let out = try device.makeBuffer(length: floats.count * 12)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"),
            arguments: [.buffer(try device.makeBuffer(array: floats)), .buffer(try device.makeBuffer(array: doubles)), .buffer(out)],
            globalSize: [floats.count])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        let expected = zip(floats, doubles).flatMap { f, d in [f.isNormal ? 1 : 0, d.isNormal ? 1 : 0, 2] as [Int32] }
        #expect(try out.read(as: Int32.self) == expected)
    }

    /// nextafter against the C library's, float and double, across zero, subnormals,
    /// infinities, NaNs and equal arguments (CTS kernel_limit_constants).
    @Test(arguments: [Adapter.Backend.cpu, .openCL])
    func nextafterMatchesTheCLibrary(_ backend: Adapter.Backend) throws {
        let instance = try Instance()
        guard let adapter = try instance.adapters(matching: .backend(backend)).first else { return }
        let device = try adapter.makeDevice()
        let library = try device.makeLibrary(
            source: """
                __kernel void k(__global const float *x, __global const float *y, __global float *f,
                                __global const double *dx, __global const double *dy, __global double *d) {
                    size_t i = get_global_id(0);
                    f[i] = nextafter(x[i], y[i]);
                    d[i] = nextafter(dx[i], dy[i]);
                }
                """)
        let pairs: [(Double, Double)] = [
            (1, 2), (1, 0), (-1, 0), (-1, -2), (0, 1), (0, -1), (-0.0, 1), (0, 0), (2, 2), (.infinity, 0), (-.infinity, 0),
            (.greatestFiniteMagnitude, .infinity), (.leastNonzeroMagnitude, 0), (1e-40, 1), (.nan, 1), (1, .nan), (3.5, -.infinity), (-1e300, 1)
        ]
        let xs = pairs.map { Float($0.0) }, ys = pairs.map { Float($0.1) }
        let dxs = pairs.map(\.0), dys = pairs.map(\.1)
        let f = try device.makeBuffer(length: pairs.count * 4), d = try device.makeBuffer(length: pairs.count * 8)
        let commands = device.queue.makeCommandBuffer()
        try commands.dispatch(
            try library.makeKernel(named: "k"),
            arguments: [
                .buffer(try device.makeBuffer(array: xs)), .buffer(try device.makeBuffer(array: ys)), .buffer(f),
                .buffer(try device.makeBuffer(array: dxs)), .buffer(try device.makeBuffer(array: dys)), .buffer(d)
            ],
            globalSize: [pairs.count])
        try device.queue.submit(commands).wait(timeout: .seconds(60))
        let floats = try f.read(as: Float.self), doubles = try d.read(as: Double.self)
        for index in pairs.indices {
            let expectedFloat = nextafterf(xs[index], ys[index]), expectedDouble = nextafter(dxs[index], dys[index])
            #expect(floats[index].bitPattern == expectedFloat.bitPattern || (floats[index].isNaN && expectedFloat.isNaN), "float \(pairs[index])")
            #expect(
                doubles[index].bitPattern == expectedDouble.bitPattern || (doubles[index].isNaN && expectedDouble.isNaN), "double \(pairs[index])")
        }
    }
}
