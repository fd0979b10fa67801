/// The best configuration at one x: which key value won, and its seeds.
package struct EnvelopePoint<Key: Hashable & Comparable & Sendable>: Sendable, Equatable {
    package let x: Double
    /// The key value with the best mean over seeds at this x (e.g. the best learning rate).
    package let key: Key
    package let summary: SeedSummary
    /// The winning configuration's seeds, ready for a fit through the envelope.
    package let observations: [Observation]
    /// The winner is the smallest or largest key value tried at this x: the true best may lie
    /// outside the sweep, and the envelope is then only a bound.
    package let atEdge: Bool
}
