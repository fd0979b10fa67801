import Engine
import Notes
import Numerics

/// What each key of an `experiment` directive may hold: its type, range and allowed values.
enum ExperimentSchema {
    indirect enum Rule {
        case integer(min: Int)
        case number(min: Double, max: Double?, minInclusive: Bool, maxInclusive: Bool)
        case choice([String])
        case text
        case flag
        case mapping([String: Rule])
        case dataset

        var sweepable: Bool {
            if case .mapping = self { return false }
            return true
        }
    }

    static func positive() -> Rule { .number(min: 0, max: nil, minInclusive: false, maxInclusive: false) }
    static func unitInterval() -> Rule { .number(min: 0, max: 1, minInclusive: true, maxInclusive: false) }
    static func nonNegative() -> Rule { .number(min: 0, max: nil, minInclusive: true, maxInclusive: false) }

    static func names<T: CaseIterable & RawRepresentable>(_: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }

    /// `classification`, `regression` (named through a value: the module and its `Engine` enum share a name).
    static let taskNames = names(type(of: TeacherSpec().task))

    /// Keys that describe the trials' training configuration (they go into trial keys).
    static let training: [String: Rule] = [
        "dataset": .dataset,
        "train_size": .integer(min: 1), "val_size": .integer(min: 1), "test_size": .integer(min: 1),
        "label": .text, "task": .choice(taskNames),
        "teacher": .mapping(["inputs": .integer(min: 1), "width": .integer(min: 1), "depth": .integer(min: 0),
                             "outputs": .integer(min: 1), "task": .choice(taskNames), "noise": nonNegative()]),
        "data_seed": .integer(min: 0),
        "model": .choice(names(ModelKind.self)), "width": .integer(min: 1), "depth": .integer(min: 0),
        "activation": .choice(names(Activation.self)), "norm": .choice(names(Normalization.self)),
        "dropout": unitInterval(),
        "parametrization": .choice(names(Parametrization.self)), "base_width": .integer(min: 1),
        "optimizer": .choice(names(OptimizerKind.self)), "lr": positive(), "momentum": unitInterval(),
        "nesterov": .flag, "weight_decay": nonNegative(), "beta1": unitInterval(), "beta2": unitInterval(),
        "schedule": .choice(names(Schedule.self)), "warmup": .integer(min: 0),
        "batch": .integer(min: 1), "steps": .integer(min: 1), "epochs": .integer(min: 1), "eval_every": .integer(min: 1),
        "early_stopping": .mapping(["metric": .choice(Metric.curveMetrics), "patience": .integer(min: 1), "restore_best": .flag]),
        "divergence": .number(min: 1, max: nil, minInclusive: false, maxInclusive: false),
        "objective": .choice(names(Objective.self)),
        // Datasets with groups (spurious, fashion-mnist-patch, or a CSV with a group column) and group objectives.
        "group": .text,
        "spurious": .mapping(["core_dim": .integer(min: 0), "spurious_dim": .integer(min: 0),
                              "core_variance": nonNegative(), "spurious_variance": nonNegative(),
                              "majority_fraction": .number(min: 0, max: 1, minInclusive: true, maxInclusive: true)]),
        "patch": .mapping(["negative_class": .integer(min: 0), "positive_class": .integer(min: 0), "size": .integer(min: 1),
                           "majority_fraction": .number(min: 0, max: 1, minInclusive: true, maxInclusive: true)]),
        "group_weighting": .choice(names(GroupWeighting.self)),
        "dro_eta": positive(), "dro_adjustment": nonNegative(),
        "irm_lambda": nonNegative(), "irm_anneal_steps": .integer(min: 0),
        "andmask_tau": .number(min: 0, max: 1, minInclusive: true, maxInclusive: true),
    ]

    /// Keys about the sweep itself, not the trials' configuration.
    static let sweepKeys = ["id", "seeds", "sweep", "samples", "sweep_seed"]

    static var allKeys: [String] { (Array(training.keys) + sweepKeys).sorted() }

