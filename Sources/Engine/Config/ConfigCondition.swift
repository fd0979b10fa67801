/// When a configuration key applies. Outside its condition a key is dropped from the resolved
/// configuration (or set to a fixed value), so a trial's key does not depend on it.
package struct ConfigCondition: Sendable {
    /// As README writes it: `optimizer: sgd`, `a dataset with groups`.
    package var text: String
    package var holds: @Sendable (TrialConfig) -> Bool

    package init(_ text: String, _ holds: @escaping @Sendable (TrialConfig) -> Bool) {
        self.text = text
        self.holds = holds
    }

    package static let always = ConfigCondition("") { _ in true }

    package static func optimizer(_ kinds: OptimizerKind...) -> ConfigCondition {
        ConfigCondition("optimizer: " + kinds.map(\.rawValue).joined(separator: ", ")) { kinds.contains($0.optimizer) }
    }

    package static func objective(_ objective: Objective) -> ConfigCondition {
        ConfigCondition("objective: \(objective.rawValue)") { $0.objective == objective }
    }

    package static func schedule(_ schedule: Schedule) -> ConfigCondition {
        ConfigCondition("schedule: \(schedule.rawValue)") { $0.schedule == schedule }
    }

    package static func parametrization(_ parametrization: Parametrization) -> ConfigCondition {
        ConfigCondition("parametrization: \(parametrization.rawValue)") { $0.parametrization == parametrization }
    }

    package static let hiddenLayers = ConfigCondition("model: mlp, resmlp, cnn, resnet") { $0.model != .linear }

    package static let groups = ConfigCondition("a dataset with groups") { $0.hasGroups }

    /// Datasets of one kind: `csv:PATH`, `teacher`.
    package static func dataset(_ text: String, _ matches: @escaping @Sendable (DatasetSource) -> Bool) -> ConfigCondition {
        ConfigCondition("dataset: \(text)") { config in (try? DatasetSource(parsing: config.dataset)).map(matches) ?? false }
    }
}
