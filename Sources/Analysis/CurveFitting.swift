import Foundation

/// The steps every one-variable fit shares: clean the observations, fit, bootstrap, report.
enum CurveFitting {
    /// Drops non-finite observations and checks what a log-space fit needs.
    static func prepare(_ observations: [Observation], distinctNeeded: Int) throws -> (kept: [Observation], excluded: Int) {
        // Sorted, so that the numbers do not depend on the order the results store lists trials in.
        let kept = observations.filter { $0.x.isFinite && $0.y.isFinite }
            .sorted { ($0.seed, $0.x, $0.y) < ($1.seed, $1.x, $1.y) }
        for point in kept {
            if point.x <= 0 { throw FitError.nonPositive(variable: "x", value: point.x) }
            if point.y <= 0 { throw FitError.nonPositive(variable: "y", value: point.y) }
        }
        let distinct = Set(kept.map(\.x)).count
        if distinct < distinctNeeded { throw FitError.tooFewDistinctValues(needed: distinctNeeded, got: distinct) }
        return (kept, observations.count - kept.count)
    }

    /// Fits `estimate` to the observations, with Student-t intervals from its log residuals at
    /// each distinct x (`LogResidualIntervals`) widened to hold a bootstrap over seeds, unless
    /// `options` asks for point estimates only. `estimate` receives the point estimate as a warm
    /// start when refitting resamples (nil for the first fit). `resampleSeeds: false` leaves the
    /// bootstrap to a caller that runs its own, one that chooses the points again.
    /// `limits` cuts an interval to the range its parameter can take (E of `power-law+offset`).
    static func fit<Law: OneVariableLaw>(_ observations: [Observation], distinctNeeded: Int,
                                         options: BootstrapOptions, resampleSeeds: Bool = true,
                                         bounds: (Law, [Observation]) -> [String: Double] = { _, _ in [:] },
                                         limits: (Law, [Observation]) -> [String: ClosedRange<Double>] = { _, _ in [:] },
                                         estimate: ([Observation], Law?) throws -> Law) throws -> FitResult<Law> {
        let (kept, excluded) = try prepare(observations, distinctNeeded: distinctNeeded)
        let law = try estimate(kept, nil)
        let atBound = bounds(law, kept)
        // A parameter at its bound keeps its column (and its degree of freedom): its interval,
        // cut to its range by `limits`, says how far from the bound the data would let it go.
        var found = options.resamples > 0 ? intervals(law, kept, level: options.level) : nil
        for (name, range) in limits(law, kept) {
            guard let interval = found?.intervals[name] else { continue }
            found?.intervals[name] = ConfidenceInterval(lower: max(interval.lower, range.lowerBound),
                                                        upper: min(interval.upper, range.upperBound), level: interval.level)
        }
        let squares = kept.map { point -> Double in
            let r = log(law.predict(point.x)) - log(point.y)
            return r * r
        }
        let xs = kept.map(\.x)
        let result = FitResult(law: law, intervals: found?.intervals ?? [:], ranges: ["x": xs.min()!...xs.max()!],
                         observationCount: kept.count, excludedCount: excluded,
                         seedCount: Set(kept.map(\.seed)).count, resampling: .none,
                         resamples: 0, failedResamples: 0,
                         rmsLogResidual: Statistics.mean(squares).squareRoot(), atBound: atBound,
                         method: found?.method)
        guard resampleSeeds, found != nil else { return result }
        return result.widened(by: SeedResampling.run(kept, seed: \.seed, options: options) { sample in
            let distinct = Set(sample.map(\.x)).count
            if distinct < distinctNeeded { throw FitError.tooFewDistinctValues(needed: distinctNeeded, got: distinct) }
            return try estimate(sample, law).parameters
        })
    }

    /// The t intervals of a one-variable law from the mean ln y over seeds at each distinct x.
    static func intervals<Law: OneVariableLaw>(_ law: Law, _ points: [Observation], level: Double) -> LogResidualIntervals.Estimate? {
        let byX = Dictionary(grouping: points, by: \.x)
        let xs = byX.keys.sorted()
        let observed = xs.map { x in Statistics.mean(byX[x]!.map { log($0.y) }) }
        return LogResidualIntervals.of(law, observed: observed, level: level) { law in
            xs.map { log(law.predict($0)) }
        }
    }
}
