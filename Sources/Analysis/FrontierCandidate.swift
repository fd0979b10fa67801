/// One configuration a compute frontier chooses among (a width trained for some number of
/// steps, say): what it cost, `x` (training FLOPs, parameters), and each seed's metric.
package struct FrontierCandidate: Sendable, Equatable {
    /// How a caption names it, e.g. `width=64 steps=300`.
    package var name: String
    package var x: Double
    /// One per seed, all at `x`; NaN or infinite where the seed diverged.
    package var observations: [Observation]

    package init(name: String, x: Double, values: [(seed: Int, y: Double)]) {
        self.name = name
        self.x = x
        observations = values.sorted { $0.seed < $1.seed }.map { Observation(x: x, y: $0.y, seed: $0.seed) }
    }

    init(name: String, x: Double, observations: [Observation]) {
        self.name = name
        self.x = x
        self.observations = observations
    }

    /// Every seed finished with a finite value: a configuration that diverged for any seed is
    /// never on the frontier, as it is never the best of an envelope (a mean over the seeds that
    /// survived would flatter it).
    var isEligible: Bool { !observations.isEmpty && observations.allSatisfy { $0.y.isFinite } }

    var mean: Double { Statistics.mean(observations.map(\.y)) }
}
