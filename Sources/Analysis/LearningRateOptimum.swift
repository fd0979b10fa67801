/// The best learning rate at one width.
package struct LearningRateOptimum: Sendable, Equatable {
    package let width: Double
    /// The learning rate at the parabola's vertex, or the best tried one when not interpolated.
    package let learningRate: Double
    /// The mean loss there (the parabola's value at its vertex when interpolated).
    package let loss: Double
    /// Whether the optimum came from the parabola through the minimum and its two neighbours.
    package let interpolated: Bool
    /// Set when the best tried learning rate is the smallest or largest of the sweep: the
    /// optimum lies at or beyond it, and is reported at the edge, not extrapolated.
    package let edge: Edge?

    package enum Edge: String, Sendable {
        case lowest
        case highest
    }
}
