/// One held-out x: the mean over seeds that was observed there and the law's prediction.
package struct HeldOutPoint: Sendable, Equatable {
    package let x: Double
    /// Mean over the finite seeds at x.
    package let observed: Double
    package let predicted: Double
    /// ln(predicted) − ln(observed): positive when the law is pessimistic.
    package let logError: Double
    package let seedCount: Int
}
