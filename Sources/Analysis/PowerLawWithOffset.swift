import Foundation
import Numerics

/// L = E + A·x^−b: a power law above an irreducible loss E, the form that bends on log-log axes
/// as the loss nears its floor (Hestness et al. 2017; Kaplan et al. 2020; the "power-law
/// region" of a learning curve sits above E).
package struct PowerLawWithOffset: OneVariableLaw {
    /// The irreducible loss, 0 ≤ E < the smallest observation.
    package var E: Double
    package var A: Double
    package var b: Double

    package init(E: Double, A: Double, b: Double) {
        self.E = E
        self.A = A
        self.b = b
    }

    package func predict(_ x: Double) -> Double { E + A * pow(x, -b) }

    package var parameterNames: [String] { ["E", "A", "b"] }
    package var parameters: [String: Double] { ["E": E, "A": A, "b": b] }
    /// E may sit at 0, so its interval is on its own scale, cut to [0, smallest observation].
    package var logScaleParameters: Set<String> { ["A"] }
    package func replacing(_ values: [Double]) -> PowerLawWithOffset { PowerLawWithOffset(E: values[0], A: values[1], b: values[2]) }

    package func formula(x: String = "x", y: String = "L") -> String {
        "\(y) = \(NumberFormat.formula.string(E)) + \(NumberFormat.formula.string(A))·\(x)^\(NumberFormat.formula.string(-b))"
    }

    /// Huber's δ on log residuals, as Hoffmann et al. (2022) use for their law: residuals of a
    /// few percent between seeds are far above it, so the fit behaves like least absolute
    /// deviations, and one badly trained seed cannot drag the exponent.
    package static let huberDelta = 1e-3

    /// Fits by minimising the summed Huber loss of ln(E + A·x^−b) − ln y from a grid of starts,
    /// with t intervals on E, A and b from the residuals at each x (`LogResidualIntervals`),
    /// widened to hold a bootstrap over seeds.
    ///
    /// E is kept in [0, smallest observation) by fitting s with E = y_min·σ(s), A > 0 by fitting
    /// ln A. Only the best few grid starts are refined (the objective is cheap to evaluate on the
    /// grid, expensive to minimise from every point); bootstrap refits start from the point
    /// estimate, which keeps them fast and in the same basin.
    /// - Throws: `FitError` with fewer than three distinct x, a non-positive value, or no finite fit.
    package static func fit(_ observations: [Observation], bootstrap: BootstrapOptions = BootstrapOptions(),
                           resampleSeeds: Bool = true) throws -> FitResult<PowerLawWithOffset> {
        try CurveFitting.fit(observations, distinctNeeded: 3, options: bootstrap, resampleSeeds: resampleSeeds, bounds: bounds,
                             limits: { _, points in ["E": 0...points.map(\.y).min()!] }) { points, warm in
            try robustFit(points, warmStart: warm)
        }
    }

    /// E is fitted inside (0, smallest observation); within a millionth of either end it has run
    /// into the bound rather than been estimated.
    static func bounds(_ law: PowerLawWithOffset, _ points: [Observation]) -> [String: Double] {
        guard let yMin = points.map(\.y).min(), yMin > 0 else { return [:] }
        if law.E < 1e-6 * yMin { return ["E": 0] }
        if law.E > (1 - 1e-6) * yMin { return ["E": yMin] }
        return [:]
    }

    static func robustFit(_ points: [Observation], warmStart: PowerLawWithOffset?) throws -> PowerLawWithOffset {
        let lx = points.map { log($0.x) }, ly = points.map { log($0.y) }
        let yMin = points.map(\.y).min()!

        // θ = (s, ln A, b).
        func offset(_ s: Double) -> Double { yMin / (1 + exp(-s)) }
        let objective: ([Double]) -> Double = { theta in
            let e = offset(theta[0]), a = theta[1], b = theta[2]
            var total = 0.0
            for i in lx.indices {
                total += Statistics.huber(log(e + exp(a - b * lx[i])) - ly[i], delta: huberDelta)
            }
            return total
        }

        var starts: [[Double]] = []
        if let warm = warmStart {
            let fraction = min(max(warm.E / yMin, 1e-6), 0.999)
            starts = [[log(fraction / (1 - fraction)), log(warm.A), warm.b]]
        } else {
            // Anchor each start on the mean loss at the smallest x, where the power-law term
            // dominates, so ln A is sensible for every (E, b) on the grid.
            let smallest = lx.min()!
            let anchor = Statistics.mean(zip(lx, points).filter { $0.0 == smallest }.map { $0.1.y })
            for s in [-4.0, -1.5, 0, 1.5, 4] {
                for b in [0.1, 0.25, 0.5, 1, 2] {
                    let a = log(max(anchor - offset(s), 1e-12 * anchor)) + b * smallest
                    starts.append([s, a, b])
                }
            }
            starts = Array(starts.sorted { objective($0) < objective($1) }.prefix(5))
        }
        var best: NelderMead.Minimum?
        for start in starts {
            let found = NelderMead.minimize(objective, start: start, steps: [1, 0.5, 0.1])
            if found.value.isFinite, found.value < best?.value ?? .infinity { best = found }
        }
        guard let theta = best?.point else { throw FitError.noFiniteFit }
        return PowerLawWithOffset(E: offset(theta[0]), A: exp(theta[1]), b: theta[2])
    }
}
