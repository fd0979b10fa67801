import Engine

/// `from.<name>`: a downstream trial's upstream configuration key, seed or metric, usable wherever a
/// plot or table names a key or a metric (`x: from.test_err`, `series: from.width`).
enum UpstreamField {
    static let prefix = "from."

    /// The name after `from.`, or nil.
    static func name(_ field: String) -> String? {
        field.hasPrefix(prefix) ? String(field.dropFirst(prefix.count)) : nil
    }

    /// Whether `field` is an upstream metric (`from.test_err`): measured per upstream trial, like `params`.
    static func isMetric(_ field: String) -> Bool {
        // `steps` is a key and a metric: as a key it is set, not measured.
        name(field).map { Metric.isKnown($0) && !TrialConfig.keys.contains($0) } ?? false
    }

    /// Whether `field` is `from.` and a configuration key, `seed` or a metric.
    static func isKnown(_ field: String) -> Bool {
        guard let name = name(field) else { return false }
        return name == "seed" || TrialConfig.keys.contains(name) || Metric.isKnown(name)
    }
}
