import ConduitHAL
import ConduitKernel
import ConduitWire

/// A message after validation: every id resolved to its object, every range checked.
enum Operation {
    case hello(Hello)
    case queryAdapters(request: UInt32)
    case createDevice(id: ObjectID, adapterIndex: Int)
    case createQueue(id: ObjectID, device: HostDevice, fence: ObjectID)
    case createBuffer(id: ObjectID, device: HostDevice, length: Int)
    case createFence(id: ObjectID, device: HostDevice, initialValue: UInt64)
    case createLibrary(id: ObjectID, device: HostDevice, module: BytecodeModule)
    case release(id: ObjectID)
    case write(queue: HostQueue, buffer: HostBuffer, offset: Int, data: ArraySlice<UInt8>)
    case read(request: UInt32, queue: HostQueue, buffer: HostBuffer, offset: Int, length: Int)
    case submit(queue: HostQueue, value: UInt64, commands: [ResolvedCommand])
    case signalFence(HostFence, value: UInt64)
    case goodbye
    case createSharedBuffer(id: ObjectID, device: HostDevice, length: Int)
    case publish(queue: HostQueue, buffer: HostBuffer, offset: Int, length: Int)
    case sync(request: UInt32, queue: HostQueue, buffer: HostBuffer, offset: Int, length: Int)
    case queryStatus(request: UInt32)
    case openBulkLane(request: UInt32)
    case writeBulk(queue: HostQueue, buffer: HostBuffer, offset: Int, length: Int, sequence: UInt64)
}

/// A recorded command with its buffers resolved. Holding the objects keeps them alive until the
/// command has run, even if the client releases them first.
enum ResolvedCommand {
    case gemm(GEMMOperation, retain: [HostBuffer])
    case copy(source: HostBuffer, sourceOffset: Int, destination: HostBuffer, destinationOffset: Int, length: Int)
    case fill(HostBuffer, offset: Int, length: Int, pattern: [UInt8])
    case signal(HostFence, value: UInt64)
    case dispatch(DispatchOperation, retain: [any AnyObject & Sendable])
    case wait(HostFence, value: UInt64)

    /// Whether the command can block for an unbounded time (then it never runs inline, on the
    /// thread that delivers the client's frames).
    var mayBlock: Bool {
        if case .wait = self { return true }
        return false
    }

    /// An estimate of the work, to decide whether the command is cheap enough to run inline:
    /// bytes touched, or for a dispatch its instructions times its work-items. A kernel with a loop
    /// has no bound (its trip count is data), so it is never inline however few its work-items.
    var cost: Int {
        switch self {
        case let .gemm(op, _): op.m * op.n * max(op.k, 1)
        case let .copy(_, _, _, _, length): length
        case let .fill(_, _, length, _): length
        case .signal, .wait: 0
        case let .dispatch(op, _):
            if op.kernel.containsLoop {
                .max
            } else {
                (op.globalSize.x * op.globalSize.y * op.globalSize.z).multipliedReportingOverflow(by: max(op.kernel.expandedInstructionCount, 1)).overflow
                    ? .max : Self.dispatchOverhead + op.globalSize.x * op.globalSize.y * op.globalSize.z * max(op.kernel.expandedInstructionCount, 1)
            }
        }
    }

    /// Whether a submission is short enough to run on the thread that delivered it, when its
    /// queue is idle (saving the worker's wake-up): no waits, and a bounded estimate of the work.
    static func runInline(_ commands: [ResolvedCommand]) -> Bool {
        var total = 0
        for command in commands {
            guard !command.mayBlock else { return false }
            let (sum, overflow) = total.addingReportingOverflow(command.cost)
            guard !overflow, sum <= inlineBudget else { return false }
            total = sum
        }
        return true
    }

    /// The estimated work (bytes, or instructions × work-items) that may run inline.
    static let inlineBudget = 64 << 10

    /// What starting a dispatch costs, in the same units (instructions × work-items): about the
    /// 1–2 µs of decoding and setting up the interpreter. A burst of hundreds of tiny dispatches
    /// then goes to the queue's worker, where it overlaps with the client recording the next;
    /// a lone one still runs inline, saving the worker's wake-up.
    static let dispatchOverhead = 512
}
