/// A zero-initialised Float buffer owned by a layer or network, freed with its owner.
typealias Buffer = ZeroedBuffer<Float>
/// The same for indices (max pooling's argmax).
typealias IndexBuffer = ZeroedBuffer<Int32>

final class ZeroedBuffer<Element: Numeric> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(_ count: Int) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    deinit { pointer.deallocate() }
}
