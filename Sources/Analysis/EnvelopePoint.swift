/// The best configuration at one x: which key value won, and its seeds.
public struct EnvelopePoint<Key: Hashable & Comparable & Sendable>: Sendable, Equatable {
    public let x: Double
    /// The key value with the best mean over seeds at this x (e.g. the best learning rate).
    public let key: Key
    public let summary: SeedSummary
    /// The winning configuration's seeds, ready for a fit through the envelope.
    public let observations: [Observation]
    /// The winner is the smallest or largest key value tried at this x: the true best may lie
    /// outside the sweep, and the envelope is then only a bound.
    public let atEdge: Bool
}
