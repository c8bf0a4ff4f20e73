import ConduitHAL
import ConduitKernel
import ConduitWire

/// Validation of every client message, in one place: one function per operation, each check a
/// `guard` naming the rule it enforces and throwing the offending values.
struct Validator {
    let table: ObjectTable
    let adapters: [AdapterDescription]
    let handshakeDone: Bool
    /// Whether the transport can hand over shared regions.
    var sharesMemory = false
    /// Bytes of buffers the client holds now, and the most it may hold (nil: no quota).
    var bufferBytes: UInt64 = 0
    var memoryQuota: UInt64?
    /// Queues the client holds now, and the most it may hold.
    var queueCount = 0
    var queueLimit = Int.max
    /// Whether `openBulkLane` may be asked now (a TCP connection that has not opened one), and
    /// whether the lane has joined (`writeBulk` may be used).
    var bulkLaneAvailable = false
    var bulkLaneJoined = false

    func validate(_ message: ClientMessage) throws(ValidationError) -> Operation {
        if case .hello = message {
            // Rule: one handshake per connection.
            guard !handshakeDone else { throw .duplicateHello }
        } else {
            // Rule: the handshake comes before anything else.
            guard handshakeDone else { throw .handshakeRequired(message.type) }
        }
        switch message {
        case let .hello(hello): return .hello(hello)
        case let .queryAdapters(request): return .queryAdapters(request: request)
        case let .createDevice(id, adapterIndex): return try createDevice(id, adapterIndex)
        case let .createQueue(id, device, fence): return try createQueue(id, device, fence)
        case let .createBuffer(id, device, length): return try createBuffer(id, device, length)
        case let .createFence(id, device, initialValue): return try createFence(id, device, initialValue)
        case let .createLibrary(id, device, bytecode): return try createLibrary(id, device, bytecode)
        case let .release(id): return try release(id)
        case let .writeBuffer(queue, buffer, offset, data): return try writeBuffer(queue, buffer, offset, data)
        case let .readBuffer(request, queue, buffer, offset, length):
            return try readBuffer(request, queue, buffer, offset, length)
        case let .submit(queue, value, commands): return try submit(queue, value, commands)
        case let .signalFence(fence, value): return try signalFence(fence, value)
        case .goodbye: return .goodbye
        case let .createSharedBuffer(id, device, length): return try createSharedBuffer(id, device, length)
        case let .publishBuffer(queue, buffer, offset, length):
            let (queue, buffer, range) = try sharedRange("publish", queue, buffer, offset, length)
            return .publish(queue: queue, buffer: buffer, offset: range.offset, length: range.length)
        case let .syncBuffer(request, queue, buffer, offset, length):
            let (queue, buffer, range) = try sharedRange("sync", queue, buffer, offset, length)
            return .sync(request: request, queue: queue, buffer: buffer, offset: range.offset, length: range.length)
        case let .queryStatus(request): return .queryStatus(request: request)
        case let .cloneLibrary(id, device, from): return try cloneLibrary(id, device, from)
        case let .openBulkLane(request):
            // Rule: one bulk lane per session, on a transport that offers it.
            guard bulkLaneAvailable else { throw .bulkLane("this connection offers no bulk lane, or has opened one already") }
            return .openBulkLane(request: request)
        case .joinBulkLane, .bulkData:
            // Rule: these travel on the bulk lane's own connection, never on the command connection.
            throw .bulkLane("\(message.type) belongs on the bulk lane's connection")
        case let .writeBulk(queue, buffer, offset, length, sequence): return try writeBulk(queue, buffer, offset, length, sequence)
        }
    }

    // MARK: - Objects

    func createDevice(_ id: ObjectID, _ adapterIndex: UInt32) throws(ValidationError) -> Operation {
        try table.checkNew(id)
        // Rule: the adapter index names one of the host's adapters.
        guard Int(adapterIndex) < adapters.count else { throw .noSuchAdapter(index: adapterIndex, count: adapters.count) }
        return .createDevice(id: id, adapterIndex: Int(adapterIndex))
    }

    func createQueue(_ id: ObjectID, _ device: ObjectID, _ fence: ObjectID) throws(ValidationError) -> Operation {
        try table.checkNew(id)
        try table.checkNew(fence)
        // Rule: a queue and its timeline fence are two distinct objects.
        guard id.index != fence.index else { throw .idInUse(fence) }
        // Rule: the client's queues (host threads) stay within its limit.
        guard queueCount < queueLimit else { throw .tooManyQueues(limit: queueLimit) }
        return .createQueue(id: id, device: try self.device(device), fence: fence)
    }

    func createBuffer(_ id: ObjectID, _ device: ObjectID, _ length: UInt64) throws(ValidationError) -> Operation {
        let (device, length) = try bufferRules(id, device, length)
        return .createBuffer(id: id, device: device, length: length)
    }

