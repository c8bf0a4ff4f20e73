/// What an argument is, for checking it against a kernel's parameter.
public enum ArgumentShape: Sendable, Hashable {
    case buffer
    case value(size: Int)
    case local(size: Int)

    var name: String {
        switch self {
        case .buffer: "a buffer"
        case let .value(size): "a \(size)-byte value"
        case let .local(size): "\(size) bytes of local memory"
        }
    }
}

/// Why a dispatch cannot run as given. Shared by the runtime (early errors) and the host.
public enum DispatchViolation: Error, Hashable, Sendable, CustomStringConvertible {
    case argumentCount(kernel: String, expected: Int, given: Int)
    case argumentMismatch(kernel: String, index: Int, parameter: String, expected: String, given: String)
    case emptyLocalArgument(kernel: String, index: Int, parameter: String)
    case dimensions(Int)
    case zeroGlobalSize(axis: Int)
    case localSizeDoesNotDivide(axis: Int, global: Int, local: Int)
    case workGroupTooLarge(size: Int, limit: Int)
    case workGroupAxisTooLarge(axis: Int, size: Int, limit: Int)
    case requiredWorkGroupSize(kernel: String, required: [Int], given: [Int])
    case localMemoryTooLarge(bytes: Int, limit: Int)
    case rangeTooLarge(items: Int)

    public var description: String {
        switch self {
        case let .argumentCount(kernel, expected, given):
            "kernel '\(kernel)' takes \(expected) argument\(expected == 1 ? "" : "s"), \(given) given"
        case let .argumentMismatch(kernel, index, parameter, expected, given):
            "argument \(index) ('\(parameter)') of kernel '\(kernel)' must be \(expected), got \(given)"
        case let .emptyLocalArgument(kernel, index, parameter):
            "argument \(index) ('\(parameter)') of kernel '\(kernel)' needs a local memory size above 0"
        case let .dimensions(count):
            "a dispatch has 1 to 3 dimensions, got \(count)"
        case let .zeroGlobalSize(axis):
            "global size in dimension \(axis) must be at least 1"
        case let .localSizeDoesNotDivide(axis, global, local):
            "local size \(local) does not divide global size \(global) in dimension \(axis)"
        case let .workGroupTooLarge(size, limit):
            "work-group of \(size) items exceeds the adapter's limit \(limit)"
        case let .workGroupAxisTooLarge(axis, size, limit):
            "local size \(size) in dimension \(axis) exceeds the adapter's limit \(limit)"
        case let .requiredWorkGroupSize(kernel, required, given):
            "kernel '\(kernel)' requires work-groups of \(required) (reqd_work_group_size), got \(given)"
        case let .localMemoryTooLarge(bytes, limit):
            "the dispatch needs \(bytes) bytes of local memory; the adapter has \(limit)"
        case let .rangeTooLarge(items):
            "a range of \(items) work-items is too large"
        }
    }
}

public enum DispatchRules {
    public struct Limits: Sendable, Hashable {
        public var maxWorkGroupSize: Int
        public var maxWorkGroupSizes: [Int]
        public var maxLocalMemory: Int

        public init(maxWorkGroupSize: Int, maxWorkGroupSizes: [Int], maxLocalMemory: Int) {
            self.maxWorkGroupSize = maxWorkGroupSize
            self.maxWorkGroupSizes = maxWorkGroupSizes
            self.maxLocalMemory = maxLocalMemory
        }
    }

    /// Checks arguments against parameters and the range against the limits (OpenCL 1.2 rules:
    /// local sizes divide global sizes). Returns the local size, chosen when `local` is nil.
    public static func check(kernel: KernelCode, global: [Int], local: [Int]?, arguments: [ArgumentShape], limits: Limits)
        throws(DispatchViolation) -> [Int]
    {
        guard arguments.count == kernel.parameters.count else {
            throw .argumentCount(kernel: kernel.name, expected: kernel.parameters.count, given: arguments.count)
        }
        var localBytes = kernel.staticLocalBytes
        for (index, argument) in arguments.enumerated() {
            try checkArgument(argument, at: index, of: kernel, localBytes: &localBytes)
        }
        let chosen = try checkRange(
            kernel: kernel, global: SIMD3(padding: global, with: 1), dimensions: global.count,
            local: local.map { SIMD3(padding: $0, with: 1) }, localDimensions: local?.count,
            localBytes: localBytes, limits: limits)
        return [chosen.x, chosen.y, chosen.z]
    }

