/// How training examples of a dataset with groups are weighted.
package enum GroupWeighting: String, Codable, CaseIterable, Sendable {
    case none
    /// Each example's loss weighted by N / (G·n_g): every group counts equally (importance weighting).
    case reweight
    /// Every group cut down at random to the smallest group's size before training.
    case subsample
}
