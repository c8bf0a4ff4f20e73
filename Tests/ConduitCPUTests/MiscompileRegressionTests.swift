import Testing

/// Programs the compiler once computed wrongly without an error. Each expected value is what C
/// (and clang, and PoCL) computes; each test failed before its fix.
@Suite struct MiscompileRegressionTests {
    func run<T: BitwiseCopyable>(_ source: String, items: Int = 1, count: Int, as type: T.Type) throws -> [T] {
        let out = try KernelHarness(source).run(
            "k", [.bytes(.init(repeating: 0, count: count * MemoryLayout<T>.stride))],
            global: [items], local: [items])
        return out[0]!.as(T.self)
    }

    @Test func aLocalInitialisedFromAnUnassignedParameterGetsItsOwnRegisters() throws {
        // The parameter shared its argument's registers and `x` took them over: 6*p instead of 4*p.
        let source = """
            uint f(uint p) { uint x = p; x = x * 3u; return p + x; }
            __kernel void k(__global uint *out) { uint i = get_global_id(0); out[i] = f(i + 5u); }
            """
        #expect(try run(source, items: 4, count: 4, as: UInt32.self) == [20, 24, 28, 32])
    }

    @Test func anAssignedParameterOfANestedHelperDoesNotChangeTheCallersParameter() throws {
        // `inc`'s `a` took over `g`'s `b` (an argument temporary), incremented it, and freed its
        // register at the end of `inc`; `g` then read a constant through `b`.
        let source = """
            int inc(int a) { a++; return a; }
            int g(int b) { int c = inc(b); int d = 1000; return b * 10 + c + d - 1000; }
            __kernel void k(__global int *out) { int i = get_global_id(0); out[i] = g(i + 1); }
            """
        #expect(try run(source, items: 3, count: 3, as: Int32.self) == [12, 23, 34])
    }

    @Test func hexAndOctalLiteralsTakeTheUnsignedTypeBeforeLong() throws {
        // C99 6.4.4.1: 0x9E3779B9 is unsigned int, so 127 - 0x9E3779B9 wraps (and is not negative);
        // 020000000000 (octal 2^31) is unsigned int too; the decimal 2147483648 is long.
        let source = """
            __kernel void k(__global long *out) {
                int a = 5;
                out[0] = min(a, 127 - 0x9E3779B9) < 0;
                out[1] = (long)(127 - 0x9E3779B9);
                out[2] = sizeof(0x9E3779B9);
                out[3] = sizeof(020000000000);
                out[4] = sizeof(2147483648);
                out[5] = -2147483648 < 0;
                out[6] = 0xFFFFFFFF + 1;
                out[7] = 0x7FFFFFFFFFFFFFFF + 0 > 0;
                out[8] = sizeof(0x8000000000000000);
                out[9] = 0x8000000000000000 > 0;
            }
            """
        let expected: [Int64] = [0, 1_640_531_654, 4, 4, 8, 1, 0, 1, 8, 1]
        #expect(try run(source, count: 10, as: Int64.self) == expected)
    }

    @Test func constantIndicesFoldWithCTypes() throws {
        // Each index is a constant expression whose value depends on C's conversions; the folder
        // used to compute them in signed 64-bit arithmetic.
        let source = """
            __kernel void k(__global int *out) {
                int t[8] = {10, 11, 12, 13, 14, 15, 16, 17};
                out[0] = t[255ul > -100L];            // -100L converts to ulong: 0
                out[1] = t[(uchar)259];               // casts truncate: 3
                out[2] = t[0xFFFFFFFFu / 0x40000000u]; // unsigned division: 3
                out[3] = t[(-1 < 0u) + 4];            // -1 converts to uint: 0 + 4
                out[4] = t[0x80000000u >> 29];        // logical shift of an unsigned: 4
                out[5] = t[(int)(0xFFFFFFFFu % 7u)];  // unsigned remainder: 3
                out[6] = t[(char)0x1FF + 2];          // (char)0x1FF is -1: 1
                out[7] = t[(ushort)-1 >> 13];         // promoted to int 65535: 7
                out[8] = t[(1u << 31) > 0];           // 1
                out[9] = t[-1L < 1ul];                // -1L converts to ulong: 0
            }
            """
        #expect(try run(source, count: 10, as: Int32.self) == [10, 13, 13, 14, 14, 13, 11, 17, 11, 10])
    }

    @Test func caseLabelsConvertToThePromotedControllingType() throws {
        let source = """
            __kernel void k(__global int *out) {
                uint u = get_global_id(0) == 0 ? 0xFFFFFFFFu : 3u;
                switch (u) { case -1: out[0] = 1; break; case 3: out[0] = 2; break; default: out[0] = 3; }
                ulong w = 0xFFFFFFFFFFFFFFFFul;
                switch (w) { case -1: out[1] = 4; break; default: out[1] = 5; }
            }
            """
        #expect(try run(source, count: 2, as: Int32.self) == [1, 4])
    }

