import Foundation

/// Set by Ctrl-C (SIGINT) or SIGTERM while trials run; the executors stop at their next look.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

enum StopRequest {
    /// Catches the two signals for the length of `body`, then restores the default handlers.
    static func catching<T>(_ body: (_ shouldStop: () -> Bool) throws(BuildFailure) -> T) throws(BuildFailure) -> T {
        stopRequested = 0
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGTERM) { _ in stopRequested = 1 }
        defer { signal(SIGINT, SIG_DFL); signal(SIGTERM, SIG_DFL) }
        return try body { stopRequested != 0 }
    }
}
