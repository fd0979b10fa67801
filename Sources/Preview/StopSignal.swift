import Foundation

/// Set by Ctrl-C (SIGINT) or SIGTERM; the preview's loop looks at it between two looks at the
/// notebook and stops cleanly (exit 0): the site lives in memory, so nothing is left half-written.
nonisolated(unsafe) private var stopSignalled: sig_atomic_t = 0

package enum StopSignal {
    package static func install() {
        signal(SIGINT) { _ in stopSignalled = 1 }
        signal(SIGTERM) { _ in stopSignalled = 1 }
        // A parent may have started us with these blocked (a process spawned from a dispatch
        // worker thread inherits its mask); then Ctrl-C would never arrive.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    package static var received: Bool { stopSignalled != 0 }

    /// Stops as if Ctrl-C was pressed (training in the background was interrupted by it).
    static func raise() { stopSignalled = 1 }
}
