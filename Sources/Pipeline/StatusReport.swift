import Notes
import Planning
import Store

/// `labbook status`: per experiment, trials done, diverged, failed and missing, and why each
/// missing one is missing (or that Slurm has it queued or running).
package struct StatusReport {
    package let lines: [String]

    package init(_ planned: PlannedNotebook, only: [Selector]) {
        let onSlurm = planned.slurmTasks()
        let index = planned.index
        var lines: [String] = []
        // `status failed`: only the experiments with failures, and only their failures.
        let failedOnly = !only.isEmpty && only.allSatisfy(\.isFailed)
        for experiment in planned.plan.experiments where only.isEmpty || only.contains(where: { $0.matches(experiment.experiment) }) {
            lines += Self.lines(experiment, index: index, onSlurm: onSlurm, failedOnly: failedOnly)
        }
        if planned.plan.experiments.isEmpty { lines.append("no experiments in this notebook") }
        else if failedOnly && lines.isEmpty { lines.append("no failed trials") }
        if only.isEmpty {
            let unused = planned.unusedRecords().count
            if unused > 0 {
                lines.append("\(unused) record\(unused == 1 ? "" : "s") in the results store belong\(unused == 1 ? "s" : "") to no experiment any more; "
                             + "`labbook prune` lists \(unused == 1 ? "it" : "them")")
            }
        }
        self.lines = lines
    }

    private static func lines(_ planned: PlannedExperiment, index: StoreIndex, onSlurm: [String: (task: String, state: String)],
                              failedOnly: Bool) -> [String] {
        var done = 0, diverged = 0
        var missing: [(PlannedTrial, MissingReason)] = []
        var failures: [(PlannedTrial, String)] = []
        var failedReruns: [(PlannedTrial, String)] = []
        for trial in planned.trials {
            switch index.state(of: trial) {
            case .done(let record):
                if record.status == .diverged { diverged += 1 } else { done += 1 }
                if let failure = index.store.failedRerun(trial.key) { failedReruns.append((trial, failure.messageFirstLine)) }
            case .failed(let record): failures.append((trial, record.messageFirstLine))
            case .missing(let reason): missing.append((trial, reason))
            }
        }
        if failedOnly && failures.isEmpty && failedReruns.isEmpty { return [] }
        let e = planned.experiment
        var lines = ["\(e.location.path):\(e.location.line) \(e.qualifiedID): \(planned.trials.count) trials — "
                     + "\(done) done, \(diverged) diverged, \(failures.count) failed, \(missing.count) missing"]
        for (trial, message) in failures {
            lines.append("  failed  \(trial.label(order: planned.sweptKeys)): \(message) (the next run tries it again)")
        }
        for (trial, message) in failedReruns {
            lines.append("  rerun failed \(trial.label(order: planned.sweptKeys)): \(message) (the earlier result is kept)")
        }
        for (trial, reason) in missing where !failedOnly {
            if let task = onSlurm[trial.key] {
                lines.append("  \(task.state == "RUNNING" ? "running" : "queued ") \(trial.label(order: planned.sweptKeys)): Slurm job \(task.task) (\(task.state.lowercased()))")
            } else {
                lines.append("  missing \(trial.label(order: planned.sweptKeys)): \(reason)")
            }
        }
        return lines
    }
}
