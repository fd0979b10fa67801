package enum Schedule: String, Codable, CaseIterable, Sendable {
    case constant, cosine
    case warmupCosine = "warmup-cosine"
}
