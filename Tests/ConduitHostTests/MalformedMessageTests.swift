import ConduitHost
import ConduitKernel
import ConduitWire
import Testing

/// Each class of malformed or hostile message loses that client's context with a clear error,
/// and the host keeps serving another client.
@Suite struct MalformedMessageTests {
    let host = HostService()

    /// Sends `attack` from one client, then checks a second client still gets correct work done.
    private func expectContextLost(
        containing words: [String], code: UInt32,
        _ attack: (RawClient, (device: ObjectID, queue: ObjectID, fence: ObjectID)) -> Void
    ) throws {
        let bystander = RawClient(host: host)
        let bystanderDevice = bystander.openDevice()
        let attacker = RawClient(host: host)
        let attackerDevice = attacker.openDevice()
        attack(attacker, attackerDevice)
        let reason = try #require(attacker.lostReason)
        #expect(reason.code == code, "\(reason)")
        for word in words { #expect(reason.message.contains(word), "\(reason.message) should mention \(word)") }
        #expect(attacker.session.isLost)
        #expect(attacker.session.objectCount == 0, "a lost context releases everything it owned")

        // The attacker's later frames are ignored, not answered.
        attacker.send(.queryAdapters(request: 99))
        #expect(!attacker.messages.contains { if case .adapters(99, _) = $0 { true } else { false } })

        // The bystander is unaffected.
        let buffer = bystander.makeBuffer(device: bystanderDevice.device, length: 16)
        bystander.send(
            .submit(
                queue: bystanderDevice.queue, value: 1,
                commands: [
                    .fill(buffer: buffer, offset: 0, length: 16, pattern: [7])
                ]))
        #expect(bystander.fenceValue(bystanderDevice.fence, reaching: 1) == 1)
        #expect(bystander.read(queue: bystanderDevice.queue, buffer: buffer, length: 16, request: 1) == [UInt8](repeating: 7, count: 16))
        #expect(!bystander.session.isLost)
    }

    @Test func unknownMessageType() throws {
        try expectContextLost(containing: ["unknown message type 4660"], code: Failure.protocolError) { client, _ in
            var frame = ClientMessage.goodbye.encoded()
            frame[6] = 0x34; frame[7] = 0x12
            client.sendRaw(frame)
        }
    }

    @Test func truncatedFrame() throws {
        try expectContextLost(containing: ["malformed frame"], code: Failure.protocolError) { client, d in
            let frame = ClientMessage.createBuffer(id: client.newID(), device: d.device, length: 64).encoded()
            client.sendRaw(Array(frame.dropLast(5)))
        }
    }

    @Test func frameClaimingAHugeLength() throws {
        try expectContextLost(containing: ["declares a 4294967295-byte payload"], code: Failure.protocolError) { client, _ in
            var frame = ClientMessage.goodbye.encoded()
            frame.replaceSubrange(8..<12, with: [0xFF, 0xFF, 0xFF, 0xFF])
            client.sendRaw(frame)
        }
    }

    @Test func sizeOverflowInARange() throws {
        try expectContextLost(containing: ["offset 18446744073709551615", "64-byte buffer"], code: Failure.outOfRange) { client, d in
            let buffer = client.makeBuffer(device: d.device, length: 64)
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .copy(source: buffer, sourceOffset: .max, destination: buffer, destinationOffset: 0, length: 2)
                    ]))
        }
    }

    @Test func badHandle() throws {
        try expectContextLost(containing: ["unknown buffer #4242.1"], code: Failure.invalidObject) { client, d in
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .fill(buffer: ObjectID(index: 4242, generation: 1), offset: 0, length: 4, pattern: [1])
                    ]))
        }
    }

    @Test func staleGeneration() throws {
        try expectContextLost(containing: ["stale object id", "generation 2"], code: Failure.invalidObject) { client, d in
            let old = client.makeBuffer(device: d.device, length: 16)
            client.send(.release(id: old))
            let fresh = ObjectID(index: old.index, generation: old.generation + 1)
            client.send(.createBuffer(id: fresh, device: d.device, length: 16))
            client.send(.submit(queue: d.queue, value: 1, commands: [.fill(buffer: old, offset: 0, length: 4, pattern: [1])]))
        }
    }

    @Test func wrongObjectType() throws {
        try expectContextLost(containing: ["is a queue, expected a buffer"], code: Failure.invalidObject) { client, d in
            client.send(.submit(queue: d.queue, value: 1, commands: [.fill(buffer: d.queue, offset: 0, length: 4, pattern: [1])]))
        }
    }

    @Test func anotherClientsID() throws {
        let owner = RawClient(host: host)
        let ownerDevice = owner.openDevice()
        let secret = owner.makeBuffer(device: ownerDevice.device, length: 32)
        owner.send(.submit(queue: ownerDevice.queue, value: 1, commands: [.fill(buffer: secret, offset: 0, length: 32, pattern: [0x5A])]))
        try expectContextLost(containing: ["unknown buffer \(secret)"], code: Failure.invalidObject) { client, d in
            client.send(.readBuffer(request: 1, queue: d.queue, buffer: secret, offset: 0, length: 32))
        }
        #expect(owner.read(queue: ownerDevice.queue, buffer: secret, length: 32, request: 5) == [UInt8](repeating: 0x5A, count: 32))
    }

    @Test func outOfRangeCopy() throws {
        try expectContextLost(containing: ["copy destination", "offset 60", "length 8", "64-byte buffer"], code: Failure.outOfRange) { client, d in
            let a = client.makeBuffer(device: d.device, length: 64)
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .copy(source: a, sourceOffset: 0, destination: a, destinationOffset: 60, length: 8)
                    ]))
        }
    }

    @Test func messageBeforeHandshake() throws {
        let client = RawClient(host: host, handshake: false)
        client.send(.queryAdapters(request: 1))
        let reason = try #require(client.lostReason)
        #expect(reason.message.contains("before the handshake"))
    }

    @Test func incompatibleProtocolVersion() throws {
        let client = RawClient(host: host, handshake: false)
        client.send(.hello(Hello(version: 9, lastCompatibleVersion: 7, name: "future")))
        let welcome = client.await { if case let .welcome(hello) = $0 { hello } else { nil } }
        #expect(welcome?.version == Frame.version, "the host still says which versions it speaks")
        let reason = try #require(client.lostReason)
        #expect(reason.code == Failure.protocolError)
        #expect(reason.message.contains("client speaks 7...9, host speaks 1...1"))
    }

    @Test func gemmWithTooSmallLeadingDimension() throws {
        try expectContextLost(containing: ["ldb = 2 is below its minimum 4"], code: Failure.invalidArgument) { client, d in
            let a = client.makeBuffer(device: d.device, length: 1024)
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .gemm(
                            GEMMCommand(
                                transposeA: .none, transposeB: .none, m: 4, n: 4, k: 4, alpha: 1, beta: 0,
                                a: a, aOffset: 0, lda: 4, b: a, bOffset: 0, ldb: 2, c: a, cOffset: 512, ldc: 4))
                    ]))
        }
    }

    /// Found by libFuzzer: with k = 0 GEMM reads neither A nor B, and their offsets went unchecked
    /// until converting one past Int.max trapped the host.
    @Test func gemmWithAnUnreadOperandAtAnOffsetPastItsBuffer() throws {
        try expectContextLost(containing: ["GEMM A", "offset 9223372036854775808"], code: Failure.outOfRange) { client, d in
            let a = client.makeBuffer(device: d.device, length: 1024)
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .gemm(
                            GEMMCommand(
                                transposeA: .none, transposeB: .none, m: 4, n: 4, k: 0, alpha: 1, beta: 0,
                                a: a, aOffset: 1 << 63, lda: 4, b: a, bOffset: 0, ldb: 4, c: a, cOffset: 512, ldc: 4))
                    ]))
        }
    }

    @Test func bufferLargerThanTheAdapterAllows() throws {
        try expectContextLost(containing: ["exceeds the adapter's maximum"], code: Failure.limitExceeded) { client, d in
            _ = client.makeBuffer(device: d.device, length: 1 << 62)
        }
    }

    @Test func reusedIDAndReusedGeneration() throws {
        try expectContextLost(containing: ["already in use"], code: Failure.invalidObject) { client, d in
            client.send(.createBuffer(id: d.queue, device: d.device, length: 4))
        }
        try expectContextLost(containing: ["reuses generation"], code: Failure.invalidObject) { client, d in
            let id = client.makeBuffer(device: d.device, length: 4)
            client.send(.release(id: id))
            client.send(.createBuffer(id: id, device: d.device, length: 4))
        }
    }

    @Test func bytecodeTheVerifierRejects() throws {
        try expectContextLost(containing: ["bytecode rejected by the verifier", "uses r9999"], code: Failure.invalidArgument) { client, d in
            var module = try! Compiler.compile(source: "__kernel void k(__global int *a) { a[0] = 1; }")
            module.kernels[0].instructions.append(Instruction(.mov32, 9999, 0))
            client.send(.createLibrary(id: client.newID(), device: d.device, bytecode: module.serialized()))
        }
        try expectContextLost(containing: ["bad magic"], code: Failure.invalidArgument) { client, d in
            client.send(.createLibrary(id: client.newID(), device: d.device, bytecode: Array("not bytecode".utf8)))
        }
    }

    @Test func dispatchThatDoesNotMatchTheKernel() throws {
        try expectContextLost(containing: ["kernel 'k' takes 1 argument, 0 given"], code: Failure.invalidArgument) { client, d in
            let module = try! Compiler.compile(source: "__kernel void k(__global int *a) { a[0] = 1; }")
            let library = client.newID()
            client.send(.createLibrary(id: library, device: d.device, bytecode: module.serialized()))
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .dispatch(
                            DispatchCommand(
                                library: library, kernelIndex: 0, globalSize: [1, 1, 1], localSize: [0, 0, 0], globalOffset: [0, 0, 0], arguments: []))
                    ]))
        }
        try expectContextLost(containing: ["no kernel 3"], code: Failure.invalidArgument) { client, d in
            let module = try! Compiler.compile(source: "__kernel void k(__global int *a) { a[0] = 1; }")
            let library = client.newID()
            client.send(.createLibrary(id: library, device: d.device, bytecode: module.serialized()))
            client.send(
                .submit(
                    queue: d.queue, value: 1,
                    commands: [
                        .dispatch(
                            DispatchCommand(
                                library: library, kernelIndex: 3, globalSize: [1, 1, 1], localSize: [0, 0, 0], globalOffset: [0, 0, 0], arguments: []))
                    ]))
        }
    }

    /// `cloneLibrary` names a library of this client that is alive; anything else loses the context.
    @Test func cloneLibraryNeedsALiveLibraryOfThisClient() throws {
        let module = try Compiler.compile(source: "__kernel void k(__global int *a) { a[0] = 1; }")
        try expectContextLost(containing: ["unknown library"], code: Failure.invalidObject) { client, d in
            let library = client.newID()
            client.send(.createLibrary(id: library, device: d.device, bytecode: module.serialized()))
            client.send(.release(id: library))
            client.send(.cloneLibrary(id: client.newID(), device: d.device, from: library))
        }
        try expectContextLost(containing: ["is a queue, expected a library"], code: Failure.invalidObject) { client, d in
            client.send(.cloneLibrary(id: client.newID(), device: d.device, from: d.queue))
        }
        // Another client's library is not this client's to clone.
        let owner = RawClient(host: host)
        let ownerDevice = owner.openDevice()
        let theirs = owner.newID()
        owner.send(.createLibrary(id: theirs, device: ownerDevice.device, bytecode: module.serialized()))
        try expectContextLost(containing: ["unknown library"], code: Failure.invalidObject) { client, d in
            client.send(.cloneLibrary(id: client.newID(), device: d.device, from: theirs))
        }
    }

    @Test func submissionValuesMustIncrease() throws {
        try expectContextLost(containing: ["does not follow the last value 5"], code: Failure.invalidArgument) { client, d in
            client.send(.submit(queue: d.queue, value: 5, commands: []))
            client.send(.submit(queue: d.queue, value: 5, commands: []))
        }
    }
}