    /// Rule: shared buffers follow the buffer rules, on a transport that can share memory.
    func createSharedBuffer(_ id: ObjectID, _ device: ObjectID, _ length: UInt64) throws(ValidationError) -> Operation {
        guard sharesMemory else { throw .sharingUnsupported }
        let (device, length) = try bufferRules(id, device, length)
        return .createSharedBuffer(id: id, device: device, length: length)
    }

    private func bufferRules(_ id: ObjectID, _ device: ObjectID, _ length: UInt64) throws(ValidationError) -> (HostDevice, Int) {
        try table.checkNew(id)
        let device = try self.device(device)
        // Rule: buffers are non-empty and no larger than the adapter allows.
        guard length > 0 else { throw .zeroLength(what: "buffer") }
        guard length <= device.adapter.maxBufferLength else {
            throw .bufferTooLarge(length: length, limit: device.adapter.maxBufferLength)
        }
        // Rule: the client's buffers stay within its memory quota.
        do {
            try CommandRules.checkQuota(requested: length, held: bufferBytes, quota: memoryQuota)
        } catch {
            throw .rule(error)
        }
        return (device, Int(length))
    }

    func createFence(_ id: ObjectID, _ device: ObjectID, _ initialValue: UInt64) throws(ValidationError) -> Operation {
        try table.checkNew(id)
        return .createFence(id: id, device: try self.device(device), initialValue: initialValue)
    }

    /// Rule: bytecode parses and passes the verifier before any backend sees it.
    func createLibrary(_ id: ObjectID, _ device: ObjectID, _ bytecode: [UInt8]) throws(ValidationError) -> Operation {
        try table.checkNew(id)
        let device = try self.device(device)
        let module: BytecodeModule
        do {
            module = try BytecodeModule(serialized: bytecode)
        } catch {
            throw .invalidBytecode(error.message)
        }
        return try verified(id, module, for: device)
    }

    /// Rule: the source is a library of this client; its module passes the verifier again for
    /// the target device (whose limits may differ from the source's).
    func cloneLibrary(_ id: ObjectID, _ device: ObjectID, _ source: ObjectID) throws(ValidationError) -> Operation {
        try table.checkNew(id)
        let device = try self.device(device)
        guard case let .library(library) = try table.lookup(source, expecting: .library) else { fatalError("kind checked") }
        return try verified(id, library.module, for: device)
    }

    private func verified(_ id: ObjectID, _ module: BytecodeModule, for device: HostDevice) throws(ValidationError) -> Operation {
        var limits = Verifier.Limits()
        limits.maxLocalBytes = Int(device.adapter.maxLocalMemoryBytes)
        do {
            try Verifier.verify(module, limits: limits)
        } catch {
            throw .invalidBytecode(error.message)
        }
        return .createLibrary(id: id, device: device, module: module)
    }

    func release(_ id: ObjectID) throws(ValidationError) -> Operation {
        // Rule: only live objects are released; a queue's timeline goes with its queue.
        if case let .fence(fence) = try table.lookupAny(id), fence.isQueueTimeline {
            throw .fenceOwnedByQueue(id)
        }
        return .release(id: id)
    }

    // MARK: - Transfers

    func writeBuffer(_ queue: ObjectID, _ buffer: ObjectID, _ offset: UInt64, _ data: ArraySlice<UInt8>) throws(ValidationError) -> Operation {
        let queue = try self.queue(queue)
        let buffer = try self.buffer(buffer, on: queue)
        let range = try checkRange("write", offset: offset, length: UInt64(data.count), in: buffer)
        return .write(queue: queue, buffer: buffer, offset: range.offset, data: data)
    }

    func writeBulk(_ queue: ObjectID, _ buffer: ObjectID, _ offset: UInt64, _ length: UInt64, _ sequence: UInt64)
        throws(ValidationError) -> Operation
    {
        // Rule: bytes on the bulk lane need a joined lane.
        guard bulkLaneJoined else { throw .bulkLane("writeBulk before a bulk lane joined") }
        let queue = try self.queue(queue)
        let buffer = try self.buffer(buffer, on: queue)
        // Rule: a write's bytes fit in one frame.
        guard length <= UInt64(Frame.maxPayload) else { throw .transferTooLarge(length: length, limit: Frame.maxPayload) }
        let range = try checkRange("write", offset: offset, length: length, in: buffer)
        return .writeBulk(queue: queue, buffer: buffer, offset: range.offset, length: range.length, sequence: sequence)
    }

