import Foundation

/// Small numerical helpers shared by the fits and the bootstrap.
@usableFromInline
enum Statistics {
    @usableFromInline
    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    /// The q-quantile (0 ≤ q ≤ 1) of already sorted values, interpolating linearly between order
    /// statistics: Hyndman & Fan's (1996) type 7, the default of R and NumPy, so that numbers
    /// here can be checked against either.
    static func quantile(sorted values: [Double], _ q: Double) -> Double {
        precondition(!values.isEmpty, "quantile of no values")
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        return values[lower] + fraction * (values[upper] - values[lower])
    }

    /// Huber's loss: quadratic within ±delta, linear outside, so that a few bad points (a seed
    /// that barely trained) pull a fit less than under least squares (Huber 1964).
    @inline(__always)
    static func huber(_ r: Double, delta: Double) -> Double {
        let a = abs(r)
        return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta)
    }

    /// log(e^a + e^b + e^c) without overflow.
    @inline(__always)
    static func logSumExp(_ a: Double, _ b: Double, _ c: Double) -> Double {
        let m = max(a, b, c)
        return m + log(exp(a - m) + exp(b - m) + exp(c - m))
    }
}
