import Execution
import Foundation

/// How training shows its progress: a bar redrawn in place on a terminal, plain lines otherwise.
enum ProgressDisplay {
    static func make(labels: [String: String], jobs: Int) -> ExecutionObserver {
        isatty(STDERR_FILENO) == 1 ? TerminalProgress(labels: labels, jobs: jobs) : PlainProgress(labels: labels)
    }
}
