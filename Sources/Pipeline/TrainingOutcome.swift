import Execution

/// The run stage's result.
package struct TrainingOutcome: Sendable {
    package var summary = LocalExecutor.Summary()
    package var trainedKeys: Set<String> = []
    /// Trials handed to Slurm with `--detach`, not waited for.
    package var detached = 0
    /// Whether any trial was to be trained.
    package var started = false

    package init() {}
}
