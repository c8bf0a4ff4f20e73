import NIOSSL

/// The PEM files one side of a mutually authenticated TLS 1.3 connection uses: its own
/// certificate and key, and the CA that must have signed the peer's certificate. The host serves
/// TLS with swift-nio-ssl (`serverContext`); a client seals its records itself
/// (`TLSClientSession`), on its own socket.
package struct TLSIdentity: Sendable, Hashable {
    package var certificatePath: String
    package var keyPath: String
    package var trustedCAPath: String

    package init(certificatePath: String, keyPath: String, trustedCAPath: String) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        self.trustedCAPath = trustedCAPath
    }

    /// The host's side: TLS 1.3 only, and the client must present a certificate signed by the CA
    /// (any name: clients are identified by their CA, not by a host name).
    package func serverContext() throws(NetError) -> NIOSSLContext {
        let (chain, key, roots) = try load()
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: key)
        configuration.minimumTLSVersion = .tlsv13
        configuration.trustRoots = .certificates(roots)
        configuration.certificateVerification = .noHostnameVerification
        return try Self.context(configuration)
    }

    private func load() throws(NetError) -> ([NIOSSLCertificateSource], NIOSSLPrivateKeySource, [NIOSSLCertificate]) {
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
            guard !chain.isEmpty else { throw NetError("no certificate in \(certificatePath)") }
            let key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
            let roots = try NIOSSLCertificate.fromPEMFile(trustedCAPath)
            guard !roots.isEmpty else { throw NetError("no CA certificate in \(trustedCAPath)") }
            return (chain.map { .certificate($0) }, .privateKey(key), roots)
        } catch let error as NetError {
            throw error
        } catch {
            throw NetError("cannot load TLS files (certificate \(certificatePath), key \(keyPath), CA \(trustedCAPath)): \(error)")
        }
    }

    private static func context(_ configuration: TLSConfiguration) throws(NetError) -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw NetError("cannot set up TLS: \(error)")
        }
    }
}

/// Why a network host or connection could not be set up.
package struct NetError: Error, CustomStringConvertible, Sendable {
    package var description: String
    package init(_ description: String) { self.description = description }
}
