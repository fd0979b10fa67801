import Planning
import Store

/// Told what the executor is doing, to show progress.
package protocol ExecutionObserver {
    func trialStarted(_ trial: PlannedTrial)
    func trialFinished(_ trial: PlannedTrial, record: TrialRecord, done: Int, total: Int)
    /// Called a few times a second while trials run.
    func tick(running: [PlannedTrial], done: Int, total: Int, secondsPerTrial: Double?)
}
