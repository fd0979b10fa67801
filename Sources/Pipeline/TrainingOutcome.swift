import Execution

/// The run stage's result.
public struct TrainingOutcome: Sendable {
    public var summary = LocalExecutor.Summary()
    public var trainedKeys: Set<String> = []
    /// Trials handed to Slurm with `--detach`, not waited for.
    public var detached = 0
    /// Whether any trial was to be trained.
    public var started = false

    public init() {}
}
