/// How many bootstrap resamples to draw, at which level, from which seed.
///
/// The seed makes intervals reproducible: rebuilding a notebook must not move the numbers in
/// its prose.
package struct BootstrapOptions: Sendable, Equatable {
    /// Number of resamples; 0 skips the bootstrap (no intervals).
    package var resamples: Int
    /// Coverage of the percentile interval.
    package var level: Double
    package var seed: UInt64

    package init(resamples: Int = 1000, level: Double = 0.95, seed: UInt64 = 0) {
        precondition(resamples >= 0, "resamples must not be negative")
        precondition(level > 0 && level < 1, "level must lie strictly between 0 and 1")
        self.resamples = resamples
        self.level = level
        self.seed = seed
    }

    /// No bootstrap: point estimates only.
    package static let none = BootstrapOptions(resamples: 0)
}
