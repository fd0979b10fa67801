import Analysis
import Foundation
import Numerics

/// A standard normal draw (Box–Muller), for synthetic data.
func normal(_ rng: inout SplitMix64) -> Double {
    let u1 = (Double(rng.next() >> 11) + 0.5) / 9_007_199_254_740_992
    let u2 = Double(rng.next() >> 11) / 9_007_199_254_740_992
    return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
}

/// Observations of `law` at each x for each seed, with multiplicative log-normal noise of
/// relative size `noise`: seed-to-seed variation in a loss is proportional to the loss.
func noisyCurve(_ law: (Double) -> Double, xs: [Double], seeds: Int, noise: Double,
                dataSeed: UInt64) -> [Observation] {
    var rng = SplitMix64(seed: dataSeed)
    var points: [Observation] = []
    for seed in 0..<seeds {
        for x in xs { points.append(Observation(x: x, y: law(x) * exp(noise * normal(&rng)), seed: seed)) }
    }
    return points
}

/// Widths 64, 128, … as in the notebook's sweeps.
func doublings(from start: Double, count: Int) -> [Double] {
    (0..<count).map { start * pow(2, Double($0)) }
}
