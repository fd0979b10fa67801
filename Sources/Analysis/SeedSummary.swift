/// Mean and spread of one measurement over seeds: what a table cell or an error bar shows.
///
/// Non-finite values (diverged runs) should be left out by the caller, who knows why they
/// diverged; any that arrive anyway are dropped here and counted in `excluded`, so a page can
/// say "2 of 3 seeds".
package struct SeedSummary: Sendable, Equatable {
    /// Number of finite values summarised.
    package let n: Int
    package let mean: Double
    /// Sample standard deviation (divides by n − 1); nil with fewer than two values.
    package let std: Double?
    /// Standard error of the mean, std / √n; nil with fewer than two values.
    package let sem: Double?
    /// Values left out because they were NaN or infinite.
    package let excluded: Int

    /// Summarises `values`; nil when none of them is finite.
    package init?(_ values: [Double]) {
        let finite = values.filter { $0.isFinite }
        guard !finite.isEmpty else { return nil }
        n = finite.count
        excluded = values.count - finite.count
        mean = Statistics.mean(finite)
        if n >= 2 {
            // Two passes: subtracting the mean first keeps precision when the spread is tiny
            // against the mean, as it is for losses over seeds.
            let m = mean
            let squares = finite.reduce(0) { $0 + ($1 - m) * ($1 - m) }
            let s = (squares / Double(n - 1)).squareRoot()
            std = s
            sem = s / Double(n).squareRoot()
        } else {
            std = nil
            sem = nil
        }
    }

    /// The Student-t interval of the mean, mean ± t(n − 1)·sem (Student 1908): honest with three
    /// seeds, where a bootstrap of three values has ten distinct resamples and is far too narrow.
    /// Nil with fewer than two values.
    package func interval(level: Double = 0.95) -> ConfidenceInterval? {
        guard let sem else { return nil }
        let half = StudentT.twoSidedQuantile(level, df: n - 1) * sem
        return ConfidenceInterval(lower: mean - half, upper: mean + half, level: level)
    }
}
