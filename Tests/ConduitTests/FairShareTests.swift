import Conduit
import Foundation
import Synchronization
import Testing

/// Clients share the host's cores as equals: one that keeps kernels running on many queues gets
/// no more of the CPU adapter than one with a single queue (each client's dispatches use at most
/// the cores there are), so it cannot stretch another client's work by its number of queues.
@Suite struct FairShareTests {
    static let source = """
        __kernel void spin(__global uint *out, uint rounds) {
            uint x = (uint)get_global_id(0);
            for (uint i = 0; i < rounds; i++) x = x * 1664525u + 1013904223u;
            out[get_global_id(0)] = x;
        }
        """

    /// One client's device, kernel and output buffer on the CPU adapter of the embedded host.
    struct Client {
        let device: Device
        let kernel: Kernel
        let output: Buffer

        init(name: String) throws {
            var options = Instance.Options()
            options.clientName = name
            let instance = try Instance(options: options)
            device = try #require(try instance.adapters().first { $0.backend == .cpu }).makeDevice(label: name)
            kernel = try device.makeLibrary(source: FairShareTests.source).makeKernel(named: "spin")
            output = try device.makeBuffer(length: 4096 * 4)
        }

        /// One dispatch of 4096 work-items in 64 groups (two workers on two cores), waited for.
        func spin(on queue: Queue, rounds: UInt32) throws {
            let commands = queue.makeCommandBuffer()
            try commands.dispatch(kernel, arguments: [.buffer(output), .uint32(rounds)], globalSize: [4096], localSize: [64])
            try queue.submit(commands).wait(timeout: .seconds(120))
        }
    }

    @Test func aClientWithManyBusyQueuesGetsNoMoreOfTheCoresThanAClientWithOne() throws {
        let victim = try Client(name: "one-queue")
        let flooder = try Client(name: "many-queues")
        // Rounds for about 4 ms a dispatch on an idle machine.
        let start = ContinuousClock.now
        try victim.spin(on: victim.device.queue, rounds: 200)
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        let once = Double(seconds) + Double(attoseconds) / 1e18
        let rounds = UInt32(max(50, min(1_000_000, 200 * 0.004 / max(once, 1e-6))))

        // Both clients run dispatches back to back for the same window, the flooder on 24 queues
        // (24 threads of its own), the victim on one; each counts what it completed.
        let queues = try (0..<24).map { try flooder.device.makeQueue(label: "flood \($0)") }
        let stop = Atomic<Bool>(false)
        let flooded = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let threads = queues.map { queue in
            Thread {
                while !stop.load(ordering: .relaxed) {
                    do {
                        try flooder.spin(on: queue, rounds: rounds)
                        flooded.add(1, ordering: .relaxed)
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                        return
                    }
                }
            }
        }
        for thread in threads { thread.start() }
        Thread.sleep(forTimeInterval: 0.2)  // every flooding queue is busy
        let before = flooded.load(ordering: .relaxed)
        var completed = 0
        let window = ContinuousClock.now + .seconds(2)
        while ContinuousClock.now < window {
            try victim.spin(on: victim.device.queue, rounds: rounds)
            completed += 1
        }
        let floodedInWindow = flooded.load(ordering: .relaxed) - before
        stop.store(true, ordering: .relaxed)
        for queue in queues { try queue.waitUntilIdle(timeout: .seconds(120)) }
        #expect(failures.withLock { $0 }.isEmpty)

        // As equals, each client completes about as much (measured 1.05–1.07×); shared by thread,
        // the flooder completes far more (17.9× measured without the share).
        let ratio = Double(floodedInWindow) / Double(max(completed, 1))
        #expect(completed >= 3, "the victim completed \(completed) dispatches in 2 s")
        #expect(ratio < 6, "the flooder completed \(floodedInWindow) dispatches, the victim \(completed): \(ratio)×")
    }
}
