/// One trial's configuration: what to train, on what, and how. Keys and spellings are those of
/// experiment directives (`train_size`, `warmup-cosine`, …).
///
/// Any key may be left out when decoding; `resolved()` fills in the engine's defaults and drops
/// keys that do not apply (`momentum` under Adam, `base_width` under the standard
/// parametrization), so the resolved value is what a trial key should hash.
public struct TrialConfig: Codable, Hashable, Sendable {
    // Data
    public var dataset: String = "fashion-mnist"
    /// Training examples used (a nested, seeded subset; generated datasets make exactly this many).
    public var trainSize: Int?
    /// Validation examples held out of the training set (generated datasets: made separately).
    public var valSize: Int?
    /// Test examples for generated datasets and single-file CSVs.
    public var testSize: Int?
    /// CSV: the label (or target) column's name.
    public var label: String?
    /// CSV: classification (integer labels) or regression (numeric target).
    public var task: Task?
    public var teacher: TeacherSpec?
    /// CSV: the column naming each row's group (numbers or names), for group metrics and objectives.
    public var group: String?
    public var spurious: SpuriousSpec?
    public var patch: PatchSpec?
    /// Seed of generated data, subsets and splits: fixed across trial seeds, so seeds vary only
    /// initialisation, data order and dropout.
    public var dataSeed: UInt64?

    // Model
    public var model: ModelKind = .mlp
    public var width: Int = 128
    /// Hidden layers (mlp) or residual blocks (resmlp).
    public var depth: Int = 2
    public var activation: Activation = .relu
    public var norm: Normalization?
    public var dropout: Double = 0
    public var parametrization: Parametrization = .standard
    /// μP: the width at which μP and the standard parametrization coincide.
    public var baseWidth: Int?

    // Optimisation
    public var optimizer: OptimizerKind = .adam
    public var lr: Double = 1e-3
    public var momentum: Double?
    public var nesterov: Bool?
    /// Applied to weight matrices only, not to biases or norm parameters (AdamW default 0.01).
    public var weightDecay: Double?
    public var beta1: Double?
    public var beta2: Double?
    public var schedule: Schedule = .constant
    /// Warm-up steps of `warmup-cosine` (default: 5% of the steps).
    public var warmup: Int?
    public var batch: Int = 128
    public var steps: Int?
    public var epochs: Int?
    /// Steps between learning-curve points (default: 20 points per run, or one per epoch).
    public var evalEvery: Int?
    public var earlyStopping: EarlyStopping?
    /// A training loss above this multiple of the initial loss (or not finite) means `diverged`.
    public var divergence: Double?
    public var objective: Objective = .erm

    // Groups (resolved to nil unless the dataset has groups and they apply)
    /// Reweighting or subsampling of the training groups (default `none` when there are groups).
    public var groupWeighting: GroupWeighting?
    /// Group DRO: step size η_q of the group weights (default 0.01).
    public var droEta: Double?
    /// Group DRO: the generalisation adjustment C; group g's loss counts as ℓ_g + C/√n_g (default 0).
    public var droAdjustment: Double?
    /// IRM: penalty weight λ once annealing is over (default 100).
    public var irmLambda: Double?
    /// IRM: steps trained with λ = 1 before λ applies (default 0).
    public var irmAnnealSteps: Int?
    /// AND-mask: the sign agreement τ in [0, 1] a coordinate needs to be kept (default 1: all agree).
    public var andmaskTau: Double?

