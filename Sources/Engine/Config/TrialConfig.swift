/// One trial's configuration: what to train, on what, and how. Keys and spellings are those of
/// experiment directives (`train_size`, `warmup-cosine`, …).
///
/// The properties hold what was written; `ConfigKeys` declares each key's spelling, rule, default
/// and when it applies. Any key may be left out when decoding; `resolved()` fills in the defaults
/// and drops keys that do not apply (`momentum` under Adam, `base_width` under the standard
/// parametrization), so the resolved value is what a trial key should hash.
package struct TrialConfig: Codable, Hashable, Sendable {
    // Data
    package var dataset: String = "fashion-mnist"
    /// Training examples used (a nested, seeded subset; generated datasets make exactly this many).
    package var trainSize: Int?
    /// Validation examples held out of the training set (generated datasets: made separately).
    package var valSize: Int?
    /// Test examples for generated datasets and single-file CSVs.
    package var testSize: Int?
    /// CSV: the label (or target) column's name.
    package var label: String?
    /// CSV: classification (integer labels) or regression (numeric target).
    package var task: Task?
    package var teacher: TeacherSpec?
    /// CSV: the column naming each row's group (numbers or names), for group metrics and objectives.
    package var group: String?
    package var spurious: SpuriousSpec?
    package var patch: PatchSpec?
    /// Seed of generated data, subsets and splits: fixed across trial seeds, so seeds vary only
    /// initialisation, data order and dropout.
    package var dataSeed: UInt64?
    /// The labels kept, renumbered 0…k−1 in this order (labelled datasets).
    package var classes: [Int]?
    /// Training examples per class, drawn by the trial's seed.
    package var shots: Int?

    // Model
    package var model: ModelKind = .mlp
    package var width: Int = 128
    /// Hidden layers (mlp) or residual blocks (resmlp).
    package var depth: Int = 2
    package var activation: Activation = .relu
    package var norm: Normalization?
    package var dropout: Double = 0
    package var parametrization: Parametrization = .standard
    /// μP: the width at which μP and the standard parametrization coincide.
    package var baseWidth: Int?
    /// nil: He's (the default, left out of trial keys).
    package var initialization: Initialization?
    /// Under `from:`: train a new head on the frozen body, or everything.
    package var probe: Probe?

    // Optimisation
    package var optimizer: OptimizerKind = .adam
    package var lr: Double = 1e-3
    package var momentum: Double?
    package var nesterov: Bool?
    /// Applied to weight matrices only, not to biases or norm parameters.
    package var weightDecay: Double?
    package var beta1: Double?
    package var beta2: Double?
    package var schedule: Schedule = .constant
    /// Warm-up steps of `warmup-cosine`.
    package var warmup: Int?
    package var batch: Int = 128
    package var steps: Int?
    package var epochs: Int?
    /// Steps between learning-curve points.
    package var evalEvery: Int?
    package var earlyStopping: EarlyStopping?
    /// A training loss above this multiple of the initial loss (or not finite) means `diverged`.
    package var divergence: Double?
    package var objective: Objective = .erm

    // Groups (resolved to nil unless the dataset has groups and they apply)
    /// Reweighting or subsampling of the training groups.
    package var groupWeighting: GroupWeighting?
    /// Group DRO: step size η_q of the group weights.
    package var droEta: Double?
    /// Group DRO: the generalisation adjustment C; group g's loss counts as ℓ_g + C/√n_g.
    package var droAdjustment: Double?
    /// IRM: penalty weight λ once annealing is over.
    package var irmLambda: Double?
    /// IRM: steps trained with λ = 1 before λ applies.
    package var irmAnnealSteps: Int?
    /// AND-mask: the sign agreement τ in [0, 1] a coordinate needs to be kept.
    package var andmaskTau: Double?

    package init() {}

    /// Every key a configuration may have, as spelled in directives.
    package static var keys: [String] { ConfigKeys.all.map(\.name) }

    package init(from decoder: Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: ConfigCodingKey.self)
        for key in ConfigKeys.all { try key.decode(container, &self) }
    }

    /// Written values only; an optional key left unset is left out, so a resolved configuration's
    /// JSON (and so its trial key) holds exactly the keys that apply.
    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: ConfigCodingKey.self)
        for key in ConfigKeys.all { try key.encode(self, &container) }
    }
}
