/// OpenCL address spaces.
public enum AddressSpace: UInt8, Sendable, CustomStringConvertible {
    case `private` = 0, global = 1, constant = 2, local = 3

    public var description: String {
        switch self {
        case .private: "__private"
        case .global: "__global"
        case .constant: "__constant"
        case .local: "__local"
        }
    }
}

/// A struct's layout (OpenCL C rules: fields aligned to their size, the struct to its widest field).
final class StructType: Hashable {
    struct Field {
        var name: String
        var type: CType
        var offset: Int
    }

    let name: String
    var fields: [Field] = []
    var size = 0
    var alignment = 1
    var isComplete = false

    init(name: String) { self.name = name }

    func field(_ name: String) -> Field? { fields.first { $0.name == name } }

    static func == (a: StructType, b: StructType) -> Bool { a === b }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A type of the kernel language.
indirect enum CType: Hashable, CustomStringConvertible {
    case void
    case bool
    case integer(bits: Int, signed: Bool)
    case float
    /// IEEE binary64 (`cl_khr_fp64`); lives in the 64-bit register class.
    case double
    case vector(CType, Int)
    case pointer(CType, AddressSpace)
    case array(CType, Int)
    case structure(StructType)

    static var int: CType { .integer(bits: 32, signed: true) }
    static var uint: CType { .integer(bits: 32, signed: false) }
    static var long: CType { .integer(bits: 64, signed: true) }
    static var ulong: CType { .integer(bits: 64, signed: false) }
    static var sizeT: CType { .ulong }

    var isInteger: Bool { if case .integer = self { true } else { self == .bool } }
    /// A floating-point scalar (`float` or `double`).
    var isFloat: Bool { self == .float || self == .double }
    var isDouble: Bool { self == .double }
    var isScalar: Bool { isInteger || isFloat }
    var isArithmetic: Bool { isScalar || isVector }
    var isVector: Bool { if case .vector = self { true } else { false } }
    var isPointer: Bool { if case .pointer = self { true } else { false } }
    var isArray: Bool { if case .array = self { true } else { false } }
    var isSigned: Bool { if case let .integer(_, signed) = self { signed } else { false } }
    /// 64-bit values live in the 64-bit register class.
    var isWide: Bool {
        switch self {
        case let .integer(bits, _): bits == 64
        case .pointer, .double: true
        default: false
        }
    }

    /// The element type of a vector, or the type itself.
    var scalar: CType { if case let .vector(element, _) = self { element } else { self } }
    var lanes: Int { if case let .vector(_, n) = self { n } else { 1 } }
    /// This type with `element` for its scalar: `int4` for `float4` and `.int`.
    func withScalar(_ element: CType) -> CType { isVector ? .vector(element, lanes) : element }

    var size: Int {
        switch self {
        case .void: 1
        case .bool: 1
        case let .integer(bits, _): bits / 8
        case .float: 4
        case .double: 8
        case let .vector(element, n): element.size * (n == 3 ? 4 : n)
        case .pointer: 8
        case let .array(element, n): element.size * n
        case let .structure(s): s.size
        }
    }

    var alignment: Int {
        switch self {
        case .vector: size
        case let .array(element, _): element.alignment
        case let .structure(s): s.alignment
        default: size
        }
    }

    /// Registers a value of this type occupies in scalarised form.
    var componentCount: Int {
        switch self {
        case .void: 0
        case let .vector(_, n): n
        case let .structure(s): s.fields.reduce(0) { $0 + $1.type.componentCount }
        case let .array(element, n): element.componentCount * n
        default: 1
        }
    }

    /// Each scalar component with its byte offset, in order.
    var components: [(type: CType, offset: Int)] {
        switch self {
        case let .vector(element, n): (0..<n).map { (element, $0 * element.size) }
        case let .structure(s): s.fields.flatMap { field in field.type.components.map { ($0.type, field.offset + $0.offset) } }
        case let .array(element, n): (0..<n).flatMap { i in element.components.map { ($0.type, i * element.size + $0.offset) } }
        case .void: []
        default: [(self, 0)]
        }
    }

    var description: String {
        switch self {
        case .void: "void"
        case .bool: "bool"
        case let .integer(bits, signed):
            (signed ? "" : "u") + ["8": "char", "16": "short", "32": "int", "64": "long"]["\(bits)"]!
        case .float: "float"
        case .double: "double"
        case let .vector(element, n): "\(element)\(n)"
        case let .pointer(pointee, space): "\(space) \(pointee)*"
        case let .array(element, n): "\(element)[\(n)]"
        case let .structure(s): "struct \(s.name)"
        }
    }

    static func named(_ name: String) -> CType? {
        let scalars: [String: CType] = [
            "void": .void, "bool": .bool, "char": .integer(bits: 8, signed: true), "uchar": .integer(bits: 8, signed: false),
            "short": .integer(bits: 16, signed: true), "ushort": .integer(bits: 16, signed: false), "int": .int, "uint": .uint,
            "long": .long, "ulong": .ulong, "float": .float, "double": .double, "size_t": .sizeT, "ptrdiff_t": .long, "intptr_t": .long,
            "uintptr_t": .ulong
        ]
        if let scalar = scalars[name] { return scalar }
        for n in [2, 3, 4, 8, 16] where name.hasSuffix("\(n)") {
            let base = String(name.dropLast(n >= 10 ? 2 : 1))
            if let element = scalars[base], element != .void, element != .bool, base != "size_t" { return .vector(element, n) }
        }
        return nil
    }
}
