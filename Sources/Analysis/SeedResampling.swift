import Numerics

/// Bootstrap intervals for fitted parameters, resampling whole seeds (Efron & Tibshirani 1993,
/// ch. 13, percentile method). On its own too narrow with three seeds (ten distinct resamples), so
/// it never stands alone: it widens the t intervals of `LogResidualIntervals` where seeds differ
/// in a way the residuals of their means cannot show (one seed steeper than another), and, where a
/// fit chooses its points again in every resample (envelope, frontier, learning-rate optima), by
/// the doubt about that choice.
package enum SeedResampling {
    package struct Outcome {
        package var intervals: [String: ConfidenceInterval] = [:]
        package var unit: ResamplingUnit = .none
        package var successes = 0
        package var failures = 0
    }

    /// Refits `estimate` on resamples of `points` and returns percentile intervals of each
    /// named parameter. With two or more seeds a resample draws seeds with replacement and keeps
    /// all their points; with one seed it draws points.
    package static func run<Point>(_ points: [Point], seed: (Point) -> Int, options: BootstrapOptions,
                           estimate: ([Point]) throws -> [String: Double]) -> Outcome {
        guard options.resamples > 0, !points.isEmpty else { return Outcome() }
        // Seeds in increasing order, so that the draws do not depend on input order.
        let grouped = Dictionary(grouping: points, by: seed)
        let groups = grouped.keys.sorted().map { grouped[$0]! }
        var outcome = Outcome(unit: groups.count >= 2 ? .seeds : .points)
        var rng = SplitMix64(seed: options.seed)
        var draws: [String: [Double]] = [:]
        // A resample is a multiset of seeds (or points): its members are put in increasing order,
        // so the same multiset is the same sample, and each is fitted once. Three seeds have ten.
        var fitted: [[Int]: [String: Double]?] = [:]
        for _ in 0..<options.resamples {
            let units = groups.count >= 2 ? groups.count : points.count
            let drawn = (0..<units).map { _ in rng.index(below: units) }.sorted()
            let found: [String: Double]?
            if let known = fitted[drawn] {
                found = known
            } else {
                let sample = groups.count >= 2 ? drawn.flatMap { groups[$0] } : drawn.map { points[$0] }
                found = try? estimate(sample)
                fitted[drawn] = .some(found)
            }
            guard let parameters = found, parameters.values.allSatisfy({ $0.isFinite }) else {
                outcome.failures += 1
                continue
            }
            outcome.successes += 1
            for (name, value) in parameters { draws[name, default: []].append(value) }
        }
        for (name, values) in draws {
            outcome.intervals[name] = Bootstrap.interval(of: values, level: options.level)
        }
        return outcome
    }
}
