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

    /// `; 95% intervals (t on log residuals at 6 values of width, 4 df; 3 seeds): $b \in […]$, …`
    /// (TeX for the caption), or nothing without intervals. A parameter at its bound is said to be.
    static func intervalsClause<Law>(_ fit: FitResult<Law>, points noun: String = "points") -> String {
        let bounded = fit.parameterNames.compactMap { name in
            fit.atBound[name].map { "$\(CaptionTeX.parameter(name))$ at its bound ($\(CaptionTeX.number($0))$), so the law is quoted without it" }
        }
        let intervals = fit.parameterNames.filter { fit.atBound[$0] == nil }.compactMap { name in
            interval(fit, name).map { "$\(CaptionTeX.parameter(name)) \\in \(CaptionTeX.interval($0))$" }
        }
        var clause = bounded.isEmpty ? "" : "; " + bounded.joined(separator: "; ")
        guard !intervals.isEmpty, let method = fit.method else { return clause }
        clause += "; 95% intervals (\(methodText(method, seeds: fit.seedCount, points: noun))): " + intervals.joined(separator: ", ")
        return clause
    }

    /// The interval method in words, e.g. `t on log residuals at 6 values of width, 4 df; 3 seeds`,
    /// and, when a bootstrap chose the points again, `, widened by 200 resamples of the seeds`.
    static func methodText(_ method: IntervalMethod, seeds: Int, points noun: String) -> String {
        var text = "t on log residuals at \(method.points) \(noun), \(method.degreesOfFreedom) df; \(seeds) seed\(seeds == 1 ? "" : "s")"
        if method.seedResamples > 0 { text += ", widened by \(method.seedResamples) resamples of the seeds" }
        return text
    }
}
