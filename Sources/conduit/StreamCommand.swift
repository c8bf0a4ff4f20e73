import ArgumentParser
import Conduit
import Foundation

/// A client that keeps the host busy until it is killed: what the teardown tests kill mid-stream.
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Submit work to the host without end (for teardown tests).",
        shouldDisplay: false
    )

    @Option(help: "Buffers of 1 MiB to hold while streaming.")
    var buffers = 8

    func run() throws {
        var options = Instance.Options()
        options.clientName = "conduit-stream"
        let instance = try Instance(options: options)
        let adapter = try instance.adapters(matching: .backend(.cpu))[0]
        let device = try adapter.makeDevice(label: "stream")
        let held = try (0..<buffers).map { try device.makeBuffer(length: 1 << 20, label: "held\($0)") }
        let kernel = try device.makeLibrary(builtin: "saxpy").makeKernel(named: "saxpy")
        let queues = [device.queue, try device.makeQueue(label: "second")]
        var submitted = 0
        while true {
            for queue in queues {
                let commands = queue.makeCommandBuffer()
                try commands.fill(held[submitted % held.count], with: Float(submitted))
                try commands.dispatch(kernel, arguments: [.buffer(held[1]), .buffer(held[0]), .float(2), .uint32(4096)], globalSize: [4096])
                try commands.copy(from: held[1], to: held[2 % held.count])
                try queue.submit(commands)
                submitted += 1
            }
            if submitted == 100 {
                print("streaming")
                fflush(nil)
            }
            if submitted % 64 == 0 { try queues[0].waitUntilIdle() }
        }
    }
}
