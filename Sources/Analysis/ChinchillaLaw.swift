import Foundation
import Numerics

/// L(N, D) = E + A/N^α + B/D^β: loss against model size N and data size D, the parametric law
/// of Hoffmann et al. 2022 ("Training compute-optimal large language models", eq. 2),
/// fitted by their approach 3.
package struct ChinchillaLaw: ScalingLaw {
    /// The irreducible loss.
    package var E: Double
    package var A: Double
    package var alpha: Double
    package var B: Double
    package var beta: Double

    package init(E: Double, A: Double, alpha: Double, B: Double, beta: Double) {
        self.E = E
        self.A = A
        self.alpha = alpha
        self.B = B
        self.beta = beta
    }

    package func predict(modelSize n: Double, dataSize d: Double) -> Double {
        E + A / pow(n, alpha) + B / pow(d, beta)
    }

    package var parameterNames: [String] { ["E", "A", "alpha", "B", "beta"] }
    package var parameters: [String: Double] { ["E": E, "A": A, "alpha": alpha, "B": B, "beta": beta] }
    /// The fit itself works in ln E, ln A, ln B: all three are positive.
    package var logScaleParameters: Set<String> { ["E", "A", "B"] }
    package func replacing(_ values: [Double]) -> ChinchillaLaw {
        ChinchillaLaw(E: values[0], A: values[1], alpha: values[2], B: values[3], beta: values[4])
    }

    package var formula: String {
        let s = { NumberFormat.formula.string($0) }
        return "L = \(s(E)) + \(s(A))/N^\(s(alpha)) + \(s(B))/D^\(s(beta))"
    }

    /// Huber's δ on log residuals (Hoffmann et al. 2022, appendix D.2).
    package static let huberDelta = 1e-3

    /// Fits Hoffmann et al.'s approach 3, with t intervals on all five parameters from the log
    /// residuals at each (N, D) cell (`LogResidualIntervals`; df = cells − 5), widened to hold a
    /// bootstrap over seeds whose refits start from the point estimate.
    ///
    /// The law is fitted in log-sum-exp form, ln L = LSE(a − α ln N, b − β ln D, e) with
    /// A = eᵃ, B = eᵇ, E = eᵉ, which keeps A, B, E positive and the arithmetic finite over many
    /// decades. The objective is the Huber loss (δ = 1e-3) of ln L̂ − ln L, summed over points:
    /// a mean would make the objective, and its changes, smaller by the number of points, and
    /// optimisers with absolute tolerances would stop early. The starts are their grid,
    /// α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1.5}, a, b ∈ {0, 5, …, 25}; the objective is
    /// evaluated at every grid point and the best few are refined (they refine all of them,
    /// which costs thousands of minimisations for the same minimum).
    /// - Throws: `FitError` with fewer than three distinct N or D (five parameters need both to
    ///   vary), a non-positive value, or no finite fit.
    package static func fit(_ observations: [ScaleObservation],
                           bootstrap: BootstrapOptions = BootstrapOptions()) throws -> FitResult<ChinchillaLaw> {
        // Sorted, so that the numbers do not depend on the order the results store lists trials in.
        let kept = observations.filter { $0.modelSize.isFinite && $0.dataSize.isFinite && $0.loss.isFinite }
            .sorted { ($0.seed, $0.modelSize, $0.dataSize, $0.loss) < ($1.seed, $1.modelSize, $1.dataSize, $1.loss) }
        for point in kept {
            if point.modelSize <= 0 { throw FitError.nonPositive(variable: "N", value: point.modelSize) }
            if point.dataSize <= 0 { throw FitError.nonPositive(variable: "D", value: point.dataSize) }
            if point.loss <= 0 { throw FitError.nonPositive(variable: "loss", value: point.loss) }
        }
        let distinct = min(Set(kept.map(\.modelSize)).count, Set(kept.map(\.dataSize)).count)
        guard distinct >= 3 else { throw FitError.tooFewDistinctValues(needed: 3, got: distinct) }

        let law = try approach3(kept, warmStart: nil)
        struct Cell: Hashable { var n: Double; var d: Double }
        let byCell = Dictionary(grouping: kept) { Cell(n: $0.modelSize, d: $0.dataSize) }
        let cells = byCell.keys.sorted { ($0.n, $0.d) < ($1.n, $1.d) }
        let found = bootstrap.resamples == 0 ? nil : LogResidualIntervals.of(
            law, observed: cells.map { cell in Statistics.mean(byCell[cell]!.map { log($0.loss) }) }, level: bootstrap.level
        ) { law in cells.map { log(law.predict(modelSize: $0.n, dataSize: $0.d)) } }
        let squares = kept.map { point -> Double in
            let r = log(law.predict(modelSize: point.modelSize, dataSize: point.dataSize)) - log(point.loss)
            return r * r
        }
        let ns = kept.map(\.modelSize), ds = kept.map(\.dataSize)
        return FitResult(law: law, intervals: found?.intervals ?? [:],
                         ranges: ["N": ns.min()!...ns.max()!, "D": ds.min()!...ds.max()!],
                         observationCount: kept.count, excludedCount: observations.count - kept.count,
                         seedCount: Set(kept.map(\.seed)).count, resampling: .none,
                         resamples: 0, failedResamples: 0,
                         rmsLogResidual: Statistics.mean(squares).squareRoot(), method: found?.method)
            .widened(by: found == nil ? SeedResampling.Outcome() : SeedResampling.run(kept, seed: \.seed, options: bootstrap) { sample in
                try approach3(sample, warmStart: law).parameters
            })
    }

    static func approach3(_ points: [ScaleObservation], warmStart: ChinchillaLaw?) throws -> ChinchillaLaw {
        let logN = points.map { log($0.modelSize) }
        let logD = points.map { log($0.dataSize) }
        let logL = points.map { log($0.loss) }
        // θ = (a, b, e, α, β).
        let objective: ([Double]) -> Double = { theta in
            var total = 0.0
            for i in logL.indices {
                let predicted = Statistics.logSumExp(theta[0] - theta[3] * logN[i], theta[1] - theta[4] * logD[i], theta[2])
                total += Statistics.huber(predicted - logL[i], delta: huberDelta)
            }
            return total
        }

        var starts: [[Double]]
        if let warm = warmStart {
            starts = [[log(warm.A), log(warm.B), log(warm.E), warm.alpha, warm.beta]]
        } else {
            var grid: [(start: [Double], value: Double)] = []
            let exponents = [0.0, 0.5, 1, 1.5, 2]
            let scales = [0.0, 5, 10, 15, 20, 25]
            for alpha in exponents {
                for beta in exponents {
                    for e in [-1.0, -0.5, 0, 0.5, 1, 1.5] {
                        for a in scales {
                            for b in scales {
                                let start = [a, b, e, alpha, beta]
                                grid.append((start, objective(start)))
                            }
                        }
                    }
                }
            }
            starts = grid.filter { $0.value.isFinite }.sorted { $0.value < $1.value }.prefix(6).map(\.start)
        }
        var best: NelderMead.Minimum?
        for start in starts {
            let found = NelderMead.minimize(objective, start: start, steps: [1, 1, 0.2, 0.1, 0.1], maxEvaluations: 5000)
            if found.value.isFinite, found.value < best?.value ?? .infinity { best = found }
        }
        guard let theta = best?.point else { throw FitError.noFiniteFit }
        return ChinchillaLaw(E: exp(theta[2]), A: exp(theta[0]), alpha: theta[3], B: exp(theta[1]), beta: theta[4])
    }
}
