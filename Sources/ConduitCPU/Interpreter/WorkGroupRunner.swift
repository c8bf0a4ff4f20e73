import ConduitKernel

/// Runs one work-group at a time: every work-item of the group is a lane, and each bytecode
/// instruction is one loop over the lanes (SIMT on the CPU).
///
/// - Registers are lane-major arrays. A register can be *uniform* (one value for every lane,
///   computed once) or varying; uniformity is tracked as the kernel runs, so loop counters,
///   kernel arguments and addresses derived from them cost one operation, not one per lane.
/// - Control flow is structured: `if` narrows the execution mask, `break N` moves lanes to
///   the N-th enclosing loop or block, `ret` retires lanes. Uniform conditions do not diverge.
/// - A barrier checks that every live lane is active: the whole group is one batch, so reaching
///   it together is all a barrier needs; reaching it under divergent control flow is a fault.
struct WorkGroupRunner {
    // The prepared kernel's tables (PreparedKernel says what each holds), copied here because
    // the interpreter's loop reads them for every instruction.
    let kernelName: String, instructionCount: Int
    let code: UnsafeMutableBufferPointer<Instruction>, endAt: UnsafeMutableBufferPointer<Int32>, elseAt: UnsafeMutableBufferPointer<Int32>
    let lanes: Int
    let count32: Int, count64: Int

    let r32: UnsafeMutablePointer<UInt32>
    let r64: UnsafeMutablePointer<UInt64>
    /// Per register: 0 varying, 1 uniform (value in lane 0 only), 2 uniform and copied to every lane.
    let u32: UnsafeMutablePointer<UInt8>
    let u64: UnsafeMutablePointer<UInt8>

    let mask: UnsafeMutablePointer<UInt32>
    let returned: UnsafeMutablePointer<UInt32>
    /// Mask storage for control frames: three masks (saved, exited, else) per nesting level.
    let maskPool: UnsafeMutablePointer<UInt32>
    var active = 0
    var live = 0
    /// Bumped by every break or return, so loops can tell when masks need recomputing.
    var exitEpoch = 0

    struct Frame {
        enum Kind { case ifUniform, ifDivergent, loop, block }
        var kind: Kind
        var start: Int
        var inElse = false
        var anyExit = false
        var epoch = 0
        /// Entered with every live lane active: the saved mask was not copied.
        var enteredFull = false
        var breakable: Bool { kind == .loop || kind == .block }
    }
    var frames: [Frame] = []

    // Memory
    let local: UnsafeMutableRawPointer
    let localBytes: Int
    let privateMemory: UnsafeMutableRawPointer
    let privateBytes: Int
    var bufferBase: [UnsafeMutableRawPointer?]
    var bufferLength: [Int]
    var bufferWritable: [Bool]
    let arguments: UnsafeMutableRawPointer
    let argumentBytes: Int
    let constants: UnsafeMutableRawPointer
    let constantBytes: Int

    // NDRange
    let localSize: [Int], globalSize: [Int], globalOffset: [Int], groupCounts: [Int]
    var groupID = [0, 0, 0]
    let localIDs: [UnsafeMutablePointer<UInt64>]
    let cancellation: Interpreter.Cancellation

    /// Keeps the shared code and constants alive while the runner uses them.
    let prepared: PreparedKernel

