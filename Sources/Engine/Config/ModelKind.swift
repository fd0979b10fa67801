package enum ModelKind: String, Codable, CaseIterable, Sendable {
    case linear, mlp, resmlp, cnn, resnet

    /// Convolutional models, which read examples in their shape (`InputShape`).
    package var isConvolutional: Bool { self == .cnn || self == .resnet }
}
