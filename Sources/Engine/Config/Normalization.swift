/// The norm of each hidden layer or residual block (`norm:`).
public enum Normalization: String, Codable, CaseIterable, Sendable {
    case none, batch, layer
}
