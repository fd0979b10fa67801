import Foundation

/// The process group of the command a worker is running, so that the worker never leaves it
/// behind: when the worker is told to stop (SIGTERM from the build, SIGINT, SIGHUP) or its build
/// dies, the group is killed first. A script is in a group of its own (Foundation's `Process`
/// starts every child as a group leader), so signals to the worker alone would not reach it.
package enum RunningGroup {
    /// The group's id, or 0; read by signal handlers, so a plain global.
    nonisolated(unsafe) private static var group: pid_t = 0

    static func set(_ id: pid_t) {
        group = id
        for signal in [SIGTERM, SIGINT, SIGHUP] {
            Glibc.signal(signal) { number in
                RunningGroup.killNow()
                _exit(128 + number)
            }
        }
    }

    static func clear() { group = 0 }

    /// Kills the running command's group, if there is one: safe to call from a signal handler.
    package static func killNow() {
        let id = group
        if id > 0 { kill(-id, SIGKILL) }
    }
}
