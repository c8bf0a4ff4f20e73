import Foundation
import Conduit
import Testing

@Suite struct FenceTests {
    @Test func submitReturnsIncreasingValuesWithoutWaiting() async throws {
        let (_, device) = try makeCPUDevice()
        var values: [UInt64] = []
        for _ in 0..<5 { values.append(try device.queue.submit(device.queue.makeCommandBuffer()).value) }
        #expect(values == [1, 2, 3, 4, 5])
        try await device.queue.fence.wait(for: 5)
        #expect(device.queue.fence.completedValue == 5)
        #expect(device.queue.lastSubmittedValue == 5)
    }

    @Test func blockingWaitTimesOutOnAValueNobodySignals() throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence(label: "never")
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: ConduitError.self) { try fence.wait(for: 1, timeout: .milliseconds(50)) }
        #expect(error.code == .timeout)
        #expect(error.message.contains("did not reach 1"))
        #expect(clock.now - start >= .milliseconds(50))
    }

    @Test func extremeTimeoutsNeitherTrapNorWait() throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence(initialValue: 3, label: "extremes")
        try fence.wait(for: 3, timeout: .seconds(Int64.max))  // reached: returns at once
        let error = try #require(throws: ConduitError.self) { try fence.wait(for: 4, timeout: .seconds(Int64.min)) }
        #expect(error.code == .timeout)
        // Forever, woken by a signal from another thread.
        let signaller = Thread {
            Thread.sleep(forTimeInterval: 0.05); try? fence.signal(4)
        }
        signaller.start()
        try fence.wait(for: 4, timeout: .seconds(Int64.max))
        #expect(fence.completedValue == 4)
    }

    @Test func cancellingTheWaitingTaskEndsItsWaitButNotTheFence() async throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence(label: "cancelled")
        let waiter = Task { try await fence.wait(for: 1) }
        try await Task.sleep(for: .milliseconds(20))
        waiter.cancel()
        let error = await waiter.result.conduitError
        #expect(error?.code == .cancelled, "\(String(describing: error))")
        // A task cancelled before it waits does not wait either.
        let early = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await fence.wait(for: 1)
        }
        #expect(await early.result.conduitError?.code == .cancelled)
        // The fence itself goes on: a later wait sees the signal.
        try fence.signal(1)
        try await fence.wait(for: 1)
    }

    @Test func cpuSignalsWakeAsyncWaiters() async throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence(initialValue: 10, label: "cpu")
        #expect(fence.completedValue == 10)
        async let waited: Void = fence.wait(for: 12)
        try fence.signal(12)
        try await waited
        #expect(fence.completedValue == 12)
        #expect(throws: ConduitError(.invalidArgument, "fence 'cpu' cannot move to 11: it is already at 12")) {
            try fence.signal(11)
        }
    }

    @Test func commandBuffersSignalFencesInOrder() throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence(label: "progress")
        let buffer = try device.makeBuffer(length: 1 << 20)
        let commands = device.queue.makeCommandBuffer()
        try commands.fill(buffer, with: UInt8(3))
        try commands.signal(fence, value: 7)
        try device.queue.submit(commands)
        try fence.wait(for: 7, timeout: .seconds(10))
        #expect(try buffer.read(as: UInt8.self, byteOffset: (1 << 20) - 1, count: 1) == [3])
    }

    @Test func aFailedSubmissionReportsItsErrorOnItsWaitOnly() async throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence(initialValue: 5, label: "ahead")
        let bad = device.queue.makeCommandBuffer()
        try bad.signal(fence, value: 3)
        let failed = try device.queue.submit(bad)
        let error = await #expect(throws: ConduitError.self) { try await failed.wait() }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.hasSuffix("cannot move to 3: it is already at 5") == true)
        #expect(throws: ConduitError.self) { try bad.waitUntilCompleted() }
        let good = try device.queue.submit(device.queue.makeCommandBuffer())
        try good.wait(timeout: .seconds(10))
        #expect(good.isCompleted)
    }

    @Test func commandBuffersAreSingleUseAndBoundToTheirQueue() throws {
        let (_, device) = try makeCPUDevice()
        let other = try device.makeQueue(label: "other")
        let commands = device.queue.makeCommandBuffer(label: "once")
        #expect(throws: ConduitError.self) { try other.submit(commands) }
        try device.queue.submit(commands)
        #expect(throws: ConduitError(.invalidArgument, "command buffer 'once' was already submitted; command buffers are single-use")) {
            try device.queue.submit(commands)
        }
        #expect(throws: ConduitError.self) { try commands.fill(device.makeBuffer(length: 4), with: UInt8(0)) }
    }

    @Test func queueTimelinesCannotBeSignalledByHand() throws {
        let (_, device) = try makeCPUDevice()
        #expect(throws: ConduitError.self) { try device.queue.fence.signal(100) }
        let commands = device.queue.makeCommandBuffer()
        #expect(throws: ConduitError.self) { try commands.signal(device.queue.fence, value: 100) }
    }

    @Test func queuesRunIndependently() async throws {
        let (_, device) = try makeCPUDevice()
        let second = try device.makeQueue()
        let a = try device.makeBuffer(length: 1 << 22), b = try device.makeBuffer(length: 1 << 22)
        let first = device.queue.makeCommandBuffer(), other = second.makeCommandBuffer()
        try first.fill(a, with: UInt32(1))
        try other.fill(b, with: UInt32(2))
        let one = try device.queue.submit(first), two = try second.submit(other)
        try await one.wait()
        try await two.wait()
        #expect(try await a.read(as: UInt32.self, byteOffset: 4096, count: 1) == [1])
        #expect(try await b.read(as: UInt32.self, byteOffset: 4096, count: 1) == [2])
    }

    @Test func manyThreadsSubmittingKeepTheTimelineConsistent() async throws {
        let (_, device) = try makeCPUDevice()
        let queue = device.queue
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<100 { try queue.submit(queue.makeCommandBuffer()) } }
            }
            try await group.waitForAll()
        }
        try queue.waitUntilIdle(timeout: .seconds(10))
        #expect(queue.fence.completedValue == 800)
    }
}

