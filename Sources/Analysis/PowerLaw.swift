import Foundation
import Numerics

/// L = A·x^−b: a pure power law, a straight line on log-log axes (Hestness et al. 2017;
/// Kaplan et al. 2020). Right when the loss is far above its floor; near the floor it bends and
/// `PowerLawWithOffset` is the honest choice.
package struct PowerLaw: OneVariableLaw {
    package var A: Double
    /// The exponent; positive when the loss falls with x.
    package var b: Double

    package init(A: Double, b: Double) {
        self.A = A
        self.b = b
    }

    package func predict(_ x: Double) -> Double { A * pow(x, -b) }

    package var parameterNames: [String] { ["A", "b"] }
    package var parameters: [String: Double] { ["A": A, "b": b] }
    package var logScaleParameters: Set<String> { ["A"] }
    package func replacing(_ values: [Double]) -> PowerLaw { PowerLaw(A: values[0], b: values[1]) }

    package func formula(x: String = "x", y: String = "L") -> String {
        "\(y) = \(NumberFormat.formula.string(A))·\(x)^\(NumberFormat.formula.string(-b))"
    }

    /// Fits by ordinary least squares of ln y on ln x, with t intervals on A and b from the
    /// residuals at each x (`LogResidualIntervals`), widened to hold a bootstrap over seeds.
    ///
    /// Least squares in log space weighs every point by its relative error, which is how losses
    /// over several decades of x vary; it is also closed-form, so there is nothing to start.
    /// - Throws: `FitError` with fewer than two distinct x or a non-positive value.
    package static func fit(_ observations: [Observation], bootstrap: BootstrapOptions = BootstrapOptions(),
                           resampleSeeds: Bool = true) throws -> FitResult<PowerLaw> {
        try CurveFitting.fit(observations, distinctNeeded: 2, options: bootstrap, resampleSeeds: resampleSeeds) { points, _ in
            try leastSquares(points)
        }
    }

    static func leastSquares(_ points: [Observation]) throws -> PowerLaw {
        let u = points.map { log($0.x) }, v = points.map { log($0.y) }
        let meanU = Statistics.mean(u), meanV = Statistics.mean(v)
        var suu = 0.0, suv = 0.0
        for i in u.indices {
            suu += (u[i] - meanU) * (u[i] - meanU)
            suv += (u[i] - meanU) * (v[i] - meanV)
        }
        guard suu > 0 else { throw FitError.tooFewDistinctValues(needed: 2, got: 1) }
        let slope = suv / suu
        return PowerLaw(A: exp(meanV - slope * meanU), b: -slope)
    }
}
