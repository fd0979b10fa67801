/// The hidden layers' nonlinearity (`activation:`).
public enum Activation: String, Codable, CaseIterable, Sendable {
    case relu, gelu, tanh
}
