/// Loss and accuracy of each group of a split, and of its worst group: the lowest accuracy
/// and, separately, the highest loss (the two need not be the same group).
struct GroupEvaluation {
    /// Per group; nil for a group with no examples in the split.
    var losses: [Double?]
    var accuracies: [Double?]

    init(_ run: TrainingRun, on split: Split, groups: [[Int]]) {
        losses = []; accuracies = []
        for indices in groups {
            guard !indices.isEmpty else { losses.append(nil); accuracies.append(nil); continue }
            let (loss, accuracy) = run.losses.evaluate(run.network, on: split, features: run.dataset.features, indices: indices)
            losses.append(loss)
            accuracies.append(accuracy)
        }
    }

    /// nil when any group's loss is not finite (a diverging model has no meaningful worst group).
    var worstLoss: Double? {
        let present = losses.compactMap { $0 }
        guard !present.isEmpty, present.allSatisfy(\.isFinite) else { return nil }
        return present.max()
    }

    var worstAccuracy: Double? { accuracies.compactMap { $0 }.min() }

    /// `<split>_group_loss.<name>`, `<split>_group_acc.<name>` and the worst-group metrics.
    func metrics(split: String, names: [String]) -> [String: Double] {
        var m: [String: Double] = [:]
        for (g, name) in names.enumerated() {
            if let loss = losses[g], loss.isFinite { m[Metric.groupLoss(split, name)] = loss }
            if let accuracy = accuracies[g] { m[Metric.groupAcc(split, name)] = accuracy }
        }
        if let worstLoss { m[Metric.worstGroupLoss(split)] = worstLoss }
        if let worstAccuracy { m[Metric.worstGroupAcc(split)] = worstAccuracy }
        return m
    }
}
