import Testing

/// One kernel per language feature, run on the interpreter, with results known by hand.
@Suite struct LanguageFeatureTests {
    /// Runs a one-buffer kernel over `items` work-items and returns the buffer as `T`s.
    func run<T: BitwiseCopyable>(
        _ source: String, _ kernel: String = "k", items: Int = 4, local: Int? = nil, count: Int? = nil,
        as type: T.Type, options: String = ""
    ) throws -> [T] {
        let size = (count ?? items) * MemoryLayout<T>.stride
        let out = try KernelHarness(source, options: options).run(kernel, [.bytes(.init(repeating: 0, count: size))], global: [items], local: [local ?? items])
        return out[0]!.as(T.self)
    }

    @Test func objectAndFunctionLikeMacrosConditionalsAndOptions() throws {
        let source = """
            #define SCALE 3
            #define MAD(a, b, c) ((a) * (b) + (c))
            #define STR(x) #x
            #define GLUE(a, b) a ## b
            #if defined(EXTRA) && EXTRA > 1
            #define OFFSET 100
            #elif !defined(EXTRA)
            #define OFFSET 1
            #else
            #define OFFSET 10
            #endif
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __kernel void k(__global int *out) {
                int GLUE(va, lue) = MAD(get_global_id(0), SCALE, OFFSET);
            #pragma unroll
                out[get_global_id(0)] = value + WIDTH;
            }
            """
        #expect(try run(source, as: Int32.self, options: "-D WIDTH=1000 -DEXTRA=2") == [1100, 1103, 1106, 1109])
        #expect(try run(source, as: Int32.self, options: "-DWIDTH=0") == [1, 4, 7, 10])
    }

    /// `abs(INT_MIN)` is 2^31 and `abs(LONG_MIN)` is 2^63 (`abs` returns the unsigned type, so
    /// every input has a magnitude), at run time and folded from an octal literal. PoCL 3.1 gets
    /// both wrong (docs/pocl-miscompiles.md, seed 80052): the differential tester found it.
    @Test func absOfTheMostNegativeValueIsItsMagnitude() throws {
        let source = """
            __kernel void k(__global ulong *out) {
                const uint one = (uint)get_global_id(0) + 1u;
                long m = (long)((ulong)one << 63);
                int i = (int)(one << 31);
                out[0] = abs(m);
                out[1] = abs(i);
                out[2] = abs((long)(01000000000000000000000));
                out[3] = (uchar)((int)one | abs((long)(01000000000000000000000)));
            }
            """
        #expect(try run(source, items: 1, count: 4, as: UInt64.self) == [1 << 63, 1 << 31, 1 << 63, 1])
    }

    /// PoCL's optimised build gets these wrong (it assumes `abs` never returns the most negative
    /// value, so the sign extension becomes a zero extension): docs/pocl-miscompiles.md, class 1.
    @Test func theMagnitudeOfTheMostNegativeValueReadAsSignedIsNegative() throws {
        let source = """
            __kernel void k(__global ulong *out) {
                const int m = (int)((uint)get_global_id(0) + 1u << 31);
                int16 v = (int16)(m);
                v = as_int16(abs(v));
                out[0] = (ulong)as_int(abs(m));
                out[1] = (ulong)v.s0;
                out[2] = (ulong)v.sf;
                out[3] = (ulong)as_long(abs((long)m << 32));
            }
            """
        let negative = UInt64(bitPattern: Int64(Int32.min))
        #expect(try run(source, items: 1, count: 4, as: UInt64.self) == [negative, negative, negative, 1 << 63])
    }

