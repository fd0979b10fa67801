import Foundation

/// The best learning rate at each width, and the power law those optima follow.
package enum OptimalLearningRate {
    /// The optimum of one width's learning-rate sweep, from (learning rate, mean loss) pairs.
    ///
    /// The minimum is refined by the parabola in ln lr through it and its two neighbours: loss
    /// against log learning rate is close to quadratic near its minimum, and three points fix
    /// a parabola exactly, without assuming anything about the sweep further out. A minimum at
    /// the edge of the sweep is reported there and flagged; a neighbour that diverged leaves it
    /// uninterpolated. Non-finite losses count as diverged; nil when every one is.
    package static func optimum(width: Double, learningRates: [Double], losses: [Double]) -> LearningRateOptimum? {
        precondition(learningRates.count == losses.count, "one loss per learning rate")
        let sweep = zip(learningRates, losses).filter { $0.0 > 0 && $0.0.isFinite }.sorted { $0.0 < $1.0 }
        let finite = sweep.indices.filter { sweep[$0].1.isFinite }
        guard let i = finite.min(by: { sweep[$0].1 < sweep[$1].1 }) else { return nil }
        let (lr, loss) = sweep[i]
        if sweep.count > 1, i == 0 || i == sweep.count - 1 {
            return LearningRateOptimum(width: width, learningRate: lr, loss: loss, interpolated: false,
                                       edge: i == 0 ? .lowest : .highest)
        }
        guard sweep.count >= 3, sweep[i - 1].1.isFinite, sweep[i + 1].1.isFinite else {
            return LearningRateOptimum(width: width, learningRate: lr, loss: loss, interpolated: false, edge: nil)
        }
        let (u0, y0) = (log(sweep[i - 1].0), sweep[i - 1].1)
        let (u1, y1) = (log(lr), loss)
        let (u2, y2) = (log(sweep[i + 1].0), sweep[i + 1].1)
        // Vertex of the parabola through three points (Lagrange form). y1 is the smallest, so
        // the parabola opens upwards and its vertex lies between u0 and u2; a zero denominator
        // means all three are level, and the tried minimum is as good as any.
        let numerator = (u1 - u0) * (u1 - u0) * (y1 - y2) - (u1 - u2) * (u1 - u2) * (y1 - y0)
        let denominator = (u1 - u0) * (y1 - y2) - (u1 - u2) * (y1 - y0)
        guard denominator != 0 else {
            return LearningRateOptimum(width: width, learningRate: lr, loss: loss, interpolated: false, edge: nil)
        }
        let vertex = u1 - 0.5 * numerator / denominator
        let value = y0 * (vertex - u1) * (vertex - u2) / ((u0 - u1) * (u0 - u2))
            + y1 * (vertex - u0) * (vertex - u2) / ((u1 - u0) * (u1 - u2))
            + y2 * (vertex - u0) * (vertex - u1) / ((u2 - u0) * (u2 - u1))
        return LearningRateOptimum(width: width, learningRate: exp(vertex), loss: value, interpolated: true, edge: nil)
    }

    /// The optimum at each width of a width × learning-rate grid (`x` is the width, `key` the
    /// learning rate, `y` the loss, one observation per seed), and lr* = c·width^−γ fitted by
    /// least squares in log-log through the interior optima.
    ///
    /// The mean over seeds of a configuration in which a seed diverged counts as diverged.
    /// Intervals on c and γ are t intervals from the optima's log residuals around the law
    /// (`LogResidualIntervals`, df = widths − 2), widened to hold a bootstrap that resamples
    /// seeds across the whole grid and redoes both steps, so they include the uncertainty of
    /// locating each optimum.
    /// - Throws: `FitError.tooFewInteriorOptima` when fewer than two widths have their optimum
    ///   inside the sweep.
    package static func law(_ points: [KeyedObservation<Double>],
                           bootstrap: BootstrapOptions = BootstrapOptions()) throws -> OptimalLearningRateLaw {
        let sorted = points.sorted { ($0.seed, $0.x, $0.key, $0.y) < ($1.seed, $1.x, $1.key, $1.y) }
        let all = optima(sorted)
        let interior = all.filter { $0.edge == nil }
        guard interior.count >= 2 else {
            throw FitError.tooFewInteriorOptima(interior: interior.count, edgeWidths: all.filter { $0.edge != nil }.map(\.width))
        }
        let observations = interior.map { Observation(x: $0.width, y: $0.learningRate) }
        let law = try PowerLaw.leastSquares(observations)
        let outcome = SeedResampling.run(sorted, seed: \.seed, options: bootstrap) { sample in
            let optima = optima(sample).filter { $0.edge == nil }
            guard optima.count >= 2 else { throw FitError.tooFewInteriorOptima(interior: optima.count, edgeWidths: []) }
            return try PowerLaw.leastSquares(optima.map { Observation(x: $0.width, y: $0.learningRate) }).parameters
        }
        let squares = observations.map { point -> Double in
            let r = log(law.predict(point.x)) - log(point.y)
            return r * r
        }
        let widths = interior.map(\.width)
        let found = bootstrap.resamples == 0 ? nil : CurveFitting.intervals(law, observations, level: bootstrap.level)
        let fit = FitResult(law: law, intervals: found?.intervals ?? [:], ranges: ["x": widths.min()!...widths.max()!],
                            observationCount: observations.count, excludedCount: all.count - interior.count,
                            seedCount: Set(points.map(\.seed)).count, resampling: .none,
                            resamples: 0, failedResamples: 0,
                            rmsLogResidual: Statistics.mean(squares).squareRoot(), method: found?.method)
            .widened(by: outcome)
        return OptimalLearningRateLaw(optima: all, fit: fit)
    }

    /// Optima per width from per-seed observations (seeds may repeat in a bootstrap sample).
    static func optima(_ points: [KeyedObservation<Double>]) -> [LearningRateOptimum] {
        let byWidth = Dictionary(grouping: points, by: \.x)
        return byWidth.keys.sorted().compactMap { width in
            let byRate = Dictionary(grouping: byWidth[width]!, by: \.key)
            let rates = byRate.keys.sorted()
            let losses = rates.map { rate -> Double in
                let ys = byRate[rate]!.map(\.y)
                return ys.allSatisfy({ $0.isFinite }) ? Statistics.mean(ys) : .infinity
            }
            return optimum(width: width, learningRates: rates, losses: losses)
        }
    }
}
