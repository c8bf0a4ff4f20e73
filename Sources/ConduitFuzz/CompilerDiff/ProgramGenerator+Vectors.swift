extension ProgramGenerator {
    private var vectors: [Variable] { visible.filter { $0.lanes != nil } }

    private func vectorName(_ v: Variable) -> String { "\(v.type.name)\(v.lanes!)" }

    mutating func vectorDeclaration() {
        let type = random.pick(IntType.all), lanes = random.pick([2, 3, 4, 8, 16])
        let name = freshName("vec")
        let spelled = "\(type.name)\(lanes)"
        let initializer: String
        switch random.below(3) {
        case 0 where type == .uint && lanes == 4:
            initializer = "vload4(0, in + (gid & 15u) * 4u)"
        case 1:
            initializer = "(\(spelled))((\(type.name))(\(expression(depth: 3).text)))"
        default:
            let items = (0..<lanes).map { _ in "(\(type.name))(\(expression(depth: 2).text))" }
            initializer = "(\(spelled))(\(items.joined(separator: ", ")))"
        }
        line("\(spelled) \(name) = \(initializer);")
        scopes[scopes.count - 1].append(Variable(name: name, type: type, lanes: lanes))
    }

    mutating func vectorStatement() {
        guard let v = vectors.randomElement(using: &random) else { return vectorDeclaration() }
        let spelled = vectorName(v), t = v.type, lanes = v.lanes!
        let peers = vectors.filter { $0.type == t && $0.lanes == lanes }
        let w = random.pick(peers).name
        let sameLanes = vectors.filter { $0.lanes == lanes }
        switch random.below(10) {
        case 0:
            let ops = t.signed ? ["&", "|", "^"] : ["+", "-", "*", "&", "|", "^"]
            line("\(v.name) = \(v.name) \(random.pick(ops)) \(w);")
        case 1:
            let ops = t.signed ? ["&", "|", "^"] : ["+", "-", "*", "&", "|", "^"]
            line("\(v.name) = \(v.name) \(random.pick(ops)) (\(t.name))(\(expression(depth: 3).text));")
        case 2 where random.chance(40):
            // A component chosen at run time (always in range), assigned or combined.
            let ops = t.signed ? ["=", "&=", "|=", "^="] : ["=", "+=", "-=", "*=", "&=", "|=", "^="]
            let index = "(uint)(\(expression(depth: 2).text)) % \(lanes)u"
            line("\(v.name)[\(index)] \(random.pick(ops)) (\(t.name))(\(expression(depth: 3).text));")
        case 2:
            let lane = random.below(lanes)
            line("\(v.name).s\(String(lane, radix: 16)) = (\(t.name))(\(expression(depth: 3).text));")
        case 3 where lanes >= 4:
            line("\(v.name).\(random.pick(["lo", "hi", "even", "odd"])) = \(w).\(random.pick(["lo", "hi", "even", "odd"]));")
        case 4:
            let comparison = "\(v.name) \(random.pick(["<", ">", "==", "!=", "<=", ">="])) \(w)"
            line(random.chance(50) ? "\(v.name) = select(\(v.name), \(w), \(comparison));" : "\(v.name) = (\(comparison)) ? \(w) : \(v.name);")
        case 5:
            let source = random.pick(sameLanes)
            let saturate = random.chance(25) ? "_sat" : ""
            line("\(v.name) = convert_\(spelled)\(saturate)(\(source.name));")
        case 6:
            let function = random.pick(["min", "max"])
            line("\(v.name) = \(function)(\(v.name), \(w));")
        case 7:
            let op = t.signed ? ">>" : random.pick(["<<", ">>"])
            // OpenCL C masks a vector's shift count to its element's width (§6.3 j): no mask needed.
            let count = random.chance(50) ? "(\(expression(depth: 2).text)) & \(t.bits - 1)" : expression(depth: 2).text
            line("\(v.name) = \(v.name) \(op) (\(t.name))(\(count));")
        case 8 where lanes != 3:
            // shuffle/shuffle2 from vectors of the same element type and any size but 3, with a
            // mask computed at run time whose high bits must be ignored.
            let sources = vectors.filter { $0.type == t && $0.lanes != 3 }
            let x = random.pick(sources), pair = sources.filter { $0.lanes == x.lanes }
            let maskType = "\(t.unsignedVariant.name)\(lanes)"
            let spread = (0..<lanes).map { _ in "\(random.below(256))" }.joined(separator: ", ")
            let mask = "(\(maskType))(\(expression(depth: 2).text)) ^ (\(maskType))(\(spread))"
            line(
                random.chance(50)
                    ? "\(v.name) = shuffle(\(x.name), \(mask));"
                    : "\(v.name) = shuffle2(\(x.name), \(random.pick(pair).name), \(mask));")
        default:
            line("\(v.name) = as_\(spelled)(abs(\(v.name)));")
        }
    }
}

/// The generator draws from the fuzzer's seeded source (SplitMix64), with a few helpers of its own.
extension Mutator {
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Values near the edges of every integer width, small values and random ones.
    mutating func interestingInteger() -> UInt64 {
        switch below(6) {
        case 0: return UInt64(below(17))
        case 1:
            let edge: UInt64 = pick([
                0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF,
                0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF
            ])
            return edge &+ UInt64(bitPattern: Int64(below(3) - 1))
        case 2: return next() & 0xFFFF
        case 3: return next() & 0xFFFF_FFFF
        case 4: return UInt64(below(1000))
        default: return next()
        }
    }
}
