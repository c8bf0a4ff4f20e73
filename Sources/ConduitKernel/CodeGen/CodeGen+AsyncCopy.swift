/// OpenCL C's asynchronous work-group copies, done synchronously: every work-item of the group
/// copies its share of the elements (the group's local ids in turn), and `wait_group_events` is a
/// barrier, after which every element is in place. The returned `event_t` is 0; `prefetch` is a
/// hint, evaluated and dropped. OpenCL C 1.2 §6.12.10.
extension CodeGen {
    func asyncBuiltin(_ name: String, _ args: [Expr], _ location: SourceLocation) throws(CompileError) -> Value? {
        switch name {
        case "async_work_group_copy", "async_work_group_strided_copy":
            let strided = name == "async_work_group_strided_copy"
            guard args.count == (strided ? 5 : 4) else {
                throw error("\(name) takes \(strided ? 5 : 4) arguments, \(args.count) given", location)
            }
            // The arguments are repeated in the copy loop: they must not change anything.
            for argument in args.prefix(strided ? 4 : 3) where Self.hasSideEffects(argument) {
                throw error("\(name): arguments with side effects are not supported", argument.location)
            }
            let (destination, source, count) = (args[0], args[1], args[2])
            // The stride applies to the global side: the source when copying into local memory.
            let destinationIsLocal = try pointerSpace(of: destination, location) == .local
            try copyLoop(
                destination, source, count, stride: strided ? args[3] : nil, strideOnSource: destinationIsLocal, location)
            _ = try rvalue(args[strided ? 4 : 3])
            return try rvalue(Expr(.integer(0, .uint), location))
        case "wait_group_events":
            guard args.count == 2 else { throw error("wait_group_events takes 2 arguments, \(args.count) given", location) }
            _ = try rvalue(args[0])
            _ = try rvalue(args[1])
            emit(.barrier)
            return Value(type: .void, regs: [])
        case "prefetch":
            guard args.count == 2 else { throw error("prefetch takes 2 arguments, \(args.count) given", location) }
            _ = try rvalue(args[0])
            _ = try rvalue(args[1])
            return Value(type: .void, regs: [])
        default:
            return nil
        }
    }

    /// `for (size_t i = local linear id; i < count; i += work-group size) destination[i·ds] = source[i·ss];`
    private func copyLoop(
        _ destination: Expr, _ source: Expr, _ count: Expr, stride: Expr?, strideOnSource: Bool, _ location: SourceLocation
    ) throws(CompileError) {
        func call(_ name: String, _ dimension: UInt64) -> Expr { Expr(.call(name, [Expr(.integer(dimension, .int), location)]), location) }
        func binary(_ op: String, _ a: Expr, _ b: Expr) -> Expr { Expr(.binary(op, a, b), location) }
        let index = "__conduit_async_\(location.line)_\(location.column)_\(instructions.count)"
        let i = Expr(.identifier(index), location)
        let linearID = binary(
            "+", binary("*", binary("+", binary("*", call("get_local_id", 2), call("get_local_size", 1)), call("get_local_id", 1)), call("get_local_size", 0)),
            call("get_local_id", 0))
        let groupSize = binary("*", binary("*", call("get_local_size", 0), call("get_local_size", 1)), call("get_local_size", 2))
        let sourceIndex = stride.map { strideOnSource ? binary("*", i, Expr(.cast(.sizeT, $0), location)) : i } ?? i
        let destinationIndex = stride.map { strideOnSource ? i : binary("*", i, Expr(.cast(.sizeT, $0), location)) } ?? i
        let loop = Stmt.forLoop(
            initial: .declaration([VariableDeclaration(name: index, type: .sizeT, space: .private, initializer: linearID, location: location)]),
            condition: binary("<", i, Expr(.cast(.sizeT, count), location)),
            step: Expr(.assign("+=", i, groupSize), location),
            body: .expression(Expr(.assign("=", Expr(.index(destination, destinationIndex), location), Expr(.index(source, sourceIndex), location)), location)))
        try statement(.compound([loop]))
    }

    /// The address space a pointer expression points into.
    private func pointerSpace(of expr: Expr, _ location: SourceLocation) throws(CompileError) -> AddressSpace? {
        if case let .pointer(_, space) = try typeOf(expr) { return space }
        throw error("expected a pointer", location)
    }

    /// Whether evaluating `expr` could change state: assignments, ++/--, calls of anything but
    /// the pure builtins (work-item functions, math).
    static func hasSideEffects(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .assign, .postfix: return true
        case let .call(name, arguments): return !pureBuiltins.contains(name) || arguments.contains(where: hasSideEffects)
        case let .unary(op, operand): return op == "++" || op == "--" || hasSideEffects(operand)
        case let .binary(_, a, b), let .comma(a, b), let .index(a, b): return hasSideEffects(a) || hasSideEffects(b)
        case let .conditional(a, b, c): return hasSideEffects(a) || hasSideEffects(b) || hasSideEffects(c)
        case let .member(base, _, _), let .cast(_, base), let .sizeofExpr(base): return hasSideEffects(base)
        case let .vectorLiteral(_, items), let .initializerList(items): return items.contains(where: hasSideEffects)
        case .integer, .floating, .identifier, .sizeofType: return false
        }
    }
}
