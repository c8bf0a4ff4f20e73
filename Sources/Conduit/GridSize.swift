/// A dispatch's extent in work-items, a work-group's size or a range's offset: one to three
/// dimensions. An array literal makes one (`[1024, 768]`). Corresponds to `MTLSize`, CUDA's
/// `dim3` and the `size_t[work_dim]` arrays of `clEnqueueNDRangeKernel`.
public struct GridSize: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The size in each dimension, in order (x, y, z): one to three of them.
    public let dimensions: [Int]

    /// A size of one, two or three dimensions.
    public init(_ width: Int, _ height: Int? = nil, _ depth: Int? = nil) {
        dimensions = [width] + [height, depth].compactMap { $0 }
    }

    /// A size from an array literal: `[n]`, `[n, m]` or `[n, m, k]`. Dispatching checks the count.
    public init(arrayLiteral elements: Int...) { dimensions = elements }

    /// A size from an array, as an array literal would make it.
    public init(_ dimensions: [Int]) { self.dimensions = dimensions }

    /// The extent in x, y and z (1 in the dimensions left out).
    public var width: Int { dimensions.count > 0 ? dimensions[0] : 1 }
    public var height: Int { dimensions.count > 1 ? dimensions[1] : 1 }
    public var depth: Int { dimensions.count > 2 ? dimensions[2] : 1 }

    public var description: String { dimensions.map(String.init).joined(separator: "×") }
}
