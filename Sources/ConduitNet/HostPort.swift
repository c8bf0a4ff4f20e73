/// `HOST:PORT`, or `[ADDRESS]:PORT` for an IPv6 address: the one spelling of an endpoint that
/// `CONDUIT_HOST=tcp://…` and `conduit host --listen` share.
package enum HostPort {
    /// The host and port of `text`; nil when it is neither form or the host is empty. The port
    /// is nil when it is not a number; callers check its range.
    package static func split(_ text: Substring) -> (host: String, port: Int?)? {
        let host: Substring, port: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") {
            host = text[text.index(after: text.startIndex)..<close]
            port = text[text.index(close, offsetBy: 2)...]
        } else if let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        } else {
            return nil
        }
        return host.isEmpty ? nil : (String(host), Int(port))
    }
}