    @Test func programScopeInitialisersUseCArithmetic() throws {
        let source = """
            __constant float halved = 1 / 2;          // integer division: 0
            __constant int truncated = (int)2.75f;
            __constant uint wrapped = -1;
            __constant char narrow = 0x1FF;
            __constant int halfWidth = 3, doubled = 6;   // names, not the unsupported types
            __kernel void k(__global int *out) {
                out[0] = (int)(halved * 10.0f);
                out[1] = truncated;
                out[2] = wrapped == 0xFFFFFFFFu;
                out[3] = narrow;
                out[4] = halfWidth + doubled;
            }
            """
        #expect(try run(source, count: 5, as: Int32.self) == [0, 2, 1, -1, 9])
    }

    @Test func trueAndFalseAreTheBoolConstants() throws {
        let source = """
            #if true
            #define ON 1
            #endif
            __kernel void k(__global int *out) {
                bool flag = true;
                out[0] = flag + true;
                out[1] = false;
                out[2] = ON;
                out[3] = !false;
            }
            """
        #expect(try run(source, count: 4, as: Int32.self) == [2, 0, 1, 1])
    }

    @Test func aMacroResultIsRescannedWithTheTokensThatFollow() throws {
        // C99 6.10.3.4: `ROUND` becomes `ROUND_USING_TEMP_VARS`, which then takes `(a, b)`.
        let source = """
            #define ROUND_USING_TEMP_VARS(a, b) ((a) * 10 + (b))
            #define ROUND ROUND_USING_TEMP_VARS
            #define CALL(f) f
            __kernel void k(__global int *out) {
                out[0] = ROUND(1, 2);
                out[1] = CALL(ROUND)(3, 4);
            }
            """
        #expect(try run(source, count: 2, as: Int32.self) == [12, 34])
    }

    @Test func integerBuiltinsWorkAtTheArgumentsOwnWidthAndType() throws {
        // abs(gentype) is ugentype of the same width, popcount and clz count at the argument's
        // width (found by the differential tester against PoCL).
        let source = """
            __kernel void k(__global long *out) {
                uint u = 0x80000005u; ulong w = 0x8000000000000001ul; char c = -128;
                long2 lv = (long2)(-5L, 7L);
                out[0] = abs(u);
                out[1] = abs(w) == w;
                out[2] = abs(c);
                out[3] = abs(c) - 200;
                out[4] = popcount((char)-1);
                out[5] = clz((uchar)1);
                out[6] = clz((short)-1);
                out[7] = clz((ushort)1);
                out[8] = abs(lv).x;
                out[9] = popcount((uchar)0xF0) - 5;
            }
            """
        #expect(try run(source, count: 10, as: Int64.self) == [0x8000_0005, 1, 128, -72, 8, 7, 0, 15, 5, -1])
    }

    @Test func saturatingAndRoundingConversions() throws {
        // `_sat` and the rounding suffixes were accepted and ignored: convert_uchar_sat(300) was 44.
        let source = """
            __kernel void k(__global int *out) {
                int big = 300, neg = -5; uint huge = 0xFFFFFFF0u; long l = -3000000000L; float f = 1e10f, g = -2.5f;
                out[0] = convert_uchar_sat(big);
                out[1] = convert_uchar_sat(neg);
                out[2] = convert_char_sat(huge);
                out[3] = convert_int_sat(l);
                out[4] = convert_short_sat(f);
                out[5] = convert_int_rtn(g);
                out[6] = convert_int_rtp(g);
                out[7] = convert_int_rte(g);
                out[8] = convert_int(g);
                out[9] = convert_uint_sat(neg);
                uchar4 v = convert_uchar4_sat((int4)(-1, 0, 255, 256));
                out[10] = v.x + v.y + v.z + v.w;
                out[11] = convert_ulong_sat(-1.0f) == 0ul;
            }
            """
        #expect(try run(source, count: 12, as: Int32.self) == [255, 0, 127, Int32.min, 32767, -3, -2, -2, -2, 0, 510, 1])
    }

