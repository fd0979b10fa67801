/// One trial's configuration: what to train, on what, and how. Keys and spellings are those of
/// experiment directives (`train_size`, `warmup-cosine`, …).
///
/// The properties hold what was written; `ConfigKeys` declares each key's spelling, rule, default
/// and when it applies. Any key may be left out when decoding; `resolved()` fills in the defaults
/// and drops keys that do not apply (`momentum` under Adam, `base_width` under the standard
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
    /// Applied to weight matrices only, not to biases or norm parameters.
    public var weightDecay: Double?
    public var beta1: Double?
    public var beta2: Double?
    public var schedule: Schedule = .constant
    /// Warm-up steps of `warmup-cosine`.
    public var warmup: Int?
    public var batch: Int = 128
    public var steps: Int?
    public var epochs: Int?
    /// Steps between learning-curve points.
    public var evalEvery: Int?
    public var earlyStopping: EarlyStopping?
    /// A training loss above this multiple of the initial loss (or not finite) means `diverged`.
    public var divergence: Double?
    public var objective: Objective = .erm

    // Groups (resolved to nil unless the dataset has groups and they apply)
    /// Reweighting or subsampling of the training groups.
    public var groupWeighting: GroupWeighting?
    /// Group DRO: step size η_q of the group weights.
    public var droEta: Double?
    /// Group DRO: the generalisation adjustment C; group g's loss counts as ℓ_g + C/√n_g.
    public var droAdjustment: Double?
    /// IRM: penalty weight λ once annealing is over.
    public var irmLambda: Double?
    /// IRM: steps trained with λ = 1 before λ applies.
    public var irmAnnealSteps: Int?
    /// AND-mask: the sign agreement τ in [0, 1] a coordinate needs to be kept.
    public var andmaskTau: Double?

    public init() {}

    /// Every key a configuration may have, as spelled in directives.
    public static var keys: [String] { ConfigKeys.all.map(\.name) }

    public init(from decoder: Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: ConfigCodingKey.self)
        for key in ConfigKeys.all { try key.decode(container, &self) }
    }

    /// Written values only; an optional key left unset is left out, so a resolved configuration's
    /// JSON (and so its trial key) holds exactly the keys that apply.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: ConfigCodingKey.self)
        for key in ConfigKeys.all { try key.encode(self, &container) }
    }
}
