import ArgumentParser
import Pipeline

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train the missing trials of the selected experiments (all by default); render nothing.")

    @OptionGroup var notebook: NotebookOptions
    @OptionGroup var training: TrainingOptions
    @OptionGroup var selection: ExperimentSelection

    func run() throws {
        var options = training.buildOptions
        options.drafts = selection.drafts
        options.only = selection.selectors
        let report = try Report.run(Build(root: notebook.rootURL, options: options), Stage.training)
        let outcome = report.training, summary = outcome.summary
        if outcome.detached > 0 {
            print("\(outcome.detached) trial(s) on Slurm; `labbook status` follows them, `labbook cancel` stops them")
            return
        }
        print(summary.records.isEmpty && !summary.interrupted ? "nothing to train: every selected trial is in the results store"
              : "trained \(summary.records.count) trial\(summary.records.count == 1 ? "" : "s"), \(summary.failed) failed")
        try Report.stopIfInterrupted(outcome, again: "run")
        if report.errors > 0 || summary.failed > 0 { throw ExitCode(1) }
    }
}
