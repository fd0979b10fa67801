/// One held-out x: the mean over seeds that was observed there and the law's prediction.
public struct HeldOutPoint: Sendable, Equatable {
    public let x: Double
    /// Mean over the finite seeds at x.
    public let observed: Double
    public let predicted: Double
    /// ln(predicted) − ln(observed): positive when the law is pessimistic.
    public let logError: Double
    public let seedCount: Int
}
