/// `goto`, lowered to the structured bytecode without a relooper, for the gotos C programs
/// write: out of nested statements forward to a label later in an enclosing block, and back to
/// a label earlier in one (a loop written by hand, `retry:`).
///
/// In a block whose statements hold labels, a label `L` gets up to two regions of that block's
/// statements: the statements from the first one holding a forward `goto L` up to `L` become a
/// `block` that the goto leaves (`break N`), so control goes on at `L`; the statements from `L`
/// to the last one holding a backward `goto L` become `loop { block { … break 1 } }`, where the
/// goto leaves the inner block and the loop takes it back to `L`, and falling off the end leaves
/// the loop. Regions must nest; gotos whose regions cross, and gotos into a block (where the
/// label is not in a block that encloses the goto), are refused with a diagnostic, since they
/// would need irreducible control flow, which the verifier's uniformity proofs do not cover.
extension CodeGen {
    enum BlockItem {
        case label(String)
        case statement(Stmt)
    }

    private struct Region {
        var range: Range<Int>
        var label: String
        var backward: Bool
    }

    /// A block's statements, in the block's scope.
    func block(_ items: [Stmt]) throws(CompileError) {
        let flat = Self.flatten(items)
        var regions: [Region] = []
        for (position, item) in flat.enumerated() {
            guard case let .label(name) = item else { continue }
            let jumps = flat.indices.filter { index in
                if case let .statement(s) = flat[index] { s.jumps(to: name) } else { false }
            }
            if let first = jumps.first, first < position { regions.append(Region(range: first..<position, label: name, backward: false)) }
            if let last = jumps.last, last > position { regions.append(Region(range: position..<(last + 1), label: name, backward: true)) }
        }
        for a in regions {
            for b in regions where a.range.overlaps(b.range) && !a.range.contains(b.range) && !b.range.contains(a.range) {
                throw error("the gotos to '\(a.label)' and to '\(b.label)' cross; Conduit supports gotos whose jumps nest", location(of: flat, a))
            }
        }
        try emit(flat, flat.indices, regions)
    }

    private static func flatten(_ items: [Stmt]) -> [BlockItem] {
        items.flatMap { item -> [BlockItem] in
            guard case let .labeled(name, statement, _) = item else { return [.statement(item)] }
            return [.label(name)] + flatten([statement])
        }
    }

    private func location(of flat: [BlockItem], _ region: Region) -> SourceLocation {
        for index in region.range {
            guard case let .statement(s) = flat[index] else { continue }
            var found: SourceLocation?
            s.forEachStatement { if case let .gotoStatement(target, location) = $0, target == region.label, found == nil { found = location } }
            if let found { return found }
        }
        return SourceLocation(file: 0, line: 0, column: 0)
    }

    private func emit(_ flat: [BlockItem], _ range: Range<Int>, _ regions: [Region]) throws(CompileError) {
        var index = range.lowerBound
        while index < range.upperBound {
            // The outermost region that starts here (regions nest, so the longest).
            let starting = regions.filter { $0.range.lowerBound == index }
            guard let region = starting.max(by: { $0.range.count < $1.range.count }) else {
                if case let .statement(s) = flat[index] {
                    if case let .caseLabel(_, location) = s { throw error("'case' outside a switch", location) }
                    if case let .defaultLabel(location) = s { throw error("'default' outside a switch", location) }
                    try statement(s)
                }
                index += 1
                continue
            }
            let inner = regions.filter { $0.range != region.range && region.range.contains($0.range) }
            if region.backward {
                emit(.loop)
                constructs.append(.gotoLoop)
            }
            emit(.block)
            constructs.append(.gotoTarget(region.label))
            try emit(flat, region.range, inner)
            constructs.removeLast()
            if region.backward {
                emit(.breakOut, 1)  // fell off the end: leave the loop
                emit(.end)
                constructs.removeLast()
            }
            emit(.end)
            index = region.range.upperBound
        }
    }
}
