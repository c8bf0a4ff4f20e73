extension CodeGen {
    /// What an assignment, `++` or `--` writes: a place, or a vector's component chosen at run
    /// time (`v[i] = x`), which is no place of its own.
    enum AssignmentTarget {
        case place(Place)
        /// Component `index` (a `uint` register) of the vector at `vector`.
        case component(of: Place, index: Reg)

        var type: CType {
            switch self {
            case let .place(place): place.type
            case let .component(vector, _): vector.type.scalar
            }
        }
    }

    func assignmentTarget(_ target: Expr) throws(CompileError) -> AssignmentTarget {
        try checkAssignable(target)
        if case let .index(baseExpr, indexExpr) = target.kind, ConstantFolder.integer(indexExpr) == nil, try typeOf(baseExpr).isVector {
            if case let .member(swizzled, _, arrow: false) = baseExpr.kind, try typeOf(swizzled).isVector {
                // Clang (and so PoCL and the GPU drivers built on it) loses such a write unless
                // the index is 0; refused rather than computed differently from them.
                throw error("a component of a swizzle chosen at run time cannot be assigned; index the vector itself", indexExpr.location)
            }
            let vector = try lvalue(baseExpr)
            let index = try rvalue(indexExpr)
            guard index.type.isInteger else { throw error("vector subscript is not an integer (\(index.type))", indexExpr.location) }
            return .component(of: vector, index: try convert(index, to: .uint, location: indexExpr.location, explicit: true).regs[0])
        }
        return .place(try lvalue(target))
    }

    func load(_ target: AssignmentTarget, _ location: SourceLocation) throws(CompileError) -> Value {
        switch target {
        case let .place(place): return try load(place)
        case let .component(vector, index): return try dynamicComponent(try load(vector), index: Value(type: .uint, regs: [index]), location: location)
        }
    }

    /// Stores `value` (already of the target's type). A component chosen at run time is written
    /// alone: in registers, each component selects the new value where the index matches; in
    /// memory, one scalar store at the matching component's address, so work-items writing other
    /// components of the same vector keep theirs. An index past the last component (undefined in
    /// OpenCL C) changes nothing: registers keep their values, memory gets component 0's own.
    func store(_ value: Value, to target: AssignmentTarget, location: SourceLocation) throws(CompileError) {
        guard case let .component(vector, index) = target else {
            if case let .place(place) = target { try store(value, to: place, location: location) }
            return
        }
        let scalar = vector.type.scalar
        let x = try convert(value, to: scalar, location: location).regs[0]
        let matches = (0..<vector.type.lanes).map { lane in
            let match = newReg(wide: false)
            emit(.eq32, match.index, index.index, constant32(UInt32(lane)).index)
            return match
        }
        let offsets: [Int], base: Reg, space: AddressSpace
        switch vector {
        case let .registers(_, regs):
            let updated = zip(regs, matches).map { old, match in select(match, x, old, wide: old.wide) }
            try store(Value(type: vector.type, regs: updated), to: vector, location: location)
            return
        case let .memory(pointer, offset, type, memorySpace):
            (base, space, offsets) = (pointer, memorySpace, type.components.map { offset + $0.offset })
        case let .memoryComponents(pointer, componentOffsets, _, memorySpace):
            (base, space, offsets) = (pointer, memorySpace, componentOffsets)
        }
        try checkWritable(space, location)
        let first = try load(.memory(base: base, offset: offsets[0], type: scalar, space: space)).regs[0]
        var chosen = constant64(UInt64(offsets[0])), stored = first
        for (lane, match) in matches.enumerated() {
            chosen = select(match, constant64(UInt64(offsets[lane])), chosen, wide: true)
            stored = select(match, x, stored, wide: x.wide)
        }
        let address = newReg(wide: true)
        emit(.add64, address.index, base.index, chosen.index)
        storeScalar(scalar, stored, base: address, offset: 0)
    }

    /// `v[i]` for an index known only at run time: a chain of selects over the components (an
    /// index out of range reads component 0; OpenCL leaves it undefined).
    func dynamicComponent(_ vector: Value, index: Value, location: SourceLocation) throws(CompileError) -> Value {
        guard index.type.isInteger else { throw error("vector subscript is not an integer (\(index.type))", location) }
        let i = try convert(index, to: .uint, location: location, explicit: true)
        var result = vector.regs[0]
        for lane in 1..<vector.regs.count {
            let matches = newReg(wide: false)
            emit(.eq32, matches.index, i.regs[0].index, constant32(UInt32(lane)).index)
            result = select(matches, vector.regs[lane], result, wide: result.wide)
        }
        return Value(type: vector.type.scalar, regs: [result])
    }

}
