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

/// One learning-curve point. Training figures are averages over the minibatches since the
/// previous point (training mode); validation and test figures are full evaluations.
public struct CurvePoint: Codable, Sendable, Equatable {
    public var step: Int
    public var lr: Double
    public var trainLoss: Double?
    public var trainAcc: Double?
    public var valLoss: Double?
    public var valAcc: Double?
    public var testLoss: Double?
    public var testAcc: Double?
    /// Datasets with groups only: the worst group's accuracy (lowest) and loss (highest).
    public var valWorstGroupLoss: Double?
    public var valWorstGroupAcc: Double?
    public var testWorstGroupLoss: Double?
    public var testWorstGroupAcc: Double?

    enum CodingKeys: String, CodingKey {
        case step, lr
        case trainLoss = "train_loss", trainAcc = "train_acc"
        case valLoss = "val_loss", valAcc = "val_acc"
        case testLoss = "test_loss", testAcc = "test_acc"
        case valWorstGroupLoss = "val_worst_group_loss", valWorstGroupAcc = "val_worst_group_acc"
        case testWorstGroupLoss = "test_worst_group_loss", testWorstGroupAcc = "test_worst_group_acc"
    }

    public init(step: Int, lr: Double, trainLoss: Double? = nil, trainAcc: Double? = nil, valLoss: Double? = nil,
                valAcc: Double? = nil, testLoss: Double? = nil, testAcc: Double? = nil) {
        self.step = step; self.lr = lr
        self.trainLoss = trainLoss; self.trainAcc = trainAcc
        self.valLoss = valLoss; self.valAcc = valAcc
        self.testLoss = testLoss; self.testAcc = testAcc
    }

    /// The point's value of a metric named like `val_loss`.
    public func value(of metric: String) -> Double? {
        switch metric {
        case Metric.trainLoss: return trainLoss
        case Metric.trainAcc: return trainAcc
        case Metric.valLoss: return valLoss
        case Metric.valAcc: return valAcc
        case Metric.testLoss: return testLoss
        case Metric.testAcc: return testAcc
        case Metric.valWorstGroupLoss: return valWorstGroupLoss
        case Metric.valWorstGroupAcc: return valWorstGroupAcc
        case Metric.testWorstGroupLoss: return testWorstGroupLoss
        case Metric.testWorstGroupAcc: return testWorstGroupAcc
        default: return nil
        }
    }
}
