/// Where a learning curve's power law starts: the same law refitted with the smallest x left out,
/// one value at a time. Small training sets sit in a transient region before the power law
/// takes hold (Hestness et al. 2017, "Deep learning scaling is predictable, empirically": small-
/// data, power-law and irreducible-error regions), so an exponent that moves as they are dropped
/// says the fit still leans on the transient; one that settles says the law holds from there on.
package enum Transient {
    /// One refit: the law fitted on x ≥ `from`.
    package struct Refit: Sendable {
        package var from: Double
        package var fit: FitResult<CurveLaw>
    }

    /// Fits `form` on all x, then without the smallest, the two smallest, … while at least
    /// `minimumPoints` distinct x remain (never fewer than the law's parameters plus one, so every
    /// refit has a residual to show).
    package static func refits(_ form: CurveLaw.Form, _ observations: [Observation], minimumPoints: Int? = nil,
                              bootstrap: BootstrapOptions = .none) throws -> [Refit] {
        let finite = observations.filter { $0.x.isFinite && $0.y.isFinite }
        let xs = Set(finite.map(\.x)).sorted()
        let parameters = form == .powerLaw ? 2 : 3
        let keep = max(minimumPoints ?? parameters + 1, parameters + 1)
        guard xs.count >= keep else { throw FitError.tooFewDistinctValues(needed: keep, got: xs.count) }
        return try xs.prefix(xs.count - keep + 1).map { from in
            Refit(from: from, fit: try CurveLaw.fit(form, to: finite.filter { $0.x >= from }, bootstrap: bootstrap))
        }
    }
}