    @Test func integerPromotionsWrappingAndUnsignedArithmetic() throws {
        let source = """
            __kernel void k(__global int *out) {
                uchar a = 200, b = 100;
                uchar sum = a + b;                 // 300 wraps to 44 when stored
                int promoted = a + b;              // promoted to int: 300
                char c = -5;
                short s = 40000;                   // wraps to -25536
                uint u = 7;
                int negative = -7;
                out[0] = sum;
                out[1] = promoted;
                out[2] = c * 3;
                out[3] = s;
                out[4] = (int)(u / 2u);
                out[5] = negative / 2;             // C truncates toward zero
                out[6] = negative % 3;
                out[7] = (int)(0xFFFFFFFFu >> 28);
                out[8] = -16 >> 2;                 // arithmetic shift of a signed value
                out[9] = 2147483647 + 1;           // signed overflow wraps
                long big = 3000000000L;
                out[10] = (int)(big / 1000);
                ulong mask = ~0UL;
                out[11] = (int)(mask >> 60);
                size_t id = get_global_id(0);
                out[12] = (int)(id + 41);
                out[13] = (int)sizeof(float4) + (int)sizeof(long);
            }
            """
        #expect(try run(source, items: 1, count: 14, as: Int32.self) == [44, 300, -15, -25536, 3, -3, -1, 15, -4, Int32.min, 3_000_000, 15, 41, 24])
    }

