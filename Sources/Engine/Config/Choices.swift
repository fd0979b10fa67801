/// The choices a trial configuration offers, spelled as in experiment directives.

public enum ModelKind: String, Codable, CaseIterable, Sendable {
    case linear, mlp, resmlp
}

public enum Activation: String, Codable, CaseIterable, Sendable {
    case relu, gelu, tanh
}

public enum Normalization: String, Codable, CaseIterable, Sendable {
    case none, batch, layer
}

public enum Parametrization: String, Codable, CaseIterable, Sendable {
    case standard, mup
}

public enum OptimizerKind: String, Codable, CaseIterable, Sendable {
    case sgd, adam, adamw
}

public enum Schedule: String, Codable, CaseIterable, Sendable {
    case constant, cosine
    case warmupCosine = "warmup-cosine"
}

/// What training minimises. All but `erm` need a dataset with groups, which they treat as
/// groups (Group DRO) or environments (IRM, AND-mask).
public enum Objective: String, Codable, CaseIterable, Sendable {
    /// Empirical risk minimisation: the mean loss.
    case erm
    /// Group DRO (Sagawa et al. 2019): the q-weighted group losses, q moved towards the worst group.
    case groupdro
    /// IRMv1 (Arjovsky et al. 2019): the risk plus λ × the squared dummy-classifier gradient per environment.
    case irm
    /// AND-mask (Parascandolo et al. 2021): only gradient coordinates whose sign the environments agree on.
    case andmask
}

/// How training examples of a dataset with groups are weighted.
public enum GroupWeighting: String, Codable, CaseIterable, Sendable {
    case none
    /// Each example's loss weighted by N / (G·n_g): every group counts equally (importance weighting).
    case reweight
    /// Every group cut down at random to the smallest group's size before training.
    case subsample
}

public enum Task: String, Codable, CaseIterable, Sendable {
    case classification, regression
}

/// Stop when a validation metric has not improved for `patience` evaluations.
public struct EarlyStopping: Codable, Hashable, Sendable {
    /// A learning-curve metric: `val_loss`, `val_acc`, `test_loss`, `test_acc`, `train_batch_loss`…
    public var metric: String
    /// Evaluations (every `eval_every` steps) without improvement before stopping.
    public var patience: Int
    /// Put back the parameters of the best evaluation; final metrics are then those of that step.
    public var restoreBest: Bool

    public init(metric: String = "val_loss", patience: Int = 10, restoreBest: Bool = true) {
        self.metric = metric
        self.patience = patience
        self.restoreBest = restoreBest
    }

    public init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    public func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }

    /// Whether larger values of the metric are better.
    var maximises: Bool { Metric.higherIsBetter(metric) }
}

/// The random teacher network of the `teacher` dataset.
public struct TeacherSpec: Codable, Hashable, Sendable {
    public var inputs: Int
    public var width: Int
    public var depth: Int
    /// Classes (classification) or output dimensions (regression).
    public var outputs: Int
    public var task: Task
    /// Standard deviation of Gaussian label noise added to regression targets.
    public var noise: Double

    public init(inputs: Int = 32, width: Int = 64, depth: Int = 2, outputs: Int = 10,
                task: Task = .classification, noise: Double = 0) {
        self.inputs = inputs; self.width = width; self.depth = depth
        self.outputs = outputs; self.task = task; self.noise = noise
    }

    public init(from decoder: Decoder) throws { try self.init(fieldsFrom: decoder) }
    public func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
}