    /// Checks argument `index` against the kernel's parameter there, adding a `__local` argument's
    /// size (aligned as the argument block places it) to `localBytes`.
    /// - Precondition: `index` is a parameter's index (the caller checked the count).
    public static func checkArgument(_ argument: ArgumentShape, at index: Int, of kernel: KernelCode, localBytes: inout Int)
        throws(DispatchViolation)
    {
        // Read field by field: copying the parameter would retain its two strings, on every
        // argument of every dispatch.
        let kind = kernel.parameters[index].kind, size = kernel.parameters[index].size
        switch (kind, argument) {
        case (.buffer, .buffer):
            return
        case let (.value, .value(given)) where given == size:
            return
        case let (.local, .local(given)) where given > 0:
            let alignment = ArgumentBlock.localAlignment
            localBytes = (localBytes + alignment - 1) / alignment * alignment + given
            return
        default:
            break
        }
        let parameter = kernel.parameters[index]
        func mismatch(_ expected: String) -> DispatchViolation {
            .argumentMismatch(kernel: kernel.name, index: index, parameter: parameter.name, expected: expected, given: argument.name)
        }
        switch (parameter.kind, argument) {
        case (.local, .local): throw .emptyLocalArgument(kernel: kernel.name, index: index, parameter: parameter.name)
        case (.buffer, _): throw mismatch("a buffer (\(parameter.typeName))")
        case (.value, _): throw mismatch("a \(parameter.size)-byte \(parameter.typeName)")
        case (.local, _): throw mismatch("a local memory size (\(parameter.typeName))")
        }
    }

    /// Checks a range of `dimensions` dimensions (sizes past them 1) and the local memory its
    /// arguments need against the limits. Returns the local size, chosen when `local` is nil.
    /// - Parameter localDimensions: how many local sizes were given, when that differs from
    ///   `dimensions` the range is refused; nil when `local` came with the range's own count.
    public static func checkRange(
        kernel: KernelCode, global g: SIMD3<Int>, dimensions: Int, local: SIMD3<Int>?, localDimensions: Int? = nil,
        localBytes: Int, limits: Limits
    ) throws(DispatchViolation) -> SIMD3<Int> {
        guard localBytes <= limits.maxLocalMemory else { throw .localMemoryTooLarge(bytes: localBytes, limit: limits.maxLocalMemory) }
        guard (1...3).contains(dimensions), localDimensions.map({ $0 == dimensions }) ?? true else { throw .dimensions(dimensions) }
        for axis in 0..<3 where g[axis] < 1 { throw .zeroGlobalSize(axis: axis) }
        let (items, overflow) = g.x.multipliedReportingOverflow(by: g.y)
        guard !overflow, items.multipliedReportingOverflow(by: g.z).overflow == false, items * g.z <= 1 << 40 else {
            throw .rangeTooLarge(items: Int.max)
        }
        var l: SIMD3<Int>
        if let local {
            l = local
        } else if let required = kernel.requiredWorkGroupSize, required.count == 3 {
            l = SIMD3(required[0], required[1], required[2])
        } else {
            let caps: SIMD3<Int> = dimensions == 1 ? [256, 1, 1] : dimensions == 2 ? [16, 16, 1] : [8, 8, 4]
            l = .zero
            for axis in 0..<3 {
                var size = min(caps[axis], limits.maxWorkGroupSizes[axis], g[axis])
                while g[axis] % size != 0 { size -= 1 }
                l[axis] = size
            }
        }
        for axis in 0..<3 {
            guard l[axis] >= 1 else { throw .localSizeDoesNotDivide(axis: axis, global: g[axis], local: l[axis]) }
            guard l[axis] <= limits.maxWorkGroupSizes[axis] else {
                throw .workGroupAxisTooLarge(axis: axis, size: l[axis], limit: limits.maxWorkGroupSizes[axis])
            }
            guard g[axis] % l[axis] == 0 else { throw .localSizeDoesNotDivide(axis: axis, global: g[axis], local: l[axis]) }
        }
        let groupSize = l.x * l.y * l.z
        guard groupSize <= limits.maxWorkGroupSize else { throw .workGroupTooLarge(size: groupSize, limit: limits.maxWorkGroupSize) }
        if let required = kernel.requiredWorkGroupSize, required != [l.x, l.y, l.z] {
            throw .requiredWorkGroupSize(kernel: kernel.name, required: required, given: [l.x, l.y, l.z])
        }
        return l
    }
}

extension SIMD3 where Scalar == Int {
    /// The first three of `values` (a range's sizes or offsets), `fill` in the dimensions they
    /// leave out.
    package init(padding values: [Int], with fill: Int) {
        self.init(
            values.count > 0 ? values[0] : fill, values.count > 1 ? values[1] : fill, values.count > 2 ? values[2] : fill)
    }
}
