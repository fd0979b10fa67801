import Execution
import Foundation
import Planning
import Store

/// One line per finished trial, for logs and pipes.
final class PlainProgress: ExecutionObserver {
    let labels: [String: String]
    init(labels: [String: String]) { self.labels = labels }

    func trialStarted(_ trial: PlannedTrial) {}

    func trialFinished(_ trial: PlannedTrial, record: TrialRecord, done: Int, total: Int) {
        FileHandle.standardOutput.write(Data("[\(done)/\(total)] \(labels[trial.key] ?? trial.key): \(TrialReport.describe(record))\n".utf8))
    }

    func tick(running: [PlannedTrial], done: Int, total: Int, secondsPerTrial: Double?) {}
}
