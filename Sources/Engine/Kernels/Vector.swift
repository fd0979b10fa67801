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

    /// √x for x ≥ 0, lane by lane, with packed arithmetic only: a bit-level estimate of 1/√x and
    /// three Newton steps (relative error below 2e-7, about 2 ulp; exact 0 for 0).
    /// `SIMD16.squareRoot()` compiles to sixteen scalar sqrtss with shuffles here, which made
    /// Adam's step a tenth of a training step.
    @inline(__always)
    static func squareRoot(_ x: V) -> V {
        let bits = unsafeBitCast(x, to: SIMD16<UInt32>.self)
        var r = unsafeBitCast(SIMD16<UInt32>(repeating: 0x5F37_5A86) &- (bits &>> 1), to: V.self)
        let half = 0.5 * x
        r = r * (1.5 - half * r * r)
        r = r * (1.5 - half * r * r)
        r = r * (1.5 - half * r * r)
        return x * r
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
