/// The best learning rate at one width.
public struct LearningRateOptimum: Sendable, Equatable {
    public let width: Double
    /// The learning rate at the parabola's vertex, or the best tried one when not interpolated.
    public let learningRate: Double
    /// The mean loss there (the parabola's value at its vertex when interpolated).
    public let loss: Double
    /// Whether the optimum came from the parabola through the minimum and its two neighbours.
    public let interpolated: Bool
    /// Set when the best tried learning rate is the smallest or largest of the sweep: the
    /// optimum lies at or beyond it, and is reported at the edge, not extrapolated.
    public let edge: Edge?

    public enum Edge: String, Sendable {
        case lowest
        case highest
    }
}