    func readBuffer(_ request: UInt32, _ queue: ObjectID, _ buffer: ObjectID, _ offset: UInt64, _ length: UInt64)
        throws(ValidationError) -> Operation
    {
        let queue = try self.queue(queue)
        let buffer = try self.buffer(buffer, on: queue)
        // Rule: a read's reply fits in one frame.
        guard length <= UInt64(Frame.maxPayload) else { throw .transferTooLarge(length: length, limit: Frame.maxPayload) }
        let range = try checkRange("read", offset: offset, length: length, in: buffer)
        return .read(request: request, queue: queue, buffer: buffer, offset: range.offset, length: range.length)
    }

    /// Rule: publish and sync name a shared buffer of the queue's device, and a range inside it.
    func sharedRange(_ what: String, _ queue: ObjectID, _ buffer: ObjectID, _ offset: UInt64, _ length: UInt64)
        throws(ValidationError) -> (HostQueue, HostBuffer, (offset: Int, length: Int))
    {
        let queue = try self.queue(queue)
        let hostBuffer = try self.buffer(buffer, on: queue)
        guard hostBuffer.isShared else { throw .bufferNotShared(buffer) }
        return (queue, hostBuffer, try checkRange(what, offset: offset, length: length, in: hostBuffer))
    }

    // MARK: - Submission

    func submit(_ queue: ObjectID, _ value: UInt64, _ commands: [Command]) throws(ValidationError) -> Operation {
        let queue = try self.queue(queue)
        var resolved: [ResolvedCommand] = []
        resolved.reserveCapacity(commands.count)
        for command in commands {
            switch command {
            case let .gemm(gemm):
                resolved.append(try self.gemm(gemm, on: queue))
            case let .copy(source, sourceOffset, destination, destinationOffset, length):
                let source = try buffer(source, on: queue)
                let destination = try buffer(destination, on: queue)
                let from = try checkRange("copy source", offset: sourceOffset, length: length, in: source)
                let to = try checkRange("copy destination", offset: destinationOffset, length: length, in: destination)
                resolved.append(
                    .copy(
                        source: source, sourceOffset: from.offset, destination: destination,
                        destinationOffset: to.offset, length: from.length))
            case let .fill(buffer, offset, length, pattern):
                let buffer = try self.buffer(buffer, on: queue)
                let range: Range<UInt64>
                do {
                    range = try CommandRules.checkFill(
                        offset: offset, length: length, patternSize: pattern.count,
                        bufferSize: buffer.length)
                } catch {
                    throw .rule(error)
                }
                resolved.append(.fill(buffer, offset: Int(range.lowerBound), length: range.count, pattern: pattern))
            case let .signal(fence, value):
                resolved.append(.signal(try signalableFence(fence, on: queue), value: value))
            case let .dispatch(dispatch):
                resolved.append(try self.dispatch(dispatch, on: queue))
            case let .wait(fence, value):
                // Rule: a queue may wait on any fence of this client, another queue's timeline included.
                guard case let .fence(fence) = try table.lookup(fence, expecting: .fence) else { fatalError("kind checked") }
                resolved.append(.wait(fence, value: value))
            }
        }
        // Checked last so a rejected submission does not consume its value.
        try queue.acceptSubmission(value: value)
        return .submit(queue: queue, value: value, commands: resolved)
    }

    func signalFence(_ fence: ObjectID, _ value: UInt64) throws(ValidationError) -> Operation {
        let fence = try signalableFence(fence, on: nil)
        return .signalFence(fence, value: value)
    }

    func gemm(_ g: GEMMCommand, on queue: HostQueue) throws(ValidationError) -> ResolvedCommand {
        let a = try buffer(g.a, on: queue), b = try buffer(g.b, on: queue), c = try buffer(g.c, on: queue)
        let ranges: (a: Range<UInt64>, b: Range<UInt64>, c: Range<UInt64>)
        do {
            ranges = try CommandRules.checkGEMM(g, aSize: a.length, bSize: b.length, cSize: c.length)
        } catch {
            throw .rule(error)
        }
        // The offsets come from the checked ranges: each lies inside its buffer, so it fits an Int.
        let op = GEMMOperation(
            transposeA: g.transposeA == .transpose, transposeB: g.transposeB == .transpose,
            m: Int(g.m), n: Int(g.n), k: Int(g.k), alpha: g.alpha, beta: g.beta,
            a: a.memory, aOffset: Int(ranges.a.lowerBound), lda: Int(g.lda),
            b: b.memory, bOffset: Int(ranges.b.lowerBound), ldb: Int(g.ldb),
            c: c.memory, cOffset: Int(ranges.c.lowerBound), ldc: Int(g.ldc))
        return .gemm(op, retain: [a, b, c])
    }