@Suite struct CrossQueueFenceTests {
    @Test func aQueueWaitsForAnotherQueuesTimeline() throws {
        let (_, device) = try makeCPUDevice()
        let producer = try device.makeQueue(label: "producer")
        let gate = try device.makeFence(label: "gate")
        let data = try device.makeBuffer(array: [Float](repeating: 0, count: 4))
        // The producer holds until the CPU opens the gate, then fills.
        let first = producer.makeCommandBuffer()
        try first.wait(for: gate, value: 1)
        try first.fill(data, with: Float(7))
        let filled = try producer.submit(first)
        // The consumer waits for the producer's timeline, then copies.
        let copy = try device.makeBuffer(length: 16)
        let second = device.queue.makeCommandBuffer()
        try second.wait(for: producer.fence, value: filled.value)
        try second.copy(from: data, to: copy)
        let copied = try device.queue.submit(second)
        Thread.sleep(forTimeInterval: 0.05)
        // Neither can have run: the gate is shut.
        #expect(!filled.isCompleted && !copied.isCompleted)
        try gate.signal(1)
        try copied.wait(timeout: .seconds(30))
        #expect(try copy.read(as: Float.self) == [7, 7, 7, 7])
    }

    @Test func aFenceValueCanBeWaitedOnWithPoll() throws {
        let (_, device) = try makeCPUDevice()
        let fence = try device.makeFence()
        let descriptor = try fence.makeEventDescriptor(for: 2)
        defer { try? descriptor.close() }
        let fd = descriptor.rawValue
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        try fence.signal(1)
        #expect(poll(&entry, 1, 50) == 0, "readable before the value was reached")
        try fence.signal(2)
        #expect(poll(&entry, 1, 10_000) == 1)
        var counter: UInt64 = 0
        #expect(try withUnsafeMutableBytes(of: &counter) { try descriptor.read(into: $0) } == 8 && counter == 1)
    }
}

extension Result {
    /// The failure as a `ConduitError`, or nil.
    var conduitError: ConduitError? { if case let .failure(error) = self { error as? ConduitError } else { nil } }
}