    init(_ d: KernelDispatch, prepared: PreparedKernel, cancellation: Interpreter.Cancellation) {
        self.prepared = prepared
        kernelName = prepared.name
        self.cancellation = cancellation
        instructionCount = prepared.instructionCount
        code = prepared.code
        endAt = prepared.endAt
        elseAt = prepared.elseAt
        let depth = prepared.depth
        lanes = d.groupSize
        count32 = d.kernel.registers32
        count64 = d.kernel.registers64
        r32 = .allocate(capacity: max(count32 * lanes, 1))
        r64 = .allocate(capacity: max(count64 * lanes, 1))
        r32.initialize(repeating: 0, count: max(count32 * lanes, 1))
        r64.initialize(repeating: 0, count: max(count64 * lanes, 1))
        u32 = .allocate(capacity: max(count32, 1)); u32.initialize(repeating: 2, count: max(count32, 1))
        u64 = .allocate(capacity: max(count64, 1)); u64.initialize(repeating: 2, count: max(count64, 1))
        mask = .allocate(capacity: lanes)
        returned = .allocate(capacity: lanes)
        maskPool = .allocate(capacity: max(depth, 1) * 3 * lanes)
        frames.reserveCapacity(depth)

        localBytes = d.localBytes
        local = .allocate(byteCount: max(localBytes, 16), alignment: 64)
        privateBytes = d.kernel.privateBytesPerItem
        privateMemory = .allocate(byteCount: max(privateBytes * lanes, 16), alignment: 64)
        let segments = d.buffers.count + 1
        bufferBase = Array(repeating: nil, count: segments)
        bufferLength = Array(repeating: 0, count: segments)
        bufferWritable = Array(repeating: false, count: segments)
        for (parameter, buffer) in d.buffers.enumerated() {
            guard let buffer else { continue }
            bufferBase[parameter + 1] = buffer.base
            bufferLength[parameter + 1] = buffer.length
            bufferWritable[parameter + 1] = buffer.writable
        }
        argumentBytes = d.arguments.count
        arguments = Self.copy(d.arguments)
        constantBytes = prepared.constantBytes
        constants = prepared.constants

        localSize = d.localSize; globalSize = d.globalSize; globalOffset = d.globalOffset; groupCounts = d.groupCounts
        var ids: [UnsafeMutablePointer<UInt64>] = []
        for axis in 0..<3 {
            let p = UnsafeMutablePointer<UInt64>.allocate(capacity: lanes)
            let before = d.localSize.prefix(axis).reduce(1, *)
            for lane in 0..<lanes { p[lane] = UInt64((lane / before) % d.localSize[axis]) }
            ids.append(p)
        }
        localIDs = ids
    }

