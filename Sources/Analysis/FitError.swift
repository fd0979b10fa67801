/// Why a law could not be fitted, in words a researcher can act on. The caller adds the note
/// and line of the directive that asked for the fit.
public enum FitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer distinct x values than the law has free parameters (or than a hold-out leaves).
    case tooFewDistinctValues(needed: Int, got: Int)
    /// A log-space fit met a zero or negative value.
    case nonPositive(variable: String, value: Double)
    /// No starting point led to a finite objective: the data do not look like the law at all.
    case noFiniteFit

    public var description: String {
        switch self {
        case let .tooFewDistinctValues(needed, got):
            return "the fit needs at least \(needed) distinct x values with finite results, but has \(got)"
        case let .nonPositive(variable, value):
            return "a power law is fitted in log space, so \(variable) must be positive, but one value is \(value)"
        case .noFiniteFit:
            return "no starting point gave a finite fit; the data do not follow this law"
        }
    }
}
