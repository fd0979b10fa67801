/// The hidden layers' nonlinearity (`activation:`).
package enum Activation: String, Codable, CaseIterable, Sendable {
    case relu, gelu, tanh
}