    @Test func directedRoundingToAFloatType() throws {
        // `convert_float_rtz(double)` and its kind rounded to nearest, silently; from integers the
        // suffixes were refused (the CTS's test_conversions found both). Each value is the float
        // next to the nearest one where the rounding direction says so.
        let source = """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            __kernel void k(__global uint *out) {
                const int i = (int)get_global_id(0);
                int odd = 16777217 + i; ulong top = 0xFFFFFFFFFFFFFFFFul - (ulong)i; long max = 0x7FFFFFFFFFFFFFFFL - i;
                double d = 1.0 + 0x1p-30 * (1 + i), huge = 1e300, tiny = 1e-50;
                float f[] = {
                    convert_float_rtz(odd), convert_float_rtp(odd), convert_float_rtn(odd), convert_float_rte(odd),
                    convert_float_rtz(-odd), convert_float_rtp(-odd), convert_float_rtn(-odd),
                    convert_float_rtp(top), convert_float_rtz(top), convert_float_rtn(max), convert_float_rtp(max),
                    convert_float_rtz(d), convert_float_rtp(d), convert_float_rtz(-d), convert_float_rtn(-d),
                    convert_float_rtz(huge), convert_float_rtp(huge), convert_float_rtn(-huge), convert_float_rtz(-huge),
                    convert_float_rtp(tiny), convert_float_rtn(tiny), convert_float_rtn(-tiny), convert_float_rtp(-tiny),
                    convert_float4_rtz((uint4)(0xFFFFFFFFu, 3u, 0u, 0x80000001u)).x, convert_float_rtp(0x80000001u)
                };
                for (int j = 0; j < 25; j++) out[j] = as_uint(f[j]);
                out[25] = (uint)(as_ulong(convert_double_rtz(top)) >> 32);
                out[26] = (uint)as_ulong(convert_double_rtz(top));
                out[27] = (uint)as_ulong(convert_double_rtp((long)0x20000000000001L));
            }
            """
        let bits: [UInt32] = [
            Float(16_777_216).bitPattern, Float(16_777_218).bitPattern, Float(16_777_216).bitPattern, Float(16_777_216).bitPattern,
            Float(-16_777_216).bitPattern, Float(-16_777_216).bitPattern, Float(-16_777_218).bitPattern,
            Float(0x1p64).bitPattern, 0x5F7F_FFFF, 0x5EFF_FFFF, Float(0x1p63).bitPattern,
            Float(1).bitPattern, Float(1).nextUp.bitPattern, Float(-1).bitPattern, Float(-1).nextDown.bitPattern,
            Float.greatestFiniteMagnitude.bitPattern, Float.infinity.bitPattern, (-Float.infinity).bitPattern,
            (-Float.greatestFiniteMagnitude).bitPattern,
            1, 0, (-Float.leastNonzeroMagnitude).bitPattern, (-Float(0)).bitPattern,
            0x4F7F_FFFF, Float(0x1p31).nextUp.bitPattern
        ]
        let topAsDouble = Double(bitPattern: 0x43EF_FFFF_FFFF_FFFF).bitPattern  // 2^64 − 2^11
        let expected =
            bits + [UInt32(topAsDouble >> 32), UInt32(truncatingIfNeeded: topAsDouble), UInt32(truncatingIfNeeded: Double(0x20_0000_0000_0002).bitPattern)]
        #expect(try run(source, count: 28, as: UInt32.self) == expected)
    }

    @Test func narrowVectorArithmeticWrapsInTheElementsWidth() throws {
        // Vectors are not promoted (OpenCL C §6.3): uchar2 * uchar wraps at 8 bits. The lanes kept
        // 32-bit results, so a later read of a component saw 50 800 (found by the differential tester).
        let source = """
            __kernel void k(__global int *out) {
                uchar2 a = (uchar2)(200, 3);
                a = a * (uchar)254;
                char4 c = (char4)(127, -128, 1, 0);
                c = c + (char)1;
                short2 s = -(short2)(-32768, 5);
                uchar2 n = ~(uchar2)(0, 255);
                out[0] = a.x; out[1] = a.y; out[2] = c.x; out[3] = c.y; out[4] = s.x; out[5] = n.x; out[6] = n.y;
                out[7] = (a << (uchar)4).x;
            }
            """
        #expect(try run(source, count: 8, as: Int32.self) == [112, 250, -128, -127, -32768, 255, 0, 0])
    }

    @Test func reinterpretingToANarrowSignedTypeKeepsItsSign() throws {
        // as_char16(abs(v)) kept abs's zero-extended uchar registers under a char type: a lane of
        // 200 read as 200 instead of -56 (found by the differential tester, seeds 100017, 100293).
        let source = """
            __kernel void k(__global int *out) {
                char4 v = (char4)(-56, 56, -128, 1);
                char4 a = as_char4(abs(v));
                short2 s = as_short2((ushort2)(65535, 7));
                out[0] = a.x; out[1] = a.y; out[2] = a.z; out[3] = s.x; out[4] = s.y; out[5] = as_char((uchar)200) < 0;
            }
            """
        #expect(try run(source, count: 6, as: Int32.self) == [56, 56, -128, -1, 7, 1])
    }
}
