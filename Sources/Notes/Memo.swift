import Foundation

/// Values worked out once per process for equal keys, for pure functions asked again by every
/// rebuild of `serve`. Bounded: past `capacity` entries it starts afresh, so a long session of
/// edits, each making keys of its own, does not keep every one of them.
package final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    package init(capacity: Int) { self.capacity = capacity }

    package func value(for key: Key, compute: () throws -> Value) rethrows -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = try compute()
        lock.withLock {
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }

    package var count: Int { lock.withLock { values.count } }
}
