/// A law fitted without the largest x values, judged on them: the extrapolation test a scaling
/// claim should pass before anyone trusts it (seed 004: a law that looked straight over two
/// decades missed the next one).
package struct HoldoutCheck<Law: OneVariableLaw>: Sendable {
    /// The fit on the remaining, smaller x values.
    package let fit: FitResult<Law>
    /// The held-out x values in increasing order, each with what the fit predicted.
    package let heldOut: [HeldOutPoint]
    /// √(mean of (ln predicted − ln observed)²) over the held-out points: 0.05 means the law
    /// is off by about 5% where it was not fitted.
    package let rmsLogError: Double
}
