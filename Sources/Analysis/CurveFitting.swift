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

    /// Fits `estimate` to the observations and bootstraps its parameters. `estimate` receives
    /// the point estimate as a warm start when refitting resamples (nil for the first fit).
    static func fit<Law: OneVariableLaw>(_ observations: [Observation], distinctNeeded: Int,
                                         bootstrap: BootstrapOptions,
                                         bounds: (Law, [Observation]) -> [String: Double] = { _, _ in [:] },
                                         estimate: ([Observation], Law?) throws -> Law) throws -> FitResult<Law> {
        let (kept, excluded) = try prepare(observations, distinctNeeded: distinctNeeded)
        let law = try estimate(kept, nil)
        let outcome = SeedResampling.run(kept, seed: \.seed, options: bootstrap) { sample in
            let distinct = Set(sample.map(\.x)).count
            if distinct < distinctNeeded { throw FitError.tooFewDistinctValues(needed: distinctNeeded, got: distinct) }
            return try estimate(sample, law).parameters
        }
        let squares = kept.map { point -> Double in
            let r = log(law.predict(point.x)) - log(point.y)
            return r * r
        }
        let xs = kept.map(\.x)
        return FitResult(law: law, intervals: outcome.intervals, ranges: ["x": xs.min()!...xs.max()!],
                         observationCount: kept.count, excludedCount: excluded,
                         seedCount: Set(kept.map(\.seed)).count, resampling: outcome.unit,
                         resamples: outcome.successes, failedResamples: outcome.failures,
                         rmsLogResidual: Statistics.mean(squares).squareRoot(), atBound: bounds(law, kept))
    }
}
