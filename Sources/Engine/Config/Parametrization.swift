public enum Parametrization: String, Codable, CaseIterable, Sendable {
    case standard, mup
}
