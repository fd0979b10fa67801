/// The `early_stopping:` section's keys.
extension EarlyStopping: ConfigSection {
    package static let defaults = EarlyStopping()
    package static let keys: [SectionField<EarlyStopping>] = [
        SectionField("metric", \.metric, .choice(Metric.curveMetrics), help: "a learning-curve metric"),
        SectionField("patience", \.patience, .integer(min: 1), help: "evaluations without improvement before stopping"),
        SectionField("restore_best", \.restoreBest, .flag, help: "put back the best evaluation's parameters"),
    ]
}
