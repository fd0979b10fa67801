import Execution
import Foundation

/// A worker whose build was killed (even with `kill -9`) stops too, rather than finishing a trial
/// nobody waits for while the next build starts it again.
enum ParentWatch {
    static func start() {
        let parent = getppid()
        Thread.detachNewThread {
            while true {
                if getppid() != parent {
                    RunningGroup.killNow()
                    _exit(143)
                }
                usleep(200_000)
            }
        }
    }
}
