import Analysis

extension ValueFormat {
    /// `[0.256, 0.413]`: an interval's ends to three significant digits, as fits are quoted.
    static func interval(_ interval: ConfidenceInterval) -> String {
        "[\(number(interval.lower, digits: 3)), \(number(interval.upper, digits: 3))]"
    }
}

/// What every fitted figure says about its fit's parameters, in prose values and in its caption.
enum FitValues {
    /// `b`, `b.low`, `b.high`, `b.interval` for each parameter, as the law names it.
    static func of<Law>(_ fit: FitResult<Law>) -> [String: String] {
        var values: [String: String] = [:]
        for name in fit.parameterNames {
            guard let value = fit.parameters[name] else { continue }
            values[name] = ValueFormat.number(value, digits: 3)
            guard let interval = fit.intervals[name] else { continue }
            values["\(name).low"] = ValueFormat.number(interval.lower, digits: 3)
            values["\(name).high"] = ValueFormat.number(interval.upper, digits: 3)
            values["\(name).interval"] = ValueFormat.interval(interval)
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
