/// A two-sided interval at a stated level, e.g. 95%.
package struct ConfidenceInterval: Sendable, Equatable {
    package let lower: Double
    package let upper: Double
    /// Nominal coverage, e.g. 0.95.
    package let level: Double

    package init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    package func contains(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }

    package var width: Double { upper - lower }
}
