import Crypto
import Foundation
import SwiftASN1
import X509

/// `conduit host make-certs DIR`: a throwaway CA and a host and a client certificate signed by
/// it, for trying mutual TLS out (P-256 keys, valid 30 days). Real deployments bring their own PKI.
package enum ThrowawayCertificates {
    /// The files written, by role.
    package struct Files: Sendable {
        package var caCertificate: String
        package var hostCertificate: String
        package var hostKey: String
        package var clientCertificate: String
        package var clientKey: String

        /// What a host presents and requires (`--cert`, `--key`, `--client-ca`).
        package var host: TLSIdentity { TLSIdentity(certificatePath: hostCertificate, keyPath: hostKey, trustedCAPath: caCertificate) }
        /// What a client presents and trusts (`CONDUIT_TLS_CERT`, `CONDUIT_TLS_KEY`, `CONDUIT_TLS_CA`).
        package var client: TLSIdentity {
            TLSIdentity(certificatePath: clientCertificate, keyPath: clientKey, trustedCAPath: caCertificate)
        }
    }

    /// Writes `ca.pem`, `host.pem`, `host-key.pem`, `client.pem` and `client-key.pem` into
    /// `directory` (keys readable by the owner only).
    ///
    /// - Parameter hostNames: what the host certificate names: DNS names and IP addresses
    ///   (`localhost`, `127.0.0.1` and `::1` are always included).
    package static func write(to directory: String, hostNames: [String] = []) throws(NetError) -> Files {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let now = Date()
            let validity = (now - 3600, now + 30 * 86_400)
            let caKey = P256.Signing.PrivateKey()
            let caName = try DistinguishedName { CommonName("Conduit throwaway CA") }
            let ca = try Certificate(
                version: .v3, serialNumber: .init(), publicKey: .init(caKey.publicKey),
                notValidBefore: validity.0, notValidAfter: validity.1, issuer: caName, subject: caName,
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                    Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                },
                issuerPrivateKey: .init(caKey))

            func leaf(_ name: String, usage: ExtendedKeyUsage.Usage, names: [GeneralName]) throws -> (Certificate, P256.Signing.PrivateKey) {
                let key = P256.Signing.PrivateKey()
                let certificate = try Certificate(
                    version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
                    notValidBefore: validity.0, notValidAfter: validity.1, issuer: caName,
                    subject: try DistinguishedName { CommonName(name) },
                    signatureAlgorithm: .ecdsaWithSHA256,
                    extensions: try Certificate.Extensions {
                        Critical(BasicConstraints.notCertificateAuthority)
                        Critical(KeyUsage(digitalSignature: true))
                        try ExtendedKeyUsage([usage])
                        if !names.isEmpty { SubjectAlternativeNames(names) }
                    },
                    issuerPrivateKey: .init(caKey))
                return (certificate, key)
            }
            let (host, hostKey) = try leaf("conduit host", usage: .serverAuth, names: alternativeNames(["localhost", "127.0.0.1", "::1"] + hostNames))
            let (client, clientKey) = try leaf("conduit client", usage: .clientAuth, names: [])

            let files = Files(
                caCertificate: directory + "/ca.pem", hostCertificate: directory + "/host.pem", hostKey: directory + "/host-key.pem",
                clientCertificate: directory + "/client.pem", clientKey: directory + "/client-key.pem")
            try write(try ca.serializeAsPEM().pemString, to: files.caCertificate, mode: 0o644)
            try write(try host.serializeAsPEM().pemString, to: files.hostCertificate, mode: 0o644)
            try write(hostKey.pemRepresentation, to: files.hostKey, mode: 0o600)
            try write(try client.serializeAsPEM().pemString, to: files.clientCertificate, mode: 0o644)
            try write(clientKey.pemRepresentation, to: files.clientKey, mode: 0o600)
            return files
        } catch let error as NetError {
            throw error
        } catch {
            throw NetError("cannot write certificates to \(directory): \(error)")
        }
    }

    /// Each name as an IP address when it parses as one, else as a DNS name; duplicates dropped.
    static func alternativeNames(_ names: [String]) -> [GeneralName] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.map { name in
            if let bytes = addressBytes(name) { return .ipAddress(ASN1OctetString(contentBytes: bytes[...])) }
            return .dnsName(name)
        }
    }

    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    private static func write(_ text: String, to path: String, mode: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: mode]) else {
            throw NetError("cannot create \(path)")
        }
    }
}
