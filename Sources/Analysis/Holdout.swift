import Foundation

/// Extrapolation checked, not assumed: fit without the k largest x, predict them.
package enum Holdout {
    /// Fits `form` without the `k` largest distinct x and compares its predictions there with
    /// the observed means over seeds.
    ///
    /// - Throws: `FitError.holdoutTooLarge` when fewer than the law needs would remain, or any
    ///   error of the fit itself.
    package static func check(_ form: CurveLaw.Form, _ observations: [Observation], holdOut k: Int,
                             bootstrap: BootstrapOptions = .none) throws -> HoldoutCheck<CurveLaw> {
        try check(observations, holdOut: k) { try CurveLaw.fit(form, to: $0, bootstrap: bootstrap) }
    }

    /// The same check with any fitting function, for laws outside `CurveLaw`.
    package static func check<Law: OneVariableLaw>(_ observations: [Observation], holdOut k: Int,
                                                  fit: ([Observation]) throws -> FitResult<Law>) throws -> HoldoutCheck<Law> {
        let finite = observations.filter { $0.x.isFinite && $0.y.isFinite }
        let xs = Set(finite.map(\.x)).sorted()
        guard k >= 1, k < xs.count else {
            throw FitError.holdoutTooLarge(holdOut: k, distinct: xs.count)
        }
        let threshold = xs[xs.count - k]
        let result: FitResult<Law>
        do {
            result = try fit(finite.filter { $0.x < threshold })
        } catch let FitError.tooFewDistinctValues(needed, _) {
            throw FitError.holdoutTooLarge(holdOut: k, distinct: xs.count, needed: needed)
        }
        var heldOut: [HeldOutPoint] = []
        for x in xs[(xs.count - k)...] {
            let ys = finite.filter { $0.x == x }.map(\.y)
            let observed = Statistics.mean(ys)
            let predicted = result.law.predict(x)
            heldOut.append(HeldOutPoint(x: x, observed: observed, predicted: predicted,
                                        logError: log(predicted) - log(observed), seedCount: ys.count))
        }
        let rms = Statistics.mean(heldOut.map { $0.logError * $0.logError }).squareRoot()
        return HoldoutCheck(fit: result, heldOut: heldOut, rmsLogError: rms)
    }
}
