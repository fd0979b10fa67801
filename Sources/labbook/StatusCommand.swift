import ArgumentParser
import Execution
import Notes
import Planning
import Store

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Per experiment: trials done, missing, diverged and failed, and why each missing trial is missing.")

    @OptionGroup var notebook: NotebookOptions

    @OptionGroup var selection: ExperimentSelection

    func run() throws {
        let (session, only) = try selection.session(notebook)
        let onSlurm = session.slurmTasks()
        let index = StoreIndex(store: session.store)
        for planned in session.plan.experiments where only.isEmpty || only.contains(where: { $0.matches(planned.experiment) }) {
            var done = 0, diverged = 0, failed = 0
            var missing: [(PlannedTrial, MissingReason)] = []
            var failures: [(PlannedTrial, String)] = []
            for trial in planned.trials {
                switch index.state(of: trial) {
                case .done(let record): if record.status == .diverged { diverged += 1 } else { done += 1 }
                case .failed(let record):
                    failed += 1
                    failures.append((trial, record.message?.split(separator: "\n").first.map(String.init) ?? ""))
                case .missing(let reason): missing.append((trial, reason))
                }
            }
            let e = planned.experiment
            print("\(e.location.path):\(e.location.line) \(e.qualifiedID): \(planned.trials.count) trials — "
                  + "\(done) done, \(diverged) diverged, \(failed) failed, \(missing.count) missing")
            for (trial, message) in failures {
                print("  failed  \(trial.label(order: planned.sweptKeys)): \(message) (the next run tries it again)")
            }
            for (trial, reason) in missing {
                if let task = onSlurm[trial.key] {
                    print("  \(task.state == "RUNNING" ? "running" : "queued ") \(trial.label(order: planned.sweptKeys)): Slurm job \(task.task) (\(task.state.lowercased()))")
                } else {
                    print("  missing \(trial.label(order: planned.sweptKeys)): \(reason)")
                }
            }
        }
        if session.plan.experiments.isEmpty { print("no experiments in this notebook") }
        if Report.hasErrors(session.plan.diagnostics) { throw ExitCode(1) }
    }
}
