import Testing
@testable import ConduitWire

@Suite struct MalformedFrameTests {
    private func frame(type: UInt16, payload: [UInt8], version: UInt16 = Frame.version, declaredLength: UInt32? = nil) -> [UInt8] {
        var w = WireWriter()
        w.u32(Frame.magic); w.u16(version); w.u16(type)
        w.u32(declaredLength ?? UInt32(payload.count)); w.u32(0)
        return w.bytes + payload
    }

    @Test func badMagicIsRejected() {
        var bytes = ClientMessage.goodbye.encoded()
        bytes[0] ^= 0xFF
        #expect(throws: WireError.self) { try ClientMessage.decode(bytes) }
    }

    @Test func unknownMessageTypeIsNamed() {
        #expect(throws: WireError.unknownMessageType(999)) { try ClientMessage.decode(frame(type: 999, payload: [])) }
    }

    @Test func unsupportedVersionIsNamed() {
        #expect(throws: WireError.unsupportedVersion(77)) {
            try ClientMessage.decode(frame(type: 12, payload: [], version: 77))
        }
    }

    @Test func declaredLengthMustMatchTheBytes() {
        #expect(throws: WireError.lengthMismatch(declared: 100, actual: 0)) {
            try ClientMessage.decode(frame(type: 12, payload: [], declaredLength: 100))
        }
    }

    @Test func everyTruncationOfAValidFrameIsRejected() {
        let full = ClientMessage.submit(
            queue: ObjectID(index: 1, generation: 1), value: 1,
            commands: [
                .fill(buffer: ObjectID(index: 2, generation: 1), offset: 0, length: 4, pattern: [1, 2, 3, 4])
            ]
        ).encoded()
        for cut in 0..<full.count {
            #expect(throws: WireError.self) { try ClientMessage.decode(Array(full[0..<cut])) }
        }
    }

    @Test func truncatedPayloadWithConsistentHeaderSaysTruncated() {
        // A createBuffer whose header agrees with its (too short) payload.
        let payload = [UInt8](repeating: 0, count: 10)
        #expect(throws: WireError.truncated(needed: 8, remaining: 2)) {
            try ClientMessage.decode(frame(type: ClientMessage.MessageType.createBuffer.rawValue, payload: payload))
        }
    }

    @Test func hugeCountsAreRejectedBeforeAllocating() {
        var w = WireWriter()
        w.u64(ObjectID(index: 1, generation: 1).rawValue); w.u64(1); w.u32(UInt32.max)
        #expect(throws: WireError.countTooLarge(what: "command", count: UInt64(UInt32.max), limit: UInt64(ClientMessage.maxCommandsPerSubmit))) {
            try ClientMessage.decode(frame(type: ClientMessage.MessageType.submit.rawValue, payload: w.bytes))
        }
    }

    @Test func oversizedFillPatternIsRejected() {
        var w = WireWriter()
        w.u64(1); w.u64(1); w.u32(1)
        w.u8(3); w.u64(1); w.u64(0); w.u64(0); w.u32(4096)
        #expect(throws: WireError.self) {
            try ClientMessage.decode(frame(type: ClientMessage.MessageType.submit.rawValue, payload: w.bytes))
        }
    }

    @Test func trailingBytesAreRejected() {
        #expect(throws: WireError.trailingBytes(3)) {
            try ClientMessage.decode(frame(type: ClientMessage.MessageType.goodbye.rawValue, payload: [1, 2, 3]))
        }
    }

    @Test func invalidEnumsAndBooleansAreRejected() {
        var w = WireWriter()
        w.u64(1); w.u64(1); w.u32(1)
        w.u8(1); w.u8(9)  // GEMM with transpose flag 9
        #expect(throws: WireError.invalidValue(what: "transpose flag", value: 9)) {
            try ClientMessage.decode(frame(type: ClientMessage.MessageType.submit.rawValue, payload: w.bytes))
        }
        var unknownCommand = WireWriter()
        unknownCommand.u64(1); unknownCommand.u64(1); unknownCommand.u32(1); unknownCommand.u8(200)
        #expect(throws: WireError.unknownCommandType(200)) {
            try ClientMessage.decode(frame(type: ClientMessage.MessageType.submit.rawValue, payload: unknownCommand.bytes))
        }
    }

    @Test func randomGarbageNeverCrashesTheDecoder() {
        var generator = SystemRandomNumberGenerator()
        var seed: UInt64 = 12345
        for round in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 52)
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if round % 2 == 0, bytes.count >= 16 {
                // Keep a valid header half of the time so the payload parsers get exercised.
                let header = Frame.begin(type: UInt16(round % 14)).bytes
                bytes.replaceSubrange(0..<16, with: header)
                bytes.withUnsafeMutableBytes { $0.storeBytes(of: UInt32(length - 16).littleEndian, toByteOffset: 8, as: UInt32.self) }
            }
            _ = try? ClientMessage.decode(bytes)
            _ = try? HostMessage.decode(bytes)
        }
    }
}
