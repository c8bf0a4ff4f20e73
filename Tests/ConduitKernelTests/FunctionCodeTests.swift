import ConduitKernel
import Testing

/// The bytecode's calls: what the verifier accepts and refuses, the container's round trip, and
/// the expansion the interpreter runs.
@Suite struct FunctionCodeTests {
    /// A kernel whose body (registers r0, r1) calls function 0 (r2 → r3: doubles its parameter).
    static func kernel(body: [Instruction]? = nil, functions: [FunctionCode]? = nil) -> KernelCode {
        let double = FunctionCode(
            parameters: [FunctionRegister(index: 2, wide: false)], results: [FunctionRegister(index: 3, wide: false)],
            registers32: 2, registers64: 0, instructions: [Instruction(.block), Instruction(.add32, 3, 2, 2), Instruction(.end)])
        let code =
            body ?? [
                Instruction(.const32, 0, 21), Instruction(.callArg32, 0), Instruction(.call, 0), Instruction(.callResult32, 1)
            ]
        let list = functions ?? [double]
        return KernelCode(
            name: "k", parameters: [], argumentBytes: 0, registers32: 2 + list.reduce(0) { $0 + $1.registers32 },
            registers64: list.reduce(0) { $0 + $1.registers64 }, privateBytesPerItem: 0, staticLocalBytes: 0,
            requiredWorkGroupSize: nil, instructions: code, functions: list)
    }

    static func verify(_ k: KernelCode) throws(BytecodeError) { try Verifier.verify(BytecodeModule(kernels: [k], constants: [])) }

    @Test func aWellFormedCallVerifiesAndExpandsIntoMoves() throws {
        let k = Self.kernel()
        try Self.verify(k)
        #expect(k.functionWindows.map(\.r32) == [2..<4])
        let flat = k.flattened()
        #expect(flat.functions.isEmpty)
        #expect(
            flat.instructions == [
                Instruction(.const32, 0, 21), Instruction(.mov32, 2, 0), Instruction(.block), Instruction(.add32, 3, 2, 2),
                Instruction(.end), Instruction(.mov32, 1, 3)
            ])
    }

    @Test func theContainerKeepsFunctionsAndStillReadsVersionOne() throws {
        let module = BytecodeModule(kernels: [Self.kernel()], constants: [1, 2])
        #expect(try BytecodeModule(serialized: module.serialized()) == module)
        // A version-1 module has no function section.
        let plain = BytecodeModule(kernels: [Self.kernel(body: [Instruction(.const32, 0, 1)], functions: [])], constants: [])
        var old = plain.serialized()
        old[4] = 1
        old.removeLast(4)
        #expect(try BytecodeModule(serialized: old) == plain)
    }

    @Test(arguments: [
        ("a call to a function that is not earlier", [Instruction(.callArg32, 0), Instruction(.call, 1), Instruction(.callResult32, 1)], "names no earlier"),
        ("a missing argument", [Instruction(.call, 0), Instruction(.callResult32, 1)], "needs 1 arguments"),
        ("a missing result", [Instruction(.callArg32, 0), Instruction(.call, 0)], "needs 1 arguments before it and 1 results"),
        (
            "an extra argument", [Instruction(.callArg32, 0), Instruction(.callArg32, 1), Instruction(.call, 0), Instruction(.callResult32, 1)],
            "more arguments"
        ),
        ("an argument without a call", [Instruction(.callArg32, 0)], "belong to no call"),
        ("a 64-bit argument for a 32-bit parameter", [Instruction(.callArg64, 0), Instruction(.call, 0), Instruction(.callResult32, 1)], "outside q"),
        ("the body using a function's register", [Instruction(.const32, 3, 1)], "uses r3 outside r0..<2")
    ])
    func malformedCallsAreRefused(_ name: String, _ body: [Instruction], _ message: String) {
        let error = #expect(throws: BytecodeError.self) { try Self.verify(Self.kernel(body: body)) }
        #expect(error?.message.contains(message) == true, "\(name): \(String(describing: error))")
    }

    @Test func aFunctionMayNotReturnFromTheKernelOrWaitAtABarrier() throws {
        func kernel(with op: Instruction) -> KernelCode {
            Self.kernel(functions: [
                FunctionCode(
                    parameters: [FunctionRegister(index: 2, wide: false)], results: [FunctionRegister(index: 3, wide: false)],
                    registers32: 2, registers64: 1, instructions: [op])
            ])
        }
        for op in [Instruction(.ret), Instruction(.barrier)] {
            let error = #expect(throws: BytecodeError.self) { try Self.verify(kernel(with: op)) }
            #expect(error?.message.contains("not allowed in a function") == true, "\(op.opcode)")
        }
        // Memory is checked per access when it runs, in a function as in the kernel.
        try Self.verify(kernel(with: Instruction(.ld32, 3, 0, 0)))
    }

    /// Each function calls the one before it twice: 24 of them expand to 2^24 instructions.
    @Test func aCallChainThatExpandsPastTheLimitIsRefused() {
        var functions: [FunctionCode] = [
            FunctionCode(parameters: [], results: [], registers32: 0, registers64: 0, instructions: [Instruction(.block), Instruction(.end)])
        ]
        for index in 1..<24 {
            functions.append(
                FunctionCode(
                    parameters: [], results: [], registers32: 0, registers64: 0,
                    instructions: [Instruction(.call, UInt32(index - 1)), Instruction(.call, UInt32(index - 1))]))
        }
        let k = Self.kernel(body: [Instruction(.call, 23)], functions: functions)
        let error = #expect(throws: BytecodeError.self) { try Self.verify(k) }
        #expect(error?.message.contains("once its calls are expanded") == true, "\(String(describing: error))")
    }

    @Test func registersAFunctionReadsBeforeWritingStartAtZeroOnEveryCall() throws {
        // r3 (the result) is written only when the parameter is nonzero: each call starts it at 0.
        let f = FunctionCode(
            parameters: [FunctionRegister(index: 2, wide: false)], results: [FunctionRegister(index: 3, wide: false)],
            registers32: 2, registers64: 0, instructions: [Instruction(.ifTrue, 2), Instruction(.mov32, 3, 2), Instruction(.end)])
        let k = Self.kernel(functions: [f])
        try Self.verify(k)
        #expect(f.registersReadBeforeWritten.r32 == [3])
        #expect(k.flattened().instructions.contains(Instruction(.const32, 3, 0)))
    }
}
