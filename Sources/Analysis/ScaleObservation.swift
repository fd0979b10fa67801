/// One trial's loss at model size N (parameters) and data size D (examples or tokens seen),
/// with its seed: the input of a two-variable law.
public struct ScaleObservation: Sendable, Equatable {
    public var modelSize: Double
    public var dataSize: Double
    public var loss: Double
    public var seed: Int

    public init(modelSize: Double, dataSize: Double, loss: Double, seed: Int = 0) {
        self.modelSize = modelSize
        self.dataSize = dataSize
        self.loss = loss
        self.seed = seed
    }
}