    /// `x * y + z` and its relatives become one ffma (FP_CONTRACT ON, as in OpenCL C), which every
    /// adapter computes fused, with one rounding.
    @Test func multiplyAddContractsIntoOneFusedOperation() throws {
        let source = """
            __kernel void k(__global float *out) {
                const float x = 1.0f + (float)(get_global_id(0) + 1) * 0.000244140625f, y = x;
                const float z = -(x * y), w = x * y;
                float acc = z;
                acc += x * y;
                float2 v = (float2)(x, 2.0f) * (float2)(y, 3.0f) + (float2)(z, 1.0f);
                out[get_global_id(0) * 6 + 0] = x * y + z;
                out[get_global_id(0) * 6 + 1] = z + x * y;
                out[get_global_id(0) * 6 + 2] = x * y - w;
                out[get_global_id(0) * 6 + 3] = w - x * y;
                out[get_global_id(0) * 6 + 4] = acc;
                out[get_global_id(0) * 6 + 5] = v.x + v.y;
            }
            """
        // x·y is inexact here: the fused multiply-add leaves the product's rounding error, not 0
        // (what clang computes with FP_CONTRACT ON, and what the OpenCL adapter computes).
        let values = try run(source, items: 4, count: 24, as: Float.self)
        for item in 0..<4 {
            let x = 1 + Float(item + 1) * 0.000244140625, product = x * x
            let residue = (-product).addingProduct(x, x)
            if item % 2 == 0 { #expect(residue != 0, "x·x must be inexact for item \(item)") }
            #expect(Array(values[item * 6..<item * 6 + 5]) == [residue, residue, residue, -residue, residue], "item \(item)")
            #expect(values[item * 6 + 5] == 7)
        }
        let kernel = try Compiler.compile(source: source).kernels[0]
        #expect(kernel.instructions.filter { $0.opcode == .ffma }.count == 8)  // x's own 1 + (gid + 1) · 2⁻¹² too
        let integers = try Compiler.compile(source: "__kernel void k(__global int *o, int a, int b) { o[0] = a * b + a; }").kernels[0]
        #expect(!integers.instructions.contains { $0.opcode == .ffma })
    }

    @Test func vectorsSwizzlesAndLiterals() throws {
        let source = """
            __kernel void k(__global float *out) {
                float4 v = (float4)(1.0f, 2.0f, 3.0f, 4.0f);
                float2 p = (float2)(10.0f);                  // broadcast
                float4 w = (float4)(p, v.zw);                // mixed components
                v.xy = v.yx;                                 // swizzled write
                float4 s = v * 2.0f + w;                     // scalar broadcast in arithmetic
                out[0] = s.x; out[1] = s.y; out[2] = s.z; out[3] = s.w;
                out[4] = v.s3; out[5] = w.hi.x; out[6] = dot(v, (float4)(1.0f));
                int4 mask = v > (float4)(2.5f);              // vector comparison: -1 / 0
                out[7] = (float)(mask.x + mask.y + mask.z + mask.w);
                float3 c = cross((float3)(1, 0, 0), (float3)(0, 1, 0));
                out[8] = c.z;
                uint2 u = (uint2)(3u, 5u);
                out[9] = (float)(u.even + u.odd);
            }
            """
        let r = try run(source, items: 1, count: 10, as: Float.self)
        #expect(r == [14, 12, 9, 12, 4, 3, 10, -2, 1, 8])
    }

    @Test func privateArraysWithInitialisersAndDynamicIndices() throws {
        let source = """
            __kernel void k(__global int *out) {
                int table[5] = {10, 20, 30};                 // the rest is zero
                int grid[3][4];
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 4; j++)
                        grid[i][j] = i * 10 + j;
                int id = get_global_id(0);
                out[id] = table[id] + grid[id % 3][(id + 1) % 4];
            }
            """
        #expect(try run(source, items: 5, as: Int32.self) == [11, 32, 53, 0, 11])
    }

    @Test func helpersWithPointersIntoEachAddressSpace() throws {
        let source = """
            void bump(__global int *p, int by) { *p += by; }
            int sumPrivate(int *values, int n) { int s = 0; for (int i = 0; i < n; i++) s += values[i]; return s; }
            int firstLocal(__local int *tile) { return tile[0]; }
            int clampedSquare(int x) { if (x > 3) return 9; return x * x; }
            __kernel void k(__global int *out) {
                __local int tile[4];
                int id = get_local_id(0);
                tile[id] = id + 100;
                barrier(CLK_LOCAL_MEM_FENCE);
                int mine[3] = {id, id, id};
                out[id] = sumPrivate(mine, 3) + firstLocal(tile) + clampedSquare(id * 2);
                bump(&out[id], 1000);
            }
            """
        #expect(try run(source, items: 4, as: Int32.self) == [1100, 1107, 1115, 1118])
    }

    @Test func structsByValueThroughPointersAndAsArguments() throws {
        let source = """
            typedef struct { float3 position; float mass; int id; } Particle;
            struct Pair { int a; int b; };
            Particle moved(Particle p, float dx) { p.position.x += dx; return p; }
            __kernel void k(__global float *out, __global Particle *particles, const struct Pair pair) {
                int i = get_global_id(0);
                Particle p = particles[i];
                Particle q = moved(p, 0.5f);
                __global Particle *ptr = particles + i;
                ptr->mass = q.mass * 2.0f;
                out[i] = q.position.x + (float)(pair.a * 10 + pair.b) + (float)q.id;
            }
            """
        // Particle: float3 (16 bytes) + float + int, padded to 32 bytes.
        var particles: [Float] = []
        for i in 0..<2 {
            particles += [Float(i), 0, 0, 0, 3, Float(bitPattern: UInt32(7 + i)), 0, 0]
        }
        let pair: [Int32] = [4, 2]
        let harness = try KernelHarness(source)
        let out = try harness.run("k", [.floats([0, 0]), .floats(particles), .value(pair.withUnsafeBytes { Array($0) })], global: [2], local: [2])
        #expect(out[0]!.as(Float.self) == [49.5, 51.5])
        let updated = out[1]!.as(Float.self)
        #expect(updated[4] == 6 && updated[12] == 6, "writes through -> land in the struct")
    }

    @Test func pointerArithmeticAndCasts() throws {
        let source = """
            __kernel void k(__global uint *out, __global const uchar *bytes) {
                __global const uint *words = (__global const uint *)bytes;   // punning bytes as words
                __global const uchar *p = bytes + 4;
                p += 2;
                out[0] = words[1];
                out[1] = *p;
                out[2] = (uint)(p - bytes);
                __local uint scratch[8];
                __local uint4 *wide = (__local uint4 *)scratch;
                wide[1] = (uint4)(5u, 6u, 7u, 8u);
                barrier(CLK_LOCAL_MEM_FENCE);
                out[3] = scratch[6];
                uchar raw[4] = {1, 2, 3, 4};
                out[4] = *((uint *)raw);
            }
            """
        let harness = try KernelHarness(source)
        let out = try harness.run("k", [.bytes(.init(repeating: 0, count: 20)), .bytes([0, 0, 0, 0, 0x44, 0x33, 0x22, 0x11])], global: [1], local: [1])
        #expect(out[0]!.as(UInt32.self) == [0x1122_3344, 0x22, 6, 7, 0x0403_0201])
    }

    @Test func atomicsOnGlobalAndLocalMemory() throws {
        let source = """
            __kernel void k(__global int *out) {
                __local int counter;
                __local uint smallest;
                if (get_local_id(0) == 0) { counter = 0; smallest = 0xFFFFFFFFu; }
                barrier(CLK_LOCAL_MEM_FENCE);
                int mine = atomic_inc(&counter);
                atom_min(&smallest, (uint)(get_global_id(0) + 5));
                barrier(CLK_LOCAL_MEM_FENCE);
                atomic_add(&out[0], 1);
                atomic_max(&out[1], mine);
                if (get_local_id(0) == 0) {
                    atomic_add(&out[2], counter);
                    atomic_xchg(&out[3], (int)smallest);
                    atomic_cmpxchg(&out[4], 0, 77);
                    atomic_or(&out[5], 1 << get_group_id(0));
                }
            }
            """
        let out = try KernelHarness(source).run("k", [.ints([0, 0, 0, 0, 0, 0])], global: [256], local: [64])
        let values = out[0]!.as(Int32.self)
        #expect(values[0] == 256)
        #expect(values[1] == 63)
        #expect(values[2] == 256)
        #expect([5, 69, 133, 197].contains(values[3]))
        #expect(values[4] == 77)
        #expect(values[5] == 0b1111)
    }

    @Test func switchWithFallThroughAndDefault() throws {
        let source = """
            __kernel void k(__global int *out) {
                int id = get_global_id(0);
                int r = 0;
                switch (id) {
                case 0: r = 10; break;
                case 1: r = 20;            // falls through
                case 2: r += 5; break;
                case 4:
                case 5: r = 99; break;
                default: r = -1;
                }
                out[id] = r;
            }
            """
        #expect(try run(source, items: 7, as: Int32.self) == [10, 25, 5, -1, 99, 99, -1])
    }

    @Test func loopsWithBreakContinueAndDivergentEarlyReturn() throws {
        let source = """
            __kernel void k(__global int *out) {
                int id = get_global_id(0);
                if (id == 3) return;                    // lanes leave at different times
                int total = 0, i = 0;
                do { total += i; i++; } while (i < id);
                for (int j = 0; j < 10; j++) {
                    if (j == id) continue;
                    if (j > id + 2) break;
                    total += 100;
                }
                int n = id;
                while (n > 0) { n -= 2; total += 1000; }
                out[id] = total;
            }
            """
        #expect(try run(source, items: 6, as: Int32.self) == [200, 1300, 1401, 0, 2606, 3710])
    }

    @Test func ternaryShortCircuitAndSideEffects() throws {
        let source = """
            __kernel void k(__global int *out, __global const int *in) {
                int id = get_global_id(0);
                int counter = 0;
                // The right side must not run (it would read past the end) when the left decides.
                int safe = (id < 4 && in[id] > 0) ? 1 : 0;
                int other = (id >= 4 || in[id] < 0) ? 2 : 3;
                int chosen = id % 2 == 0 ? in[id % 4] : -in[id % 4];
                int bumped = (id > 2) ? ++counter : 0;     // the increment runs only where chosen
                out[id] = safe * 1000 + other * 100 + chosen * 10 + bumped + counter * 10000;
            }
            """
        let out = try KernelHarness(source).run("k", [.ints(.init(repeating: 0, count: 6)), .ints([5, -6, 7, -8])], global: [6], local: [6])
        #expect(out[0]!.as(Int32.self) == [1350, 260, 1370, 10281, 10251, 10261])
    }

    @Test func barriersInLoopsAndHelpers() throws {
        let source = """
            void sync(void) { barrier(CLK_LOCAL_MEM_FENCE); }
            __kernel void k(__global int *out, __local int *shared) {
                int lid = get_local_id(0), size = get_local_size(0);
                shared[lid] = lid;
                sync();
                for (int step = 1; step < size; step *= 2) {
                    int value = lid >= step ? shared[lid - step] : 0;
                    sync();
                    shared[lid] += value;
                    sync();
                }
                out[get_global_id(0)] = shared[lid];
            }
            """
        let out = try KernelHarness(source).run("k", [.ints(.init(repeating: 0, count: 32)), .local(16 * 4)], global: [32], local: [16])
        let expected: [Int32] = (0..<32).map { (item: Int) -> Int32 in
            let lane = item % 16
            return Int32(lane * (lane + 1) / 2)
        }
        #expect(out[0]!.as(Int32.self) == expected)
    }

    @Test func mathAndConversionBuiltins() throws {
        let source = """
            __kernel void k(__global float *out) {
                out[0] = sqrt(16.0f) + rsqrt(4.0f);
                out[1] = fmin(2.0f, -1.0f) + fmax(2.0f, -1.0f) + fabs(-3.0f);
                out[2] = floor(2.7f) + ceil(2.2f) + round(2.5f) + trunc(-2.7f);
                out[3] = clamp(5.0f, 0.0f, 1.0f) + mix(0.0f, 10.0f, 0.25f) + mad(2.0f, 3.0f, 1.0f);
                out[4] = (float)(min(3, -4) + max(3u, 9u) + abs(-6) + clamp(15, 0, 10));
                out[5] = (float)convert_int(3.9f) + (float)convert_uchar_sat(300) * 0.0f + convert_float(7);
                out[6] = as_float(0x40400000u);
                out[7] = (float)as_uint(1.0f) / 1065353216.0f;
                out[8] = length((float2)(3.0f, 4.0f)) + distance((float2)(0.0f), (float2)(0.0f, 2.0f));
                out[9] = exp(0.0f) + log(1.0f) + pow(2.0f, 3.0f) + native_sin(0.0f) + half_cos(0.0f);
                out[10] = (float)(mul24(3, 4) + mad24(2, 5, 1) + popcount(0xFFu) + (int)select(1, 2, 1));
                out[11] = (float)(isnan(NAN) + isinf(INFINITY) * 2 + (get_work_dim() * 10));
            }
            """
        let r = try run(source, items: 1, count: 12, as: Float.self)
        #expect(r == [4.5, 4, 6, 10.5, 21, 10, 3, 1, 7, 10, 33, 13])
    }

    @Test func vloadVstoreAndProgramScopeConstants() throws {
        let source = """
            __constant int weights[4] = {1, 10, 100, 1000};
            __constant float4 bias = (float4)(0.5f, 0.5f, 0.5f, 0.5f);
            __kernel void k(__global float *out) {
                int id = get_global_id(0);
                float4 v = vload4(0, out) + bias;
                vstore4(v * (float)weights[id], id + 1, out);
            }
            """
        let initial: [Float] = [1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0]
        let out = try KernelHarness(source).run("k", [.floats(initial)], global: [2], local: [2])
        let expected: [Float] = [1, 2, 3, 4, 1.5, 2.5, 3.5, 4.5, 15, 25, 35, 45]
        #expect(out[0]!.as(Float.self) == expected)
    }

    @Test func workItemFunctionsInTwoAndThreeDimensions() throws {
        let source = """
            __kernel void k(__global int *out) {
                size_t x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
                size_t index = (z * get_global_size(1) + y) * get_global_size(0) + x;
                out[index] = (int)(get_group_id(0) * 1000 + get_local_id(1) * 100 + get_num_groups(2) * 10 + get_local_size(0));
            }
            """
        let out = try KernelHarness(source).run("k", [.ints(.init(repeating: 0, count: 4 * 2 * 2))], global: [4, 2, 2], local: [2, 2, 1])
        let values = out[0]!.as(Int32.self)
        #expect(values[0] == 22 && values[2] == 1022 && values[4] == 122 && values[15] == 1122)
    }

    @Test func includeWithSearchPath() throws {
        let directory = FileManagerShim.temporaryDirectory()
        try "#define FROM_HEADER 42\n".write(toFile: directory + "/defs.h", atomically: true, encoding: .utf8)
        let source = "#include \"defs.h\"\n__kernel void k(__global int *out) { out[0] = FROM_HEADER; }\n"
        let module = try ConduitKernel.Compiler.compile(source: source, fileName: "main.cl", options: try .init(parsing: "-I \(directory)")) {
            try? String(contentsOfFile: $0, encoding: .utf8)
        }
        #expect(module.kernels.map(\.name) == ["k"])
    }
}

import ConduitKernel
import Foundation

enum FileManagerShim {
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "conduit-include-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
