/// The one registry of metric names, alike in the store, early stopping, plots (`y:`, `color:`),
/// table columns and prose values: what a trial records, and which way is better.
package enum Metric {
    /// Evaluated on the training set, in evaluation mode, at the end (or at the restored step).
    package static let trainLoss = "train_loss", trainAcc = "train_acc"
    /// The learning curve's training figures: means over the minibatches since the previous
    /// point, in training mode (dropout on, batch statistics). Not the same quantity as
    /// `train_loss`, so not the same name.
    package static let trainBatchLoss = "train_batch_loss", trainBatchAcc = "train_batch_acc"
    package static let valLoss = "val_loss", valAcc = "val_acc"
    package static let testLoss = "test_loss", testAcc = "test_acc"
    package static let params = "params", flops = "flops", steps = "steps"
    package static let wallSeconds = "wall_seconds"
    package static let valWorstGroupLoss = "val_worst_group_loss", valWorstGroupAcc = "val_worst_group_acc"
    package static let testWorstGroupLoss = "test_worst_group_loss", testWorstGroupAcc = "test_worst_group_acc"
    /// Metrics of the curve, each also reported as `best_<name>` (worst-group ones only for
    /// datasets with groups).
    package static let curveMetrics = [trainBatchLoss, trainBatchAcc, valLoss, valAcc, testLoss, testAcc,
                                      valWorstGroupLoss, valWorstGroupAcc, testWorstGroupLoss, testWorstGroupAcc]
    /// Measured once, after training: the training set in evaluation mode.
    package static let finalOnly = [trainLoss, trainAcc]
    /// Counts and costs of the whole run.
    package static let totals = [params, flops, steps, wallSeconds]
    /// The splits evaluated group by group, on datasets with groups.
    package static let groupSplits = ["val", "test"]

    /// Every metric a trial records, except the per-group ones (`test_group_acc.<group>`).
    package static let all = finalOnly + curveMetrics + curveMetrics.map(best) + totals

    /// Names records before format 2 used for the curve's training figures, and their names now.
    package static let renamedInFormat2 = [trainLoss: trainBatchLoss, trainAcc: trainBatchAcc,
                                          best(trainLoss): best(trainBatchLoss), best(trainAcc): best(trainBatchAcc)]

    /// `<split>_group_acc.<group>` and `<split>_group_loss.<group>`, for `val` and `test`.
    package static func groupAcc(_ split: String, _ group: String) -> String { "\(split)_group_acc.\(group)" }
    package static func groupLoss(_ split: String, _ group: String) -> String { "\(split)_group_loss.\(group)" }
    package static func worstGroupAcc(_ split: String) -> String { "\(split)_worst_group_acc" }
    package static func worstGroupLoss(_ split: String) -> String { "\(split)_worst_group_loss" }

    package static func best(_ metric: String) -> String { "best_" + metric }

    /// Whether a trial can record a metric of this name: one of `all`, or a group's accuracy or
    /// loss (`test_group_acc.<group>`).
    /// Error rates, 1 − accuracy, read from the accuracies (not stored): what a transfer law fits.
    package static let errors = ["train_err", "val_err", "test_err"]

    /// `test_err` → `test_acc`; nil for other names.
    package static func accuracy(ofError name: String) -> String? {
        errors.contains(name) ? String(name.dropLast(3)) + "acc" : nil
    }

    package static func isKnown(_ name: String) -> Bool {
        if all.contains(name) || errors.contains(name) { return true }
        return groupSplits.contains { split in
            [groupAcc(split, ""), groupLoss(split, "")].contains { name.hasPrefix($0) && name.count > $0.count }
        }
    }

    /// Accuracies (a group's too, and any name ending in `acc`) are better higher; losses, counts and costs lower.
    package static func higherIsBetter(_ metric: String) -> Bool {
        // Compared as bytes: `String.contains` goes through Foundation's NSString search, and this
        // is asked for every trial of every figure on every build.
        guard !metric.hasSuffix("acc") else { return true }
        let bytes = Array(metric.utf8), part = Array("_acc.".utf8)
        return bytes.count >= part.count && (0...(bytes.count - part.count)).contains { bytes[$0..<$0 + part.count].elementsEqual(part) }
    }
}
