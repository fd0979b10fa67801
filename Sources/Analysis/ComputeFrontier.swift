import Foundation

/// The compute-efficient frontier: of configurations trained at different costs (widths ×
/// training lengths), those that reach a better mean loss than every configuration costing the
/// same or less. A law of loss against compute is a law of this frontier, not of any one width.
package enum ComputeFrontier {
    /// The frontier, in increasing x: each candidate whose mean over seeds is strictly better
    /// than that of every candidate with smaller x, and no worse than any with the same x (two
    /// configurations tied at one cost are equally efficient; both are kept).
    ///
    /// A candidate in which any seed diverged is never chosen, and does not block others.
    package static func select(_ candidates: [FrontierCandidate], better: Better = .lower) -> [FrontierCandidate] {
        // Sorted by name within an x, so the result does not depend on input order.
        let eligible = candidates.filter(\.isEligible).sorted { ($0.x, $0.name) < ($1.x, $1.name) }
        func beats(_ a: Double, _ b: Double) -> Bool { better == .lower ? a < b : a > b }
        var frontier: [FrontierCandidate] = []
        var bestSoFar: Double?
        var start = eligible.startIndex
        while start < eligible.endIndex {
            let x = eligible[start].x
            let end = eligible[start...].firstIndex { $0.x != x } ?? eligible.endIndex
            let here = eligible[start..<end].map { ($0, $0.mean) }
            let bestHere = here.map(\.1).reduce(here[0].1) { beats($1, $0) ? $1 : $0 }
            if bestSoFar.map({ beats(bestHere, $0) }) ?? true {
                frontier += here.filter { $0.1 == bestHere }.map(\.0)
                bestSoFar = bestHere
            }
            start = end
        }
        return frontier
    }

    /// The frontier and a law through its seeds' values: L = A·x^−b by least squares in log-log, or
    /// L = E + A·x^−b.
    ///
    /// The bootstrap resamples whole seeds of every candidate and chooses the frontier again in
    /// each resample before refitting, so the intervals include the doubt about which
    /// configurations are on it, not only the noise of those that were.
    ///
    /// - Parameter k: hold out the frontier points at the `k` largest x, fit on the candidates
    ///   below them, and compare the law's predictions there with the observed means. The
    ///   frontier below a cost depends only on candidates below it, so it is the same frontier.
    /// - Throws: `FitError` when fewer than two distinct x are on the (fitted part of the)
    ///   frontier, a value is not positive, or `k` leaves too few.
    /// - Parameter form: `.powerLaw` (Kaplan et al. 2020's L = (C_c/C)^α), or `.powerLawWithOffset`
    ///   for a frontier that bends towards an irreducible loss (Hoffmann et al. 2022's E).
    package static func fit(_ candidates: [FrontierCandidate], form: CurveLaw.Form = .powerLaw, holdOut k: Int = 0,
                           better: Better = .lower, bootstrap: BootstrapOptions = BootstrapOptions()) throws -> FrontierFit {
        let frontier = select(candidates, better: better)
        guard k > 0 else {
            return FrontierFit(frontier: frontier, fit: try law(form, through: candidates, better: better, bootstrap: bootstrap), holdout: nil)
        }
        let xs = Set(frontier.map(\.x)).sorted()
        guard k < xs.count else { throw FitError.holdoutTooLarge(holdOut: k, distinct: xs.count) }
        let threshold = xs[xs.count - k]
        let fit: FitResult<CurveLaw>
        do {
            fit = try law(form, through: candidates.filter { $0.x < threshold }, better: better, bootstrap: bootstrap)
        } catch let FitError.tooFewDistinctValues(needed, _) {
            throw FitError.holdoutTooLarge(holdOut: k, distinct: xs.count, needed: needed)
        }
        let heldOut = xs[(xs.count - k)...].map { x -> HeldOutPoint in
            let ys = frontier.filter { $0.x == x }.flatMap(\.observations).map(\.y)
            let observed = Statistics.mean(ys), predicted = fit.predict(x)
            return HeldOutPoint(x: x, observed: observed, predicted: predicted,
                                logError: log(predicted) - log(observed), seedCount: ys.count)
        }
        let rms = Statistics.mean(heldOut.map { $0.logError * $0.logError }).squareRoot()
        return FrontierFit(frontier: frontier, fit: fit, holdout: HoldoutCheck(fit: fit, heldOut: heldOut, rmsLogError: rms))
    }

    /// The law through the frontier of `candidates`, with the re-selecting bootstrap.
    static func law(_ form: CurveLaw.Form, through candidates: [FrontierCandidate], better: Better,
                    bootstrap: BootstrapOptions) throws -> FitResult<CurveLaw> {
        let eligible = candidates.filter(\.isEligible).sorted { ($0.x, $0.name) < ($1.x, $1.name) }
        let point = try CurveLaw.fit(form, to: select(eligible, better: better).flatMap(\.observations), bootstrap: bootstrap, resampleSeeds: false)
        struct Tagged { var candidate: Int; var observation: Observation }
        let tagged = eligible.indices.flatMap { i in eligible[i].observations.map { Tagged(candidate: i, observation: $0) } }
        let outcome = SeedResampling.run(tagged, seed: \.observation.seed, options: bootstrap) { sample in
            let drawn = Dictionary(grouping: sample, by: \.candidate)
            // In candidate order, so the sums and hence the intervals are the same on every build.
            let resampled = drawn.keys.sorted().map { i in
                FrontierCandidate(name: eligible[i].name, x: eligible[i].x, observations: drawn[i]!.map(\.observation))
            }
            return try point.law.refitted(to: select(resampled, better: better).flatMap(\.observations))
        }
        return point.widened(by: outcome)
    }
}
