/// What a trial produced. Everything except `wallSeconds` is a deterministic function of the
/// configuration, seed, dataset and `Engine.numericsVersion`.
public struct TrialResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case ok
        /// The training loss became non-finite or exceeded `divergence` × the initial loss.
        case diverged
    }

    public var status: Status
    /// Why the trial ended early, for a diverged or early-stopped trial.
    public var message: String?
    /// `train_loss`, `val_acc`, `best_test_loss`, `params`, `flops`, `steps`, … (see `Metric`).
    public var metrics: [String: Double]
    public var curve: [CurvePoint]
    /// Optimisation steps taken.
    public var steps: Int
    /// The step whose parameters the final metrics describe (the restored best under early stopping).
    public var finalStep: Int
    public var threads: Int
    public var numericsVersion: Int
    /// Wall-clock seconds of training and evaluation; varies between runs.
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case status, message, metrics, curve, steps
        case finalStep = "final_step", threads
        case numericsVersion = "numerics_version"
        case wallSeconds = "wall_seconds"
    }

    /// The result with the wall time zeroed: the part two identical runs must agree on bit for bit.
    public var deterministicPart: TrialResult {
        var copy = self
        copy.wallSeconds = 0
        return copy
    }

    /// A metric by name, including `wall_seconds`.
    public func value(of metric: String) -> Double? {
        metric == Metric.wallSeconds ? wallSeconds : metrics[metric]
    }
}
