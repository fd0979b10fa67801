/// The compute-efficient frontier and the power law through it (Kaplan et al. 2020, fig. 2;
/// Hoffmann et al. 2022, approach 1).
package struct FrontierFit: Sendable {
    /// The configurations on the frontier, in increasing x, all of them (held out or not).
    package let frontier: [FrontierCandidate]
    /// L = A·x^−b through the frontier's seeds; with a hold-out, through the smaller-x part only.
    /// Its intervals come from a bootstrap that chooses the frontier again in every resample.
    package let fit: FitResult<CurveLaw>
    /// With `holdOut`: the largest-x frontier points kept out of the fit, and how well it predicts them.
    package let holdout: HoldoutCheck<CurveLaw>?
}
