public enum Activation: String, Codable, CaseIterable, Sendable {
    case relu, gelu, tanh
}
