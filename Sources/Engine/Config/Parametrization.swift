/// How weights and learning rates scale with width (`parametrization:`): standard, or μP (Tensor Programs V).
package enum Parametrization: String, Codable, CaseIterable, Sendable {
    case standard, mup
}
