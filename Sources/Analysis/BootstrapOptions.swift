/// How many bootstrap resamples to draw, at which level, from which seed.
///
/// The seed makes intervals reproducible: rebuilding a notebook must not move the numbers in
/// its prose.
public struct BootstrapOptions: Sendable, Equatable {
    /// Number of resamples; 0 skips the bootstrap (no intervals).
    public var resamples: Int
    /// Coverage of the percentile interval.
    public var level: Double
    public var seed: UInt64

    public init(resamples: Int = 1000, level: Double = 0.95, seed: UInt64 = 0) {
        precondition(resamples >= 0, "resamples must not be negative")
        precondition(level > 0 && level < 1, "level must lie strictly between 0 and 1")
        self.resamples = resamples
        self.level = level
        self.seed = seed
    }

    /// No bootstrap: point estimates only.
    public static let none = BootstrapOptions(resamples: 0)
}
