/// The `early_stopping:` section's keys, checked as `ConfigKeys.earlyStopping` declares.
extension EarlyStopping: ConfigKeyValue {
    static let fields = [
        ConfigField("metric", .choice(Metric.curveMetrics), default: "val_loss", help: "a learning-curve metric"),
        ConfigField("patience", .integer(min: 1), default: "10", help: "evaluations without improvement before stopping"),
        ConfigField("restore_best", .flag, default: "true", help: "put back the best evaluation's parameters"),
    ]

    public func problems(under rule: ConfigRule, key: String) -> [ConfigProblem] {
        Self.fields.problems("metric", metric, in: key) + Self.fields.problems("patience", patience, in: key)
    }

    public var written: String { "{metric: \(metric), patience: \(patience), restore_best: \(restoreBest)}" }
}
