import Execution
import Foundation

/// How training shows its progress: a bar redrawn in place on a terminal, plain lines otherwise.
enum ProgressDisplay {
    /// With `notebook`, a running command trial shows the latest step its script wrote.
    static func make(labels: [String: String], jobs: Int, notebook: URL? = nil) -> ExecutionObserver {
        isatty(STDERR_FILENO) == 1 ? TerminalProgress(labels: labels, jobs: jobs, notebook: notebook) : PlainProgress(labels: labels)
    }
}
