/// The optimiser (`optimizer:`).
public enum OptimizerKind: String, Codable, CaseIterable, Sendable {
    case sgd, adam, adamw
}
