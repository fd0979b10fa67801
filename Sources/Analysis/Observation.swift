/// One trial's measurement: the swept value `x` (width, train size, steps…), the metric `y`
/// (a loss, usually) and the seed that produced it. The seed is what the bootstrap resamples.
package struct Observation: Sendable, Equatable {
    package var x: Double
    package var y: Double
    package var seed: Int

    package init(x: Double, y: Double, seed: Int = 0) {
        self.x = x
        self.y = y
        self.seed = seed
    }
}
