import COpenCL
import Conduit

/// The program binary of a compiled object or a library (clCompileProgram, `-create-library`):
/// Conduit links by compiling the files together, so the binary carries the files themselves,
/// with their options and embedded headers. Executables' binaries are bytecode.
enum ObjectBinary {
    static let magic = Array("CNDTOBJ1".utf8)

    static func encode(_ sources: [ProgramSource], type: cl_program_binary_type) -> [UInt8] {
        var out = magic
        func u32(_ value: Int) { out += withUnsafeBytes(of: UInt32(value).littleEndian) { Array($0) } }
        func string(_ text: String) {
            u32(text.utf8.count)
            out += Array(text.utf8)
        }
        u32(Int(type))
        u32(sources.count)
        for source in sources {
            string(source.fileName)
            string(source.options.arguments)
            string(source.source)
            u32(source.headers.count)
            for (name, text) in source.headers.sorted(by: { $0.key < $1.key }) {
                string(name)
                string(text)
            }
        }
        return out
    }

    /// The files and binary type, or nil when `bytes` is not an object binary (or is damaged).
    static func decode(_ bytes: [UInt8]) -> (sources: [ProgramSource], type: cl_program_binary_type)? {
        guard bytes.starts(with: magic) else { return nil }
        var position = magic.count
        func u32() -> Int? {
            guard position + 4 <= bytes.count else { return nil }
            defer { position += 4 }
            return Int(bytes[position..<position + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        func string() -> String? {
            guard let count = u32(), count <= bytes.count - position else { return nil }
            defer { position += count }
            return String(decoding: bytes[position..<position + count], as: UTF8.self)
        }
        guard let type = u32(), let count = u32(), count <= 4096 else { return nil }
        var sources: [ProgramSource] = []
        for _ in 0..<count {
            guard let fileName = string(), let options = string(), let text = string(), let headerCount = u32(), headerCount <= 4096 else {
                return nil
            }
            var headers: [String: String] = [:]
            for _ in 0..<headerCount {
                guard let name = string(), let header = string() else { return nil }
                headers[name] = header
            }
            sources.append(ProgramSource(source: text, fileName: fileName, options: BuildOptions(options), headers: headers))
        }
        guard position == bytes.count,
            type == Int(CL_PROGRAM_BINARY_TYPE_COMPILED_OBJECT) || type == Int(CL_PROGRAM_BINARY_TYPE_LIBRARY)
        else { return nil }
        return (sources, cl_program_binary_type(type))
    }
}
