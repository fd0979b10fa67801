/// An observation that also carries the value of another swept key, e.g. the learning rate of
/// a trial in a width × lr grid: the input of `best_over` envelopes and the optimal-lr law.
public struct KeyedObservation<Key: Hashable & Comparable & Sendable>: Sendable, Equatable {
    public var x: Double
    public var key: Key
    public var y: Double
    public var seed: Int

    public init(x: Double, key: Key, y: Double, seed: Int = 0) {
        self.x = x
        self.key = key
        self.y = y
        self.seed = seed
    }
}
