public enum Task: String, Codable, CaseIterable, Sendable {
    case classification, regression
}
