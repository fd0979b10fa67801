/// A law through a `best_over` envelope whose bootstrap chooses the best key again in every
/// resample. Choosing the best of several noisy means is optimistic (the winner's curse, see
/// `Envelope`); an interval computed on the winners alone treats the choice as known and comes
/// out too narrow. Re-choosing per resample puts the doubt about which learning rate won into
/// the interval, as `ComputeFrontier` does for the frontier.
package enum EnvelopeFit {
    /// Fits `form` through the envelope of `points` at the x values in `xs` (all when nil), with
    /// the re-selecting bootstrap.
    package static func fit<Key>(_ form: CurveLaw.Form, _ points: [KeyedObservation<Key>], better: Better = .lower,
                                xs: Set<Double>? = nil, bootstrap: BootstrapOptions = BootstrapOptions()) throws -> FitResult<CurveLaw> {
        let kept = xs.map { allowed in points.filter { allowed.contains($0.x) } } ?? points
        func winners(_ sample: [KeyedObservation<Key>]) -> [Observation] {
            Envelope.best(sample, better: better).flatMap(\.observations)
        }
        let point = try CurveLaw.fit(form, to: winners(kept), bootstrap: bootstrap, resampleSeeds: false)
        let outcome = SeedResampling.run(kept, seed: { $0.seed }, options: bootstrap) { sample in
            try point.law.refitted(to: winners(sample))
        }
        return point.widened(by: outcome)
    }
}
