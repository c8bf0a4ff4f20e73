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
    /// Per segment number (0 is null, 1... are the parameters): the memory of a buffer parameter.
    let bindings: UnsafeMutablePointer<BufferBinding>
    let segmentCount: Int
    let arguments: UnsafeMutableRawPointer
    let argumentBytes: Int
    let constants: UnsafeMutableRawPointer
    let constantBytes: Int

    // NDRange
    let localSize: SIMD3<Int>, globalSize: SIMD3<Int>, globalOffset: SIMD3<Int>, groupCounts: SIMD3<Int>
    var groupID = SIMD3<Int>(repeating: 0)
    /// Each lane's local id, axis by axis: `lanes` values for x, then y, then z.
    let localIDs: UnsafeMutablePointer<UInt64>
    let cancellation: Interpreter.Cancellation
    /// Every array above lives in this one allocation (one malloc per dispatch, not one per array).
    private let arena: UnsafeMutableRawPointer

    /// A buffer parameter's memory as the runner checks accesses against it.
    struct BufferBinding {
        var base: UnsafeMutableRawPointer?
        var length = 0
        var writable = false
    }

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
        localSize = d.localSize
        globalSize = d.globalSize
        globalOffset = d.globalOffset
        groupCounts = globalSize / localSize
        let lanes = localSize.x * localSize.y * localSize.z
        self.lanes = lanes
        count32 = d.kernel.registers32
        count64 = d.kernel.registers64
        localBytes = d.localBytes
        privateBytes = d.kernel.privateBytesPerItem
        argumentBytes = d.arguments.count
        segmentCount = d.buffers.count + 1

        var layout = ArenaLayout()
        let r32At = layout.reserve(max(count32 * lanes, 1) * 4)
        let r64At = layout.reserve(max(count64 * lanes, 1) * 8)
        let u32At = layout.reserve(max(count32, 1))
        let u64At = layout.reserve(max(count64, 1))
        let maskAt = layout.reserve(lanes * 4)
        let returnedAt = layout.reserve(lanes * 4)
        let maskPoolAt = layout.reserve(max(depth, 1) * 3 * lanes * 4)
        let localAt = layout.reserve(max(localBytes, 16))
        let privateAt = layout.reserve(max(privateBytes * lanes, 16))
        let argumentsAt = layout.reserve(max(argumentBytes, 16))
        let localIDsAt = layout.reserve(3 * lanes * 8)
        let bindingsAt = layout.reserve(segmentCount * MemoryLayout<BufferBinding>.stride)
        arena = .allocate(byteCount: layout.size, alignment: ArenaLayout.alignment)

        r32 = (arena + r32At).bindMemory(to: UInt32.self, capacity: max(count32 * lanes, 1))
        r64 = (arena + r64At).bindMemory(to: UInt64.self, capacity: max(count64 * lanes, 1))
        r32.initialize(repeating: 0, count: max(count32 * lanes, 1))
        r64.initialize(repeating: 0, count: max(count64 * lanes, 1))
        u32 = (arena + u32At).bindMemory(to: UInt8.self, capacity: max(count32, 1))
        u32.initialize(repeating: 2, count: max(count32, 1))
        u64 = (arena + u64At).bindMemory(to: UInt8.self, capacity: max(count64, 1))
        u64.initialize(repeating: 2, count: max(count64, 1))
        mask = (arena + maskAt).bindMemory(to: UInt32.self, capacity: lanes)
        returned = (arena + returnedAt).bindMemory(to: UInt32.self, capacity: lanes)
        maskPool = (arena + maskPoolAt).bindMemory(to: UInt32.self, capacity: max(depth, 1) * 3 * lanes)
        frames.reserveCapacity(depth)
        local = arena + localAt
        privateMemory = arena + privateAt

        bindings = (arena + bindingsAt).bindMemory(to: BufferBinding.self, capacity: segmentCount)
        bindings.initialize(repeating: BufferBinding(), count: segmentCount)
        for (parameter, buffer) in d.buffers.enumerated() {
            guard let buffer else { continue }
            bindings[parameter + 1] = BufferBinding(base: buffer.base, length: buffer.length, writable: buffer.writable)
        }
        let arguments = arena + argumentsAt
        d.arguments.withUnsafeBytes { if let base = $0.baseAddress { arguments.copyMemory(from: base, byteCount: $0.count) } }
        self.arguments = arguments
        constantBytes = prepared.constantBytes
        constants = prepared.constants

        let localIDs = (arena + localIDsAt).bindMemory(to: UInt64.self, capacity: 3 * lanes)
        var before = 1
        for axis in 0..<3 {
            for lane in 0..<lanes { localIDs[axis * lanes + lane] = UInt64((lane / before) % localSize[axis]) }
            before *= localSize[axis]
        }
        self.localIDs = localIDs
    }

    /// The local ids of every lane along `axis`.
    @inline(__always) func localIDs(_ axis: Int) -> UnsafeMutablePointer<UInt64> { localIDs + axis * lanes }

    func deallocate() {
        arena.deallocate()
    }

    // MARK: - One group

    mutating func run(group linear: Int) throws(KernelFault) {
        groupID = SIMD3(linear % groupCounts.x, (linear / groupCounts.x) % groupCounts.y, linear / (groupCounts.x * groupCounts.y))
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
                    throw .divergentBarrier(kernel: kernelName, active: active, live: live, group: [groupID.x, groupID.y, groupID.z])
                }
                pc += 1
            default:
                try step(i)
                pc += 1
            }
        }
    }
}

/// Places a runner's arrays in one allocation: each starts on a cache line of its own.
struct ArenaLayout {
    static let alignment = 64
    private(set) var size = 0

    /// Reserves `bytes` and returns where they start.
    mutating func reserve(_ bytes: Int) -> Int {
        let start = size
        size += (bytes + Self.alignment - 1) / Self.alignment * Self.alignment
        return start
    }
}
