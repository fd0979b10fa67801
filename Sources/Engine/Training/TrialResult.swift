/// What a trial produced. Everything except `wallSeconds` is a deterministic function of the
/// configuration, seed, dataset and `Engine.numericsVersion`.
package struct TrialResult: Codable, Sendable, Equatable {
    package enum Status: String, Codable, Sendable {
        case ok
        /// The training loss became non-finite or exceeded `divergence` × the initial loss.
        case diverged
    }

    package var status: Status
    /// Why the trial ended early, for a diverged or early-stopped trial.
    package var message: String?
    /// `train_loss`, `val_acc`, `best_test_loss`, `params`, `flops`, `steps`, … (see `Metric`).
    package var metrics: [String: Double]
    package var curve: [CurvePoint]
    /// Optimisation steps taken.
    package var steps: Int
    /// The step whose parameters the final metrics describe (the restored best under early stopping).
    package var finalStep: Int
    package var threads: Int
    package var numericsVersion: Int
    /// Wall-clock seconds of training and evaluation; varies between runs.
    package var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case status, message, metrics, curve, steps
        case finalStep = "final_step", threads
        case numericsVersion = "numerics_version"
        case wallSeconds = "wall_seconds"
    }

    /// The result with the wall time zeroed: the part two identical runs must agree on bit for bit.
    package var deterministicPart: TrialResult {
        var copy = self
        copy.wallSeconds = 0
        return copy
    }

    /// A metric by name, including `wall_seconds`.
    package func value(of metric: String) -> Double? {
        metric == Metric.wallSeconds ? wallSeconds : metrics[metric]
    }
}
