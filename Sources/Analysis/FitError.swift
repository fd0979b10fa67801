import Numerics

/// Why a law could not be fitted, in words a researcher can act on. The caller adds the note
/// and line of the directive that asked for the fit.
package enum FitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer distinct x values than the law has free parameters (or than a hold-out leaves).
    case tooFewDistinctValues(needed: Int, got: Int)
    /// A log-space fit met a zero or negative value.
    case nonPositive(variable: String, value: Double)
    /// `holdout: k` would leave fewer x values than the law needs (`needed` is nil when the
    /// hold-out takes every x or none).
    case holdoutTooLarge(holdOut: Int, distinct: Int, needed: Int? = nil)
    /// The best learning rate was at the edge of the sweep at all but `interior` widths, so
    /// there are too few optima for a law through them.
    case tooFewInteriorOptima(interior: Int, edgeWidths: [Double])
    /// No starting point led to a finite objective: the data do not look like the law at all.
    case noFiniteFit

    package var description: String {
        switch self {
        case let .tooFewDistinctValues(needed, got):
            return "the fit needs at least \(needed) distinct x values with finite results, but has \(got)"
        case let .nonPositive(variable, value):
            return "a power law is fitted in log space, so \(variable) must be positive, but one value is \(value)"
        case let .holdoutTooLarge(k, distinct, needed?):
            return "holding out \(k) of \(distinct) x values leaves \(distinct - k), but the fit needs at least \(needed)"
        case let .holdoutTooLarge(k, distinct, nil):
            return "holdout must be at least 1 and less than the number of distinct x values (\(distinct)), but is \(k)"
        case let .tooFewInteriorOptima(interior, edgeWidths):
            let widths = edgeWidths.map { NumberFormat.formula.string($0) }.joined(separator: ", ")
            return "a law for the optimal learning rate needs its minimum inside the swept range at two widths or more, "
                + "but it is inside at \(interior); at width \(widths) the best learning rate is at the edge of the sweep: widen it"
        case .noFiniteFit:
            return "no starting point gave a finite fit; the data do not follow this law"
        }
    }
}
