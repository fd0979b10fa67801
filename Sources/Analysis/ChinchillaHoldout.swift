import Foundation

/// The two-variable law checked where it was not fitted: the configurations (N, D) with the
/// largest compute N·D are kept out, the law is fitted to the rest, and its predictions are
/// compared with what was observed there. The same test a one-variable law passes with
/// `holdout`, for the direction a compute-optimal claim extrapolates in.
package struct ChinchillaHoldout: Sendable {
    /// One held-out configuration.
    package struct Point: Sendable, Equatable {
        package let modelSize: Double
        package let dataSize: Double
        /// Mean over the configuration's seeds.
        package let observed: Double
        package let predicted: Double
        /// ln(predicted) − ln(observed).
        package let logError: Double
    }

    package let fit: FitResult<ChinchillaLaw>
    /// By decreasing N·D.
    package let heldOut: [Point]
    /// √(mean of (ln predicted − ln observed)²) over the held-out configurations.
    package let rmsLogError: Double

    package static func check(_ observations: [ScaleObservation], holdingOut count: Int,
                             bootstrap: BootstrapOptions = BootstrapOptions()) throws -> ChinchillaHoldout {
        let finite = observations.filter { $0.modelSize.isFinite && $0.dataSize.isFinite && $0.loss.isFinite }
        struct Configuration: Hashable { let n: Double, d: Double }
        let grouped = Dictionary(grouping: finite) { Configuration(n: $0.modelSize, d: $0.dataSize) }
        // Largest compute first; ties broken by N so the choice never depends on listing order.
        let order = grouped.keys.sorted { ($0.n * $0.d, $0.n) > ($1.n * $1.d, $1.n) }
        guard count < order.count else { throw FitError.tooFewDistinctValues(needed: count + 1, got: order.count) }
        let out = Set(order.prefix(count))
        let fit = try ChinchillaLaw.fit(finite.filter { !out.contains(Configuration(n: $0.modelSize, d: $0.dataSize)) }, bootstrap: bootstrap)
        let points = order.prefix(count).map { configuration -> Point in
            let losses = grouped[configuration]!.map(\.loss)
            let observed = losses.reduce(0, +) / Double(losses.count)
            let predicted = fit.law.predict(modelSize: configuration.n, dataSize: configuration.d)
            return Point(modelSize: configuration.n, dataSize: configuration.d, observed: observed, predicted: predicted,
                         logError: log(predicted) - log(observed))
        }
        let rms = (points.map { $0.logError * $0.logError }.reduce(0, +) / Double(points.count)).squareRoot()
        return ChinchillaHoldout(fit: fit, heldOut: points, rmsLogError: rms)
    }
}
