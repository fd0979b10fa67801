/// Element-wise kernels on raw Float buffers: SIMD16 body, scalar tail.
enum Vector {
    typealias V = SIMD16<Float>

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> V {
        UnsafeRawPointer(p).loadUnaligned(as: V.self)
    }

    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
    }

    /// y[i] = 0
    @inline(__always)
    static func zero(_ y: UnsafeMutablePointer<Float>, _ n: Int) {
        y.update(repeating: 0, count: n)
    }

    /// y[i] += x[i]
    @inline(__always)
    static func add(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, _ n: Int) {
        var i = 0
        while i + 16 <= n {
            store(load(y + i) + load(x + i), y + i)
            i += 16
        }
        while i < n { y[i] += x[i]; i += 1 }
    }

    /// y[i] = x[i]
    @inline(__always)
    static func copy(_ x: UnsafePointer<Float>, to y: UnsafeMutablePointer<Float>, _ n: Int) {
        y.update(from: x, count: n)
    }

    /// Column sums of a [rows × columns] matrix added into out[columns] (bias gradients).
    @inline(__always)
    static func addColumnSums(
        _ x: UnsafePointer<Float>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Float>
    ) {
        for r in 0..<rows { add(x + r * columns, into: out, columns) }
    }

    /// Sum of x[i] in Double (for losses and statistics where order must not lose precision).
    static func sum(_ x: UnsafePointer<Float>, _ n: Int) -> Double {
        var s = 0.0
        for i in 0..<n { s += Double(x[i]) }
        return s
    }
}
