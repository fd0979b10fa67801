package enum ModelKind: String, Codable, CaseIterable, Sendable {
    case linear, mlp, resmlp
}
