import Foundation

/// Intervals on a law's parameters that stay honest with three seeds: Student-t intervals from
/// the law's residuals on log scale, with the covariance s²(JᵀJ)⁻¹ of the linearised least
/// squares problem and t with n − p degrees of freedom (Seber & Wild 1989, "Nonlinear
/// Regression", §5.1 and §2.1.2).
///
/// The n residuals are taken at the law's distinct points (each x; each (N, D) cell), against the
/// mean of ln y over the seeds there, not at every seed's point: points of one x share whatever
/// that x does to every seed (its sweep's data, its learning rate), so counting each seed as its
/// own residual would claim more freedom than the data have. A seed bootstrap cannot be honest
/// here: three seeds give ten distinct resamples, and its nominal 95% intervals covered a
/// synthetic law's exponent in about 70% of studies (the calibration test in AnalysisTests
/// measures both).
///
/// Scale parameters (A, B; E of `ChinchillaLaw`) get their interval on ln scale, so it stays
/// positive; the others on their own scale.
enum LogResidualIntervals {
    struct Estimate {
        var intervals: [String: ConfidenceInterval]
        var method: IntervalMethod
    }

    /// Intervals for the parameters of `law`, from the mean ln y at each point, `observed`, and
    /// the law's ln predictions there. Nil with no residual
    /// degree of freedom or a Jacobian without full rank (a parameter the points cannot tell).
    static func of<Law: ScalingLaw>(_ law: Law, observed: [Double], level: Double,
                                    logPredictions: (Law) -> [Double]) -> Estimate? {
        let names = law.parameterNames
        let all = names.map { law.parameters[$0]! }
        let free = Array(names.indices)
        let logScale = free.map { law.logScaleParameters.contains(names[$0]) && all[$0] > 0 }
        let start = free.indices.map { logScale[$0] ? log(all[free[$0]]) : all[free[$0]] }
        func predictions(_ phi: [Double]) -> [Double] {
            var theta = all
            for (j, i) in free.enumerated() { theta[i] = logScale[j] ? exp(phi[j]) : phi[j] }
            return logPredictions(law.replacing(theta))
        }
        let n = observed.count, p = free.count
        guard n > p, p > 0 else { return nil }
        let fitted = predictions(start)
        let squares = zip(fitted, observed).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let s2 = squares / Double(n - p)
        // Central differences, one column per free parameter.
        var jacobian = [[Double]](repeating: [Double](repeating: 0, count: p), count: n)
        for j in 0..<p {
            let h = 1e-5 * max(abs(start[j]), 1)
            var up = start, down = start
            up[j] += h
            down[j] -= h
            let (a, b) = (predictions(up), predictions(down))
            for i in 0..<n { jacobian[i][j] = (a[i] - b[i]) / (2 * h) }
        }
        guard jacobian.allSatisfy({ $0.allSatisfy(\.isFinite) }), s2.isFinite,
              let inverse = normalInverse(jacobian) else { return nil }
        let t = StudentT.twoSidedQuantile(level, df: n - p)
        var intervals: [String: ConfidenceInterval] = [:]
        for (j, i) in free.enumerated() {
            let half = t * (s2 * inverse[j][j]).squareRoot()
            guard half.isFinite else { return nil }
            let (low, high) = (start[j] - half, start[j] + half)
            intervals[names[i]] = logScale[j]
                ? ConfidenceInterval(lower: exp(low), upper: exp(high), level: level)
                : ConfidenceInterval(lower: low, upper: high, level: level)
        }
        return Estimate(intervals: intervals, method: IntervalMethod(points: n, degreesOfFreedom: n - p))
    }

    /// (JᵀJ)⁻¹ by Gauss–Jordan elimination with partial pivoting, on columns scaled to unit
    /// length (parameters on very different scales, such as ln A and b); nil when singular.
    static func normalInverse(_ jacobian: [[Double]]) -> [[Double]]? {
        let p = jacobian[0].count
        let norms = (0..<p).map { j in jacobian.reduce(0.0) { $0 + $1[j] * $1[j] }.squareRoot() }
        guard norms.allSatisfy({ $0 > 0 }) else { return nil }
        var a = (0..<p).map { j in
            (0..<p).map { k in jacobian.reduce(0.0) { $0 + $1[j] * $1[k] } / (norms[j] * norms[k]) }
                + (0..<p).map { $0 == j ? 1.0 : 0.0 }
        }
        for column in 0..<p {
            let pivot = (column..<p).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            guard abs(a[pivot][column]) > 1e-12 else { return nil }
            a.swapAt(column, pivot)
            let scale = a[column][column]
            a[column] = a[column].map { $0 / scale }
            for row in 0..<p where row != column {
                let factor = a[row][column]
                if factor != 0 { a[row] = zip(a[row], a[column]).map { $0 - factor * $1 } }
            }
        }
        return (0..<p).map { j in (0..<p).map { k in a[j][p + k] / (norms[j] * norms[k]) } }
    }
}
