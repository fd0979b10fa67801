/// When a configuration key applies. Outside its condition a key is dropped from the resolved
/// configuration (or set to a fixed value), so a trial's key does not depend on it.
public struct ConfigCondition: Sendable {
    /// As README writes it: `optimizer: sgd`, `a dataset with groups`.
    public var text: String
    public var holds: @Sendable (TrialConfig) -> Bool

    public init(_ text: String, _ holds: @escaping @Sendable (TrialConfig) -> Bool) {
        self.text = text
        self.holds = holds
    }

    public static let always = ConfigCondition("") { _ in true }

    public static func optimizer(_ kinds: OptimizerKind...) -> ConfigCondition {
        ConfigCondition("optimizer: " + kinds.map(\.rawValue).joined(separator: ", ")) { kinds.contains($0.optimizer) }
    }

    public static func objective(_ objective: Objective) -> ConfigCondition {
        ConfigCondition("objective: \(objective.rawValue)") { $0.objective == objective }
    }

    public static func schedule(_ schedule: Schedule) -> ConfigCondition {
        ConfigCondition("schedule: \(schedule.rawValue)") { $0.schedule == schedule }
    }

    public static func parametrization(_ parametrization: Parametrization) -> ConfigCondition {
        ConfigCondition("parametrization: \(parametrization.rawValue)") { $0.parametrization == parametrization }
    }

    public static let hiddenLayers = ConfigCondition("model: mlp, resmlp") { $0.model != .linear }

    public static let groups = ConfigCondition("a dataset with groups") { $0.hasGroups }

    /// Datasets of one kind: `csv:PATH`, `teacher`.
    public static func dataset(_ text: String, _ matches: @escaping @Sendable (DatasetSource) -> Bool) -> ConfigCondition {
        ConfigCondition("dataset: \(text)") { config in (try? DatasetSource(parsing: config.dataset)).map(matches) ?? false }
    }
}
