/// One trial's measurement: the swept value `x` (width, train size, steps…), the metric `y`
/// (a loss, usually) and the seed that produced it. The seed is what the bootstrap resamples.
public struct Observation: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var seed: Int

    public init(x: Double, y: Double, seed: Int = 0) {
        self.x = x
        self.y = y
        self.seed = seed
    }
}
