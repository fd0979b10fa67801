/// A zero-initialised Int32 buffer owned by a layer (max pooling's argmax), freed with its owner.
final class IndexBuffer {
    let pointer: UnsafeMutablePointer<Int32>
    let count: Int

    init(_ count: Int) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    deinit { pointer.deallocate() }
}