    public init() {}

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case dataset
        case trainSize = "train_size", valSize = "val_size", testSize = "test_size"
        case label, task, teacher, group, spurious, patch
        case dataSeed = "data_seed"
        case model, width, depth, activation, norm, dropout, parametrization
        case baseWidth = "base_width"
        case optimizer, lr, momentum, nesterov
        case weightDecay = "weight_decay"
        case beta1, beta2, schedule, warmup, batch, steps, epochs
        case evalEvery = "eval_every"
        case earlyStopping = "early_stopping"
        case divergence, objective
        case groupWeighting = "group_weighting"
        case droEta = "dro_eta", droAdjustment = "dro_adjustment"
        case irmLambda = "irm_lambda", irmAnnealSteps = "irm_anneal_steps"
        case andmaskTau = "andmask_tau"
    }

    /// Every key a configuration may have, as spelled in directives.
    public static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = TrialConfig()
        dataset = try c.decodeIfPresent(String.self, forKey: .dataset) ?? d.dataset
        trainSize = try c.decodeIfPresent(Int.self, forKey: .trainSize)
        valSize = try c.decodeIfPresent(Int.self, forKey: .valSize)
        testSize = try c.decodeIfPresent(Int.self, forKey: .testSize)
        label = try c.decodeIfPresent(String.self, forKey: .label)
        task = try c.decodeIfPresent(Task.self, forKey: .task)
        teacher = try c.decodeIfPresent(TeacherSpec.self, forKey: .teacher)
        group = try c.decodeIfPresent(String.self, forKey: .group)
        spurious = try c.decodeIfPresent(SpuriousSpec.self, forKey: .spurious)
        patch = try c.decodeIfPresent(PatchSpec.self, forKey: .patch)
        dataSeed = try c.decodeIfPresent(UInt64.self, forKey: .dataSeed)
        model = try c.decodeIfPresent(ModelKind.self, forKey: .model) ?? d.model
        width = try c.decodeIfPresent(Int.self, forKey: .width) ?? d.width
        depth = try c.decodeIfPresent(Int.self, forKey: .depth) ?? d.depth
        activation = try c.decodeIfPresent(Activation.self, forKey: .activation) ?? d.activation
        norm = try c.decodeIfPresent(Normalization.self, forKey: .norm)
        dropout = try c.decodeIfPresent(Double.self, forKey: .dropout) ?? d.dropout
        parametrization = try c.decodeIfPresent(Parametrization.self, forKey: .parametrization) ?? d.parametrization
        baseWidth = try c.decodeIfPresent(Int.self, forKey: .baseWidth)
        optimizer = try c.decodeIfPresent(OptimizerKind.self, forKey: .optimizer) ?? d.optimizer
        lr = try c.decodeIfPresent(Double.self, forKey: .lr) ?? d.lr
        momentum = try c.decodeIfPresent(Double.self, forKey: .momentum)
        nesterov = try c.decodeIfPresent(Bool.self, forKey: .nesterov)
        weightDecay = try c.decodeIfPresent(Double.self, forKey: .weightDecay)
        beta1 = try c.decodeIfPresent(Double.self, forKey: .beta1)
        beta2 = try c.decodeIfPresent(Double.self, forKey: .beta2)
        schedule = try c.decodeIfPresent(Schedule.self, forKey: .schedule) ?? d.schedule
        warmup = try c.decodeIfPresent(Int.self, forKey: .warmup)
        batch = try c.decodeIfPresent(Int.self, forKey: .batch) ?? d.batch
        steps = try c.decodeIfPresent(Int.self, forKey: .steps)
        epochs = try c.decodeIfPresent(Int.self, forKey: .epochs)
        evalEvery = try c.decodeIfPresent(Int.self, forKey: .evalEvery)
        earlyStopping = try c.decodeIfPresent(EarlyStopping.self, forKey: .earlyStopping)
        divergence = try c.decodeIfPresent(Double.self, forKey: .divergence)
        objective = try c.decodeIfPresent(Objective.self, forKey: .objective) ?? d.objective
        groupWeighting = try c.decodeIfPresent(GroupWeighting.self, forKey: .groupWeighting)
        droEta = try c.decodeIfPresent(Double.self, forKey: .droEta)
        droAdjustment = try c.decodeIfPresent(Double.self, forKey: .droAdjustment)
        irmLambda = try c.decodeIfPresent(Double.self, forKey: .irmLambda)
        irmAnnealSteps = try c.decodeIfPresent(Int.self, forKey: .irmAnnealSteps)
        andmaskTau = try c.decodeIfPresent(Double.self, forKey: .andmaskTau)
    }
}
