import Dispatch
import Foundation

/// `map` across the machine's cores, results in the input's order: the same input gives the same
/// output however the work was scheduled.
package enum ParallelMap {
    /// `transform` must only read what it captures: it runs on several threads at once.
    package static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = Results<R>(count: items.count)
        // A few chunks per core keeps the cores busy when notes differ in length.
        let chunks = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        // `transform` only reads what it captures (the caller's contract), so sharing it is safe.
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < items.count {
                    results.set(index, transform(items[index]))
                    index += chunks
                }
            }
        }
        return results.values
    }

    /// Each slot written by exactly one iteration, so the slots need no lock between them. A raw
    /// buffer, not an array property: concurrent writes to distinct elements of one array would
    /// each claim the whole array for exclusive access.
    private final class Results<R>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<R?>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }
        deinit {
            slots.deinitialize()
            slots.deallocate()
        }
        func set(_ index: Int, _ value: R) { slots[index] = value }
        var values: [R] { slots.map { $0! } }
    }
}
