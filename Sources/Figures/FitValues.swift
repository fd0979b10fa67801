import Analysis
import Numerics

/// What every fitted figure says about its fit's parameters, in prose values and in its caption.
enum FitValues {
    /// Said of every law that no held-out point checks: a fit is judged by what it predicts.
    static let notHeldOut = "Not checked on held-out points (add holdout to see how the law predicts beyond its range)."

    /// `b`, `b.low`, `b.high`, `b.interval` for each parameter, as the law names it.
    static func of<Law>(_ fit: FitResult<Law>) -> [String: String] {
        var values: [String: String] = [:]
        for name in fit.parameterNames {
            guard let text = text(fit, name) else { continue }
            values[name] = text
            guard let interval = interval(fit, name) else { continue }
            values["\(name).low"] = NumberFormat.quoted(digits: 3).string(interval.lower)
            values["\(name).high"] = NumberFormat.quoted(digits: 3).string(interval.upper)
            values["\(name).interval"] = NumberFormat.interval(interval.lower, interval.upper)
        }
        return values
    }

    /// A parameter as prose quotes it: its estimate, or `0 (at its bound)` when the fit ran into
    /// the edge of the parameter's range instead of estimating it.
    static func text<Law>(_ fit: FitResult<Law>, _ name: String) -> String? {
        if let bound = fit.atBound[name] { return "\(NumberFormat.quoted(digits: 3).string(bound)) (at its bound)" }
        return fit.parameters[name].map { NumberFormat.quoted(digits: 3).string($0) }
    }

    /// The parameter's interval, stretched to hold its own estimate (a percentile interval can
    /// miss it; an estimate is never printed outside its interval), or to hold the bound.
    static func interval<Law>(_ fit: FitResult<Law>, _ name: String) -> ConfidenceInterval? {
        guard let found = fit.intervals[name], let value = fit.atBound[name] ?? fit.parameters[name] else { return nil }
        return ConfidenceInterval(lower: min(found.lower, value), upper: max(found.upper, value), level: found.level)
    }

    /// `; 95% bootstrap intervals (200 resamples of 3 seeds): $b \in […]$, …` (TeX for the
    /// caption), or nothing without a bootstrap. A parameter at its bound is said to be.
    static func intervalsClause<Law>(_ fit: FitResult<Law>) -> String {
        let bounded = fit.parameterNames.compactMap { name in
            fit.atBound[name].map { "$\(CaptionTeX.parameter(name))$ at its bound ($\(CaptionTeX.number($0))$), so the law is quoted without it" }
        }
        let intervals = fit.parameterNames.filter { fit.atBound[$0] == nil }.compactMap { name in
            interval(fit, name).map { "$\(CaptionTeX.parameter(name)) \\in \(CaptionTeX.interval($0))$" }
        }
        var clause = bounded.isEmpty ? "" : "; " + bounded.joined(separator: "; ")
        guard !intervals.isEmpty else { return clause }
        let unit = fit.resampling == .seeds ? "\(fit.seedCount) seeds" : "points"
        clause += "; 95% bootstrap intervals (\(fit.resamples) resamples of \(unit)): " + intervals.joined(separator: ", ")
        return clause
    }
}
