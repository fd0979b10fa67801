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
            guard let value = fit.parameters[name] else { continue }
            values[name] = NumberFormat.quoted(digits: 3).string(value)
            guard let interval = fit.intervals[name] else { continue }
            values["\(name).low"] = NumberFormat.quoted(digits: 3).string(interval.lower)
            values["\(name).high"] = NumberFormat.quoted(digits: 3).string(interval.upper)
            values["\(name).interval"] = NumberFormat.interval(interval.lower, interval.upper)
        }
        return values
    }

    /// `; 95% bootstrap intervals (200 resamples of 3 seeds): $b \in […]$, …` (TeX for the
    /// caption), or nothing without a bootstrap.
    static func intervalsClause<Law>(_ fit: FitResult<Law>) -> String {
        let intervals = fit.parameterNames.compactMap { name in
            fit.intervals[name].map { "$\(CaptionTeX.parameter(name)) \\in \(CaptionTeX.interval($0))$" }
        }
        guard !intervals.isEmpty else { return "" }
        let unit = fit.resampling == .seeds ? "\(fit.seedCount) seeds" : "points"
        return "; 95% bootstrap intervals (\(fit.resamples) resamples of \(unit)): " + intervals.joined(separator: ", ")
    }
}
