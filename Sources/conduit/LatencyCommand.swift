import ArgumentParser
import Conduit
import ConduitBench
import Foundation

struct LatencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency",
        abstract: "Cost of crossing the host boundary, per transport: submit + wait, pipelined dispatches, transfers, sgemm 2048.",
        discussion: """
            Always measures the embedded host; also the host daemon named by --host or CONDUIT_HOST \
            (start one with 'conduit host').
            """
    )

    @Option(
        help:
            "Hosts to measure besides the embedded host, comma-separated: unix:PATH, unix or tcp://HOST:PORT (default: CONDUIT_HOST; TLS files from CONDUIT_TLS_*)."
    )
    var host: String?

    @Option(help: "Adapter index to measure on (default: the CPU adapter).")
    var adapter: Int?

    @Option(name: .customLong("transfer-mib"), help: "Bytes uploaded and downloaded by the transfer test (MiB).")
    var transferMiB = 256

    @Flag(help: "Print one JSON document instead of a table.")
    var json = false

    func validate() throws {
        guard (1...4096).contains(transferMiB) else { throw ValidationError("--transfer-mib must be 1...4096, got \(transferMiB)") }
        for part in Instance.HostLocation(host ?? "unix").hosts.map(\.description)
        where !(part == "unix" || part.hasPrefix("unix:") || part.hasPrefix("tcp://")) {
            throw ValidationError("--host must be 'unix', 'unix:PATH' or 'tcp://HOST:PORT' (or a comma-separated list), got '\(part)'")
        }
    }

    func run() throws {
        // Each host of a list is measured on its own, after the embedded host, in one run.
        let named = host.map(Instance.HostLocation.init) ?? Instance.HostLocation.fromEnvironment
        let locations: [Instance.HostLocation] = [.embedded] + named.hosts.filter { $0 != .embedded }
        var results: [LatencyBenchmark.Result] = []
        let progress = Progress(enabled: !json)
        let count = locations.count
        for (index, location) in locations.enumerated() {
            results.append(
                try LatencyBenchmark.run(host: location, adapterIndex: adapter, transferBytes: transferMiB << 20) { done, total, label in
                    progress.reporter(index * total + done, count * total, label)
                })
        }
        // Over TCP, what loopback TCP itself costs, in the same run.
        let tcp = results.indices.filter { locations[$0].description.hasPrefix("tcp://") }
        let raw = tcp.isEmpty ? nil : try RawTCPReference.measure(bulkBytes: transferMiB << 20)
        progress.reporter(count * 5, count * 5, "PoCL through its own API")
        let pocl = LatencyBenchmark.poclReference()
        progress.finish()
        if json {
            struct Report: Encodable {
                var benchmark = "latency"
                var results: [LatencyBenchmark.Result]
                var rawTCP: RawTCPReference.Result?
                var pocl: LatencyBenchmark.PoCLReference?
            }
            try printJSON(Report(results: results, rawTCP: raw, pocl: pocl))
            return
        }
        var table = TextTable(
            "transport", "adapter", "submit+wait µs (median)", "p99 µs", "pipelined µs/dispatch",
            "upload+download GB/s", "memcpy GB/s", "ratio", "sgemm 2048 GFLOP/s")
        for r in results {
            table.add(
                r.transport, r.adapter, formatted(r.roundTripMicroseconds, 2), formatted(r.roundTripP99Microseconds, 1),
                formatted(r.pipelinedMicrosecondsPerDispatch, 2), formatted(r.transferGBPerSecond, 2),
                formatted(r.memcpyGBPerSecond, 2), formatted(r.transferToMemcpyRatio, 2) + "×", formatted(r.sgemm2048Gflops, 1))
        }
        print(table.render())
        for r in results {
            print(
                "\(r.transport): submit+wait on a second queue while \(r.transferBytes >> 20) MiB uploads: median "
                    + "\(formatted(r.roundTripDuringUploadMicroseconds, 1)) µs, p99 \(formatted(r.roundTripDuringUploadP99Microseconds, 1)) µs")
        }
        for r in results {
            let spreads = ["roundTrip", "pipelined", "transfer", "sgemm2048"].compactMap { key in r.spreadPercent[key].map { "\(key) \(formatted($0, 1)) %" } }
            print("spread of 5 runs, \(r.transport): " + spreads.joined(separator: ", "))
        }
        if let pocl {
            print(
                "PoCL through its own API, same run (\(pocl.device)): launch + clFinish \(formatted(pocl.launchFinishMicroseconds, 2)) µs, "
                    + "pipelined \(formatted(pocl.pipelinedMicrosecondsPerDispatch, 2)) µs/dispatch")
            for r in results {
                print("\(r.transport): pipelined / PoCL's = \(formatted(r.pipelinedMicrosecondsPerDispatch / pocl.pipelinedMicrosecondsPerDispatch, 2))×")
            }
        } else {
            print("PoCL reference: no PoCL device in this process (apt-get install pocl-opencl-icd)")
        }
        for r in results.dropFirst() {
            print("sgemm 2048 through \(r.transport) / embedded: \(formatted(r.sgemm2048Gflops / results[0].sgemm2048Gflops, 3))×")
        }
        if let raw {
            print(
                "raw loopback TCP, same run: ping-pong \(formatted(raw.pingPongMicroseconds, 2)) µs (p99 \(formatted(raw.pingPongP99Microseconds, 1))), "
                    + "bulk there and back \(formatted(raw.bulkGBPerSecond, 2)) GB/s"
                    + (raw.iperf3GBPerSecond.map { ", iperf3 one way \(formatted($0, 2)) GB/s" } ?? " (iperf3 not installed)")
                    + "; ping-pong while \(raw.bulkBytes >> 20) MiB stream on a second connection: median "
                    + "\(formatted(raw.pingPongDuringBulkMicroseconds, 1)) µs, p99 \(formatted(raw.pingPongDuringBulkP99Microseconds, 1)) µs")
            for index in tcp {
                let r = results[index]
                print(
                    "\(r.transport): submit+wait − ping-pong = \(formatted(r.roundTripMicroseconds - raw.pingPongMicroseconds, 1)) µs (target ≤ 30); "
                        + "upload+download / raw bulk = \(formatted(r.transferGBPerSecond / raw.bulkGBPerSecond, 2))× (target ≥ 0.7)")
            }
        }
    }
}