    /// Checks one YAML value against a rule; the converted value, or a message.
    static func check(_ node: YAMLNode, _ rule: Rule, key: String) -> Result<ConfigValue, Diagnostic> {
        func fail(_ message: String) -> Result<ConfigValue, Diagnostic> { .failure(Diagnostic(node.location, "'\(key)' \(message)")) }
        switch rule {
        case .integer(let min):
            guard let value = node.int else { return fail("must be a whole number, not \(describe(node))") }
            guard value >= min else { return fail("must be at least \(min), got \(value)") }
            return .success(.int(value))
        case .number(let min, let max, let minInclusive, let maxInclusive):
            guard let value = node.double, value.isFinite else { return fail("must be a number, not \(describe(node))") }
            let aboveMin = minInclusive ? value >= min : value > min
            let belowMax = max.map { maxInclusive ? value <= $0 : value < $0 } ?? true
            guard aboveMin && belowMax else {
                let low = "\(minInclusive ? "[" : "(")\(NumberFormat.configValue.string(min))"
                let high = max.map { "\(NumberFormat.configValue.string($0))\(maxInclusive ? "]" : ")")" } ?? "∞)"
                return fail("must be in \(low), \(high), got \(NumberFormat.configValue.string(value))")
            }
            return .success(node.int.map { .int($0) } ?? .double(value))
        case .choice(let allowed):
            guard let value = node.string, node.mapping == nil, node.sequence == nil else {
                return fail("must be one of \(allowed.joined(separator: ", ")), not \(describe(node))")
            }
            guard allowed.contains(value) else {
                var message = "must be one of \(allowed.joined(separator: ", ")), got '\(value)'"
                if let guess = Suggestion.closest(to: value, among: allowed) { message += "; did you mean '\(guess)'?" }
                return fail(message)
            }
            return .success(.string(value))
        case .text:
            guard let value = node.string, node.mapping == nil, node.sequence == nil else { return fail("must be text, not \(describe(node))") }
            return .success(.string(value))
        case .flag:
            guard let value = node.bool else { return fail("must be true or false, not \(describe(node))") }
            return .success(.bool(value))
        case .dataset:
            guard let value = node.string, node.mapping == nil, node.sequence == nil else { return fail("must name a dataset, not \(describe(node))") }
            if (try? DatasetSource(parsing: value)) == nil {
                let known = ["fashion-mnist", "fashion-mnist-patch", "mnist1d", "teacher", "spurious"]
                var message = "names an unknown dataset '\(value)': use fashion-mnist, fashion-mnist-patch, mnist1d, teacher, spurious, idx:PATH or csv:PATH"
                if let guess = Suggestion.closest(to: value, among: known) { message += "; did you mean '\(guess)'?" }
                return fail(message)
            }
            return .success(.string(value))
        case .mapping(let fields):
            guard let pairs = node.mapping else { return fail("must be a mapping of \(fields.keys.sorted().joined(separator: ", ")), not \(describe(node))") }
            var result: [String: ConfigValue] = [:]
            for pair in pairs {
                let name = pair.key.string ?? ""
                guard let inner = fields[name] else {
                    var message = "'\(key).\(name)' is not a key of \(key)"
                    if let guess = Suggestion.closest(to: name, among: fields.keys.sorted()) { message += "; did you mean '\(guess)'?" }
                    else { message += " (keys: \(fields.keys.sorted().joined(separator: ", ")))" }
                    return .failure(Diagnostic(pair.key.location, message))
                }
                switch check(pair.value, inner, key: "\(key).\(name)") {
                case .success(let value): result[name] = value
                case .failure(let error): return .failure(error)
                }
            }
            return .success(.mapping(result))
        }
    }

    static func describe(_ node: YAMLNode) -> String {
        if let text = node.string, node.mapping == nil, node.sequence == nil { return "\(node.kindName) '\(text)'" }
        return "a \(node.kindName)"
    }
}
