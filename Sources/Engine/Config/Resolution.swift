extension TrialConfig {
    /// Defaults filled in and inapplicable keys removed, key by key as `ConfigKeys` declares them;
    /// `resolved().resolved() == resolved()`.
    package func resolved() -> TrialConfig {
        var c = self
        for key in ConfigKeys.all { key.resolve(&c) }
        return c
    }

    /// Whether the dataset labels its examples with groups: `spurious`, `fashion-mnist-patch`, or a
    /// CSV with a `group` column.
    package var hasGroups: Bool {
        switch try? DatasetSource(parsing: dataset) {
        case .spurious, .fashionMNISTPatch: return true
        case .csv: return group != nil
        default: return false
        }
    }

    /// Reasons this configuration cannot run, each naming its key: every written value against its
    /// key's rule, then what no single key can say.
    package func problems() -> [ConfigProblem] {
        ConfigKeys.all.flatMap { $0.problems(self) } + combinationProblems()
    }

    private func combinationProblems() -> [ConfigProblem] {
        var p: [ConfigProblem] = []
        if model == .resmlp && depth < 1 { p.append(ConfigProblem("depth", "must be at least 1 for a resmlp (its residual blocks), got \(depth)")) }
        if model.isConvolutional {
            if depth < 1 { p.append(ConfigProblem("depth", "must be at least 1 for a \(model.rawValue) (its conv blocks), got \(depth)")) }
            if parametrization == .mup {
                p.append(ConfigProblem("parametrization", "mup is not defined for convolutional models (model: \(model.rawValue)): use standard"))
            }
            if norm == .layer { p.append(ConfigProblem("norm", "layer is not available for convolutional models (model: \(model.rawValue)): use batch or none")) }
        }
        if steps != nil && epochs != nil { p.append(ConfigProblem("steps", "and 'epochs' are both given: give one")) }
        if let e = earlyStopping, e.metric.contains("worst_group"), !hasGroups {
            p.append(ConfigProblem(["early_stopping", "metric"], "\(e.metric) needs a dataset with groups"))
        }
        if objective != .erm && !hasGroups {
            p.append(ConfigProblem("objective", "\(objective.rawValue) needs a dataset with groups (spurious, fashion-mnist-patch, or csv:PATH with a group column)"))
        }
        if let w = groupWeighting {
            if !hasGroups, w != GroupWeighting.none { p.append(ConfigProblem("group_weighting", "\(w.rawValue) needs a dataset with groups")) }
            if w == .reweight, objective != .erm { p.append(ConfigProblem("group_weighting", "reweight applies to objective erm, not \(objective.rawValue)")) }
        }
        if let classes, classes.contains(where: { $0 > 9 }), dataset == "fashion-mnist" {
            p.append(ConfigProblem("classes", "lists \(classes.first { $0 > 9 }!), but fashion-mnist's labels are 0 to 9"))
        }
        if classes != nil || shots != nil, task == .regression {
            p.append(ConfigProblem(classes != nil ? "classes" : "shots", "needs integer labels, not task: regression"))
        }
        return p
    }
}
