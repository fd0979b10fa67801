import Foundation

/// A value worked out on a thread of its own while the caller goes on: for what waits on another
/// process (`git`), which the build need not sit through.
package final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    package init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// The value, waiting for it if it is not ready yet.
    package var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
