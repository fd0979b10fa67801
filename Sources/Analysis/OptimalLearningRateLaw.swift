/// The optimal learning rate against width, lr* = c·width^−γ, fitted through the per-width
/// optima: the law seed 004 found its extrapolation needed.
package struct OptimalLearningRateLaw: Sendable {
    /// One optimum per width, edge ones included (and flagged) so a page can show them.
    package let optima: [LearningRateOptimum]
    /// The power law through the interior optima: A is c, b is γ; its intervals come from
    /// resampling seeds of the whole width × lr grid.
    package let fit: FitResult<PowerLaw>

    /// The exponent γ in lr* = c·width^−γ (1 is the μP-style 1/width rule for Adam's hidden layers).
    package var exponent: Double { fit.law.b }
    package var exponentInterval: ConfidenceInterval? { fit.intervals["b"] }
    /// The constant c.
    package var coefficient: Double { fit.law.A }

    /// The predicted optimal learning rate at a width.
    package func learningRate(atWidth width: Double) -> Double { fit.law.predict(width) }
}
