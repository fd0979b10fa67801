/// The optimiser (`optimizer:`).
package enum OptimizerKind: String, Codable, CaseIterable, Sendable {
    case sgd, adam, adamw
}
