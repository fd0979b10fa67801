/// One learning-curve point. Training figures are averages over the minibatches since the
/// previous point (training mode: `train_batch_loss`); validation and test figures are full
/// evaluations.
package struct CurvePoint: Codable, Sendable, Equatable {
    package var step: Int
    package var lr: Double
    package var trainBatchLoss: Double?
    package var trainBatchAcc: Double?
    package var valLoss: Double?
    package var valAcc: Double?
    package var testLoss: Double?
    package var testAcc: Double?
    /// Datasets with groups only: the worst group's accuracy (lowest) and loss (highest).
    package var valWorstGroupLoss: Double?
    package var valWorstGroupAcc: Double?
    package var testWorstGroupLoss: Double?
    package var testWorstGroupAcc: Double?
    /// Values under names the engine does not record, written by a command trial's script (`top1`).
    package var other: [String: Double]?

    enum CodingKeys: String, CodingKey {
        case step, lr
        case trainBatchLoss = "train_batch_loss", trainBatchAcc = "train_batch_acc"
        case valLoss = "val_loss", valAcc = "val_acc"
        case testLoss = "test_loss", testAcc = "test_acc"
        case valWorstGroupLoss = "val_worst_group_loss", valWorstGroupAcc = "val_worst_group_acc"
        case testWorstGroupLoss = "test_worst_group_loss", testWorstGroupAcc = "test_worst_group_acc"
        case other
    }

    /// Records before format 2 called the training figures `train_loss` and `train_acc`.
    enum Format1Keys: String, CodingKey { case trainLoss = "train_loss", trainAcc = "train_acc" }

    package init(step: Int, lr: Double, trainBatchLoss: Double? = nil, trainBatchAcc: Double? = nil, valLoss: Double? = nil,
                valAcc: Double? = nil, testLoss: Double? = nil, testAcc: Double? = nil) {
        self.step = step; self.lr = lr
        self.trainBatchLoss = trainBatchLoss; self.trainBatchAcc = trainBatchAcc
        self.valLoss = valLoss; self.valAcc = valAcc
        self.testLoss = testLoss; self.testAcc = testAcc
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        step = try c.decode(Int.self, forKey: .step)
        lr = try c.decode(Double.self, forKey: .lr)
        let old = try decoder.container(keyedBy: Format1Keys.self)
        trainBatchLoss = try c.decodeIfPresent(Double.self, forKey: .trainBatchLoss) ?? old.decodeIfPresent(Double.self, forKey: .trainLoss)
        trainBatchAcc = try c.decodeIfPresent(Double.self, forKey: .trainBatchAcc) ?? old.decodeIfPresent(Double.self, forKey: .trainAcc)
        valLoss = try c.decodeIfPresent(Double.self, forKey: .valLoss)
        valAcc = try c.decodeIfPresent(Double.self, forKey: .valAcc)
        testLoss = try c.decodeIfPresent(Double.self, forKey: .testLoss)
        testAcc = try c.decodeIfPresent(Double.self, forKey: .testAcc)
        valWorstGroupLoss = try c.decodeIfPresent(Double.self, forKey: .valWorstGroupLoss)
        valWorstGroupAcc = try c.decodeIfPresent(Double.self, forKey: .valWorstGroupAcc)
        testWorstGroupLoss = try c.decodeIfPresent(Double.self, forKey: .testWorstGroupLoss)
        testWorstGroupAcc = try c.decodeIfPresent(Double.self, forKey: .testWorstGroupAcc)
        other = try c.decodeIfPresent([String: Double].self, forKey: .other)
    }

    /// The point's value of a metric named like `val_loss`.
    package func value(of metric: String) -> Double? {
        switch metric {
        case Metric.trainBatchLoss: return trainBatchLoss
        case Metric.trainBatchAcc: return trainBatchAcc
        case Metric.valLoss: return valLoss
        case Metric.valAcc: return valAcc
        case Metric.testLoss: return testLoss
        case Metric.testAcc: return testAcc
        case Metric.valWorstGroupLoss: return valWorstGroupLoss
        case Metric.valWorstGroupAcc: return valWorstGroupAcc
        case Metric.testWorstGroupLoss: return testWorstGroupLoss
        case Metric.testWorstGroupAcc: return testWorstGroupAcc
        default: return other?[metric]
        }
    }
}
