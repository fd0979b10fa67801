/// `best_over: KEY`: the best value of a metric at each x over the values of another key, the
/// "best-case" scaling curve (seed 004: with the learning rate held fixed, width stopped
/// helping; with the best learning rate at each width, the law held).
package enum Envelope {
    /// For each x, the key value whose mean over seeds is best, with its seeds.
    ///
    /// A configuration in which any seed diverged (NaN or infinite metric) is never chosen: a
    /// mean over the seeds that survived would flatter it. An x where every configuration
    /// diverged is left out. Ties go to the smaller key value, so the result does not depend
    /// on input order.
    ///
    /// Choosing the best of several noisy means is optimistic (the winner's curse); with three
    /// seeds and neighbouring learning rates a factor of 3 apart, the bias is small against
    /// the effects a sweep is looking for, but it is there.
    package static func best<Key>(_ points: [KeyedObservation<Key>], better: Better = .lower) -> [EnvelopePoint<Key>] {
        let byX = Dictionary(grouping: points, by: \.x)
        var envelope: [EnvelopePoint<Key>] = []
        for x in byX.keys.sorted() {
            let byKey = Dictionary(grouping: byX[x]!, by: \.key)
            let keys = byKey.keys.sorted()
            var winner: (key: Key, summary: SeedSummary)?
            for key in keys {
                let ys = byKey[key]!.map(\.y)
                guard ys.allSatisfy({ $0.isFinite }), let summary = SeedSummary(ys) else { continue }
                if let current = winner {
                    let improves = better == .lower ? summary.mean < current.summary.mean
                                                    : summary.mean > current.summary.mean
                    if !improves { continue }
                }
                winner = (key, summary)
            }
            guard let (key, summary) = winner else { continue }
            let observations = byKey[key]!.sorted { $0.seed < $1.seed }
                .map { Observation(x: x, y: $0.y, seed: $0.seed) }
            envelope.append(EnvelopePoint(x: x, key: key, summary: summary, observations: observations,
                                          atEdge: keys.count > 1 && (key == keys.first || key == keys.last)))
        }
        return envelope
    }
}