    private static func copy(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 16), alignment: 16)
        bytes.withUnsafeBytes { if let base = $0.baseAddress { memory.copyMemory(from: base, byteCount: bytes.count) } }
        return memory
    }

    func deallocate() {
        r32.deallocate(); r64.deallocate(); u32.deallocate(); u64.deallocate()
        mask.deallocate(); returned.deallocate(); maskPool.deallocate()
        local.deallocate(); privateMemory.deallocate(); arguments.deallocate()
        for p in localIDs { p.deallocate() }
    }

    // MARK: - One group

    mutating func run(group linear: Int) throws(KernelFault) {
        groupID = [linear % groupCounts[0], (linear / groupCounts[0]) % groupCounts[1], linear / (groupCounts[0] * groupCounts[1])]
        mask.initialize(repeating: ~0, count: lanes)
        returned.initialize(repeating: 0, count: lanes)
        active = lanes
        live = lanes
        frames.removeAll(keepingCapacity: true)
        // Private and local memory start zeroed, so a kernel never reads another group's data.
        privateMemory.initializeMemory(as: UInt8.self, repeating: 0, count: privateBytes * lanes)
        local.initializeMemory(as: UInt8.self, repeating: 0, count: localBytes)
        try execute()
    }

    private func maskSlot(_ frameIndex: Int, _ which: Int) -> UnsafeMutablePointer<UInt32> {
        maskPool + (frameIndex * 3 + which) * lanes
    }

    private mutating func countActive() {
        var count = 0
        for i in 0..<lanes { count &+= Int(mask[i] & 1) }
        active = count
    }

    /// mask = frame's entry mask & ~returned & ~(lanes that left for a breakable frame below it).
    private mutating func restoreMask(frame frameIndex: Int, alsoExcluding extra: UnsafeMutablePointer<UInt32>? = nil) {
        if frames[frameIndex].enteredFull {
            for i in 0..<lanes { mask[i] = ~returned[i] }
        } else {
            let saved = maskSlot(frameIndex, 0)
            for i in 0..<lanes { mask[i] = saved[i] & ~returned[i] }
        }
        if let extra { for i in 0..<lanes { mask[i] &= ~extra[i] } }
        for g in 0..<frameIndex where frames[g].breakable && frames[g].anyExit {
            let exited = maskSlot(g, 1)
            for i in 0..<lanes { mask[i] &= ~exited[i] }
        }
        countActive()
    }

    private mutating func pushFrame(_ kind: Frame.Kind, at pc: Int) -> Int {
        let index = frames.count
        var frame = Frame(kind: kind, start: pc, epoch: exitEpoch)
        // The exit mask is initialised by the first break that targets the frame.
        if active == live {
            frame.enteredFull = true
        } else {
            maskSlot(index, 0).update(from: mask, count: lanes)
        }
        frames.append(frame)
        return index
    }

    /// With no active lane left, where execution continues: the next else or end of the innermost frame.
    private func skipTarget() -> Int {
        guard let top = frames.last else { return instructionCount }
        if top.kind == .ifDivergent, !top.inElse, elseAt[top.start] >= 0 { return Int(elseAt[top.start]) }
        return Int(endAt[top.start])
    }

    // MARK: - The loop

    private mutating func execute() throws(KernelFault) {
        var pc = 0
        let n = instructionCount
        while pc < n {
            let i = code[pc]
            switch i.opcode {
            case .ifTrue:
                if u32[Int(i.a)] != 0 {
                    // Uniform condition: no divergence.
                    if r32[Int(i.a) * lanes] != 0 {
                        _ = pushFrame(.ifUniform, at: pc)
                        pc += 1
                    } else if elseAt[pc] >= 0 {
                        var frame = frames[pushFrame(.ifUniform, at: pc)]
                        frame.inElse = true
                        frames[frames.count - 1] = frame
                        pc = Int(elseAt[pc]) + 1
                    } else {
                        pc = Int(endAt[pc]) + 1
                    }
                    continue
                }
                let f = pushFrame(.ifDivergent, at: pc)
                let condition = r32 + Int(i.a) * lanes
                let elseMask = maskSlot(f, 2)
                var taken = 0
                for l in 0..<lanes {
                    let c: UInt32 = condition[l] != 0 ? ~0 : 0
                    elseMask[l] = mask[l] & ~c
                    mask[l] &= c
                    taken &+= Int(mask[l] & 1)
                }
                active = taken
                pc = active > 0 ? pc + 1 : skipTarget()
            case .orElse:
                let f = frames.count - 1
                if frames[f].kind == .ifUniform {
                    pc = Int(endAt[pc])  // then-part done: skip the else
                    continue
                }
                frames[f].inElse = true
                mask.update(from: maskSlot(f, 2), count: lanes)
                countActive()
                pc = active > 0 ? pc + 1 : Int(endAt[pc])
            case .loop:
                _ = pushFrame(.loop, at: pc)
                pc += 1
            case .block:
                _ = pushFrame(.block, at: pc)
                pc += 1
            case .end:
                let f = frames.count - 1
                let frame = frames[f]
                switch frame.kind {
                case .ifUniform, .ifDivergent:
                    if frame.kind == .ifDivergent || exitEpoch != frame.epoch {
                        restoreMask(frame: f)
                    }
                    frames.removeLast()
                    pc = active > 0 ? pc + 1 : skipTarget()
                case .block:
                    if exitEpoch != frame.epoch { restoreMask(frame: f) }
                    frames.removeLast()
                    pc = active > 0 ? pc + 1 : skipTarget()
                case .loop:
                    if cancellation.isCancelled { throw .cancelled(kernel: kernelName) }
                    if exitEpoch != frame.epoch {
                        // Lanes still looping: not returned, not broken out of this loop or beyond.
                        restoreMask(frame: f, alsoExcluding: frame.anyExit ? maskSlot(f, 1) : nil)
                        frames[f].epoch = exitEpoch
                    }
                    if active > 0 {
                        pc = frame.start + 1
                    } else {
                        restoreMask(frame: f)
                        frames.removeLast()
                        pc = active > 0 ? pc + 1 : skipTarget()
                    }
                }
            case .breakOut:
                var remaining = Int(i.a)
                var target = frames.count - 1
                while true {
                    if frames[target].breakable {
                        if remaining == 0 { break }
                        remaining -= 1
                    }
                    target -= 1
                }
                let exited = maskSlot(target, 1)
                if frames[target].anyExit {
                    for l in 0..<lanes { exited[l] |= mask[l] }
                } else {
                    exited.update(from: mask, count: lanes)
                    frames[target].anyExit = true
                }
                mask.initialize(repeating: 0, count: lanes)
                active = 0
                exitEpoch &+= 1
                pc = skipTarget()
            case .ret:
                for l in 0..<lanes { returned[l] |= mask[l] }
                live -= active
                mask.initialize(repeating: 0, count: lanes)
                active = 0
                exitEpoch &+= 1
                pc = skipTarget()
            case .barrier:
                guard active == live else {
                    throw .divergentBarrier(kernel: kernelName, active: active, live: live, group: groupID)
                }
                pc += 1
            default:
                try step(i)
                pc += 1
            }
        }
    }
}
