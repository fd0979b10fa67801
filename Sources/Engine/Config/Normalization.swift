public enum Normalization: String, Codable, CaseIterable, Sendable {
    case none, batch, layer
}
