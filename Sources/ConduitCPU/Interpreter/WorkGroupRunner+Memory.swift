import ConduitKernel

extension WorkGroupRunner {
    /// The bytes `[address, address + size)` of lane `lane`, after the bounds check of its segment.
    @inline(__always) func resolve(_ address: UInt64, size: Int, lane: Int, write: Bool, access: String) throws(KernelFault) -> UnsafeMutableRawPointer {
        let segment = Int(address >> Segment.shift)
        let offset = Int(address & Segment.offsetMask)
        if segment > 0, segment < segmentCount, let base = bindings[segment].base {
            guard offset + size <= bindings[segment].length else {
                throw fault(access, "buffer parameter \(segment - 1)", offset, size, bindings[segment].length, lane)
            }
            guard !write || bindings[segment].writable else {
                throw .readOnly(kernel: kernelName, segment: "buffer parameter \(segment - 1)", workItem: workItem(lane))
            }
            return base + offset
        }
        switch UInt16(segment) {
        case Segment.private:
            guard offset + size <= privateBytes else { throw fault(access, "private memory", offset, size, privateBytes, lane) }
            return privateMemory + lane * privateBytes + offset
        case Segment.local:
            guard offset + size <= localBytes else { throw fault(access, "local memory", offset, size, localBytes, lane) }
            return local + offset
        case Segment.arguments:
            guard !write else { throw .readOnly(kernel: kernelName, segment: "the argument block", workItem: workItem(lane)) }
            guard offset + size <= argumentBytes else { throw fault(access, "the argument block", offset, size, argumentBytes, lane) }
            return arguments + offset
        case Segment.constants:
            guard !write else { throw .readOnly(kernel: kernelName, segment: "program constants", workItem: workItem(lane)) }
            guard offset + size <= constantBytes else { throw fault(access, "program constants", offset, size, constantBytes, lane) }
            return constants + offset
        default:
            throw fault(access, segment == 0 ? "a null pointer" : "an invalid pointer (segment \(segment))", offset, size, 0, lane)
        }
    }

    private func fault(_ access: String, _ segment: String, _ offset: Int, _ size: Int, _ limit: Int, _ lane: Int) -> KernelFault {
        .outOfBounds(kernel: kernelName, access: access, segment: segment, offset: UInt64(offset), size: size, limit: limit, workItem: workItem(lane))
    }

    /// The global id of a lane, for messages.
    func workItem(_ lane: Int) -> [Int] {
        (0..<3).map { groupID[$0] * localSize[$0] + Int(localIDs($0)[lane]) + globalOffset[$0] }
    }

    /// Private memory differs per lane even when the address does, so only other segments take
    /// the uniform path.
    @inline(__always) private func uniformAddress(_ r: UInt32) -> UInt64? {
        guard isUniform64(r) else { return nil }
        let address = first64(r)
        return UInt16(address >> Segment.shift) == Segment.private ? nil : address
    }

    @inline(__always) func load32(_ i: Instruction, size: Int, _ read: (UnsafeMutableRawPointer) -> UInt32) throws(KernelFault) {
        if let address = uniformAddress(i.b) {
            let lane = firstActiveLane()
            setUniform32(i.a, read(try resolve(address &+ UInt64(i.c), size: size, lane: lane, write: false, access: "read")))
            return
        }
        let p = lanes64(i.b), d = lanes32(i.a)
        for l in 0..<lanes where mask[l] != 0 {
            d[l] = read(try resolve(p[l] &+ UInt64(i.c), size: size, lane: l, write: false, access: "read"))
        }
        u32[Int(i.a)] = 0
    }

    @inline(__always) func load64(_ i: Instruction) throws(KernelFault) {
        if let address = uniformAddress(i.b) {
            let lane = firstActiveLane()
            setUniform64(i.a, try resolve(address &+ UInt64(i.c), size: 8, lane: lane, write: false, access: "read").loadUnaligned(as: UInt64.self))
            return
        }
        let p = lanes64(i.b), d = lanes64(i.a)
        for l in 0..<lanes where mask[l] != 0 {
            d[l] = try resolve(p[l] &+ UInt64(i.c), size: 8, lane: l, write: false, access: "read").loadUnaligned(as: UInt64.self)
        }
        u64[Int(i.a)] = 0
    }

    /// Stores run lane by lane in order, so when lanes write one address the highest lane wins.
    @inline(__always) func store32(_ i: Instruction, size: Int, _ write: (UnsafeMutableRawPointer, UInt32) -> Void) throws(KernelFault) {
        let p = lanes64(i.a), v = lanes32(i.b)
        for l in 0..<lanes where mask[l] != 0 {
            write(try resolve(p[l] &+ UInt64(i.c), size: size, lane: l, write: true, access: "write"), v[l])
        }
    }

    @inline(__always) func store64(_ i: Instruction) throws(KernelFault) {
        let p = lanes64(i.a), v = lanes64(i.b)
        for l in 0..<lanes where mask[l] != 0 {
            try resolve(p[l] &+ UInt64(i.c), size: 8, lane: l, write: true, access: "write").storeBytes(of: v[l], as: UInt64.self)
        }
    }

    /// Atomics run lane by lane, in lane order, with real atomic instructions (other groups may
    /// run on other threads).
    @inline(__always) func atomic(_ i: Instruction, _ op: (UnsafeMutablePointer<UInt32>, UInt32, UInt32) -> UInt32) throws(KernelFault) {
        let p = lanes64(i.b), v = lanes32(i.c), extra = lanes32(i.d), d = lanes32(i.a)
        for l in 0..<lanes where mask[l] != 0 {
            let target = try resolve(p[l], size: 4, lane: l, write: true, access: "atomic")
            guard Int(bitPattern: target) % 4 == 0 else {
                throw .outOfBounds(
                    kernel: kernelName, access: "misaligned atomic", segment: "memory", offset: p[l] & Segment.offsetMask,
                    size: 4, limit: 0, workItem: workItem(l))
            }
            d[l] = op(target.assumingMemoryBound(to: UInt32.self), v[l], extra[l])
        }
        u32[Int(i.a)] = 0
    }

    private func firstActiveLane() -> Int {
        for l in 0..<lanes where mask[l] != 0 { return l }
        return 0
    }
}
