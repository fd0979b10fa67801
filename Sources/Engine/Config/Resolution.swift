extension TrialConfig {
    /// Defaults filled in and inapplicable keys removed; `resolved().resolved() == resolved()`.
    public func resolved() -> TrialConfig {
        var c = self
        let source = try? DatasetSource(parsing: dataset)
        switch source {
        case .fashionMNIST, .idx:
            c.valSize = valSize ?? 5_000
            c.testSize = nil
        case .mnist1d:
            c.trainSize = trainSize ?? 4_000
            c.valSize = valSize ?? 1_000
            c.testSize = testSize ?? 1_000
        case .teacher:
            c.trainSize = trainSize ?? 10_000
            c.valSize = valSize ?? 2_000
            c.testSize = testSize ?? 2_000
        case .spurious:
            c.trainSize = trainSize ?? 3_000
            c.valSize = valSize ?? 1_000
            c.testSize = testSize ?? 2_000
        case .fashionMNISTPatch:
            c.valSize = valSize ?? 2_000  // of the 12,000 training images of the two classes
            c.testSize = nil
        case .csv, nil:
            break  // CSV: nil sizes mean 10% of the rows each
        }
        if case .csv = source {
            c.label = label ?? "label"
            c.task = task ?? .classification
        } else {
            c.label = nil
            c.task = nil
        }
        if case .teacher = source { c.teacher = teacher ?? TeacherSpec() } else { c.teacher = nil }
        if case .spurious = source { c.spurious = spurious ?? SpuriousSpec() } else { c.spurious = nil }
        if case .fashionMNISTPatch = source { c.patch = patch ?? PatchSpec() } else { c.patch = nil }
        if case .csv = source { c.group = group } else { c.group = nil }
        // Group keys only where they apply, so configurations without groups keep their trial keys.
        c.groupWeighting = hasGroups ? (groupWeighting ?? GroupWeighting.none) : nil
        c.droEta = objective == .groupdro ? (droEta ?? 0.01) : nil
        c.droAdjustment = objective == .groupdro ? (droAdjustment ?? 0) : nil
        c.irmLambda = objective == .irm ? (irmLambda ?? 100) : nil
        c.irmAnnealSteps = objective == .irm ? (irmAnnealSteps ?? 0) : nil
        c.andmaskTau = objective == .andmask ? (andmaskTau ?? 1) : nil
        c.dataSeed = dataSeed ?? 0

        if model == .linear {
            c.width = 0; c.depth = 0; c.norm = Normalization.none; c.dropout = 0
        } else {
            c.norm = norm ?? (model == .resmlp ? .batch : Normalization.none)
        }
        c.baseWidth = parametrization == .mup ? (baseWidth ?? 64) : nil

        switch optimizer {
        case .sgd:
            c.momentum = momentum ?? 0.9
            c.nesterov = nesterov ?? false
            c.beta1 = nil; c.beta2 = nil
            c.weightDecay = weightDecay ?? 0
        case .adam, .adamw:
            c.momentum = nil; c.nesterov = nil
            c.beta1 = beta1 ?? 0.9
            c.beta2 = beta2 ?? 0.999
            c.weightDecay = weightDecay ?? (optimizer == .adamw ? 0.01 : 0)
        }
        if steps == nil && epochs == nil { c.steps = 1_000 }
        if let s = c.steps {
            c.evalEvery = evalEvery ?? max(1, s / 20)
        }
        if schedule == .warmupCosine {
            if warmup == nil, let s = c.steps { c.warmup = max(1, s / 20) }
        } else {
            c.warmup = nil
        }
        if let e = earlyStopping { c.earlyStopping = e }
        c.divergence = divergence ?? 100
        return c
    }

    /// Whether the dataset labels its examples with groups: `spurious`, `fashion-mnist-patch`, or a
    /// CSV with a `group` column.
    public var hasGroups: Bool {
        switch try? DatasetSource(parsing: dataset) {
        case .spurious, .fashionMNISTPatch: return true
        case .csv: return group != nil
        default: return false
        }
    }

    /// Reasons this configuration cannot run, each naming its key.
    public func problems() -> [String] {
        var p: [String] = []
        do { _ = try DatasetSource(parsing: dataset) } catch { p.append("dataset: \(error)") }
        if let n = trainSize, n < 1 { p.append("train_size: must be at least 1, got \(n)") }
        if let n = valSize, n < 1 { p.append("val_size: must be at least 1, got \(n)") }
        if let n = testSize, n < 1 { p.append("test_size: must be at least 1, got \(n)") }
        if model != .linear && width < 1 { p.append("width: must be at least 1, got \(width)") }
        if model == .mlp && depth < 0 { p.append("depth: must not be negative, got \(depth)") }
        if model == .resmlp && depth < 1 { p.append("depth: a resmlp needs at least one block, got \(depth)") }
        if !(0..<1).contains(dropout) { p.append("dropout: must be in [0, 1), got \(dropout)") }
        if !(lr > 0) || !lr.isFinite { p.append("lr: must be positive, got \(lr)") }
        if batch < 1 { p.append("batch: must be at least 1, got \(batch)") }
        if steps != nil && epochs != nil { p.append("steps, epochs: give one, not both") }
        if let s = steps, s < 1 { p.append("steps: must be at least 1, got \(s)") }
        if let e = epochs, e < 1 { p.append("epochs: must be at least 1, got \(e)") }
        if let e = evalEvery, e < 1 { p.append("eval_every: must be at least 1, got \(e)") }
        if let b = baseWidth, b < 1 { p.append("base_width: must be at least 1, got \(b)") }
        if let m = momentum, !(0..<1).contains(m) { p.append("momentum: must be in [0, 1), got \(m)") }
        if let w = weightDecay, w < 0 { p.append("weight_decay: must not be negative, got \(w)") }
        if let e = earlyStopping {
            let metrics = Metric.curveMetrics
            if !metrics.contains(e.metric) {
                p.append("early_stopping.metric: expected one of \(metrics.joined(separator: ", ")), got \(e.metric)")
            }
            if e.patience < 1 { p.append("early_stopping.patience: must be at least 1, got \(e.patience)") }
            if e.metric.contains("worst_group"), !hasGroups { p.append("early_stopping.metric: \(e.metric) needs a dataset with groups") }
        }
        if let d = divergence, !(d > 1) { p.append("divergence: must be above 1, got \(d)") }
        if let t = teacher, t.inputs < 1 || t.width < 1 || t.depth < 0 || t.outputs < 1 {
            p.append("teacher: inputs, width and outputs must be positive, depth not negative")
        }
        if let s = spurious { p += s.problems() }
        if let s = patch { p += s.problems() }
        if objective != .erm && !hasGroups {
            p.append("objective: \(objective.rawValue) needs a dataset with groups (spurious, fashion-mnist-patch, or csv:PATH with a group column)")
        }
        if let w = groupWeighting {
            if !hasGroups, w != GroupWeighting.none { p.append("group_weighting: \(w.rawValue) needs a dataset with groups") }
            if w == .reweight, objective != .erm { p.append("group_weighting: reweight applies to objective erm, not \(objective.rawValue)") }
        }
        if let e = droEta, !(e > 0) || !e.isFinite { p.append("dro_eta: must be positive, got \(e)") }
        if let a = droAdjustment, !(a >= 0) || !a.isFinite { p.append("dro_adjustment: must not be negative, got \(a)") }
        if let l = irmLambda, !(l >= 0) || !l.isFinite { p.append("irm_lambda: must not be negative, got \(l)") }
        if let n = irmAnnealSteps, n < 0 { p.append("irm_anneal_steps: must not be negative, got \(n)") }
        if let t = andmaskTau, !(0...1).contains(t) { p.append("andmask_tau: must be in [0, 1], got \(t)") }
        return p
    }
}