    /// Rules of a kernel launch: a kernel of a library on this device, arguments matching its
    /// parameters, buffers of this device with offsets inside them, a range the adapter allows.
    func dispatch(_ d: DispatchCommand, on queue: HostQueue) throws(ValidationError) -> ResolvedCommand {
        guard case let .library(library) = try table.lookup(d.library, expecting: .library) else { fatalError("kind checked") }
        guard library.device === queue.device else { throw .differentDevices(d.library, queue.id) }
        guard Int(d.kernelIndex) < library.module.kernels.count else {
            throw .noSuchKernel(index: d.kernelIndex, count: library.module.kernels.count)
        }
        let kernel = library.module.kernels[Int(d.kernelIndex)]
        guard d.arguments.count == kernel.parameters.count else {
            throw .dispatch(.argumentCount(kernel: kernel.name, expected: kernel.parameters.count, given: d.arguments.count))
        }
        var buffers: [(buffer: any BackendBuffer, offset: Int)?] = []
        var retained: [any AnyObject & Sendable] = [library]
        buffers.reserveCapacity(d.arguments.count)
        retained.reserveCapacity(d.arguments.count + 1)
        var localBytes = kernel.staticLocalBytes
        func check(_ shape: ArgumentShape, at index: Int) throws(ValidationError) {
            do {
                try DispatchRules.checkArgument(shape, at: index, of: kernel, localBytes: &localBytes)
            } catch {
                throw .dispatch(error)
            }
        }
        for (index, argument) in d.arguments.enumerated() {
            switch argument {
            case let .buffer(id, offset):
                let buffer = try self.buffer(id, on: queue)
                _ = try checkRange("buffer argument \(index)", offset: offset, length: 0, in: buffer)
                try check(.buffer, at: index)
                buffers.append((buffer.memory, Int(offset)))
                retained.append(buffer)
            case let .value(bytes):
                try check(.value(size: bytes.count), at: index)
                buffers.append(nil)
            case let .local(size):
                try check(.local(size: Int(size)), at: index)
                buffers.append(nil)
            }
        }
        let sizes = { (wire: SIMD3<UInt32>) in SIMD3<Int>(truncatingIfNeeded: wire) }
        let localSize: SIMD3<Int>
        do {
            localSize = try DispatchRules.checkRange(
                kernel: kernel, global: sizes(d.globalSize), dimensions: 3, local: d.localSize == .zero ? nil : sizes(d.localSize),
                localBytes: localBytes, limits: queue.device.dispatchLimits)
        } catch {
            throw .dispatch(error)
        }
        let arguments = ArgumentBlock(
            kernel: kernel,
            value: { index in if case let .value(bytes) = d.arguments[index] { bytes[...] } else { nil } },
            localSize: { index in if case let .local(size) = d.arguments[index] { Int(size) } else { 0 } })
        let op = DispatchOperation(
            kernel: kernel, constants: library.module.constants, globalSize: sizes(d.globalSize), localSize: localSize,
            globalOffset: sizes(d.globalOffset), buffers: buffers, arguments: arguments,
            state: library.kernelStates[Int(d.kernelIndex)], watchdog: queue.watchdog)
        return .dispatch(op, retain: retained)
    }

    // MARK: - Lookups and shared rules

    private func device(_ id: ObjectID) throws(ValidationError) -> HostDevice {
        guard case let .device(device) = try table.lookup(id, expecting: .device) else { fatalError("kind checked") }
        return device
    }

    private func queue(_ id: ObjectID) throws(ValidationError) -> HostQueue {
        guard case let .queue(queue) = try table.lookup(id, expecting: .queue) else { fatalError("kind checked") }
        return queue
    }

    /// Rule: a buffer used on a queue belongs to that queue's device.
    private func buffer(_ id: ObjectID, on queue: HostQueue) throws(ValidationError) -> HostBuffer {
        guard case let .buffer(buffer) = try table.lookup(id, expecting: .buffer) else { fatalError("kind checked") }
        guard buffer.device === queue.device else { throw .differentDevices(id, queue.id) }
        return buffer
    }

    /// Rule: queue timelines advance only through their queue's submissions; other fences may be
    /// signalled by the CPU or by a queue of the same device.
    private func signalableFence(_ id: ObjectID, on queue: HostQueue?) throws(ValidationError) -> HostFence {
        guard case let .fence(fence) = try table.lookup(id, expecting: .fence) else { fatalError("kind checked") }
        guard !fence.isQueueTimeline else { throw .fenceOwnedByQueue(id) }
        if let queue, fence.device !== queue.device { throw .differentDevices(id, queue.id) }
        return fence
    }

    /// Rule: offset + length, computed without overflow, lies inside the buffer.
    private func checkRange(_ what: @autoclosure () -> String, offset: UInt64, length: UInt64, in buffer: HostBuffer)
        throws(ValidationError) -> (offset: Int, length: Int)
    {
        do {
            let range = try CommandRules.checkRange(what(), offset: offset, length: length, bufferSize: buffer.length)
            return (Int(range.lowerBound), range.count)
        } catch {
            throw .rule(error)
        }
    }
}
