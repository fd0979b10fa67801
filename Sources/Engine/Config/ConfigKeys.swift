/// Every key of a trial configuration, one declaration each. Adding a training key is one row
/// here (and in `all`), a stored property in `TrialConfig`, and the code that uses it.
/// Rows resolve in the order of `all`: a default may read keys listed before it.
package enum ConfigKeys {
    // Data
    package static let dataset = ConfigKey("dataset", stored: \.dataset, .dataset,
        help: "what to train on: Debian's Fashion-MNIST, a generated task, or IDX/CSV files (`csv:` takes `label`, `task`, `group`)")
    package static let trainSize = ConfigKey("train_size", \.trainSize, .integer(min: 1),
        default: .computed("every example; generated: 4,000 (mnist1d), 10,000 (teacher), 3,000 (spurious)") { DatasetSizes.of($0)?.train },
        help: "training examples: a nested, seeded subset, so smaller sets are subsets of larger ones")
    package static let valSize = ConfigKey("val_size", \.valSize, .integer(min: 1),
        default: .computed("5,000 (fashion-mnist), 2,000 (teacher, fashion-mnist-patch), 1,000 (mnist1d, spurious), 10% (csv)") { DatasetSizes.of($0)?.validation },
        help: "validation examples, held out of the training set (generated datasets: made separately)")
    package static let testSize = ConfigKey("test_size", \.testSize, .integer(min: 1),
        default: .computed("2,000 (teacher, spurious), 1,000 (mnist1d), 10% (csv)") { DatasetSizes.of($0)?.test },
        when: .dataset("mnist1d, teacher, spurious, csv:PATH") { DatasetSizes.hasTestSize($0) },
        help: "test examples of generated datasets and single-file CSVs")
    package static let label = ConfigKey("label", \.label, .text, default: .value("label"),
        when: .dataset("csv:PATH") { if case .csv = $0 { true } else { false } },
        help: "the CSV column holding the label or target")
    package static let task = ConfigKey("task", \.task, .choice(of: Task.self), default: .value(.classification),
        when: .dataset("csv:PATH") { if case .csv = $0 { true } else { false } },
        help: "integer labels (classification) or a numeric target (regression)")
    package static let teacher = ConfigKey("teacher", \.teacher, .section(TeacherSpec.fields), default: .computed("its fields' defaults") { _ in TeacherSpec() },
        when: .dataset("teacher") { $0 == .teacher },
        help: "the random teacher network that labels the `teacher` dataset")
    package static let group = ConfigKey("group", \.group, .text, default: .unset("no groups"),
        when: .dataset("csv:PATH") { if case .csv = $0 { true } else { false } },
        help: "the CSV column naming each row's group (numbers or names), for group metrics and objectives")
    package static let spurious = ConfigKey("spurious", \.spurious, .section(SpuriousSpec.fields), default: .computed("its fields' defaults") { _ in SpuriousSpec() },
        when: .dataset("spurious") { $0 == .spurious },
        help: "the core and spurious features of Sagawa et al. 2020's synthetic task")
    package static let patch = ConfigKey("patch", \.patch, .section(PatchSpec.fields), default: .computed("its fields' defaults") { _ in PatchSpec() },
        when: .dataset("fashion-mnist-patch") { $0 == .fashionMNISTPatch },
        help: "the two Fashion-MNIST classes and the shortcut square of `fashion-mnist-patch`")
    package static let dataSeed = ConfigKey("data_seed", \.dataSeed, .integer(min: 0), default: .value(0),
        help: "seed of generated data, subsets and splits: fixed across trial seeds")
    package static let classes = ConfigKey("classes", \.classes, .labels, default: .unset("every class"),
        when: .dataset("fashion-mnist, idx:PATH, csv:PATH") { ClassSelection.applies(to: $0) },
        help: "train, validate and test on these labels only, renumbered 0…k−1 in the order given")
    package static let shots = ConfigKey("shots", \.shots, .integer(min: 1), default: .unset("every example"),
        when: .dataset("fashion-mnist, idx:PATH, csv:PATH") { ClassSelection.applies(to: $0) },
        help: "training examples per class, drawn by the trial's seed; nested: the 5-shot set holds the 1-shot set")

    // Model
    package static let model = ConfigKey("model", stored: \.model, .choice(of: ModelKind.self),
        help: "`mlp`: depth hidden layers of width; `resmlp`: residual blocks with a norm; `cnn`: depth 3×3 conv blocks in two stages of width and 2·width channels, each ending in 2×2 max pooling; `resnet`: He et al. 2016's CIFAR ResNet, three stages of width, 2·width, 4·width channels")
    package static let width = ConfigKey("width", stored: \.width, .integer(min: 1), when: .hiddenLayers, otherwise: 0,
        help: "units per hidden layer; channels of a conv net's first stage")
    package static let depth = ConfigKey("depth", stored: \.depth, .integer(min: 0), when: .hiddenLayers, otherwise: 0,
        help: "hidden layers (mlp), residual blocks (resmlp), conv blocks (cnn) or basic blocks per stage (resnet); at least 1 but for mlp")
    package static let activation = ConfigKey("activation", stored: \.activation, .choice(of: Activation.self),
        help: "the hidden layers' nonlinearity")
    package static let norm = ConfigKey("norm", \.norm, .choice(of: Normalization.self),
        default: .computed("`batch` for resmlp and resnet, else `none`") { $0.model == .resmlp || $0.model == .resnet ? .batch : Normalization.none },
        when: .hiddenLayers, otherwise: Normalization.none, help: "normalisation in each hidden layer or block")
    package static let dropout = ConfigKey("dropout", stored: \.dropout, .number(.belowOne), when: .hiddenLayers, otherwise: 0,
        help: "probability of dropping a hidden unit in training")
    package static let parametrization = ConfigKey("parametrization", stored: \.parametrization, .choice(of: Parametrization.self),
        help: "`mup`: μP (Tensor Programs V), so the best learning rate carries across widths (not for cnn, resnet)")
    package static let baseWidth = ConfigKey("base_width", \.baseWidth, .integer(min: 1), default: .value(64),
        when: .parametrization(.mup), help: "the width at which μP and the standard parametrization coincide")
    /// He's is the default and is dropped from the resolved configuration (as if the key applied
    /// only to `pytorch`), so trials from before the key existed keep their keys.
    package static let initialization = ConfigKey("init", \.initialization, .choice(of: Initialization.self), default: .unset("`he`"),
        when: ConfigCondition("") { $0.initialization == .pytorch },
        help: "`he`: normal weights (std √2/√fan_in before ReLU), zero biases; `pytorch`: nn.Linear's U(−1/√fan_in, 1/√fan_in) weights and biases")

    /// Written only under `from:` (the planner sets `linear` there when it is left out).
    package static let probe = ConfigKey("probe", \.probe, .choice(of: Probe.self), default: .unset("`linear` under `from:`"),
        help: "under `from:`: `linear` trains a new output layer on the frozen upstream body, `finetune` trains it all")

    // Optimisation
    package static let optimizer = ConfigKey("optimizer", stored: \.optimizer, .choice(of: OptimizerKind.self),
        help: "as PyTorch defines them; weight decay applies to weight matrices only")
    package static let lr = ConfigKey("lr", stored: \.lr, .number(.positive), help: "learning rate (the peak, under a schedule)")
    package static let momentum = ConfigKey("momentum", \.momentum, .number(.belowOne), default: .value(0.9),
        when: .optimizer(.sgd), help: "SGD's momentum")
    package static let nesterov = ConfigKey("nesterov", \.nesterov, .flag, default: .value(false),
        when: .optimizer(.sgd), help: "Nesterov momentum")
    package static let weightDecay = ConfigKey("weight_decay", \.weightDecay, .number(.nonNegative),
        default: .computed("`0.01` under adamw, else `0`") { $0.optimizer == .adamw ? 0.01 : 0 },
        help: "L2 penalty (sgd, adam) or decoupled decay (adamw) of weight matrices")
    package static let beta1 = ConfigKey("beta1", \.beta1, .number(.belowOne), default: .value(0.9),
        when: .optimizer(.adam, .adamw), help: "Adam's first-moment decay")
    package static let beta2 = ConfigKey("beta2", \.beta2, .number(.belowOne), default: .value(0.999),
        when: .optimizer(.adam, .adamw), help: "Adam's second-moment decay")
    package static let schedule = ConfigKey("schedule", stored: \.schedule, .choice(of: Schedule.self),
        help: "the learning rate over the steps")
    package static let batch = ConfigKey("batch", stored: \.batch, .integer(min: 1), help: "examples per step")
    package static let steps = ConfigKey("steps", \.steps, .integer(min: 1),
        default: .computed("`1000`, unless `epochs` is given") { $0.epochs == nil ? 1_000 : nil },
        help: "optimisation steps (give `steps` or `epochs`)")
    package static let epochs = ConfigKey("epochs", \.epochs, .integer(min: 1), default: .unset("—"),
        help: "passes over the training set, instead of `steps`")
    package static let warmup = ConfigKey("warmup", \.warmup, .integer(min: 0),
        default: .computed("5% of the steps") { $0.steps.map { max(1, $0 / 20) } },
        when: .schedule(.warmupCosine), help: "steps of linear warm-up before the cosine decay")
    package static let evalEvery = ConfigKey("eval_every", \.evalEvery, .integer(min: 1),
        default: .computed("20 points over the steps, or one per epoch") { $0.steps.map { max(1, $0 / 20) } },
        help: "steps between learning-curve points")
    package static let earlyStopping = ConfigKey("early_stopping", \.earlyStopping, .section(EarlyStopping.fields),
        default: .unset("none"), help: "stop when a validation metric has not improved for `patience` evaluations")
    package static let divergence = ConfigKey("divergence", \.divergence, .number(.above(1)), default: .value(100),
        help: "a training loss above this multiple of the initial loss (or not finite) ends the trial as `diverged`")
    package static let objective = ConfigKey("objective", stored: \.objective, .choice(of: Objective.self),
        help: "`erm`, or Group DRO, IRMv1, AND-mask, which need a dataset with groups")

    // Groups
    package static let groupWeighting = ConfigKey("group_weighting", \.groupWeighting, .choice(of: GroupWeighting.self),
        default: .value(GroupWeighting.none), when: .groups,
        help: "`reweight`: every group weighs the same in the loss; `subsample`: every group cut to the smallest")
    package static let droEta = ConfigKey("dro_eta", \.droEta, .number(.positive), default: .value(0.01),
        when: .objective(.groupdro), help: "Group DRO: step size η_q of the group weights")
    package static let droAdjustment = ConfigKey("dro_adjustment", \.droAdjustment, .number(.nonNegative), default: .value(0),
        when: .objective(.groupdro), help: "Group DRO: group g's loss counts as ℓ_g + C/√n_g")
    package static let irmLambda = ConfigKey("irm_lambda", \.irmLambda, .number(.nonNegative), default: .value(100),
        when: .objective(.irm), help: "IRM: penalty weight λ once annealing is over")
    package static let irmAnnealSteps = ConfigKey("irm_anneal_steps", \.irmAnnealSteps, .integer(min: 0), default: .value(0),
        when: .objective(.irm), help: "IRM: steps trained with λ = 1 before λ applies")
    package static let andmaskTau = ConfigKey("andmask_tau", \.andmaskTau, .number(.fraction), default: .value(1),
        when: .objective(.andmask), help: "AND-mask: the share of environments whose gradient signs must agree")

    /// Every key, in resolution order.
    package static let all: [AnyConfigKey] = [
        AnyConfigKey(dataset), AnyConfigKey(trainSize), AnyConfigKey(valSize), AnyConfigKey(testSize),
        AnyConfigKey(label), AnyConfigKey(task), AnyConfigKey(teacher), AnyConfigKey(group),
        AnyConfigKey(spurious), AnyConfigKey(patch), AnyConfigKey(dataSeed), AnyConfigKey(classes), AnyConfigKey(shots),
        AnyConfigKey(model), AnyConfigKey(width), AnyConfigKey(depth), AnyConfigKey(activation),
        AnyConfigKey(norm), AnyConfigKey(dropout), AnyConfigKey(parametrization), AnyConfigKey(baseWidth), AnyConfigKey(initialization), AnyConfigKey(probe),
        AnyConfigKey(optimizer), AnyConfigKey(lr), AnyConfigKey(momentum), AnyConfigKey(nesterov),
        AnyConfigKey(weightDecay), AnyConfigKey(beta1), AnyConfigKey(beta2), AnyConfigKey(schedule),
        AnyConfigKey(batch), AnyConfigKey(steps), AnyConfigKey(epochs), AnyConfigKey(warmup),
        AnyConfigKey(evalEvery), AnyConfigKey(earlyStopping), AnyConfigKey(divergence), AnyConfigKey(objective),
        AnyConfigKey(groupWeighting), AnyConfigKey(droEta), AnyConfigKey(droAdjustment),
        AnyConfigKey(irmLambda), AnyConfigKey(irmAnnealSteps), AnyConfigKey(andmaskTau),
    ]
}
