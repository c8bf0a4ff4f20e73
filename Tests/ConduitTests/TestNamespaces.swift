import Foundation

/// Network namespaces a test makes for itself and removes: each one a machine of its own with one
/// address, reached from the test's namespace over a veth pair (10.213.N.1 here, 10.213.N.2 there).
/// Only these addresses and loopback are ever used.
final class TestNamespace: @unchecked Sendable {
    let name: String
    /// The namespace's address, where a host inside it listens.
    let address: String
    private let outerLink: String

    /// Makes the namespace, or returns nil with the reason when this machine will not (no root,
    /// no `ip`, no CAP_NET_ADMIN).
    static func make(_ index: Int) -> Result<TestNamespace, NamespaceError> {
        let tag = "\(getpid() % 100_000)x\(index)"
        let subnet = "10.213.\((Int(getpid()) * 7 + index) % 250)"
        let namespace = TestNamespace(name: "conduit-\(tag)", address: subnet + ".2", outerLink: "cdt\(tag)o")
        let inner = "cdt\(tag)i"
        let steps: [[String]] = [
            ["netns", "add", namespace.name],
            ["link", "add", namespace.outerLink, "type", "veth", "peer", "name", inner],
            ["link", "set", inner, "netns", namespace.name],
            ["addr", "add", subnet + ".1/24", "dev", namespace.outerLink],
            ["link", "set", namespace.outerLink, "up"],
            ["netns", "exec", namespace.name, "ip", "addr", "add", subnet + ".2/24", "dev", inner],
            ["netns", "exec", namespace.name, "ip", "link", "set", inner, "up"],
            ["netns", "exec", namespace.name, "ip", "link", "set", "lo", "up"]
        ]
        for step in steps {
            let (status, output) = ipCommand(step)
            guard status == 0 else {
                namespace.remove()
                return .failure(NamespaceError(description: "ip \(step.joined(separator: " ")): \(output)"))
            }
        }
        return .success(namespace)
    }

    private init(name: String, address: String, outerLink: String) {
        self.name = name
        self.address = address
        self.outerLink = outerLink
    }

    /// The arguments that run `command` inside the namespace.
    func run(_ command: [String]) -> (executable: String, arguments: [String]) {
        ("/usr/sbin/ip", ["netns", "exec", name] + command)
    }

    func remove() {
        _ = Self.ipCommand(["link", "del", outerLink])
        _ = Self.ipCommand(["netns", "del", name])
    }

    @discardableResult
    static func ipCommand(_ arguments: [String]) -> (Int32, String) {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/ip") else { return (127, "no /usr/sbin/ip (iproute2)") }
        return (try? ConduitTests.run("/usr/sbin/ip", arguments, environment: ProcessInfo.processInfo.environment)) ?? (127, "cannot run ip")
    }

    struct NamespaceError: Error, CustomStringConvertible { var description: String }
}
