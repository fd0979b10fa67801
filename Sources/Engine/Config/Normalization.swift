/// The norm of each hidden layer or residual block (`norm:`).
package enum Normalization: String, Codable, CaseIterable, Sendable {
    case none, batch, layer
}
