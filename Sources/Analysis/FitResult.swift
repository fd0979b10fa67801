import Foundation

/// What a fit reports: the law, an interval on each parameter, the data it saw and how well it
/// matches them. Plain values, ready for a caption, a table or a `value` directive.
package struct FitResult<Law: ScalingLaw>: Sendable {
    /// The point estimate, fitted to all observations.
    package let law: Law
    /// The interval of each parameter by name: Student-t from the law's log residuals at its
    /// distinct points (`LogResidualIntervals`), widened where a bootstrap that chooses its
    /// points again reached further (see `method`). Empty when intervals were not asked for or
    /// the points leave no degree of freedom. A parameter at its bound has none.
    package let intervals: [String: ConfidenceInterval]
    /// The range of each input the law was fitted on: "x" for curves, "N" and "D" for
    /// `ChinchillaLaw`. Beyond it the law is an extrapolation.
    package let ranges: [String: ClosedRange<Double>]
    /// Observations used, and those left out because a value was NaN or infinite.
    package let observationCount: Int
    package let excludedCount: Int
    /// Distinct seeds among the observations.
    package let seedCount: Int
    /// What the bootstrap that widened the t intervals resampled: whole seeds when there are
    /// several, else single points; `.none` when it did not run.
    package let resampling: ResamplingUnit
    /// Resamples of that bootstrap that gave a fit, and those that could not be fitted.
    package let resamples: Int
    package let failedResamples: Int
    /// Root mean square of ln(predicted) − ln(observed) over the fitted observations.
    package let rmsLogResidual: Double
    /// Parameters the fit pressed against a bound of their range (E of `power-law+offset` at 0),
    /// with the bound: not estimates, and not to be quoted as if they were.
    package var atBound: [String: Double] = [:]
    /// How `intervals` were made; nil when there are none.
    package var method: IntervalMethod? = nil
    /// The percentile intervals of the bootstrap over seeds alone, before they widened the t
    /// intervals: too narrow with three seeds to quote, kept to show by how much.
    package var bootstrapIntervals: [String: ConfidenceInterval] = [:]

    /// Parameter values by name, e.g. ["E": 0.21, "A": 3.4, "b": 0.32].
    package var parameters: [String: Double] { law.parameters }
    /// Parameter names in formula order.
    package var parameterNames: [String] { law.parameterNames }
    /// The law with its numbers, e.g. "L = 0.21 + 3.4·x^−0.32".
    package var formula: String { law.formula }

    /// The same fit with its law re-expressed (e.g. wrapped in `CurveLaw`); everything else kept.
    package func mapLaw<Other: ScalingLaw>(_ transform: (Law) -> Other) -> FitResult<Other> {
        FitResult<Other>(law: transform(law), intervals: intervals, ranges: ranges,
                         observationCount: observationCount, excludedCount: excludedCount,
                         seedCount: seedCount, resampling: resampling, resamples: resamples,
                         failedResamples: failedResamples, rmsLogResidual: rmsLogResidual, atBound: atBound,
                         method: method, bootstrapIntervals: bootstrapIntervals)
    }
}

extension FitResult {
    /// The same fit with each interval widened to hold the percentile interval of a bootstrap
    /// over seeds: the t interval knows the noise around the law, the bootstrap how seeds differ
    /// along it and, where it chooses the fitted points again (a frontier, an envelope), the doubt
    /// about which points the law runs through; the quoted interval holds all of them.
    func widened(by outcome: SeedResampling.Outcome) -> FitResult {
        guard outcome.successes > 0, var method else { return self }
        method.seedResamples = outcome.successes
        var widened = intervals
        for (name, own) in intervals {
            guard let chosen = outcome.intervals[name] else { continue }
            widened[name] = ConfidenceInterval(lower: min(own.lower, chosen.lower), upper: max(own.upper, chosen.upper), level: own.level)
        }
        return FitResult(law: law, intervals: widened, ranges: ranges,
                         observationCount: observationCount, excludedCount: excludedCount,
                         seedCount: seedCount, resampling: outcome.unit, resamples: outcome.successes,
                         failedResamples: outcome.failures, rmsLogResidual: rmsLogResidual, atBound: atBound,
                         method: method, bootstrapIntervals: outcome.intervals)
    }
}

extension FitResult where Law: OneVariableLaw {
    /// The x range the law was fitted on.
    package var xRange: ClosedRange<Double> { ranges["x"]! }

    package func predict(_ x: Double) -> Double { law.predict(x) }

    /// The formula with the plot's own names, e.g. "test_loss = 0.21 + 3.4·width^−0.32".
    package func formula(x: String, y: String) -> String { law.formula(x: x, y: y) }
}
