import ArgumentParser
import Execution
import Notes
import Planning
import Store

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train the missing trials of the selected experiments (all by default); render nothing.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var training: TrainingOptions

    @OptionGroup var selection: ExperimentSelection

    func run() throws {
        let (session, only) = try selection.session(notebook)
        let outcome: Training.Outcome
        do { outcome = try session.run(only: only, options: training) } catch {
            Report.error("error: \(error)")
            throw ExitCode(1)
        }
        let summary = outcome.summary
        if outcome.detached > 0 {
            print("\(outcome.detached) trial(s) on Slurm; `labbook status` follows them, `labbook cancel` stops them")
            return
        }
        print(summary.records.isEmpty && !summary.interrupted ? "nothing to train: every selected trial is in the results store"
              : "trained \(summary.records.count) trial\(summary.records.count == 1 ? "" : "s"), \(summary.failed) failed")
        if summary.interrupted {
            Report.error("stopped: \(summary.records.count) trials finished and kept, \(summary.notRun) not run; run again to resume")
            throw ExitCode(130)
        }
        if Report.hasErrors(session.plan.diagnostics) || summary.failed > 0 { throw ExitCode(1) }
    }
}
