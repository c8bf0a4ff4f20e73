import ConduitKernel

/// A dispatch's extent in work-items, a work-group's size or a range's offset: one to three
/// dimensions. An array literal makes one (`[1024, 768]`). Corresponds to `MTLSize`, CUDA's
/// `dim3` and the `size_t[work_dim]` arrays of `clEnqueueNDRangeKernel`.
public struct GridSize: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The first three sizes, 1 past `count` (a dispatch records them without an array).
    let extent: SIMD3<Int>
    /// How many dimensions were given; dispatching checks it is one to three.
    let count: Int
    /// Sizes past the third, kept so that `dimensions` gives back what was given.
    private let rest: [Int]

    /// The size in each dimension, in order (x, y, z): one to three of them.
    public var dimensions: [Int] { Array([extent.x, extent.y, extent.z].prefix(count)) + rest }

    /// A size of one, two or three dimensions.
    public init(_ width: Int, _ height: Int? = nil, _ depth: Int? = nil) {
        self.init([width] + [height, depth].compactMap { $0 })
    }

    /// A size from an array literal: `[n]`, `[n, m]` or `[n, m, k]`. Dispatching checks the count.
    public init(arrayLiteral elements: Int...) { self.init(elements) }

    /// A size from an array, as an array literal would make it.
    public init(_ dimensions: [Int]) {
        count = dimensions.count
        extent = SIMD3(padding: dimensions, with: 1)
        rest = Array(dimensions.dropFirst(3))
    }

    /// The extent in x, y and z (1 in the dimensions left out).
    public var width: Int { extent.x }
    public var height: Int { extent.y }
    public var depth: Int { extent.z }

    /// As an offset: the given values, 0 in the dimensions left out.
    var offset: SIMD3<Int> { SIMD3(count > 0 ? extent.x : 0, count > 1 ? extent.y : 0, count > 2 ? extent.z : 0) }

    public var description: String { dimensions.map(String.init).joined(separator: "×") }
}
