import Numerics

/// Percentile bootstrap intervals (Efron 1979; Efron & Tibshirani 1993, ch. 13).
///
/// The unit that is resampled is the seed, not the point: points from one seed share its
/// initialisation and data order, so resampling them one by one would pretend they are
/// independent and give intervals that are too narrow. With three seeds there are only ten
/// distinct resamples, so an interval from three seeds is rough; it is still more honest than
/// ±std.
package enum Bootstrap {
    /// The percentile interval of `statistic` over resamples of whole seeds.
    ///
    /// - Parameters:
    ///   - seeds: the values of each seed, one inner array per seed (a learning curve, several
    ///     evaluations…). A resample draws `seeds.count` seeds with replacement and passes the
    ///     concatenation of their values to `statistic`.
    ///   - statistic: the quantity whose uncertainty is wanted, e.g. the mean.
    ///   - level: coverage, e.g. 0.95 for the 2.5th and 97.5th percentiles.
    ///   - resamples: number of resamples.
    ///   - seed: seeds the resampling (SplitMix64), so the same input gives the same interval.
    /// - Returns: nil when there are no finite values, or when `statistic` is non-finite on every
    ///   resample. Non-finite values are dropped before resampling; seeds left empty are dropped.
    package static func percentileInterval(
        seeds: [[Double]],
        level: Double = 0.95,
        resamples: Int = 1000,
        seed: UInt64 = 0,
        statistic: ([Double]) -> Double
    ) -> ConfidenceInterval? {
        precondition(level > 0 && level < 1, "level must lie strictly between 0 and 1")
        let groups = seeds.map { $0.filter { $0.isFinite } }.filter { !$0.isEmpty }
        guard !groups.isEmpty, resamples > 0 else { return nil }
        var rng = SplitMix64(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        var draw: [Double] = []
        for _ in 0..<resamples {
            draw.removeAll(keepingCapacity: true)
            for _ in 0..<groups.count {
                draw += groups[rng.index(below: groups.count)]
            }
            let value = statistic(draw)
            if value.isFinite { estimates.append(value) }
        }
        return interval(of: estimates, level: level)
    }

    /// The percentile interval of `statistic` over resamples of single values, one per seed
    /// (the final test loss of each seed, say).
    package static func percentileInterval(
        _ values: [Double],
        level: Double = 0.95,
        resamples: Int = 1000,
        seed: UInt64 = 0,
        statistic: ([Double]) -> Double = Statistics.mean
    ) -> ConfidenceInterval? {
        percentileInterval(seeds: values.map { [$0] }, level: level, resamples: resamples, seed: seed,
                           statistic: statistic)
    }

    /// The central `level` interval of bootstrap estimates; nil when there are none.
    static func interval(of estimates: [Double], level: Double) -> ConfidenceInterval? {
        let finite = estimates.filter { $0.isFinite }.sorted()
        guard !finite.isEmpty else { return nil }
        let tail = (1 - level) / 2
        return ConfidenceInterval(lower: Statistics.quantile(sorted: finite, tail),
                                  upper: Statistics.quantile(sorted: finite, 1 - tail),
                                  level: level)
    }
}
