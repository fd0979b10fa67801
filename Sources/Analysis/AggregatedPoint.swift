/// One x of a plot or one row of a table: the seeds' summary and, when asked for, a bootstrap
/// interval of their mean (the `error: ci95` bars).
package struct AggregatedPoint: Sendable, Equatable {
    package let x: Double
    package let summary: SeedSummary
    /// Percentile bootstrap interval of the mean over seeds; nil unless requested, or with a
    /// single seed, where resampling says nothing.
    package let interval: ConfidenceInterval?

    /// Summarises observations per x, in increasing x. An x where no seed is finite is left out.
    package static func perX(_ observations: [Observation], interval options: BootstrapOptions = .none) -> [AggregatedPoint] {
        let byX = Dictionary(grouping: observations, by: \.x)
        return byX.keys.sorted().compactMap { x in
            let ys = byX[x]!.sorted { $0.seed < $1.seed }.map(\.y)
            guard let summary = SeedSummary(ys) else { return nil }
            let interval = summary.n >= 2 && options.resamples > 0
                ? Bootstrap.percentileInterval(ys, level: options.level, resamples: options.resamples, seed: options.seed)
                : nil
            return AggregatedPoint(x: x, summary: summary, interval: interval)
        }
    }
}
