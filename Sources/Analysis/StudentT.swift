import Foundation

/// Quantiles of Student's t distribution with a whole number of degrees of freedom, for the
/// intervals of `LogResidualIntervals`.
package enum StudentT {
    /// P(|T| ≤ t) for T with ν degrees of freedom, by the finite series of Abramowitz & Stegun
    /// (1964), 26.7.3 (ν odd) and 26.7.4 (ν even), in θ = atan(t/√ν): exact for whole ν.
    static func centralProbability(_ t: Double, df: Int) -> Double {
        precondition(df >= 1, "t needs at least one degree of freedom")
        let theta = atan(abs(t) / Double(df).squareRoot())
        let c2 = cos(theta) * cos(theta)
        if df % 2 == 1 {
            guard df > 1 else { return 2 / .pi * theta }
            // cos θ · (1 + (2/3)cos²θ + (2·4)/(3·5)cos⁴θ + … up to cos^(ν−2)θ)
            var term = cos(theta), sum = term
            var k = 2
            while k <= df - 2 {
                term *= Double(k) / Double(k + 1) * c2
                sum += term
                k += 2
            }
            return 2 / .pi * (theta + sin(theta) * sum)
        }
        // sin θ · (1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … up to cos^(ν−2)θ)
        var term = 1.0, sum = 1.0
        var k = 1
        while k <= df - 3 {
            term *= Double(k) / Double(k + 1) * c2
            sum += term
            k += 2
        }
        return sin(theta) * sum
    }

    /// The t with P(|T| ≤ t) = `level`: the multiplier of a two-sided interval (4.30 for 95%
    /// with two degrees of freedom, 1.96 as ν grows). Bisection on the exact probability.
    package static func twoSidedQuantile(_ level: Double, df: Int) -> Double {
        precondition(level > 0 && level < 1, "level must lie strictly between 0 and 1")
        var low = 0.0, high = 1.0
        while centralProbability(high, df: df) < level { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if centralProbability(middle, df: df) < level { low = middle } else { high = middle }
            if high - low <= 1e-13 * high { break }
        }
        return (low + high) / 2
    }
}
