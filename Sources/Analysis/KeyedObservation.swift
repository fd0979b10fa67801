/// An observation that also carries the value of another swept key, e.g. the learning rate of
/// a trial in a width × lr grid: the input of `best_over` envelopes and the optimal-lr law.
package struct KeyedObservation<Key: Hashable & Comparable & Sendable>: Sendable, Equatable {
    package var x: Double
    package var key: Key
    package var y: Double
    package var seed: Int

    package init(x: Double, key: Key, y: Double, seed: Int = 0) {
        self.x = x
        self.key = key
        self.y = y
        self.seed = seed
    }
}
