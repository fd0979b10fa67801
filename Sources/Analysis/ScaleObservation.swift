/// One trial's loss at model size N (parameters) and data size D (examples or tokens seen),
/// with its seed: the input of a two-variable law.
package struct ScaleObservation: Sendable, Equatable {
    package var modelSize: Double
    package var dataSize: Double
    package var loss: Double
    package var seed: Int

    package init(modelSize: Double, dataSize: Double, loss: Double, seed: Int = 0) {
        self.modelSize = modelSize
        self.dataSize = dataSize
        self.loss = loss
        self.seed = seed
    }
}
